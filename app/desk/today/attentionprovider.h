#pragma once

#include "attention.h"
#include "todayrow.h"

#include <core/types.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::storage {
class Database;
}

namespace tw::desk {

struct TodaySnapshot;

// A source of badges on the Today board. Each feature that has something for
// staff to look at (handles to confirm, posts from guests in house, open
// follow-ups, amenity orders) adds a provider to the board; the board and its
// widgets stay unchanged.
//
// collect() runs on the loader's worker thread, with the loader's own
// connection, once per load and after the lists are known: it must not touch
// objects of other threads and must keep no state between calls. A provider
// that cannot read what it needs logs why and returns nothing; the board still
// shows its lists.
class AttentionProvider
{
public:
    // Something that needs attention on one row of one list.
    struct Finding
    {
        TodayList list = TodayList::Arrivals;
        core::Id stayId = core::InvalidId;
        Attention attention;
    };

    virtual ~AttentionProvider();

    virtual QList<Finding> collect(storage::Database &db, const TodaySnapshot &snapshot) const = 0;

    // Tables whose changes can change what collect() finds, beyond the board's
    // own (stays, guests, social_accounts, properties); the board reloads when
    // they change.
    virtual QStringList watchedTables() const;
};

} // namespace tw::desk
