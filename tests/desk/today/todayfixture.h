#pragma once

#include <core/types.h>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>

#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::test {

// A hotel far from UTC (Pacific/Auckland, check-in 15:00, check-out 11:00) with
// stays around day() that cover every case of the Today board, and a second
// hotel in Berlin whose guests must never show on the first one's board.
//
// Guests by last name, around D = day():
//   Berg    D-2 .. D    in house, room 101, X handle suggested + Mastodon confirmed
//   Carter  D-1 .. D+2  in house, room 12, VIP V1
//   Diaz    D   .. D+3  reserved, room 305, VIP GOLD, X handle confirmed
//   Evans   D   .. D+1  in house since an early check-in at 14:00, room 9, VIP V2
//   Fox     D   .. D+2  cancelled
//   Gray    D-1 .. D+1  no-show
//   Hart    D-3 .. D    checked out at 09:30 on D, room 7
//   Ives    D+1 .. D+3  reserved, no room yet
//   Jones   D-4 .. D    cancelled
//   Klein   D   .. D+2  in house at the Berlin hotel (BER)
struct TodayFixture
{
    static QDate day() { return QDate(2026, 3, 10); }
    // The UTC instant at which Auckland's wall clock shows `time` on `date`.
    static QDateTime auckland(const QDate &date, const QTime &time);

    core::Id akl = core::InvalidId;
    core::Id ber = core::InvalidId;
    QHash<QString, core::Id> guests; // by last name
    QHash<QString, core::Id> stays;  // by the guest's last name

    // Empty on failure, with the reason in *error.
    static std::optional<TodayFixture> seed(storage::Database &db, QString *error);
};

} // namespace tw::test
