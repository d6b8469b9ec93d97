#include "demosample.h"

#include <core/handlenormalizer.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::social::DemoSample", text);
}

// Past ids of both networks: X's start with 1, Mastodon's with 10 or 11;
// the day keeps them apart from one day to the next.
constexpr qint64 IdBase = 1'900'000'000'000'000'000;

} // namespace

core::Result<QList<DemoSample::Entry>> DemoSample::bundled()
{
    QFile file(u":/tw/demo/feed.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return core::Result<QList<Entry>>::failure(
            tr("The demo feed's sample is missing from this build (%1).").arg(file.errorString()));
    return parse(file.readAll());
}

core::Result<QList<DemoSample::Entry>> DemoSample::parse(const QByteArray &json)
{
    using R = core::Result<QList<Entry>>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("The demo feed's sample is not valid JSON: %1 at offset %2.")
                              .arg(error.errorString())
                              .arg(error.offset));
    const QJsonArray posts = document.object().value("posts"_L1).toArray();
    QList<Entry> entries;
    entries.reserve(posts.size());
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QJsonObject object = posts.at(i).toObject();
        Entry entry;
        const auto network = core::networkFromKey(object.value("network"_L1).toString());
        if (!network)
            return R::failure(tr("Post %1 of the demo feed's sample names no known network.").arg(i + 1));
        entry.network = *network;
        if (object.contains("minutesAgo"_L1))
            entry.minutesAgo = object.value("minutesAgo"_L1).toInt();
        entry.authorId = object.value("authorId"_L1).toString();
        const auto handle = core::HandleNormalizer::normalize(entry.network, object.value("handle"_L1).toString());
        if (!handle)
            return R::failure(
                tr("Post %1 of the demo feed's sample has no valid handle: %2").arg(i + 1).arg(handle.error()));
        entry.handle = handle.value();
        entry.name = object.value("name"_L1).toString();
        entry.text = object.value("text"_L1).toString();
        entry.tag = object.value("tag"_L1).toString();
        if (entry.authorId.isEmpty() || entry.text.isEmpty())
            return R::failure(tr("Post %1 of the demo feed's sample lacks an author id or text.").arg(i + 1));
        entries.append(entry);
    }
    return entries;
}

QString DemoSample::postId(const QDate &day, int index)
{
    return QString::number(IdBase + day.toJulianDay() * 1000 + index);
}

core::Post DemoSample::toPost(const Entry &entry, int index, const QDate &day, const QDateTime &createdAt,
                              core::Id propertyId)
{
    core::Post post;
    post.network = entry.network;
    post.postId = postId(day, index);
    post.propertyId = propertyId;
    post.ruleTag = entry.tag;
    post.authorId = entry.authorId;
    post.authorHandle = entry.handle;
    post.authorName = entry.name;
    post.text = entry.text;
    post.createdAt = createdAt.toUTC();
    if (entry.network == core::Network::Mastodon) {
        const QString user = entry.handle.section(u'@', 0, 0);
        const QString instance = entry.handle.section(u'@', 1);
        post.url = u"https://%1/@%2/%3"_s.arg(instance, user, post.postId);
    } else {
        post.url = u"https://x.com/%1/status/%2"_s.arg(entry.handle, post.postId);
    }
    QJsonObject raw{{"demo"_L1, true},
                    {"id"_L1, post.postId},
                    {"author_id"_L1, entry.authorId},
                    {"username"_L1, entry.handle},
                    {"name"_L1, entry.name},
                    {"text"_L1, entry.text},
                    {"created_at"_L1, post.createdAt.toString(Qt::ISODateWithMs)}};
    post.raw = QJsonDocument(raw).toJson(QJsonDocument::Compact);
    return post;
}

} // namespace tw::social
