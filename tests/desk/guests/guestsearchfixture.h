#pragma once

#include <core/types.h>
#include <storage/database.h>

#include <QDateTime>
#include <QString>

namespace tw::test {

// Guests the search tests look for, one per kind of lookup, with stays around
// a fixed instant (10 May 2026, midday at the Palace in Berlin): Anna Smith
// and David Rossi are in house, Ben Kowalski arrives later, Chloé Dubois
// stayed in March, Zoë Smithers never stayed.
struct GuestSearchFixture
{
    core::Id property = core::InvalidId;
    core::Id anna = core::InvalidId;
    core::Id ben = core::InvalidId;
    core::Id chloe = core::InvalidId;
    core::Id david = core::InvalidId;
    core::Id zoe = core::InvalidId;

    // Empty on success, else what could not be stored.
    QString fill(storage::Database &db);

    static QDateTime referenceTime();
    // Adds `count` guests named "Guest<nnnn> <lastName>" in one transaction;
    // only their names match a search for the last name.
    static QString addMany(storage::Database &db, const QString &lastName, int count);
};

} // namespace tw::test
