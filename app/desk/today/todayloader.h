#pragma once

#include "attentionprovider.h"
#include "todaysnapshot.h"

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <memory>

namespace tw::storage {
class Database;
}

namespace tw::desk {

// Reads the Today board for one property and date: arrivals and departures of
// the date, the guests in house, their guests and handles, and the badges of
// the attention providers. Meant for a worker thread: the URL overload opens a
// connection of its own there.
//
// Which instant "in house" means: on the property's today, now; on any other
// date, 12:00 on the property's wall clock -- after the usual check-out and
// before the usual check-in, so that day's in-house list holds the guests
// staying over while its arrivals and departures have their own lists. On a
// date still to come, reservations count as in house as they would once
// checked in (marked as expected): nobody has checked in yet, and the desk
// plans with who is due.
class TodayLoader
{
    Q_DECLARE_TR_FUNCTIONS(tw::desk::TodayLoader)

public:
    struct Request
    {
        core::Id propertyId = core::InvalidId; // the property chosen on the board; wins over the code
        QString propertyCode;                  // the workstation's property; empty or unknown: the first one
        QDate date;                            // property-local; invalid: the property's today
        QDateTime now;                         // UTC; the current time unless a test fixes it

        friend bool operator==(const Request &, const Request &) = default;
    };

    using Providers = QList<std::shared_ptr<const AttentionProvider>>;

    static core::Result<TodaySnapshot> load(storage::Database &db, const Request &request,
                                            const Providers &providers = {});
    // Opens its own connection to url, so it may run on any thread.
    static core::Result<TodaySnapshot> load(const storage::DatabaseUrl &url, const Request &request,
                                            const Providers &providers = {});

    // The wall-clock time at which a date other than today is read.
    static QTime otherDayTime() { return QTime(12, 0); }
};

} // namespace tw::desk
