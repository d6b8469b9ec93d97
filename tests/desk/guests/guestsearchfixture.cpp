#include "guestsearchfixture.h"

#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

using namespace Qt::StringLiterals;

namespace tw::test {

namespace {

const QString kActor = u"test"_s;

core::Id addGuest(storage::Database &db, QString *error, const QString &first, const QString &last,
                  const QString &email, const QString &phone = {}, const QString &loyalty = {}, const QString &vip = {})
{
    core::Guest guest;
    guest.firstName = first;
    guest.lastName = last;
    guest.email = email;
    guest.phone = phone;
    guest.loyaltyNumber = loyalty;
    guest.vipCode = vip;
    const auto created = storage::GuestRepository(db).create(guest, kActor);
    if (!created) {
        *error = created.error();
        return core::InvalidId;
    }
    return created->id;
}

bool addStay(storage::Database &db, QString *error, core::Id property, core::Id guest, const QString &confirmation,
             const QString &room, QDate arrival, QDate departure, core::StayStatus status)
{
    core::Stay stay;
    stay.propertyId = property;
    stay.guestId = guest;
    stay.confirmation = confirmation;
    stay.room = room;
    stay.arrival = arrival;
    stay.departure = departure;
    stay.status = status;
    const auto upserted = storage::StayRepository(db).upsert(stay, kActor);
    if (!upserted)
        *error = upserted.error();
    return upserted.ok();
}

bool link(storage::Database &db, QString *error, core::Id guest, core::Network network, const QString &handle,
          core::LinkState state)
{
    const auto linked = storage::SocialAccountRepository(db).link(guest, network, handle, state, kActor);
    if (!linked)
        *error = linked.error();
    return linked.ok();
}

} // namespace

QDateTime GuestSearchFixture::referenceTime()
{
    return QDateTime(QDate(2026, 5, 10), QTime(10, 0), Qt::UTC);
}

QString GuestSearchFixture::fill(storage::Database &db)
{
    using core::StayStatus;
    QString error;
    core::Property palace;
    palace.code = u"PAL"_s;
    palace.name = u"Palace Hotel"_s;
    palace.timeZone = u"Europe/Berlin"_s;
    const auto added = storage::PropertyRepository(db).add(palace);
    if (!added)
        return added.error();
    property = added->id;

    anna = addGuest(db, &error, u"Anna"_s, u"Smith"_s, u"anna.smith@example.com"_s, u"+1 555 0101"_s, u"GX 1001 22"_s,
                    u"V1"_s);
    ben = addGuest(db, &error, u"Ben"_s, u"Kowalski"_s, u"ben@kowal.example"_s, u"+48 600 700 800"_s, u"PL778899"_s);
    chloe = addGuest(db, &error, u"Chloé"_s, u"Dubois"_s, u"chloe@dubois.example"_s);
    david = addGuest(db, &error, u"David"_s, u"Rossi"_s, u"david@rossi.example"_s);
    zoe = addGuest(db, &error, u"Zoë"_s, u"Smithers"_s, u"zoe@smithers.example"_s);
    if (!error.isEmpty())
        return error;

    const bool ok
        = addStay(db, &error, property, anna, u"C-100"_s, u"412"_s, {2026, 5, 8}, {2026, 5, 12}, StayStatus::InHouse)
        && addStay(db, &error, property, david, u"C-101"_s, u"9"_s, {2026, 5, 9}, {2026, 5, 11}, StayStatus::InHouse)
        && addStay(db, &error, property, ben, u"C-102"_s, u"305"_s, {2026, 5, 20}, {2026, 5, 23}, StayStatus::Reserved)
        && addStay(db, &error, property, ben, u"C-103"_s, u"120"_s, {2025, 7, 1}, {2025, 7, 3}, StayStatus::CheckedOut)
        && addStay(db, &error, property, chloe, u"C-104"_s, u"210"_s, {2026, 3, 1}, {2026, 3, 4},
                   StayStatus::CheckedOut)
        && addStay(db, &error, property, chloe, u"C-105"_s, u"211"_s, {2026, 4, 1}, {2026, 4, 4}, StayStatus::Cancelled)
        && link(db, &error, anna, core::Network::X, u"@AnnaSmith"_s, core::LinkState::Confirmed)
        && link(db, &error, chloe, core::Network::Mastodon, u"chloe@social.example"_s, core::LinkState::Suggested);
    return ok ? QString() : error;
}

QString GuestSearchFixture::addMany(storage::Database &db, const QString &lastName, int count)
{
    storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QString error;
    for (int i = 0; i < count; ++i) {
        if (addGuest(db, &error, u"Guest%1"_s.arg(i, 4, 10, QChar(u'0')), lastName,
                     u"guest%1@%2.example"_s.arg(i).arg(lastName.toLower()))
            == core::InvalidId)
            return error;
    }
    const auto committed = tx.commit();
    return committed ? QString() : committed.error();
}

} // namespace tw::test
