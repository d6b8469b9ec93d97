#pragma once

#include "attentionprovider.h"

#include <QCoreApplication>

namespace tw::desk {

// Flags guests whose social handle was only suggested (by an import or a
// matching post) and waits for staff to confirm it is really them: until then
// their posts are not shown as a known guest's.
class SuggestedHandleAttention : public AttentionProvider
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::SuggestedHandleAttention)

public:
    static QString kind(); // "handle.suggested"

    QList<Finding> collect(storage::Database &db, const TodaySnapshot &snapshot) const override;
};

} // namespace tw::desk
