#pragma once

#include <QLoggingCategory>

namespace tw::desk {

Q_DECLARE_LOGGING_CATEGORY(lcDesk)

} // namespace tw::desk
