#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkRequest;

namespace tw::social {

// What the Mastodon client needs to know about the REST and streaming API's
// conventions: where the endpoints are, how status ids order, how pages link
// to each other (RFC 8288 Link headers), how errors and rate limits are told.
class MastodonApi
{
public:
    // The API host for an instance: apiBase when set (a proxy or a test server),
    // else https://<instance>. Invalid when neither gives a host.
    static QUrl baseUrl(const QUrl &apiBase, const QString &instance);

    // GET /api/v1/streaming/hashtag?tag=NAME under base.
    static QUrl hashtagStreamUrl(const QUrl &base, const QString &tag);
    // GET /api/v1/timelines/tag/NAME with the given cursors (empty: not sent).
    static QUrl hashtagTimelineUrl(const QUrl &base, const QString &tag, int limit, const QString &minId = {},
                                   const QString &maxId = {}, const QString &sinceId = {});

    // The request every call carries: the user token as a Bearer credential,
    // JSON or an event stream accepted, nothing cached.
    static QNetworkRequest request(const QUrl &url, const QString &token, bool eventStream);

    // A hashtag as written in a rule ("#HarbourView", "harbourview") without
    // the "#", or empty when it cannot be a Mastodon hashtag (spaces, punctuation).
    static QString normalizeHashtag(const QString &value);

    // Orders two status ids: Mastodon's are decimal numbers of growing length
    // (time-based), so a longer id is newer; equal lengths compare as text.
    // <0, 0, >0 as a is older than, the same as, newer than b.
    static int compareIds(const QString &a, const QString &b);
    static QString newerId(const QString &a, const QString &b);

    // The targets of a Link header by relation ("next", "prev").
    static QHash<QString, QUrl> parseLinkHeader(const QByteArray &header);
    // A query parameter of a link, e.g. the min_id of the "prev" page.
    static QString queryValue(const QUrl &url, const QString &name);

    // The "error" text of a Mastodon error body ({"error": "..."}), trimmed and
    // shortened for a status line; empty when the body is not one.
    static QString errorMessage(const QByteArray &body);

    // When the rate limit resets: X-RateLimit-Reset as Mastodon sends it (an
    // ISO 8601 instant) or as Unix seconds; else Retry-After (seconds or an
    // HTTP date) relative to now.
    static std::optional<QDateTime> rateLimitReset(const QByteArray &rateLimitReset, const QByteArray &retryAfter,
                                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace tw::social
