#pragma once

#include <social/streamoptions.h>

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <utility>

namespace tw::social {

// Builds the requests to X API v2 from the stream options: the base URL
// (https://api.x.com, or a proxy or test server), the app-only Bearer token, and
// the fields and expansions that turn a post into a core::Post (its creation
// time, author id, long text, and the author's username and name).
class XRequestFactory
{
public:
    explicit XRequestFactory(const StreamOptions &options);

    static QUrl defaultApiBase();

    // GET /2/tweets/search/stream. No transfer timeout: the stream client
    // watches for stalls itself.
    QNetworkRequest stream() const;
    // GET and POST /2/tweets/search/stream/rules; dry_run=true only validates.
    QNetworkRequest rules(bool dryRun = false) const;
    // GET /2/tweets/search/recent for posts newer than sinceId (when given) or
    // created at or after startTime (when valid), one page of at most maxResults
    // (X allows 10 to 100); nextToken asks for the page after a previous one.
    QNetworkRequest recentSearch(const QString &query, const QString &sinceId, const QString &nextToken,
                                 const QDateTime &startTime = {}, int maxResults = 100) const;

    const QUrl &apiBase() const { return m_base; }

    static QString tweetFields();
    static QString expansions();
    static QString userFields();

private:
    using Parameter = std::pair<QString, QString>;

    QUrl url(QStringView path, const QList<Parameter> &parameters) const;
    QNetworkRequest request(const QUrl &url, bool withTimeout) const;

    QUrl m_base;
    QByteArray m_authorization;
    int m_timeoutMs;
};

} // namespace tw::social
