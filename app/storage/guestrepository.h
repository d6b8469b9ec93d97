#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QHash>
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
    // guest carries the new version; an update that changes nothing writes
    // nothing (same version, no audit row). Both write an audit row otherwise.
    core::Result<core::Guest> update(const core::Guest &guest, const QString &actor);
    std::optional<core::Guest> byId(core::Id id) const;
    // byId() for many guests with a few queries; unknown ids are left out.
    QHash<core::Id, core::Guest> byIds(const QList<core::Id> &ids) const;
    // By GuestIdentity's keys (case and spaces do not matter); the oldest guest
    // when several share one.
    std::optional<core::Guest> byEmail(const QString &email) const;
    std::optional<core::Guest> byLoyaltyNumber(const QString &loyaltyNumber) const;

    // Prefix search over first/last name ("ann smi" matches Anna Smith, so do
    // "smith an" and "Smith, Anna"; accents and case do not matter), e-mail,
    // phone, loyalty number, social handle, and exact room number (newest stays
    // first). Results come grouped: room, loyalty number, e-mail, handle, first +
    // last name, last name, first name, phone; alphabetical within a group.
    // Every part is an index range with its own LIMIT, on both engines; limit is
    // clamped to 1..500.
    QList<core::Guest> search(const QString &text, int limit = 50) const;

    qint64 count() const;

private:
    Database &m_db;
};

} // namespace tw::storage
