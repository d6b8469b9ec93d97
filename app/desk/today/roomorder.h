#pragma once

#include <QString>

namespace tw::desk {

// The order of rooms on the desk's lists: numbers as numbers ("9" before
// "10"), then other names alphabetically, rooms not yet assigned last.
class RoomOrder
{
public:
    static bool less(const QString &a, const QString &b);
    // A key whose plain string order is that order, for sorting proxies.
    static QString sortKey(const QString &room);
};

} // namespace tw::desk
