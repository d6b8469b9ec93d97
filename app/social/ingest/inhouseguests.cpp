#include "inhouseguests.h"

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/stayrepository.h>

namespace tw::social {

InHouseGuests InHouseGuests::load(storage::Database &db, const core::InHouseRule &rule, core::Id propertyId,
                                  const QDate &localDate)
{
    InHouseGuests guests;
    if (!localDate.isValid())
        return guests;
    // The stays of the neighbouring dates reach into this one (a late check-out,
    // an early check-in); the rule decides which of them touch the day.
    const QDateTime dayStart = rule.toUtc(localDate, QTime(0, 0));
    const QDateTime dayEnd = rule.toUtc(localDate.addDays(1), QTime(0, 0));
    const QList<core::Stay> stays
        = storage::StayRepository(db).overlapping(propertyId, localDate.addDays(-1), localDate.addDays(1));
    for (const core::Stay &stay : stays) {
        if (!core::InHouseRule::statusAllowsInHouse(stay.status))
            continue;
        const core::InHouseRule::Window window = rule.window(stay);
        if (window.isEmpty() || window.end <= dayStart || window.start >= dayEnd)
            continue;
        guests.m_windows[stay.guestId].append(window);
    }

    const QHash<core::Id, core::Guest> profiles = storage::GuestRepository(db).byIds(guests.m_windows.keys());
    for (auto it = guests.m_windows.begin(); it != guests.m_windows.end();) {
        const auto guest = profiles.constFind(it.key());
        if (guest == profiles.cend() || !guest->socialConsent) {
            it = guests.m_windows.erase(it);
            continue;
        }
        guests.m_names.addGuest(guest->id, guest->firstName, guest->lastName);
        ++it;
    }
    return guests;
}

bool InHouseGuests::isInHouse(core::Id guestId, const QDateTime &at) const
{
    const auto it = m_windows.constFind(guestId);
    if (it == m_windows.cend())
        return false;
    for (const core::InHouseRule::Window &window : *it) {
        if (window.contains(at))
            return true;
    }
    return false;
}

std::optional<core::Id> InHouseGuests::suggestion(const QString &displayName, const QString &handle,
                                                  const QDateTime &at) const
{
    if (m_names.isEmpty())
        return std::nullopt;
    std::optional<core::NameResemblance::Match> best;
    for (const core::NameResemblance::Match &match : m_names.find(displayName, handle)) {
        if (!isInHouse(match.guestId, at))
            continue;
        if (!best) {
            best = match;
            continue;
        }
        if (match.score == best->score)
            return std::nullopt; // "A. Silva" with Ana and Antonio Silva both in house
        break;
    }
    if (!best)
        return std::nullopt;
    return best->guestId;
}

} // namespace tw::social
