#include "clifixtures.h"

#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QDebug>

using namespace Qt::StringLiterals;

namespace tw::test {

namespace {

const QString kActor = u"setup"_s;

} // namespace

core::Id CliFixtures::addProperty(storage::Database &db, const QString &code, const QString &timeZone, QTime checkOut)
{
    core::Property property;
    property.code = code;
    property.name = code + " Hotel"_L1;
    property.timeZone = timeZone;
    property.checkIn = QTime(15, 0);
    property.checkOut = checkOut;
    auto added = storage::PropertyRepository(db).add(property);
    if (!added) {
        qWarning().noquote() << "cannot add the property" << code << ":" << added.error();
        return core::InvalidId;
    }
    return added->id;
}

core::Guest CliFixtures::guest(const QString &first, const QString &last, const QString &email)
{
    core::Guest g;
    g.firstName = first;
    g.lastName = last;
    g.email = email;
    return g;
}

core::Id CliFixtures::addGuest(storage::Database &db, const core::Guest &guest)
{
    auto created = storage::GuestRepository(db).create(guest, kActor);
    if (!created) {
        qWarning().noquote() << "cannot add the guest" << guest.displayName() << ":" << created.error();
        return core::InvalidId;
    }
    return created->id;
}

bool CliFixtures::addStay(storage::Database &db, core::Id property, core::Id guest, const QString &confirmation,
                          const QString &room, const QDate &arrival, const QDate &departure, core::StayStatus status)
{
    core::Stay stay;
    stay.propertyId = property;
    stay.guestId = guest;
    stay.confirmation = confirmation;
    stay.room = room;
    stay.arrival = arrival;
    stay.departure = departure;
    stay.status = status;
    auto upserted = storage::StayRepository(db).upsert(stay, kActor);
    if (!upserted)
        qWarning().noquote() << "cannot add the stay" << confirmation << ":" << upserted.error();
    return upserted.ok();
}

bool CliFixtures::linkHandle(storage::Database &db, core::Id guest, core::Network network, const QString &handle)
{
    auto linked = storage::SocialAccountRepository(db).link(guest, network, handle, core::LinkState::Confirmed, kActor);
    if (!linked)
        qWarning().noquote() << "cannot link" << handle << ":" << linked.error();
    return linked.ok();
}

} // namespace tw::test
