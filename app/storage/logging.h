#pragma once

#include <QLoggingCategory>

namespace tw::storage {

// "tw.storage": connections, migrations and failed statements. Never values of
// bound parameters (they carry guests' personal data) and never passwords.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)

} // namespace tw::storage
