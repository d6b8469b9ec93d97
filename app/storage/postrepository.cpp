#include "postrepository.h"

#include "auditlog.h"
#include "database.h"
#include "propertyrepository.h"
#include "socialaccountrepository.h"
#include "sqlvalue.h"
#include "stayrepository.h"

#include <core/handlenormalizer.h>
#include <core/inhouserule.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <array>
#include <map>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kColumns = u"id, network, post_id, property_id, rule_id, rule_tag, author_id, author_handle, "
                         "author_name, text, url, created_at, received_at, raw, guest_id, stay_id, in_house, room, "
                         "suggested_guest_id, state, handled_by, handled_at, deleted, edited_at, version"_s;

// insert() writes the columns every post has, and of the others only those a
// post does not leave at their defaults: each bound value costs more than the
// database's work on it, and most posts come from strangers and are new. One
// statement per combination, each prepared once per connection. A post
// already stored (stream redelivery, a gap fill overlapping the stream)
// changes nothing.
enum InsertColumns : int {
    MatchColumns = 1,      // guest_id, stay_id, in_house, room
    SuggestionColumns = 2, // suggested_guest_id
    HandlingColumns = 4,   // state, handled_by, handled_at, deleted, edited_at
    AllInsertColumns = 7,
};

const QString &insertStatement(int columns, Engine engine)
{
    static const auto build = [](int set, bool returning) {
        QStringList names{u"network"_s,  u"post_id"_s,    u"sort_key"_s,      u"property_id"_s, u"rule_id"_s,
                          u"rule_tag"_s, u"author_id"_s,  u"author_handle"_s, u"author_name"_s, u"text"_s,
                          u"url"_s,      u"created_at"_s, u"received_at"_s,   u"raw"_s};
        if (set & MatchColumns)
            names << u"guest_id"_s << u"stay_id"_s << u"in_house"_s << u"room"_s;
        if (set & SuggestionColumns)
            names << u"suggested_guest_id"_s;
        if (set & HandlingColumns)
            names << u"state"_s << u"handled_by"_s << u"handled_at"_s << u"deleted"_s << u"edited_at"_s;
        QStringList marks(names.size(), u"?"_s);
        return u"INSERT INTO posts (%1) VALUES (%2) ON CONFLICT (network, post_id) DO NOTHING%3"_s.arg(
            names.join(u", "_s), marks.join(u", "_s), returning ? u" RETURNING id"_s : QString());
    };
    static const auto all = [](bool returning) {
        std::array<QString, AllInsertColumns + 1> statements;
        for (int set = 0; set <= AllInsertColumns; ++set)
            statements[std::size_t(set)] = build(set, returning);
        return statements;
    };
    static const std::array<QString, AllInsertColumns + 1> sqlite = all(false);
    // PostgreSQL answers the new id with RETURNING; SQLite, through the driver,
    // without collecting the statement's output first.
    static const std::array<QString, AllInsertColumns + 1> postgres = all(true);
    return (engine == Engine::Postgres ? postgres : sqlite)[std::size_t(columns & AllInsertColumns)];
}

constexpr qsizetype kSortKeyWidth = 24;

core::Post postFrom(const PreparedQuery &q)
{
    core::Post p;
    p.id = q.value(0).toLongLong();
    p.network = core::networkFromKey(q.value(1).toString()).value_or(core::Network::X);
    p.postId = q.value(2).toString();
    p.propertyId = q.value(3).toLongLong();
    p.ruleId = q.value(4).toLongLong();
    p.ruleTag = q.value(5).toString();
    p.authorId = q.value(6).toString();
    p.authorHandle = q.value(7).toString();
    p.authorName = q.value(8).toString();
    p.text = q.value(9).toString();
    p.url = q.value(10).toString();
    p.createdAt = SqlValue::timestampFrom(q.value(11));
    p.receivedAt = SqlValue::timestampFrom(q.value(12));
    p.raw = q.value(13).toString().toUtf8();
    p.guestId = q.value(14).toLongLong();
    p.stayId = q.value(15).toLongLong();
    p.inHouse = q.value(16).toInt() != 0;
    p.room = q.value(17).toString();
    p.suggestedGuestId = q.value(18).toLongLong();
    p.state = core::postStateFromKey(q.value(19).toString()).value_or(core::PostState::New);
    p.handledBy = q.value(20).toString();
    p.handledAt = SqlValue::optionalTimestampFrom(q.value(21));
    p.deleted = q.value(22).toInt() != 0;
    p.editedAt = SqlValue::optionalTimestampFrom(q.value(23));
    p.version = q.value(24).toInt();
    return p;
}

QList<core::Post> readAll(PreparedQuery &q)
{
    QList<core::Post> posts;
    if (!q.exec())
        return posts;
    while (q.next())
        posts.append(postFrom(q));
    return posts;
}

QString networkName(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return u"X"_s;
    case core::Network::Mastodon:
        return u"Mastodon"_s;
    case core::Network::Bluesky:
        return u"Bluesky"_s;
    }
    return core::networkKey(network);
}

// "X post 1790 by @anna", for messages and the timeline.
QString shown(const core::Post &post)
{
    const QString author = post.authorHandle.isEmpty()
        ? post.authorName
        : core::HandleNormalizer::display(post.network, post.authorHandle);
    if (author.isEmpty())
        return u"%1 post %2"_s.arg(networkName(post.network), post.postId);
    return u"%1 post %2 by %3"_s.arg(networkName(post.network), post.postId, author);
}

// WHERE clause and values of a feed filter; "deleted = 0" unless asked otherwise.
struct Where
{
    QStringList conditions;
    QVariantList values;

    explicit Where(const PostFilter &filter)
    {
        if (!filter.includeDeleted)
            conditions.append(u"deleted = 0"_s);
        if (filter.propertyId) {
            conditions.append(u"property_id = ?"_s);
            values.append(qlonglong(*filter.propertyId));
        }
        if (filter.network) {
            conditions.append(u"network = ?"_s);
            values.append(core::networkKey(*filter.network));
        }
        if (filter.inHouseOnly)
            conditions.append(u"in_house = 1"_s);
        if (filter.unhandledOnly)
            conditions.append(u"state IN ('new', 'seen')"_s);
        if (!filter.ruleTag.isEmpty()) {
            conditions.append(u"rule_tag = ?"_s);
            values.append(filter.ruleTag);
        }
        if (filter.guestId) {
            conditions.append(u"guest_id = ?"_s);
            values.append(qlonglong(*filter.guestId));
        }
    }

    QString sql() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s); }
};

// A post asked for by id is gone (or never was): the feed shows a stale row.
QString noSuchPost(core::Id id)
{
    return QCoreApplication::translate("tw::storage::PostRepository", "There is no post #%1; reload the feed.").arg(id);
}

} // namespace

PostRepository::PostRepository(Database &db)
    : m_db(db)
{
}

QString PostRepository::sortKey(const QString &postId)
{
    QString id = postId.trimmed();
    if (id.size() >= kSortKeyWidth)
        return id;
    return QString(kSortKeyWidth - id.size(), u'0') + id;
}

core::Result<PostRepository::InsertOutcome> PostRepository::insert(core::Post &post)
{
    using R = core::Result<InsertOutcome>;
    post.postId = post.postId.trimmed();
    if (post.postId.isEmpty())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                      "A %1 post without its network id cannot be stored.")
                              .arg(networkName(post.network)));
    if (!post.createdAt.isValid())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                      "The %1 post %2 has no valid creation time, so it cannot be "
                                                      "stored.")
                              .arg(networkName(post.network), post.postId));
    post.createdAt = SqlValue::truncated(post.createdAt);
    post.receivedAt = post.receivedAt.isValid() ? SqlValue::truncated(post.receivedAt) : SqlValue::now();
    const QString network = core::networkKey(post.network);

    // No transaction of its own: this is the statement every arriving post
    // costs, and a single INSERT is atomic anyway.
    int columns = 0;
    if (post.guestId != core::InvalidId || post.stayId != core::InvalidId || post.inHouse || !post.room.isEmpty())
        columns |= MatchColumns;
    if (post.suggestedGuestId != core::InvalidId)
        columns |= SuggestionColumns;
    if (post.state != core::PostState::New || !post.handledBy.isEmpty() || post.handledAt || post.deleted
        || post.editedAt) {
        columns |= HandlingColumns;
    }
    const bool postgres = m_db.engine() == Engine::Postgres;
    PreparedQuery q = m_db.prepare(insertStatement(columns, m_db.engine()));
    q.bind(network)
        .bind(post.postId)
        .bind(sortKey(post.postId))
        .bind(SqlValue::id(post.propertyId))
        .bind(SqlValue::id(post.ruleId))
        .bind(post.ruleTag)
        .bind(post.authorId)
        .bind(post.authorHandle)
        .bind(post.authorName)
        .bind(post.text)
        .bind(post.url)
        .bind(SqlValue::timestamp(post.createdAt))
        .bind(SqlValue::timestamp(post.receivedAt))
        .bind(QString::fromUtf8(post.raw));
    if (columns & MatchColumns) {
        q.bind(SqlValue::id(post.guestId)).bind(SqlValue::id(post.stayId)).bind(post.inHouse ? 1 : 0).bind(post.room);
    }
    if (columns & SuggestionColumns)
        q.bind(SqlValue::id(post.suggestedGuestId));
    if (columns & HandlingColumns) {
        q.bind(core::postStateKey(post.state))
            .bind(post.handledBy)
            .bind(SqlValue::nullableTimestamp(post.handledAt))
            .bind(post.deleted ? 1 : 0)
            .bind(SqlValue::nullableTimestamp(post.editedAt));
    }
    if (!q.exec())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository", "The %1 was not stored: %2.")
                              .arg(shown(post), q.errorText()));
    QVariant id;
    if (postgres) {
        if (q.next())
            id = q.value(0);
    } else if (q.numRowsAffected() > 0) {
        id = q.query().lastInsertId();
    }
    q.finish();

    if (id.isValid()) {
        post.id = id.toLongLong();
        post.version = 1;
        m_db.notifyChanged(u"posts"_s, post.id);
        return InsertOutcome::Inserted;
    }

    PreparedQuery existing = m_db.prepare(u"SELECT id, version FROM posts WHERE network = ? AND post_id = ?"_s);
    existing.bind(network).bind(post.postId);
    if (!existing.exec() || !existing.next())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                      "The %1 was neither stored nor found stored: %2.")
                              .arg(shown(post), existing.errorText()));
    post.id = existing.value(0).toLongLong();
    post.version = existing.value(1).toInt();
    return InsertOutcome::Duplicate;
}

QString PostRepository::newestPostId(core::Network network) const
{
    PreparedQuery q = m_db.prepare(u"SELECT post_id FROM posts WHERE network = ? ORDER BY sort_key DESC LIMIT 1"_s);
    q.bind(core::networkKey(network));
    const std::optional<QVariant> id = q.scalar();
    return id ? id->toString() : QString();
}

std::optional<core::Post> PostRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM posts WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return postFrom(q);
    return std::nullopt;
}

std::optional<core::Post> PostRepository::byNetworkId(core::Network network, const QString &postId) const
{
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM posts WHERE network = ? AND post_id = ?"_s);
    q.bind(core::networkKey(network)).bind(postId.trimmed());
    if (q.exec() && q.next())
        return postFrom(q);
    return std::nullopt;
}

QList<core::Post> PostRepository::list(const PostFilter &filter, int limit,
                                       const std::optional<PostCursor> &after) const
{
    if (limit <= 0)
        return {};
    Where where(filter);
    if (after && after->createdAt.isValid()) {
        where.conditions.append(u"(created_at < ? OR (created_at = ? AND id < ?))"_s);
        const QString at = SqlValue::timestamp(after->createdAt);
        where.values << at << at << qlonglong(after->id);
    }
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM posts"_s + where.sql()
                                   + u" ORDER BY created_at DESC, id DESC LIMIT ?"_s);
    for (const QVariant &value : std::as_const(where.values))
        q.bind(value);
    q.bind(limit);
    return readAll(q);
}

qint64 PostRepository::count(const PostFilter &filter) const
{
    const Where where(filter);
    PreparedQuery q = m_db.prepare(u"SELECT COUNT(*) FROM posts"_s + where.sql());
    for (const QVariant &value : where.values)
        q.bind(value);
    const std::optional<QVariant> n = q.scalar();
    return n ? n->toLongLong() : 0;
}

QList<core::Post> PostRepository::forGuest(core::Id guestId) const
{
    PreparedQuery q
        = m_db.prepare(u"SELECT "_s + kColumns + u" FROM posts WHERE guest_id = ? ORDER BY created_at, id"_s);
    q.bind(qint64(guestId));
    return readAll(q);
}

core::Result<core::Post> PostRepository::setState(core::Id id, core::PostState state, const QString &actor,
                                                  int expectedVersion)
{
    using R = core::Result<core::Post>;
    const QString who = actor.trimmed();
    if (who.isEmpty())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                      "Choose who is handling the post before changing its state."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Post> stored = byId(id);
    if (!stored)
        return R::failure(noSuchPost(id));
    const auto conflict = [](const core::Post &now) {
        return R::failure(
            QCoreApplication::translate("tw::storage::PostRepository",
                                        "%1 marked this post %2 since you opened it; reload it and decide again.")
                .arg(now.handledBy.isEmpty()
                         ? QCoreApplication::translate("tw::storage::PostRepository", "Someone else")
                         : now.handledBy,
                     core::postStateKey(now.state)));
    };
    if (stored->version != expectedVersion)
        return conflict(*stored);
    if (stored->state == state && stored->handledBy == who)
        return *stored; // nothing to write, no audit row, same version

    const QDateTime now = SqlValue::now();
    PreparedQuery q = m_db.prepare(u"UPDATE posts SET state = ?, handled_by = ?, handled_at = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"_s);
    q.bind(core::postStateKey(state)).bind(who).bind(SqlValue::timestamp(now)).bind(qint64(id)).bind(expectedVersion);
    if (!q.exec())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository", "The %1 was not updated: %2.")
                              .arg(shown(*stored), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) { // changed between our read and our write
        const std::optional<core::Post> changed = byId(id);
        return conflict(changed ? *changed : *stored);
    }

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = who;
    entry.action = u"post.state"_s;
    entry.entityType = u"post"_s;
    entry.entityId = id;
    entry.guestId = stored->guestId;
    entry.detail = u"%1: %2 -> %3"_s.arg(shown(*stored), core::postStateKey(stored->state), core::postStateKey(state));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());

    m_db.notifyChanged(u"posts"_s, id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    core::Post post = *stored;
    post.state = state;
    post.handledBy = who;
    post.handledAt = now;
    post.version = stored->version + 1;
    return post;
}

core::Result<core::Post> PostRepository::confirmSuggestion(core::Id id, const QString &actor)
{
    using R = core::Result<core::Post>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Post> post = byId(id);
    if (!post)
        return R::failure(noSuchPost(id));
    if (post->suggestedGuestId == core::InvalidId)
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                      "The %1 has no suggested guest to confirm; link its author "
                                                      "from the guest's profile instead.")
                              .arg(shown(*post)));
    if (post->authorHandle.isEmpty())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                      "The %1 does not say who wrote it, so its author cannot be "
                                                      "linked to a guest.")
                              .arg(shown(*post)));
    const core::Id guestId = post->suggestedGuestId;
    const auto linked = SocialAccountRepository(m_db).link(guestId, post->network, post->authorHandle,
                                                           core::LinkState::Confirmed, actor, post->authorId);
    if (!linked)
        return R::failure(linked.error());

    // Every post of the author, with the stay the guest was in house on then.
    struct AuthorPost
    {
        core::Id id = core::InvalidId;
        core::Id propertyId = core::InvalidId;
        QDateTime createdAt;
    };
    QList<AuthorPost> authorPosts;
    {
        const bool byAccount = !post->authorId.isEmpty();
        PreparedQuery q = m_db.prepare(byAccount ? u"SELECT id, property_id, created_at FROM posts "
                                                   "WHERE network = ? AND author_id = ?"_s
                                                 : u"SELECT id, property_id, created_at FROM posts "
                                                   "WHERE network = ? AND author_handle = ?"_s);
        q.bind(core::networkKey(post->network)).bind(byAccount ? post->authorId : post->authorHandle);
        if (!q.exec())
            return R::failure(
                QCoreApplication::translate("tw::storage::PostRepository", "The author's posts could not be read: %1.")
                    .arg(q.errorText()));
        while (q.next())
            authorPosts.append({q.value(0).toLongLong(), q.value(1).toLongLong(), SqlValue::timestampFrom(q.value(2))});
    }
    const QList<core::Stay> stays = StayRepository(m_db).forGuest(guestId);
    std::map<core::Id, core::InHouseRule> rules;
    if (!stays.isEmpty()) {
        for (const core::Property &property : PropertyRepository(m_db).list())
            rules.emplace(property.id, core::InHouseRule(property));
    }
    for (const AuthorPost &authorPost : std::as_const(authorPosts)) {
        const std::optional<core::Stay> stay
            = core::InHouseRule::stayInHouseAt(stays, authorPost.propertyId, authorPost.createdAt, rules);
        PreparedQuery q = m_db.prepare(u"UPDATE posts SET guest_id = ?, stay_id = ?, in_house = ?, room = ?, "
                                       "suggested_guest_id = NULL, version = version + 1 WHERE id = ?"_s);
        q.bind(qint64(guestId))
            .bind(SqlValue::id(stay ? stay->id : core::InvalidId))
            .bind(stay ? 1 : 0)
            .bind(stay ? stay->room : QString())
            .bind(qint64(authorPost.id));
        if (!q.exec())
            return R::failure(QCoreApplication::translate("tw::storage::PostRepository",
                                                          "The author's posts were not linked to the guest: %1.")
                                  .arg(q.errorText()));
        q.finish();
        m_db.notifyChanged(u"posts"_s, authorPost.id);
    }

    core::AuditEntry entry;
    entry.actor = actor;
    entry.action = u"post.suggestion.confirm"_s;
    entry.entityType = u"post"_s;
    entry.entityId = id;
    entry.guestId = guestId;
    entry.detail = u"%1: confirmed the author as this guest; %2 post(s) attached"_s.arg(
        shown(*post), QString::number(authorPosts.size()));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    const std::optional<core::Post> updated = byId(id);
    if (!updated)
        return R::failure(noSuchPost(id));
    return *updated;
}

core::Result<core::Post> PostRepository::dismissSuggestion(core::Id id, const QString &actor)
{
    using R = core::Result<core::Post>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Post> post = byId(id);
    if (!post)
        return R::failure(noSuchPost(id));
    if (post->suggestedGuestId == core::InvalidId)
        return R::failure(
            QCoreApplication::translate("tw::storage::PostRepository", "The %1 has no suggested guest to dismiss.")
                .arg(shown(*post)));

    PreparedQuery q = m_db.prepare(u"UPDATE posts SET suggested_guest_id = NULL, version = version + 1 WHERE id = ?"_s);
    q.bind(qint64(id));
    if (!q.exec())
        return R::failure(QCoreApplication::translate("tw::storage::PostRepository", "The %1 was not updated: %2.")
                              .arg(shown(*post), q.errorText()));
    q.finish();

    // On the suggested guest's timeline: staff decided the author is not them.
    core::AuditEntry entry;
    entry.actor = actor;
    entry.action = u"post.suggestion.dismiss"_s;
    entry.entityType = u"post"_s;
    entry.entityId = id;
    entry.guestId = post->suggestedGuestId;
    entry.detail = u"%1: the author is not this guest"_s.arg(shown(*post));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"posts"_s, id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    core::Post updated = *post;
    updated.suggestedGuestId = core::InvalidId;
    updated.version = post->version + 1;
    return updated;
}

core::Result<bool> PostRepository::markDeleted(core::Network network, const QString &postId)
{
    using R = core::Result<bool>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    PreparedQuery find = m_db.prepare(u"SELECT id, deleted FROM posts WHERE network = ? AND post_id = ?"_s);
    find.bind(core::networkKey(network)).bind(postId.trimmed());
    if (!find.exec())
        return R::failure(find.errorText());
    if (!find.next())
        return false;
    const core::Id id = find.value(0).toLongLong();
    const bool deleted = find.value(1).toInt() != 0;
    find.finish();
    if (deleted)
        return true;

    PreparedQuery q = m_db.prepare(u"UPDATE posts SET deleted = 1, version = version + 1 WHERE id = ?"_s);
    q.bind(qint64(id));
    if (!q.exec())
        return R::failure(
            QCoreApplication::translate("tw::storage::PostRepository", "The withdrawn %1 post %2 was not hidden: %3.")
                .arg(networkName(network), postId, q.errorText()));
    q.finish();
    m_db.notifyChanged(u"posts"_s, id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return true;
}

core::Result<bool> PostRepository::updateText(core::Network network, const QString &postId, const QString &text,
                                              const QDateTime &editedAt, const QByteArray &raw)
{
    using R = core::Result<bool>;
    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    PreparedQuery find = m_db.prepare(u"SELECT id, edited_at FROM posts WHERE network = ? AND post_id = ?"_s);
    find.bind(core::networkKey(network)).bind(postId.trimmed());
    if (!find.exec())
        return R::failure(find.errorText());
    if (!find.next())
        return false;
    const core::Id id = find.value(0).toLongLong();
    const std::optional<QDateTime> stored = SqlValue::optionalTimestampFrom(find.value(1));
    find.finish();
    const QDateTime at = editedAt.isValid() ? SqlValue::truncated(editedAt) : SqlValue::now();
    if (stored && at < *stored)
        return true; // an older edit arriving late: the newer text stays

    PreparedQuery q
        = m_db.prepare(raw.isEmpty() ? u"UPDATE posts SET text = ?, edited_at = ?, version = version + 1 "
                                       "WHERE id = ?"_s
                                     : u"UPDATE posts SET text = ?, edited_at = ?, raw = ?, version = version + 1 "
                                       "WHERE id = ?"_s);
    q.bind(text).bind(SqlValue::timestamp(at));
    if (!raw.isEmpty())
        q.bind(QString::fromUtf8(raw));
    q.bind(qint64(id));
    if (!q.exec())
        return R::failure(
            QCoreApplication::translate("tw::storage::PostRepository", "The edit of %1 post %2 was not saved: %3.")
                .arg(networkName(network), postId, q.errorText()));
    q.finish();
    m_db.notifyChanged(u"posts"_s, id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return true;
}

} // namespace tw::storage
