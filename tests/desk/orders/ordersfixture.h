#pragma once

#include <todayfixture.h>

#include <core/types.h>

#include <QHash>
#include <QString>

#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::test {

// The Today board's hotels and guests (TodayFixture) with amenity orders
// around 08:00 on the fixture's day in Auckland, D = TodayFixture::day():
//
//   diaz    Beer and snacks ×2   food and beverage  due D 07:30  requested (overdue at 08:00)
//   berg    Bath salts           housekeeping       due D 09:00  requested
//   evans   Flowers              concierge          due D 10:00  accepted
//   carter  Wine and strawberries food and beverage due D 18:00  requested
//   fruit   Fruit plate (Carter) food and beverage  due D 12:00  delivered
//   klein   Bath salts at the Berlin hotel, never on Auckland's board
struct OrdersFixture
{
    TodayFixture today;
    QHash<QString, core::AmenityOrder> orders; // by the key above, as stored after seeding

    static QDateTime at(const QTime &time) { return TodayFixture::auckland(TodayFixture::day(), time); }
    static std::optional<OrdersFixture> seed(storage::Database &db, QString *error);
};

} // namespace tw::test
