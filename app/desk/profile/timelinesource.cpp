#include "timelinesource.h"

namespace tw::desk {

// Out of line, so the vtable has one home.
TimelineSource::~TimelineSource() = default;

} // namespace tw::desk
