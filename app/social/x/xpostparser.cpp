#include "xpostparser.h"

#include "xapierror.h"
#include "xruletag.h"

#include <core/handlenormalizer.h>
#include <core/result.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::social::XPostParser", text);
}

// X escapes these three in post text, and only these.
QString unescapeText(QString text)
{
    text.replace("&lt;"_L1, "<"_L1);
    text.replace("&gt;"_L1, ">"_L1);
    text.replace("&amp;"_L1, "&"_L1);
    return text;
}

// Ids are JSON strings in X API v2; a number is accepted in case a proxy
// re-encoded them, as long as it is a whole number.
QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number == double(qint64(number)))
            return QString::number(qint64(number));
    }
    return {};
}

QHash<QString, QJsonObject> usersById(const QJsonObject &document)
{
    QHash<QString, QJsonObject> users;
    const QJsonArray list = document.value("includes"_L1).toObject().value("users"_L1).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject user = value.toObject();
        const QString id = idOf(user.value("id"_L1));
        if (!id.isEmpty())
            users.insert(id, user);
    }
    return users;
}

QDateTime parseInstant(const QString &text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid())
        instant = QDateTime::fromString(text, Qt::ISODate);
    return instant.isValid() ? instant.toUTC() : QDateTime();
}

QString normalisedHandle(const QString &username)
{
    if (username.isEmpty())
        return {};
    const core::Result<QString> handle = core::HandleNormalizer::normalize(core::Network::X, username);
    // X decides what a username is; one our rules would not accept (an old,
    // longer handle) is still matched case-insensitively.
    if (handle.ok())
        return handle.value();
    QString fallback = username.trimmed().toLower();
    if (fallback.startsWith(u'@'))
        fallback.remove(0, 1);
    return fallback;
}

// One post of a stream line or search page, without its rule.
core::Result<core::Post> readPost(const QJsonObject &tweet, const QHash<QString, QJsonObject> &users,
                                  const QJsonArray &matchingRules)
{
    core::Post post;
    post.network = core::Network::X;
    post.postId = idOf(tweet.value("id"_L1));
    if (post.postId.isEmpty())
        return core::Result<core::Post>::failure(tr("a post without an id"));

    const QJsonValue createdAt = tweet.value("created_at"_L1);
    if (!createdAt.isString())
        return core::Result<core::Post>::failure(
            tr("post %1 has no created_at (the request must ask for tweet.fields=created_at)").arg(post.postId));
    post.createdAt = parseInstant(createdAt.toString());
    if (!post.createdAt.isValid())
        return core::Result<core::Post>::failure(
            tr("post %1 has an unreadable created_at \"%2\"").arg(post.postId, createdAt.toString()));

    const QJsonObject noteTweet = tweet.value("note_tweet"_L1).toObject();
    const QString longText = noteTweet.value("text"_L1).toString();
    post.text = unescapeText(longText.isEmpty() ? tweet.value("text"_L1).toString() : longText);

    post.authorId = idOf(tweet.value("author_id"_L1));
    const QJsonObject author = users.value(post.authorId);
    const QString username = author.value("username"_L1).toString().trimmed();
    post.authorHandle = normalisedHandle(username);
    post.authorName = author.value("name"_L1).toString();
    post.url = XPostParser::postUrl(username, post.postId);

    QJsonObject raw{{"data"_L1, tweet}};
    if (!author.isEmpty())
        raw.insert("includes"_L1, QJsonObject{{"users"_L1, QJsonArray{author}}});
    if (!matchingRules.isEmpty())
        raw.insert("matching_rules"_L1, matchingRules);
    post.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    return post;
}

void applyRule(core::Post &post, const core::ListeningRule &rule)
{
    post.ruleId = rule.id;
    post.ruleTag = rule.tag;
    post.propertyId = rule.propertyId;
}

// X's words from an error object: its detail, else its title or message.
QString errorWords(const QJsonObject &error)
{
    for (const auto key : {"detail"_L1, "message"_L1, "title"_L1}) {
        const QString text = error.value(key).toString().trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

bool isDisconnect(const QJsonObject &error)
{
    return error.contains("disconnect_type"_L1) || error.contains("connection_issue"_L1)
        || error.value("title"_L1).toString().contains("disconnect"_L1, Qt::CaseInsensitive)
        || error.value("type"_L1).toString().contains("disconnect"_L1, Qt::CaseInsensitive);
}

} // namespace

XPostParser::XPostParser(const QList<core::ListeningRule> &rules)
{
    setRules(rules);
}

void XPostParser::setRules(const QList<core::ListeningRule> &rules)
{
    m_rules = rules;
    m_byId.clear();
    m_byRemoteId.clear();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        m_byId.insert(m_rules.at(i).id, i);
        if (!m_rules.at(i).remoteId.isEmpty())
            m_byRemoteId.insert(m_rules.at(i).remoteId, i);
    }
}

const core::ListeningRule *XPostParser::localRule(const QString &remoteId, const QString &serverTag) const
{
    if (const std::optional<core::Id> id = XRuleTag::localRuleId(serverTag)) {
        if (const auto it = m_byId.constFind(*id); it != m_byId.constEnd())
            return &m_rules.at(*it);
    }
    // A rule we share with another tool of the same X app keeps that tool's tag.
    if (const auto it = m_byRemoteId.constFind(remoteId); it != m_byRemoteId.constEnd())
        return &m_rules.at(*it);
    return nullptr;
}

XStreamEvent XPostParser::parseStreamLine(QByteArrayView line) const
{
    XStreamEvent event;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        event.message = tr("a stream line is not JSON (%1 at byte %2)")
                            .arg(parseError.errorString(), QString::number(parseError.offset));
        return event;
    }
    if (!document.isObject()) {
        event.message = tr("a stream line is not a JSON object");
        return event;
    }
    const QJsonObject object = document.object();
    const QJsonValue data = object.value("data"_L1);

    if (!data.isObject()) {
        // Error objects come either as {"errors": [...]} or as one problem object.
        QJsonArray errors = object.value("errors"_L1).toArray();
        if (errors.isEmpty() && (object.contains("title"_L1) || object.contains("detail"_L1)))
            errors.append(object);
        if (errors.isEmpty()) {
            event.message = tr("a stream line without data or errors");
            return event;
        }
        QStringList words;
        bool disconnect = false;
        for (const QJsonValue &value : std::as_const(errors)) {
            const QJsonObject error = value.toObject();
            disconnect = disconnect || isDisconnect(error);
            const QString text = errorWords(error);
            if (!text.isEmpty() && !words.contains(text))
                words.append(text);
        }
        event.kind = disconnect ? XStreamEvent::Kind::Disconnect : XStreamEvent::Kind::ServerError;
        event.message = words.join("; "_L1);
        return event;
    }

    const QJsonArray matchingRules = object.value("matching_rules"_L1).toArray();
    core::Result<core::Post> post = readPost(data.toObject(), usersById(object), matchingRules);
    if (!post.ok()) {
        event.message = post.error();
        return event;
    }

    const core::ListeningRule *rule = nullptr;
    for (const QJsonValue &value : matchingRules) {
        const QJsonObject matching = value.toObject();
        rule = localRule(idOf(matching.value("id"_L1)), matching.value("tag"_L1).toString());
        if (rule)
            break;
    }
    if (rule) {
        applyRule(post.value(), *rule);
    } else if (!m_rules.isEmpty() && !matchingRules.isEmpty()) {
        event.kind = XStreamEvent::Kind::Foreign;
        return event;
    }
    event.kind = XStreamEvent::Kind::Post;
    event.posts.append(std::move(post).value());
    return event;
}

XSearchPage XPostParser::parseSearchPage(QByteArrayView body, const core::ListeningRule &queryRule) const
{
    XSearchPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        page.error = tr("a recent search answer is not a JSON object");
        return page;
    }
    const QJsonObject object = document.object();
    const QJsonObject meta = object.value("meta"_L1).toObject();
    const QJsonValue data = object.value("data"_L1);
    if (!data.isArray() && meta.isEmpty()) {
        const QString words = XApiError::serverMessage(body.toByteArray());
        page.error = words.isEmpty() ? tr("a recent search answer without data or meta")
                                     : tr("recent search failed: %1").arg(words);
        return page;
    }
    page.nextToken = meta.value("next_token"_L1).toString();
    page.resultCount = meta.value("result_count"_L1).toInt();

    const QHash<QString, QJsonObject> users = usersById(object);
    const QJsonArray posts = data.toArray();
    for (const QJsonValue &value : posts) {
        core::Result<core::Post> post = readPost(value.toObject(), users, {});
        if (!post.ok()) {
            page.skipped.append(post.error());
            continue;
        }
        if (queryRule.id != core::InvalidId)
            applyRule(post.value(), queryRule);
        page.posts.append(std::move(post).value());
    }
    return page;
}

QString XPostParser::postUrl(const QString &username, const QString &postId)
{
    if (username.isEmpty())
        return u"https://x.com/i/web/status/"_s + postId;
    return u"https://x.com/"_s + username + u"/status/"_s + postId;
}

} // namespace tw::social
