#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QHash>
#include <QList>

#include <optional>

namespace tw::storage {

class Database;

// Reservations. Upserts are keyed on property + confirmation number.
class StayRepository
{
public:
    explicit StayRepository(Database &db);

    enum class UpsertOutcome { Created, Updated, Unchanged };
    // Inserts, or updates the stay with the same property and confirmation;
    // Unchanged when every field already matches (no write, no audit row).
    // Fills in stay.id and stay.version; actual check-in/out times are kept to
    // the millisecond. Works alone or inside the caller's Transaction.
    core::Result<UpsertOutcome> upsert(core::Stay &stay, const QString &actor);
    // The same for a caller that has just read the stored stay of this property
    // and confirmation (or found none: nullopt) in the transaction it is still
    // in, as an import does anyway: the stay is not read a second time.
    core::Result<UpsertOutcome> upsert(core::Stay &stay, const std::optional<core::Stay> &stored, const QString &actor);

    std::optional<core::Stay> byId(core::Id id) const;
    std::optional<core::Stay> byConfirmation(core::Id propertyId, const QString &confirmation) const;
    // Newest arrival first.
    QList<core::Stay> forGuest(core::Id guestId) const;
    // forGuest() for many guests with a few queries; a guest without stays has
    // an empty list.
    QHash<core::Id, QList<core::Stay>> forGuests(const QList<core::Id> &guestIds) const;

    // Stays that may overlap the given property-local dates (arrival <= last,
    // departure >= first), excluding cancelled and no-show; the in-house rule
    // in core decides the exact instant.
    QList<core::Stay> overlapping(core::Id propertyId, const QDate &first, const QDate &last) const;
    // Like overlapping(), these leave out cancelled and no-show stays.
    QList<core::Stay> arrivingOn(core::Id propertyId, const QDate &date) const;
    QList<core::Stay> departingOn(core::Id propertyId, const QDate &date) const;

    qint64 count() const;

private:
    // stored: what the caller read, or nullptr to read it here.
    core::Result<UpsertOutcome> save(core::Stay &stay, const std::optional<core::Stay> *stored, const QString &actor);

    Database &m_db;
};

} // namespace tw::storage
