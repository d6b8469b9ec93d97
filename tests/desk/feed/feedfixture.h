#pragma once

#include <core/types.h>
#include <storage/database.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace tw::test {

// A small hotel with posts for the live feed tests, around a fixed instant
// (10 May 2026, 12:00 UTC, at the Harbour View in Lisbon). Madison Johnson
// (VIP1, room 512, @madisonj99 on X) and Øystein Ekström (room 702,
// oystein@hachyderm.io) are in house; Lena Groß (room 409) is in house
// without a handle; Hans Bergmann stayed last year. Twelve posts, one a
// minute, the newest at the reference time, posts[0] the oldest:
//   - 0..3   X, by strangers, tag "mentions"
//   - 4, 7   X, by Madison, in house, tag "mentions"
//   - 5, 9   Mastodon, by Øystein, in house, tag "#HarbourViewLisbon"
//   - 6      X, by Hans (a guest, not in house), replied by Maria
//   - 8      X, by "Lena Gross" (@lenagross_ber), suggesting Lena Groß
//   - 10     Mastodon, by a stranger, resolved by Maria
//   - 11     X, by a stranger, tag "rooftop bar"
struct FeedFixture
{
    core::Id property = core::InvalidId;
    core::Id madison = core::InvalidId;
    core::Id oystein = core::InvalidId;
    core::Id lena = core::InvalidId;
    core::Id hans = core::InvalidId;
    QList<core::Id> posts; // in the order above, oldest first

    // Empty on success, else what could not be stored.
    QString fill(storage::Database &db);

    static QDateTime referenceTime();
    // Stores a post by a stranger on X created at `at`; its id, or InvalidId
    // with *error set.
    core::Id addPost(storage::Database &db, const QDateTime &at, const QString &text, QString *error,
                     const QString &tag = QStringLiteral("mentions")) const;
    static core::Post strangerPost(const QString &postId, const QDateTime &at, const QString &text);
};

} // namespace tw::test
