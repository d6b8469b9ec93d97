#include "todayfixture.h"

#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tw::test {

namespace {

struct StaySpec
{
    QString lastName;
    QString firstName;
    int arrivalOffset;
    int departureOffset;
    core::StayStatus status;
    QString room;
    QString vip;
    bool berlin = false;
};

} // namespace

QDateTime TodayFixture::auckland(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone("Pacific/Auckland")).toUTC();
}

std::optional<TodayFixture> TodayFixture::seed(storage::Database &db, QString *error)
{
    const auto fail = [error](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    TodayFixture f;
    storage::PropertyRepository properties(db);
    core::Property akl;
    akl.code = u"AKL"_s;
    akl.name = u"Harbour Lights Auckland"_s;
    akl.timeZone = u"Pacific/Auckland"_s;
    akl.checkIn = QTime(15, 0);
    akl.checkOut = QTime(11, 0);
    const auto addedAkl = properties.add(akl);
    if (!addedAkl)
        return fail(addedAkl.error());
    f.akl = addedAkl->id;
    core::Property ber;
    ber.code = u"BER"_s;
    ber.name = u"Spreeblick Berlin"_s;
    ber.timeZone = u"Europe/Berlin"_s;
    const auto addedBer = properties.add(ber);
    if (!addedBer)
        return fail(addedBer.error());
    f.ber = addedBer->id;

    using S = core::StayStatus;
    const QList<StaySpec> specs{
        {u"Berg"_s, u"Anna"_s, -2, 0, S::InHouse, u"101"_s, {}},
        {u"Carter"_s, u"Ben"_s, -1, 2, S::InHouse, u"12"_s, u"V1"_s},
        {u"Diaz"_s, u"Chloe"_s, 0, 3, S::Reserved, u"305"_s, u"GOLD"_s},
        {u"Evans"_s, u"Dan"_s, 0, 1, S::InHouse, u"9"_s, u"V2"_s},
        {u"Fox"_s, u"Eve"_s, 0, 2, S::Cancelled, u"404"_s, {}},
        {u"Gray"_s, u"Finn"_s, -1, 1, S::NoShow, {}, {}},
        {u"Hart"_s, u"Gina"_s, -3, 0, S::CheckedOut, u"7"_s, {}},
        {u"Ives"_s, u"Hugo"_s, 1, 3, S::Reserved, {}, {}},
        {u"Jones"_s, u"Ida"_s, -4, 0, S::Cancelled, u"220"_s, {}},
        {u"Klein"_s, u"Karl"_s, 0, 2, S::InHouse, u"3"_s, {}, true},
    };
    storage::GuestRepository guests(db);
    storage::StayRepository stays(db);
    for (const StaySpec &spec : specs) {
        core::Guest guest;
        guest.firstName = spec.firstName;
        guest.lastName = spec.lastName;
        guest.email = spec.lastName.toLower() + u"@guest.example"_s;
        guest.vipCode = spec.vip;
        const auto created = guests.create(guest, u"test"_s);
        if (!created)
            return fail(created.error());
        f.guests.insert(spec.lastName, created->id);

        core::Stay stay;
        stay.propertyId = spec.berlin ? f.ber : f.akl;
        stay.guestId = created->id;
        stay.confirmation = u"C-"_s + spec.lastName.toUpper();
        stay.room = spec.room;
        stay.arrival = day().addDays(spec.arrivalOffset);
        stay.departure = day().addDays(spec.departureOffset);
        stay.status = spec.status;
        if (spec.lastName == u"Evans"_s)
            stay.actualCheckIn = auckland(day(), QTime(14, 0));
        if (spec.lastName == u"Hart"_s)
            stay.actualCheckOut = auckland(day(), QTime(9, 30));
        if (const auto upserted = stays.upsert(stay, u"test"_s); !upserted)
            return fail(upserted.error());
        f.stays.insert(spec.lastName, stay.id);
    }

    storage::SocialAccountRepository accounts(db);
    const auto link
        = [&](const QString &lastName, core::Network network, const QString &handle, core::LinkState state) {
              return accounts.link(f.guests.value(lastName), network, handle, state, u"test"_s);
          };
    for (const auto &linked :
         {link(u"Berg"_s, core::Network::X, u"anna_b"_s, core::LinkState::Suggested),
          link(u"Berg"_s, core::Network::Mastodon, u"anna@social.example"_s, core::LinkState::Confirmed),
          link(u"Diaz"_s, core::Network::X, u"@ChloeD"_s, core::LinkState::Confirmed)}) {
        if (!linked)
            return fail(linked.error());
    }
    return f;
}

} // namespace tw::test
