#pragma once

#include <QLoggingCategory>

namespace tw::pms {

// "tw.pms": imports from property-management systems. Counts and line numbers
// only, never the guests' data from the file.
Q_DECLARE_LOGGING_CATEGORY(lcPms)

} // namespace tw::pms
