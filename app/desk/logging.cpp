#include "logging.h"

namespace tw::desk {

Q_LOGGING_CATEGORY(lcDesk, "tw.desk", QtInfoMsg)

} // namespace tw::desk
