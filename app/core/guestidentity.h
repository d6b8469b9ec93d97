#pragma once

#include "types.h"

namespace tw::core {

// Rules for recognising the same person across imports (the same e-mail address,
// case-insensitive and trimmed, or the same loyalty number means the same guest)
// and the normalised keys that guest search matches against.
class GuestIdentity
{
public:
    // Trimmed and lower-cased; empty stays empty.
    static QString emailKey(QStringView email);
    // Trimmed, upper-cased, without any whitespace ("ab 123 45" -> "AB12345").
    static QString loyaltyKey(QStringView loyaltyNumber);
    // True when both have the same non-empty e-mail key or the same non-empty
    // loyalty key; two guests without either are never the same.
    static bool isSameGuest(const Guest &a, const Guest &b);

    // Lower-cased, accent-folded text for prefix search on names: "  Zoë  Ångström"
    // -> "zoe angstrom". Letters without a separable accent fold to their usual
    // Latin spelling (ß -> ss, ø -> o, æ -> ae, ł -> l).
    static QString searchKey(QStringView text);
    // Digits only (and a leading "+"), for phone search; empty when there is no digit.
    static QString phoneKey(QStringView phone);
};

} // namespace tw::core
