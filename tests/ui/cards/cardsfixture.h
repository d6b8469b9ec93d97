#pragma once

#include <core/types.h>

#include <QDate>
#include <QString>

#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::test {

// Guests arriving at the Harbour View Hotel (Europe/Lisbon) on one day, for
// the card windows: Anna Berg (VIP V2, room 508, stayed before), Ben Cole (no
// VIP code, room 210, first stay, an anniversary in his preferences) and
// Chloe Dunn (VIP V1, first stay, no room yet, so a welcome card cannot say
// her room); and Dan Eve, arriving the day after.
struct CardsFixture
{
    static QDate arrivalDay() { return QDate(2031, 8, 1); }

    core::Property property;
    core::Guest anna;
    core::Guest ben;
    core::Guest chloe;
    core::Guest dan;
    core::Stay annaStay;

    static std::optional<CardsFixture> seed(storage::Database &db, QString *error);
};

} // namespace tw::test
