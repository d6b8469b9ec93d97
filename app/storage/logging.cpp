#include "logging.h"

namespace tw::storage {

Q_LOGGING_CATEGORY(lcStorage, "tw.storage")

} // namespace tw::storage
