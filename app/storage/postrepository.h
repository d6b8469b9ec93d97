#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QDateTime>
#include <QList>

#include <optional>

namespace tw::storage {

class Database;

// What the live feed shows; every field is optional.
struct PostFilter
{
    std::optional<core::Id> propertyId;
    std::optional<core::Network> network;
    bool inHouseOnly = false;
    bool unhandledOnly = false; // state "new" or "seen"
    QString ruleTag;            // exact tag; empty for any
    std::optional<core::Id> guestId;
    bool includeDeleted = false;
};

// Keyset position for paging the feed newest first: the last row already shown.
struct PostCursor
{
    QDateTime createdAt;
    core::Id id = core::InvalidId;
};

// The posts the listeners brought in, keyed by network and the network's post
// id: storing a post that is already there changes nothing and says so.
class PostRepository
{
public:
    explicit PostRepository(Database &db);

    enum class InsertOutcome { Inserted, Duplicate };
    // Fills in post.id (the stored row's id, also for a duplicate) and
    // post.receivedAt when invalid. Works alone or inside the caller's
    // Transaction; announces the new row to ChangeNotifier ("posts").
    core::Result<InsertOutcome> insert(core::Post &post);

    // The network's post id of the newest stored post, empty when there is none.
    QString newestPostId(core::Network network) const;

    std::optional<core::Post> byId(core::Id id) const;
    std::optional<core::Post> byNetworkId(core::Network network, const QString &postId) const;

    // Newest first (created_at, then id, descending), at most limit rows after
    // the cursor when given.
    QList<core::Post> list(const PostFilter &filter, int limit, const std::optional<PostCursor> &after = {}) const;
    qint64 count(const PostFilter &filter = {}) const;
    // Oldest first, for the guest's timeline.
    QList<core::Post> forGuest(core::Id guestId) const;

    // Moves a post to a handling state with the staff name; audited on the
    // guest's timeline when the post has a guest. expectedVersion is the version
    // the caller read: a post changed since fails with a message saying who
    // handled it, and nothing is written.
    core::Result<core::Post> setState(core::Id id, core::PostState state, const QString &actor, int expectedVersion);

    // Links the author's account to the suggested guest (confirmed, with the
    // network's account id) and attaches this and every other stored post of that
    // author to the guest. Audited. Fails when the post has no suggestion.
    core::Result<core::Post> confirmSuggestion(core::Id id, const QString &actor);
    // Clears the suggestion on this post. Audited.
    core::Result<core::Post> dismissSuggestion(core::Id id, const QString &actor);

    // The author withdrew the post (Mastodon "delete"): kept for the record, hidden
    // from the feed. False when the post is unknown.
    core::Result<bool> markDeleted(core::Network network, const QString &postId);
    // The author edited it (Mastodon "status.update"). False when unknown.
    core::Result<bool> updateText(core::Network network, const QString &postId, const QString &text,
                                  const QDateTime &editedAt, const QByteArray &raw);

    // Zero-padded form of a network post id that sorts by age; exposed for tests.
    static QString sortKey(const QString &postId);

private:
    Database &m_db;
};

} // namespace tw::storage
