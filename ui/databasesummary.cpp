#include "databasesummary.h"

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/stayrepository.h>

namespace tw::ui {

core::Result<DatabaseSummary> DatabaseSummary::load(const storage::DatabaseUrl &url)
{
    auto database = storage::Database::open(url);
    if (!database) {
        return core::Result<DatabaseSummary>::failure(
            tr("Could not read the database %1: %2").arg(url.toDisplayString(), database.error()));
    }
    DatabaseSummary summary;
    summary.guestCount = storage::GuestRepository(*database.value()).count();
    summary.stayCount = storage::StayRepository(*database.value()).count();
    return summary;
}

} // namespace tw::ui
