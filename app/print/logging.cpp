#include "logging.h"

namespace tw::print {

Q_LOGGING_CATEGORY(lcPrint, "tw.print")

} // namespace tw::print
