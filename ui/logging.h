#pragma once

#include <QLoggingCategory>

namespace tw::ui {

// "tw.ui": the desktop front end's log messages.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace tw::ui
