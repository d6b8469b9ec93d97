#include "xrequestfactory.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tw::social {

XRequestFactory::XRequestFactory(const StreamOptions &options)
    : m_base(options.apiBase.isEmpty() ? defaultApiBase() : options.apiBase)
    , m_authorization("Bearer " + options.token.toUtf8())
    , m_timeoutMs(qMax(0, options.stallTimeoutMs))
{
}

QUrl XRequestFactory::defaultApiBase()
{
    return QUrl(u"https://api.x.com"_s);
}

QString XRequestFactory::tweetFields()
{
    // note_tweet carries the whole text of posts longer than 280 characters.
    return u"created_at,author_id,conversation_id,lang,note_tweet"_s;
}

QString XRequestFactory::expansions()
{
    return u"author_id"_s;
}

QString XRequestFactory::userFields()
{
    return u"username,name"_s;
}

QNetworkRequest XRequestFactory::stream() const
{
    QNetworkRequest r = request(
        url(u"/2/tweets/search/stream",
            {{u"tweet.fields"_s, tweetFields()}, {u"expansions"_s, expansions()}, {u"user.fields"_s, userFields()}}),
        false);
    // Uncompressed: a decompressor may hold back the few bytes of a keep-alive,
    // which would then look like a stall.
    r.setRawHeader("Accept-Encoding", "identity");
    return r;
}

QNetworkRequest XRequestFactory::rules(bool dryRun) const
{
    QList<Parameter> parameters;
    if (dryRun)
        parameters.append({u"dry_run"_s, u"true"_s});
    QNetworkRequest r = request(url(u"/2/tweets/search/stream/rules", parameters), true);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return r;
}

QNetworkRequest XRequestFactory::recentSearch(const QString &query, const QString &sinceId, const QString &nextToken,
                                              const QDateTime &startTime, int maxResults) const
{
    QList<Parameter> parameters{{u"query"_s, query}, {u"max_results"_s, QString::number(maxResults)}};
    if (!sinceId.isEmpty())
        parameters.append({u"since_id"_s, sinceId});
    else if (startTime.isValid())
        parameters.append({u"start_time"_s, startTime.toUTC().toString(Qt::ISODate)});
    if (!nextToken.isEmpty())
        parameters.append({u"next_token"_s, nextToken});
    parameters.append({u"tweet.fields"_s, tweetFields()});
    parameters.append({u"expansions"_s, expansions()});
    parameters.append({u"user.fields"_s, userFields()});
    return request(url(u"/2/tweets/search/recent", parameters), true);
}

QUrl XRequestFactory::url(QStringView path, const QList<Parameter> &parameters) const
{
    QUrl result = m_base;
    QString basePath = result.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    result.setPath(basePath + path);
    // Every value fully percent-encoded: rule values hold "#", "@", "+", "&",
    // quotes and parentheses, which must reach X exactly as written.
    QString query;
    for (const auto &[key, value] : parameters) {
        if (!query.isEmpty())
            query += u'&';
        query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    if (!query.isEmpty())
        result.setQuery(query, QUrl::StrictMode);
    return result;
}

QNetworkRequest XRequestFactory::request(const QUrl &url, bool withTimeout) const
{
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", m_authorization);
    r.setHeader(QNetworkRequest::UserAgentHeader, "Tweetworthy"_ba);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (withTimeout)
        r.setTransferTimeout(m_timeoutMs);
    return r;
}

} // namespace tw::social
