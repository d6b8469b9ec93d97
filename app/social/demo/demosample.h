#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tw::social {

// The bundled sample the demo feed replays (resources/demo/feed.json): posts
// about the demo hotel, some by its in-house guests, some by strangers. Posts
// with minutesAgo are the backlog, delivered at once as if the feed had caught
// up after a break; the others are the live part, delivered one by one.
class DemoSample
{
public:
    struct Entry
    {
        core::Network network = core::Network::X;
        std::optional<int> minutesAgo; // backlog; empty for the live part
        QString authorId;
        QString handle; // normalised (HandleNormalizer)
        QString name;
        QString text;
        QString tag;
    };

    // The sample compiled into the application.
    static core::Result<QList<Entry>> bundled();
    static core::Result<QList<Entry>> parse(const QByteArray &json);

    // The post an entry becomes: ids are the same all day (so a replay on the
    // same day is recognised as the same posts) and differ from one day to
    // the next; index is the entry's place in the sample.
    static core::Post toPost(const Entry &entry, int index, const QDate &day, const QDateTime &createdAt,
                             core::Id propertyId);
    // Decimal like the networks' own ids, growing with the day and the index.
    static QString postId(const QDate &day, int index);
};

} // namespace tw::social
