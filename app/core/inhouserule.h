#pragma once

#include "types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <map>
#include <optional>

namespace tw::core {

// Decides whether a stay is "in house" at an instant, as the glossary defines it:
// the status allows it and the instant, in the property's time zone, lies in
// [arrival at check-in time (or the actual check-in), departure at check-out time
// (or the actual check-out)). Dates are handled as Boost.Date_Time periods.
//
// A property whose time zone is empty or unknown is treated as UTC. Local times
// that do not exist (skipped by a daylight-saving change) move forward by the
// length of the gap; local times that happen twice mean the first of the two.
class InHouseRule
{
public:
    explicit InHouseRule(const Property &property);

    bool isInHouse(const Stay &stay, const QDateTime &instant) const;

    // The UTC window during which the stay counts as in house; empty (start == end)
    // for statuses that never are, and for stays whose dates or actual times leave
    // no time in between. Both ends are invalid when the stay has no valid dates.
    struct Window
    {
        QDateTime start; // inclusive, UTC
        QDateTime end;   // exclusive, UTC

        bool isEmpty() const { return !start.isValid() || !end.isValid() || end <= start; }
        bool contains(const QDateTime &instant) const
        {
            return !isEmpty() && instant.isValid() && start <= instant && instant < end;
        }
    };
    Window window(const Stay &stay) const;

    // The property-local calendar date of an instant ("today" at the property);
    // invalid for an invalid instant.
    QDate localDate(const QDateTime &instant) const;

    // The instant (UTC) at which the property's wall clock shows `time` on `date`.
    QDateTime toUtc(const QDate &date, const QTime &time) const;

    // The zone actually used: the property's, or UTC when that one is unknown.
    const QTimeZone &timeZone() const { return m_zone; }
    bool hasValidTimeZone() const { return m_zoneValid; }

    static bool statusAllowsInHouse(StayStatus status);

    // The stay a guest was in house on at an instant, among that guest's stays:
    // one at the preferred property when there is one, else any (a chain's guest
    // posting about a sister hotel). rules holds the rule of each property the
    // stays may belong to; a stay of a property without one is skipped.
    static std::optional<Stay> stayInHouseAt(const QList<Stay> &stays, Id preferredPropertyId, const QDateTime &instant,
                                             const std::map<Id, InHouseRule> &rules);

private:
    Property m_property;
    QTimeZone m_zone;
    bool m_zoneValid = false;
};

} // namespace tw::core
