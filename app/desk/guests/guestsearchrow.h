#pragma once

#include <core/types.h>

#include <QList>
#include <QString>

namespace tw::desk {

// One guest as the search list shows it: the profile, its linked handles and
// the one stay that tells the desk whether this is the person in front of them
// (in house now, else the next arrival, else the last visit).
struct GuestSearchRow
{
    enum class StayRelation { None, InHouse, Upcoming, Past };

    core::Guest guest;
    QList<core::SocialAccount> accounts; // by network, then handle
    core::Stay stay;                     // meaningful unless relation is None
    StayRelation relation = StayRelation::None;
    // The stay's property code; empty when the database holds a single
    // property, where naming it would only add noise.
    QString propertyCode;
    // Handles and stay are filled in: rows are shown as soon as the search
    // answers, and their details follow a moment later.
    bool complete = false;
};

} // namespace tw::desk
