#include "profilefixture.h"

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tw::test {

std::optional<ProfileFixture> ProfileFixture::seed(storage::Database &db, QString *error)
{
    ProfileFixture f;
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<ProfileFixture>();
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
    core::Guest anna;
    anna.firstName = u"Anna"_s;
    anna.lastName = u"Berg"_s;
    anna.email = u"anna.berg@guest.example"_s;
    anna.phone = u"+351 21 000 0000"_s;
    anna.loyaltyNumber = u"GX 100 200"_s;
    anna.vipCode = u"V2"_s;
    anna.preferences = u"Feather-free pillows"_s;
    anna.socialConsent = true;
    anna.notes = u"Likes a quiet room"_s;
    auto createdAnna = guests.create(anna, u"import"_s);
    if (!createdAnna)
        return fail(createdAnna.error());
    f.anna = createdAnna.value();

    core::Guest carl;
    carl.firstName = u"Carl"_s;
    carl.lastName = u"Olsen"_s;
    auto createdCarl = guests.create(carl, u"import"_s);
    if (!createdCarl)
        return fail(createdCarl.error());
    f.carl = createdCarl.value();

    storage::StayRepository stays(db);
    f.pastStay.propertyId = f.property.id;
    f.pastStay.guestId = f.anna.id;
    f.pastStay.confirmation = u"HV-1001"_s;
    f.pastStay.room = u"412"_s;
    f.pastStay.arrival = QDate(2024, 3, 10);
    f.pastStay.departure = QDate(2024, 3, 13);
    f.pastStay.status = core::StayStatus::CheckedOut;
    f.pastStay.actualCheckIn = QDateTime(QDate(2024, 3, 10), QTime(14, 5), Qt::UTC);
    f.pastStay.actualCheckOut = QDateTime(QDate(2024, 3, 13), QTime(10, 20), Qt::UTC);
    if (auto done = stays.upsert(f.pastStay, u"import"_s); !done)
        return fail(done.error());
    f.nextStay.propertyId = f.property.id;
    f.nextStay.guestId = f.anna.id;
    f.nextStay.confirmation = u"HV-2002"_s;
    f.nextStay.room = u"508"_s;
    f.nextStay.arrival = QDate(2031, 8, 1);
    f.nextStay.departure = QDate(2031, 8, 5);
    f.nextStay.status = core::StayStatus::Reserved;
    if (auto done = stays.upsert(f.nextStay, u"import"_s); !done)
        return fail(done.error());

    storage::SocialAccountRepository accounts(db);
    auto onX = accounts.link(f.anna.id, core::Network::X, u"@Anna_Berg"_s, core::LinkState::Confirmed, u"Maria"_s);
    if (!onX)
        return fail(onX.error());
    f.annaOnX = onX.value();
    auto onMastodon = accounts.link(f.anna.id, core::Network::Mastodon, u"@anna@mastodon.social"_s,
                                    core::LinkState::Suggested, u"matcher"_s);
    if (!onMastodon)
        return fail(onMastodon.error());
    f.annaOnMastodon = onMastodon.value();
    auto carlOnX = accounts.link(f.carl.id, core::Network::X, u"carl_o"_s, core::LinkState::Confirmed, u"Maria"_s);
    if (!carlOnX)
        return fail(carlOnX.error());
    f.carlOnX = carlOnX.value();
    return f;
}

} // namespace tw::test
