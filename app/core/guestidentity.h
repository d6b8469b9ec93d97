#pragma once

#include "types.h"

namespace tw::core {

// Rules for recognising the same person across imports: the same e-mail address
// (case-insensitive, trimmed) or the same loyalty number means the same guest.
class GuestIdentity
{
public:
    static QString emailKey(QStringView email);
    static QString loyaltyKey(QStringView loyaltyNumber);
    static bool isSameGuest(const Guest &a, const Guest &b);

    // Lower-cased, accent-folded text for prefix search on names.
    static QString searchKey(QStringView text);
    // Digits only (and a leading "+"), for phone search.
    static QString phoneKey(QStringView phone);
};

} // namespace tw::core
