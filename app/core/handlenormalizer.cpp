#include "handlenormalizer.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <array>

using namespace Qt::StringLiterals;

namespace tw::core {

namespace {

constexpr int kMaxXHandleLength = 15;

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isXHandleChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'_';
}

bool isMastodonUserChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'_' || c == u'.' || c == u'-';
}

bool allOf(QStringView text, bool (*predicate)(QChar))
{
    for (const QChar c : text) {
        if (!predicate(c))
            return false;
    }
    return true;
}

// A public DNS name: at least two labels of ASCII letters, digits and inner
// hyphens, and not an IP address (the last label is not all digits).
bool isHostname(QStringView host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QList<QStringView> labels = host.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        if (!allOf(label, [](QChar c) { return isAsciiAlnum(c) || c == u'-'; }))
            return false;
    }
    const QStringView last = labels.constLast();
    return !allOf(last, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Internationalised server names become their ASCII (punycode) form so that the
// same server is always written the same way.
QString asciiHost(QStringView host)
{
    QString lower = host.toString().toLower();
    if (allOf(lower, [](QChar c) { return c.unicode() < 0x80; }))
        return lower;
    return QString::fromLatin1(QUrl::toAce(lower)).toLower();
}

QStringView dropOneAt(QStringView text)
{
    return text.startsWith(u'@') ? text.mid(1) : text;
}

// Handles never contain "/", so anything with one is taken as a profile link;
// "x.com/name" without a scheme is accepted as well.
bool looksLikeLink(QStringView text)
{
    return text.contains(u'/');
}

QUrl parseLink(QStringView text)
{
    QString withScheme = text.toString();
    if (!withScheme.contains(u"://"_s))
        withScheme.prepend(u"https://"_s);
    QUrl url(withScheme, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty())
        return {};
    return url;
}

QStringList pathSegments(const QUrl &url)
{
    return url.path().split(u'/', Qt::SkipEmptyParts);
}

template <std::size_t N>
bool hostIsOneOf(const QUrl &url, const std::array<QLatin1StringView, N> &hosts)
{
    const QString host = url.host().toLower();
    for (const QLatin1StringView candidate : hosts) {
        if (host == candidate)
            return true;
    }
    return false;
}

Result<QString> normalizeX(QStringView raw)
{
    QStringView text = raw.trimmed();
    QString fromLink;
    if (looksLikeLink(text)) {
        static constexpr std::array<QLatin1StringView, 6> hosts{{"x.com"_L1, "www.x.com"_L1, "mobile.x.com"_L1,
                                                                 "twitter.com"_L1, "www.twitter.com"_L1,
                                                                 "mobile.twitter.com"_L1}};
        const QUrl url = parseLink(text);
        const QStringList segments = pathSegments(url);
        if (url.isEmpty() || !hostIsOneOf(url, hosts) || segments.size() != 1) {
            return Result<QString>::failure(
                QCoreApplication::translate("tw::core::HandleNormalizer",
                                            "\"%1\" is not a link to an X profile. Paste the profile address "
                                            "(https://x.com/name) or type the handle (@name).")
                    .arg(text));
        }
        fromLink = segments.constFirst();
        text = fromLink;
    }

    const QStringView name = dropOneAt(text);
    if (name.isEmpty()) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer", "The X handle is empty. Type it as @name."));
    }
    if (name.size() > kMaxXHandleLength) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer",
                                        "\"%1\" is not an X handle: X handles have at most %2 characters.")
                .arg(raw.trimmed())
                .arg(kMaxXHandleLength));
    }
    if (!allOf(name, isXHandleChar)) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer",
                                        "\"%1\" is not an X handle: X handles have only letters, digits "
                                        "and underscores.")
                .arg(raw.trimmed()));
    }
    return name.toString().toLower();
}

Result<QString> normalizeMastodon(QStringView raw)
{
    const QStringView text = raw.trimmed();
    QString user;
    QString instance;

    if (dropOneAt(text).isEmpty()) {
        return Result<QString>::failure(QCoreApplication::translate(
            "tw::core::HandleNormalizer", "The Mastodon handle is empty. Type it as user@instance."));
    }
    if (looksLikeLink(text)) {
        // https://instance/@user, https://instance/@user@home (a remote profile
        // seen from another server), or https://instance/users/user.
        const QUrl url = parseLink(text);
        const QStringList segments = pathSegments(url);
        QString account;
        if (!url.isEmpty() && segments.size() == 1 && segments.constFirst().startsWith(u'@'))
            account = segments.constFirst().mid(1);
        else if (!url.isEmpty() && segments.size() == 2 && segments.constFirst() == u"users"_s)
            account = segments.constLast();
        if (account.isEmpty()) {
            return Result<QString>::failure(
                QCoreApplication::translate("tw::core::HandleNormalizer",
                                            "\"%1\" is not a link to a Mastodon profile. Paste the profile "
                                            "address (https://instance/@user) or type user@instance.")
                    .arg(text));
        }
        const qsizetype at = account.indexOf(u'@');
        user = account.left(at);
        instance = at >= 0 ? account.mid(at + 1) : url.host();
    } else {
        const QList<QStringView> parts = dropOneAt(text).split(u'@');
        if (parts.size() == 1 && !parts.constFirst().isEmpty()) {
            return Result<QString>::failure(
                QCoreApplication::translate("tw::core::HandleNormalizer",
                                            "\"%1\" has no server: Mastodon handles are written user@instance, "
                                            "e.g. anna@mastodon.social.")
                    .arg(text));
        }
        if (parts.size() != 2) {
            return Result<QString>::failure(
                QCoreApplication::translate("tw::core::HandleNormalizer",
                                            "\"%1\" is not a Mastodon handle. Write it as user@instance, "
                                            "e.g. anna@mastodon.social.")
                    .arg(text));
        }
        user = parts.constFirst().toString();
        instance = parts.constLast().toString();
    }

    if (user.isEmpty() || !allOf(user, isMastodonUserChar)) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer",
                                        "\"%1\" is not a Mastodon handle: the user name before the \"@\" "
                                        "must be letters, digits, \"_\", \".\" or \"-\".")
                .arg(text));
    }
    const QString host = asciiHost(instance);
    if (!isHostname(host)) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer",
                                        "\"%1\" is not a Mastodon handle: \"%2\" is not a server name. Write "
                                        "it as user@instance, e.g. anna@mastodon.social.")
                .arg(text, instance));
    }
    return QString(user.toLower() + u'@' + host);
}

Result<QString> normalizeBluesky(QStringView raw)
{
    QStringView text = raw.trimmed();
    QString fromLink;
    if (looksLikeLink(text)) {
        static constexpr std::array<QLatin1StringView, 2> hosts{{"bsky.app"_L1, "www.bsky.app"_L1}};
        const QUrl url = parseLink(text);
        const QStringList segments = pathSegments(url);
        if (url.isEmpty() || !hostIsOneOf(url, hosts) || segments.size() != 2
            || segments.constFirst() != u"profile"_s) {
            return Result<QString>::failure(
                QCoreApplication::translate("tw::core::HandleNormalizer",
                                            "\"%1\" is not a link to a Bluesky profile. Paste the profile "
                                            "address (https://bsky.app/profile/name.bsky.social) or type "
                                            "the handle.")
                    .arg(text));
        }
        fromLink = segments.constLast();
        text = fromLink;
    }

    const QString handle = dropOneAt(text).toString().toLower();
    if (handle.isEmpty()) {
        return Result<QString>::failure(QCoreApplication::translate(
            "tw::core::HandleNormalizer", "The Bluesky handle is empty. Type it as name.bsky.social."));
    }
    if (handle.startsWith(u"did:"_s)) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer",
                                        "\"%1\" is a Bluesky account id, not a handle. Type the handle, "
                                        "e.g. name.bsky.social.")
                .arg(raw.trimmed()));
    }
    if (!handle.contains(u'.') || !isHostname(handle)) {
        return Result<QString>::failure(
            QCoreApplication::translate("tw::core::HandleNormalizer",
                                        "\"%1\" is not a Bluesky handle: handles look like a web address, "
                                        "e.g. name.bsky.social.")
                .arg(raw.trimmed()));
    }
    return handle;
}

} // namespace

Result<QString> HandleNormalizer::normalize(Network network, QStringView raw)
{
    switch (network) {
    case Network::X:
        return normalizeX(raw);
    case Network::Mastodon:
        return normalizeMastodon(raw);
    case Network::Bluesky:
        return normalizeBluesky(raw);
    }
    return Result<QString>::failure(
        QCoreApplication::translate("tw::core::HandleNormalizer", "This social network is not supported."));
}

QString HandleNormalizer::display(Network network, const QString &normalized)
{
    if (normalized.isEmpty())
        return {};
    switch (network) {
    case Network::X:
    case Network::Mastodon:
    case Network::Bluesky:
        return u'@' + normalized;
    }
    return normalized;
}

} // namespace tw::core
