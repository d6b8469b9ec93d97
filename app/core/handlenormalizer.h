#pragma once

#include "result.h"
#include "types.h"

namespace tw::core {

// Turns what people type or paste for a social handle into the form used for
// matching: X is case-insensitive without "@"; Mastodon is user@instance; Bluesky
// is the domain-like handle (name.bsky.social). All lower case, leading "@"
// dropped, profile links accepted.
class HandleNormalizer
{
public:
    // The normalised handle, or a message that says why the text is not a handle
    // on that network and what one looks like.
    static Result<QString> normalize(Network network, QStringView raw);

    // The form shown to people: "@name" on X, "@user@instance" on Mastodon,
    // "@name.bsky.social" on Bluesky; empty for an empty handle.
    static QString display(Network network, const QString &normalized);
};

} // namespace tw::core
