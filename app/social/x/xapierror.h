#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

class QNetworkReply;

namespace tw::social {

// Why a request to the X API failed, sorted by what the caller does about it:
// retry after a network error, an HTTP error or rate limiting (each with its own
// back-off), or give up and tell people when X refuses the token or the access.
struct XApiError
{
    enum class Kind {
        None,        // the request worked
        Network,     // no answer, or the connection broke
        Http,        // an HTTP error worth retrying later (5xx, most 4xx)
        RateLimited, // 429
        Refused,     // 401 or 403: retrying cannot help
        Malformed,   // a 2xx answer that could not be read
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    // For people: what happened and, when it is on us, what to do. Never a token.
    QString message;
    // From x-rate-limit-reset, when X sent it.
    std::optional<QDateTime> rateLimitReset;

    bool isError() const { return kind != Kind::None; }

    // Classifies a finished reply; body is what was read from it.
    static XApiError fromReply(QNetworkReply *reply, const QByteArray &body);
    static XApiError malformed(const QString &message, int httpStatus = 0);
    // X's own words in an error body (detail, title, errors[].message/details),
    // empty when the body has none.
    static QString serverMessage(const QByteArray &body);
    // x-rate-limit-reset (seconds since the epoch) as an instant, when present.
    static std::optional<QDateTime> rateLimitResetOf(QNetworkReply *reply);
};

} // namespace tw::social

Q_DECLARE_METATYPE(tw::social::XApiError)
