#include "logging.h"

namespace tw::social {

Q_LOGGING_CATEGORY(lcSocial, "tw.social")

} // namespace tw::social
