#pragma once

#include "stayimporter.h"

#include <core/result.h>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace tw::storage {
class Database;
}

namespace tw::pms {

struct DemoSummary
{
    QString propertyCode;
    QString propertyName;
    bool propertyCreated = false;
    int guests = 0;
    int stays = 0;
    int inHouse = 0;         // in house on the morning of `today` (departures of the day included)
    int arrivalsToday = 0;   // reserved stays arriving today
    int departuresToday = 0; // in-house stays leaving today
    int confirmedHandles = 0;
    int suggestedHandles = 0;
    int suggestionsLinked = 0; // suggested links written by this run (0 when seeding again)
    int ordersCreated = 0;     // amenity orders written by this run (0 when the hotel has orders already)
    ImportReport import;       // the import of the demo's reservation export
};

// A believable hotel to try Tweetworthy with: "Harbour View Hotel" (code DEMO,
// Europe/Lisbon) with a few hundred international guests and their stays around
// `today` — past stays, guests in house, today's arrivals and departures, future
// and cancelled reservations — and X and Mastodon handles, most confirmed, some
// only suggested, and a few of the day's amenity orders for guests in house
// (the first time only). The reservations go through the real CSV import, so seeding
// again with the same seed and day changes nothing. Everything is determined by
// the seed and the day.
class DemoHotel
{
public:
    static constexpr quint32 DefaultSeed = 2026;
    static QString propertyCode();
    static QString timeZone();
    // The hotel's own calendar date at `now`: the day to seed around.
    static QDate today(const QDateTime &now);

    static core::Result<DemoSummary> seed(storage::Database &db, const QDate &today, quint32 seed = DefaultSeed);

    // The reservation export the demo imports, in canonical columns, with the
    // counts seed() reports (without touching a database).
    static QByteArray reservationExport(const QDate &today, quint32 seed = DefaultSeed, DemoSummary *summary = nullptr);
};

} // namespace tw::pms
