#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>
#include <QString>

#include <optional>

namespace tw::storage {

class Database;

// The amenity catalog. A new database starts with a starter catalog (bath
// salts, wine and strawberries, beer and snacks, signature drinks, fruit plate,
// flowers) that the hotel can change. Changes are audited.
class AmenityRepository
{
public:
    explicit AmenityRepository(Database &db);

    // Names are unique case-insensitively, 1 to 80 characters; costs are not
    // negative. A duplicate fails with a message naming it.
    core::Result<core::Amenity> add(core::Amenity amenity, const QString &actor);
    // amenity.version is the version the caller read: an item changed since
    // fails with a message saying who changed it, and nothing is written.
    core::Result<core::Amenity> update(const core::Amenity &amenity, const QString &actor);
    // Retires an item (active = false): old orders keep it, new ones cannot use it.
    // expectedVersion is the version the caller read (-1: whatever is stored, for
    // the command line); an item changed since fails like update().
    core::Status retire(core::Id id, const QString &actor, int expectedVersion = -1);

    std::optional<core::Amenity> byId(core::Id id) const;
    // Case-insensitive, trimmed; retired items included (check active).
    std::optional<core::Amenity> byName(const QString &name) const;
    // By name; retired items only when asked.
    QList<core::Amenity> all(bool includeRetired = false) const;

private:
    Database &m_db;
};

} // namespace tw::storage
