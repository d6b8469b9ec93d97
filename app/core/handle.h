#pragma once

#include "result.h"
#include "types.h"

namespace tw::core {

// Turns what people type for a social handle into the form used for matching:
// X is case-insensitive without "@"; Mastodon is user@instance, lower case,
// leading "@" dropped and profile URLs accepted.
class HandleNormalizer
{
public:
    static Result<QString> normalize(Network network, QStringView raw);

    // The form shown to people: "@name" on X, "@user@instance" on Mastodon.
    static QString display(Network network, const QString &normalized);
};

} // namespace tw::core
