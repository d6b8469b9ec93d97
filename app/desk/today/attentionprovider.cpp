#include "attentionprovider.h"

namespace tw::desk {

AttentionProvider::~AttentionProvider() = default;

QStringList AttentionProvider::watchedTables() const
{
    return {};
}

} // namespace tw::desk
