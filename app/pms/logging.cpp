#include "logging.h"

namespace tw::pms {

Q_LOGGING_CATEGORY(lcPms, "tw.pms")

} // namespace tw::pms
