#include "cardsfixture.h"

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

using namespace Qt::StringLiterals;

namespace tw::test {

std::optional<CardsFixture> CardsFixture::seed(storage::Database &db, QString *error)
{
    CardsFixture f;
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<CardsFixture>();
    };

    core::Property property;
    property.code = u"HVH"_s;
    property.name = u"Harbour View Hotel"_s;
    property.timeZone = u"Europe/Lisbon"_s;
    property.checkIn = QTime(15, 0);
    property.checkOut = QTime(11, 0);
    auto addedProperty = storage::PropertyRepository(db).add(property);
    if (!addedProperty)
        return fail(addedProperty.error());
    f.property = addedProperty.value();

    storage::GuestRepository guests(db);
    const auto guest = [&](const QString &first, const QString &last, const QString &vip,
                           const QString &preferences) -> std::optional<core::Guest> {
        core::Guest g;
        g.firstName = first;
        g.lastName = last;
        g.vipCode = vip;
        g.preferences = preferences;
        auto created = guests.create(g, u"import"_s);
        if (!created) {
            *error = created.error();
            return std::nullopt;
        }
        return created.value();
    };
    const auto anna = guest(u"Anna"_s, u"Berg"_s, u"V2"_s, u"Feather-free pillows"_s);
    const auto ben = guest(u"Ben"_s, u"Cole"_s, QString(), u"Wedding anniversary on the 2nd"_s);
    const auto chloe = guest(u"Chloe"_s, u"Dunn"_s, u"V1"_s, QString());
    const auto dan = guest(u"Dan"_s, u"Eve"_s, u"V1"_s, QString());
    if (!anna || !ben || !chloe || !dan)
        return std::nullopt;
    f.anna = *anna;
    f.ben = *ben;
    f.chloe = *chloe;
    f.dan = *dan;

    storage::StayRepository stays(db);
    const auto stay = [&](const core::Guest &g, const QString &confirmation, const QString &room, QDate arrival,
                          int nights, core::StayStatus status) -> std::optional<core::Stay> {
        core::Stay s;
        s.propertyId = f.property.id;
        s.guestId = g.id;
        s.confirmation = confirmation;
        s.room = room;
        s.arrival = arrival;
        s.departure = arrival.addDays(nights);
        s.status = status;
        if (auto done = stays.upsert(s, u"import"_s); !done) {
            *error = done.error();
            return std::nullopt;
        }
        return s;
    };
    const QDate day = arrivalDay();
    if (!stay(f.anna, u"HV-1001"_s, u"412"_s, QDate(2030, 3, 10), 3, core::StayStatus::CheckedOut))
        return std::nullopt;
    const auto annaStay = stay(f.anna, u"HV-2001"_s, u"508"_s, day, 4, core::StayStatus::Reserved);
    if (!annaStay)
        return std::nullopt;
    f.annaStay = *annaStay;
    if (!stay(f.ben, u"HV-2002"_s, u"210"_s, day, 2, core::StayStatus::Reserved)
        || !stay(f.chloe, u"HV-2003"_s, QString(), day, 3, core::StayStatus::Reserved)
        || !stay(f.dan, u"HV-2004"_s, u"330"_s, day.addDays(1), 2, core::StayStatus::Reserved))
        return std::nullopt;
    return f;
}

} // namespace tw::test
