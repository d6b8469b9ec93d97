#include "logging.h"

namespace tw::ui {

Q_LOGGING_CATEGORY(lcUi, "tw.ui", QtInfoMsg)

} // namespace tw::ui
