#include <pms/demohotel.h>

#include <core/inhouserule.h>
#include <pms/csvreader.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tw;
using pms::DemoHotel;

namespace {

const QDate kToday(2026, 3, 14);

} // namespace

class TestDemoHotel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportIsDeterministic();
    void exportLooksLikeAHotel();
    void seedsABelievableHotel();
    void seedingAgainChangesNothing();
    void todayIsTheHotelsDate_data();
    void todayIsTheHotelsDate();
};

void TestDemoHotel::exportIsDeterministic()
{
    QCOMPARE(DemoHotel::reservationExport(kToday), DemoHotel::reservationExport(kToday));
    QVERIFY(DemoHotel::reservationExport(kToday, 7) != DemoHotel::reservationExport(kToday));
    QVERIFY(DemoHotel::reservationExport(kToday.addDays(1)) != DemoHotel::reservationExport(kToday));
}

void TestDemoHotel::exportLooksLikeAHotel()
{
    pms::DemoSummary summary;
    const QByteArray csv = DemoHotel::reservationExport(kToday, DemoHotel::DefaultSeed, &summary);
    const QList<pms::CsvRecord> records = pms::CsvReader::readAll(csv);
    QCOMPARE(records.size(), summary.stays + 1);
    QVERIFY(summary.guests >= 200);
    QVERIFY(summary.inHouse >= 40);
    QVERIFY(summary.arrivalsToday >= 5);
    QVERIFY(summary.departuresToday >= 5);
    QVERIFY(summary.confirmedHandles > summary.suggestedHandles);
    QVERIFY(summary.suggestedHandles > 0);

    const QStringList header = records.constFirst().fields;
    const auto column = [&header](const QString &name) { return header.indexOf(name); };
    QSet<QString> confirmations;
    QSet<QString> statuses;
    QSet<QString> vipCodes;
    bool accented = false;
    // Rooms taken per night: never two stays in one room on one night.
    QHash<QString, QSet<QDate>> nights;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const pms::CsvRecord &r = records.at(i);
        QVERIFY2(r.isValid(), qPrintable(r.error));
        QVERIFY(!confirmations.contains(r.fields.at(column(u"confirmation"_s))));
        confirmations.insert(r.fields.at(column(u"confirmation"_s)));
        statuses.insert(r.fields.at(column(u"status"_s)));
        vipCodes.insert(r.fields.at(column(u"vip"_s)));
        const QString name = r.fields.at(column(u"first_name"_s)) + r.fields.at(column(u"last_name"_s));
        accented = accented || std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7f; });

        const QString room = r.fields.at(column(u"room"_s));
        const QString status = r.fields.at(column(u"status"_s));
        if (!room.isEmpty()) {
            const int number = room.toInt();
            QVERIFY2(number >= 101 && number <= 812 && number % 100 >= 1 && number % 100 <= 12, qPrintable(room));
            QVERIFY(status != u"cancelled"_s && status != u"no_show"_s);
            const QDate arrival = QDate::fromString(r.fields.at(column(u"arrival"_s)), Qt::ISODate);
            const QDate departure = QDate::fromString(r.fields.at(column(u"departure"_s)), Qt::ISODate);
            for (QDate night = arrival; night < departure; night = night.addDays(1)) {
                QVERIFY2(!nights[room].contains(night), qPrintable(room + u' ' + night.toString(Qt::ISODate)));
                nights[room].insert(night);
            }
        }
    }
    QVERIFY(accented);
    QCOMPARE(statuses, (QSet<QString>{u"reserved"_s, u"in_house"_s, u"checked_out"_s, u"cancelled"_s, u"no_show"_s}));
    QVERIFY(vipCodes.contains(u"VIP1"_s) && vipCodes.contains(u"VIP2"_s) && vipCodes.contains(u"VIP3"_s));
}

void TestDemoHotel::seedsABelievableHotel()
{
    TW_TEST_DATABASE(t);
    auto seeded = DemoHotel::seed(t->db(), kToday);
    QVERIFY2(seeded, qPrintable(seeded.error()));
    const pms::DemoSummary &summary = seeded.value();
    QVERIFY(summary.propertyCreated);
    QCOMPARE(summary.import.created, summary.stays);
    QVERIFY(summary.import.rejected.isEmpty());
    QCOMPARE(summary.suggestionsLinked, summary.suggestedHandles);

    const auto property = storage::PropertyRepository(t->db()).byCode(u"DEMO"_s);
    QVERIFY(property);
    QCOMPARE(property->name, u"Harbour View Hotel"_s);
    QCOMPARE(property->timeZone, u"Europe/Lisbon"_s);
    QCOMPARE(property->checkIn, QTime(15, 0));
    QCOMPARE(property->checkOut, QTime(11, 0));

    storage::GuestRepository guests(t->db());
    storage::StayRepository stays(t->db());
    QCOMPARE(guests.count(), qint64(summary.guests));
    QCOMPARE(stays.count(), qint64(summary.stays));

    // In house at 09:00 this morning at the hotel, by the rule the whole app uses:
    // today's departures are still in, today's arrivals not yet.
    const core::InHouseRule rule(*property);
    const QDateTime morning = rule.toUtc(kToday, QTime(9, 0));
    const QDateTime evening = rule.toUtc(kToday, QTime(20, 0));
    int inHouseMorning = 0;
    int inHouseEvening = 0;
    QSet<core::Id> inHouseGuests;
    for (const core::Stay &stay : stays.overlapping(property->id, kToday, kToday)) {
        if (rule.isInHouse(stay, morning)) {
            ++inHouseMorning;
            inHouseGuests.insert(stay.guestId);
        }
        inHouseEvening += rule.isInHouse(stay, evening) ? 1 : 0;
    }
    QCOMPARE(inHouseMorning, summary.inHouse);
    QCOMPARE(inHouseGuests.size(), summary.inHouse);
    QVERIFY(inHouseEvening >= summary.inHouse - summary.departuresToday);

    int reservedArrivals = 0;
    for (const core::Stay &stay : stays.arrivingOn(property->id, kToday))
        reservedArrivals += stay.status == core::StayStatus::Reserved ? 1 : 0;
    QCOMPARE(reservedArrivals, summary.arrivalsToday);
    int departures = 0;
    for (const core::Stay &stay : stays.departingOn(property->id, kToday))
        departures += stay.status == core::StayStatus::InHouse ? 1 : 0;
    QCOMPARE(departures, summary.departuresToday);

    // Handles: confirmed ones from the PMS, suggested ones waiting for staff.
    storage::SocialAccountRepository accounts(t->db());
    int confirmed = 0;
    int suggested = 0;
    int guestsWithHandles = 0;
    for (const core::Id id : inHouseGuests) {
        const auto guest = guests.byId(id);
        QVERIFY(guest);
        QVERIFY(!guest->firstName.isEmpty() && !guest->lastName.isEmpty() && guest->email.contains(u'@'));
    }
    for (const core::Stay &stay : stays.overlapping(property->id, kToday.addDays(-400), kToday.addDays(90))) {
        const QList<core::SocialAccount> linked = accounts.forGuest(stay.guestId);
        guestsWithHandles += linked.isEmpty() ? 0 : 1;
        for (const core::SocialAccount &account : linked) {
            ++(account.state == core::LinkState::Confirmed ? confirmed : suggested);
            QVERIFY(account.linkedBy == u"demo"_s);
        }
    }
    QVERIFY(guestsWithHandles > 0);
    QVERIFY(confirmed > 0);
    QVERIFY(suggested > 0);

    // A few of the day's amenity orders for guests in house, some moved on.
    QCOMPARE(summary.ordersCreated, 5);
    const QList<core::AmenityOrder> orders = storage::OrderRepository(t->db()).list();
    QCOMPARE(orders.size(), 5);
    QSet<QString> states;
    for (const core::AmenityOrder &order : orders) {
        QVERIFY(inHouseGuests.contains(order.guestId));
        QVERIFY(!order.room.isEmpty());
        QCOMPARE(order.dueAt.toTimeZone(rule.timeZone()).date(), kToday);
        QVERIFY(order.costCents() > 0);
        states.insert(core::orderStateKey(order.state));
    }
    QCOMPARE(states, (QSet<QString>{u"requested"_s, u"accepted"_s, u"in_progress"_s, u"delivered"_s}));
}

void TestDemoHotel::seedingAgainChangesNothing()
{
    TW_TEST_DATABASE(t);
    auto first = DemoHotel::seed(t->db(), kToday);
    QVERIFY2(first, qPrintable(first.error()));
    storage::GuestRepository guests(t->db());
    storage::StayRepository stays(t->db());
    const qint64 guestCount = guests.count();
    const qint64 stayCount = stays.count();

    auto second = DemoHotel::seed(t->db(), kToday);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!second->propertyCreated);
    QCOMPARE(second->import.created, 0);
    QCOMPARE(second->import.updated, 0);
    QCOMPARE(second->import.unchanged, first->stays);
    QCOMPARE(second->suggestionsLinked, 0);
    QCOMPARE(second->ordersCreated, 0);
    QCOMPARE(storage::OrderRepository(t->db()).list().size(), first->ordersCreated);
    QCOMPARE(guests.count(), guestCount);
    QCOMPARE(stays.count(), stayCount);
    QCOMPARE(storage::PropertyRepository(t->db()).list().size(), 1);
}

void TestDemoHotel::todayIsTheHotelsDate_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("today");
    // Lisbon is UTC+0 in winter and UTC+1 in summer.
    QTest::newRow("winter, late evening UTC")
        << QDateTime(QDate(2026, 1, 14), QTime(23, 30), Qt::UTC) << QDate(2026, 1, 14);
    QTest::newRow("summer, just before midnight UTC")
        << QDateTime(QDate(2026, 7, 14), QTime(23, 30), Qt::UTC) << QDate(2026, 7, 15);
    QTest::newRow("evening in New York") << QDateTime(QDate(2026, 7, 14), QTime(21, 0), QTimeZone("America/New_York"))
                                         << QDate(2026, 7, 15);
}

void TestDemoHotel::todayIsTheHotelsDate()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, today);
    QCOMPARE(DemoHotel::today(now), today);
}

QTEST_GUILESS_MAIN(TestDemoHotel)
#include "test_demohotel.moc"
