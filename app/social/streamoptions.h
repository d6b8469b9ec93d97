#pragma once

#include "backoffpolicy.h"

#include <QString>
#include <QUrl>

namespace tw::social {

// How a stream client reaches its network. Tests point apiBase at a local
// server and shrink the stall timeout and back-off.
struct StreamOptions
{
    // X: defaults to https://api.x.com. Mastodon: empty means https://<instance>
    // of each rule; when set, every rule's instance is reached there instead.
    QUrl apiBase;
    // X: the app-only Bearer token; Mastodon: a user access token. Never logged.
    QString token;
    // No byte at all (not even a keep-alive or heartbeat) for this long means the
    // connection is dead: drop it and reconnect.
    int stallTimeoutMs = 20'000;
    BackoffPolicy::Schedule backoff;
    // Upper bound on pages fetched by one gap fill, so a long outage cannot loop
    // forever; what lies beyond is reported in the status reason.
    int maxBackfillPages = 50;
};

} // namespace tw::social
