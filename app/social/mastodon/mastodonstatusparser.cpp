#include "mastodonstatusparser.h"

#include "htmltotext.h"

#include <core/handlenormalizer.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

// Ids are strings in Mastodon's API; a few other servers send integers.
QString idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 0 && number < 9007199254740992.0 && number == double(qint64(number)))
            return QString::number(qint64(number));
    }
    return {};
}

std::optional<QDateTime> instantOf(const QJsonValue &value)
{
    const QString text = value.toString();
    // A bare date would be read as local midnight; statuses always carry a time.
    if (!text.contains(u'T'))
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

// Only web addresses are kept: the feed offers them to open in a browser.
QString webUrl(const QJsonObject &status)
{
    for (const QString &key : {u"url"_s, u"uri"_s}) {
        const QUrl url(status.value(key).toString(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && !url.host().isEmpty() && (scheme == u"https"_s || scheme == u"http"_s))
            return url.toString(QUrl::FullyEncoded);
    }
    return {};
}

} // namespace

QString MastodonStatusParser::authorHandle(const QJsonObject &account, const QString &instance)
{
    QString acct = account.value(u"acct"_s).toString().trimmed();
    if (acct.startsWith(u'@'))
        acct.remove(0, 1);
    if (acct.isEmpty())
        acct = account.value(u"username"_s).toString().trimmed();
    if (acct.isEmpty())
        return {};
    if (!acct.contains(u'@')) {
        QString host = instance.trimmed();
        if (host.isEmpty())
            host = QUrl(account.value(u"url"_s).toString()).host();
        if (host.isEmpty())
            return {};
        acct += u'@' + host;
    }
    const core::Result<QString> normalized = core::HandleNormalizer::normalize(core::Network::Mastodon, acct);
    // Some fediverse servers allow user names Mastodon would not; such an author
    // is still shown, matched by account id only.
    return normalized ? normalized.value() : acct.toLower();
}

core::Result<core::Post> MastodonStatusParser::parse(const QJsonObject &input, const core::ListeningRule &rule)
{
    // A boost carries the boosted post; that post is what was written about us.
    const QJsonObject status = input.value(u"reblog"_s).isObject() ? input.value(u"reblog"_s).toObject() : input;

    core::Post post;
    post.network = core::Network::Mastodon;
    post.postId = idOf(status.value(u"id"_s));
    if (post.postId.isEmpty())
        return core::Result<core::Post>::failure(QCoreApplication::translate(
            "tw::social::MastodonStatusParser", "A Mastodon status without an id was skipped."));

    const std::optional<QDateTime> createdAt = instantOf(status.value(u"created_at"_s));
    if (!createdAt) {
        return core::Result<core::Post>::failure(
            QCoreApplication::translate("tw::social::MastodonStatusParser",
                                        "Mastodon status %1 was skipped: it has no valid creation time.")
                .arg(post.postId));
    }
    post.createdAt = *createdAt;

    const QJsonObject account = status.value(u"account"_s).toObject();
    post.authorId = idOf(account.value(u"id"_s));
    if (post.authorId.isEmpty()) {
        return core::Result<core::Post>::failure(
            QCoreApplication::translate("tw::social::MastodonStatusParser",
                                        "Mastodon status %1 was skipped: it names no author account.")
                .arg(post.postId));
    }
    post.authorHandle = authorHandle(account, rule.instance);
    post.authorName = account.value(u"display_name"_s).toString().trimmed();

    const QString content = HtmlToText::convert(status.value(u"content"_s).toString());
    const QString warning = HtmlToText::convert(status.value(u"spoiler_text"_s).toString());
    post.text = warning.isEmpty() ? content : (content.isEmpty() ? warning : warning + u"\n\n"_s + content);
    post.url = webUrl(status);

    if (const QJsonValue edited = status.value(u"edited_at"_s); edited.isString())
        post.editedAt = instantOf(edited);

    post.raw = QJsonDocument(input).toJson(QJsonDocument::Compact);
    post.ruleId = rule.id;
    post.ruleTag = rule.tag;
    post.propertyId = rule.propertyId;
    return post;
}

core::Result<core::Post> MastodonStatusParser::parse(QByteArrayView json, const core::ListeningRule &rule)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return core::Result<core::Post>::failure(
            QCoreApplication::translate("tw::social::MastodonStatusParser", "A Mastodon status could not be read (%1).")
                .arg(error.error != QJsonParseError::NoError
                         ? error.errorString()
                         : QCoreApplication::translate("tw::social::MastodonStatusParser", "not a JSON object")));
    }
    return parse(doc.object(), rule);
}

} // namespace tw::social
