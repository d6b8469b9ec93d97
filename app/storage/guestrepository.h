#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>

#include <optional>

namespace tw::storage {

class Database;

// Guest profiles, their lookup keys and search.
class GuestRepository
{
public:
    explicit GuestRepository(Database &db);

    core::Result<core::Guest> create(const core::Guest &guest, const QString &actor);
    // Optimistic concurrency: fails with a conflict message, changing nothing,
    // when the stored version is not guest.version. On success the returned
    // guest carries the new version.
    core::Result<core::Guest> update(const core::Guest &guest, const QString &actor);
    std::optional<core::Guest> byId(core::Id id) const;
    std::optional<core::Guest> byEmail(const QString &email) const;
    std::optional<core::Guest> byLoyaltyNumber(const QString &loyaltyNumber) const;

    // Prefix search over first/last name ("ann smi" matches Anna Smith), e-mail,
    // phone, loyalty number, social handle, and exact room number (newest stays
    // first). Index-backed on both engines.
    QList<core::Guest> search(const QString &text, int limit = 50) const;

    qint64 count() const;

private:
    Database &m_db;
};

} // namespace tw::storage
