#include "logging.h"

namespace tw::ui {

Q_LOGGING_CATEGORY(lcUi, "tw.ui")

} // namespace tw::ui
