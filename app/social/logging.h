#pragma once

#include <QLoggingCategory>

namespace tw::social {

// "tw.social": connections, reconnects, rule synchronisation, malformed
// payloads. Never a token, never a request's Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcSocial)

} // namespace tw::social
