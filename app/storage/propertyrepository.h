#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>

#include <optional>

namespace tw::storage {

class Database;

// Properties (hotels) of this deployment. Codes are stored in upper case and
// looked up case-insensitively ("pal" finds PAL).
class PropertyRepository
{
public:
    explicit PropertyRepository(Database &db);

    // Fails with a readable message on a duplicate code or an unknown time zone.
    // Check-in and check-out times are kept to the minute.
    core::Result<core::Property> add(const core::Property &property);
    core::Status update(const core::Property &property);
    std::optional<core::Property> byCode(const QString &code) const;
    std::optional<core::Property> byId(core::Id id) const;
    QList<core::Property> list() const;

private:
    Database &m_db;
};

} // namespace tw::storage
