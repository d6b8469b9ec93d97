#include "mastodonapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

constexpr qsizetype kMaxErrorLength = 200;

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isHashtagChar(QChar c)
{
    // Mastodon's hashtags are "word" characters plus a middle dot and the
    // zero-width non-joiner some scripts need.
    return c.isLetterOrNumber() || c.isMark() || c == u'_' || c == u'\u00B7' || c == u'\u200C';
}

} // namespace

QUrl MastodonApi::baseUrl(const QUrl &apiBase, const QString &instance)
{
    if (apiBase.isValid() && !apiBase.host().isEmpty())
        return apiBase;
    const QString host = instance.trimmed();
    if (host.isEmpty())
        return {};
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(host);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url;
}

QUrl MastodonApi::hashtagStreamUrl(const QUrl &base, const QString &tag)
{
    QUrl url = withPath(base, u"/api/v1/streaming/hashtag"_s);
    QUrlQuery query;
    query.addQueryItem(u"tag"_s, tag);
    url.setQuery(query);
    return url;
}

QUrl MastodonApi::hashtagTimelineUrl(const QUrl &base, const QString &tag, int limit, const QString &minId,
                                     const QString &maxId, const QString &sinceId)
{
    QUrl url = withPath(base, u"/api/v1/timelines/tag/"_s + tag);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!minId.isEmpty())
        query.addQueryItem(u"min_id"_s, minId);
    if (!maxId.isEmpty())
        query.addQueryItem(u"max_id"_s, maxId);
    if (!sinceId.isEmpty())
        query.addQueryItem(u"since_id"_s, sinceId);
    url.setQuery(query);
    return url;
}

QNetworkRequest MastodonApi::request(const QUrl &url, const QString &token, bool eventStream)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", eventStream ? "text/event-stream"_ba : "application/json"_ba);
    request.setRawHeader("Cache-Control", "no-cache");
    request.setHeader(QNetworkRequest::UserAgentHeader, "Tweetworthy"_ba);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // The streaming API may live on another host; /api/v1/streaming on the main
    // host then redirects there. Never to plain HTTP from HTTPS.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

QString MastodonApi::normalizeHashtag(const QString &value)
{
    QString tag = value.trimmed();
    if (tag.startsWith(u'#'))
        tag.remove(0, 1);
    if (tag.isEmpty())
        return {};
    bool hasNonDigit = false;
    for (const QChar c : std::as_const(tag)) {
        if (!isHashtagChar(c))
            return {};
        if (!c.isDigit())
            hasNonDigit = true;
    }
    return hasNonDigit ? tag : QString();
}

int MastodonApi::compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

QString MastodonApi::newerId(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return compareIds(a, b) >= 0 ? a : b;
}

QHash<QString, QUrl> MastodonApi::parseLinkHeader(const QByteArray &header)
{
    QHash<QString, QUrl> links;
    const QString text = QString::fromUtf8(header);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'<', i);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'>', open + 1);
        if (close < 0)
            break;
        const QUrl target(text.mid(open + 1, close - open - 1).trimmed());

        // Parameters up to the next link, i.e. the next comma outside quotes.
        qsizetype end = close + 1;
        bool quoted = false;
        while (end < text.size() && (quoted || text.at(end) != u',')) {
            if (text.at(end) == u'"')
                quoted = !quoted;
            ++end;
        }
        const QStringView params = QStringView(text).mid(close + 1, end - close - 1);
        for (QStringView param : params.split(u';', Qt::SkipEmptyParts)) {
            param = param.trimmed();
            const qsizetype eq = param.indexOf(u'=');
            if (eq < 0 || param.first(eq).trimmed().compare(u"rel", Qt::CaseInsensitive) != 0)
                continue;
            QStringView value = param.sliced(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
                value = value.sliced(1, value.size() - 2);
            for (const QStringView rel : value.split(u' ', Qt::SkipEmptyParts)) {
                const QString key = rel.toString().toLower();
                if (!links.contains(key) && target.isValid())
                    links.insert(key, target);
            }
        }
        i = end + 1;
    }
    return links;
}

QString MastodonApi::queryValue(const QUrl &url, const QString &name)
{
    return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
}

QString MastodonApi::errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    QString message = doc.object().value(u"error"_s).toString().simplified();
    if (message.size() > kMaxErrorLength)
        message = message.left(kMaxErrorLength - 1) + u'…';
    return message;
}

std::optional<QDateTime> MastodonApi::rateLimitReset(const QByteArray &rateLimitReset, const QByteArray &retryAfter,
                                                     const QDateTime &now)
{
    const QByteArray reset = rateLimitReset.trimmed();
    if (!reset.isEmpty()) {
        bool numeric = false;
        const qlonglong seconds = reset.toLongLong(&numeric);
        if (numeric && seconds > 0)
            return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
        const QString text = QString::fromLatin1(reset);
        if (text.contains(u'T')) {
            const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (at.isValid())
                return at.toUTC();
        }
    }
    const QByteArray after = retryAfter.trimmed();
    if (!after.isEmpty()) {
        bool numeric = false;
        const qlonglong seconds = after.toLongLong(&numeric);
        if (numeric && seconds >= 0)
            return now.addSecs(seconds);
        // An HTTP date: "Fri, 01 May 2026 12:10:00 GMT" (RFC 9110), which Qt's
        // RFC 2822 reading does not take with "GMT".
        QString text = QString::fromLatin1(after);
        if (text.endsWith(u" GMT"_s))
            text = text.chopped(4) + u" +0000"_s;
        const QDateTime at = QDateTime::fromString(text, Qt::RFC2822Date);
        if (at.isValid())
            return at.toUTC();
    }
    return std::nullopt;
}

} // namespace tw::social
