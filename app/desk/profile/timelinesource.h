#pragma once

#include "timelineentry.h"

#include <core/result.h>
#include <core/types.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::storage {
class Database;
}

namespace tw::desk {

// A kind of event that belongs on a guest's timeline (stays, audit entries,
// and later posts, replies, cards, orders). The profile asks every source it
// was given on its worker thread, over that thread's own connection, and the
// TimelineModel merges the answers: a new kind of entry is a new source, and
// neither the model nor the widget changes.
//
// entries() runs on a worker thread, so a source keeps no state between calls
// and touches nothing but the database it is handed.
class TimelineSource
{
public:
    virtual ~TimelineSource();

    // Stable, unique among sources ("stays", "audit"); also decides the order of
    // entries from different sources at the same instant (registration order).
    virtual QString key() const = 0;
    // Tables whose changes can change this source's entries; the profile reloads
    // its timeline when one of them changes.
    virtual QStringList tables() const = 0;
    // In any order; the model sorts. Entries at the same instant keep the order
    // given here.
    virtual core::Result<QList<TimelineEntry>> entries(storage::Database &db, core::Id guestId) const = 0;
};

} // namespace tw::desk
