#pragma once

#include "types.h"

#include <QDateTime>

namespace tw::core {

// Decides whether a stay is "in house" at an instant, as the glossary defines it:
// the status allows it and the instant, in the property's time zone, lies in
// [arrival at check-in time (or the actual check-in), departure at check-out time
// (or the actual check-out)). Dates are handled as Boost.Date_Time periods.
class InHouseRule
{
public:
    explicit InHouseRule(const Property &property);

    bool isInHouse(const Stay &stay, const QDateTime &instant) const;

    // The UTC window during which the stay counts as in house; empty (start == end)
    // for statuses that never are.
    struct Window
    {
        QDateTime start; // inclusive, UTC
        QDateTime end;   // exclusive, UTC
    };
    Window window(const Stay &stay) const;

    // The property-local calendar date of an instant ("today" at the property).
    QDate localDate(const QDateTime &instant) const;

    static bool statusAllowsInHouse(StayStatus status);

private:
    Property m_property;
};

} // namespace tw::core
