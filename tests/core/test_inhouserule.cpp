#include <core/inhouserule.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::InHouseRule;
using tw::core::Property;
using tw::core::Stay;
using tw::core::StayStatus;

Q_DECLARE_METATYPE(tw::core::StayStatus)

namespace {

QDateTime at(const char *iso8601)
{
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso8601), Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt;
}

QDate day(const char *iso8601)
{
    return QDate::fromString(QString::fromLatin1(iso8601), Qt::ISODate);
}

Property hotel(const QString &timeZone, QTime checkIn = QTime(15, 0), QTime checkOut = QTime(11, 0))
{
    Property p;
    p.code = u"TST"_s;
    p.name = u"Test Hotel"_s;
    p.timeZone = timeZone;
    p.checkIn = checkIn;
    p.checkOut = checkOut;
    return p;
}

Stay stay(const char *arrival, const char *departure, StayStatus status = StayStatus::InHouse)
{
    Stay s;
    s.confirmation = u"C1"_s;
    s.room = u"101"_s;
    s.arrival = day(arrival);
    s.departure = day(departure);
    s.status = status;
    return s;
}

const QString LosAngeles = u"America/Los_Angeles"_s;
const QString Berlin = u"Europe/Berlin"_s;
const QString NewYork = u"America/New_York"_s;
const QString Auckland = u"Pacific/Auckland"_s;

} // namespace

class TestInHouseRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isInHouse_data();
    void isInHouse();
    void sameInstantDifferentProperties();
    void statusAllowsInHouse_data();
    void statusAllowsInHouse();
    void window();
    void windowEmptyForStatusesNeverInHouse();
    void windowFromActualTimes();
    void windowInvalidForMissingDates();
    void toUtcAroundDaylightSavingChanges_data();
    void toUtcAroundDaylightSavingChanges();
    void localDate_data();
    void localDate();
    void unknownTimeZoneIsUtc_data();
    void unknownTimeZoneIsUtc();
    void invalidInstantIsNeverInHouse();
    void stayInHouseAtPrefersThePostsProperty();
};

void TestInHouseRule::isInHouse_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QTime>("checkIn");
    QTest::addColumn<QTime>("checkOut");
    QTest::addColumn<QDate>("arrival");
    QTest::addColumn<QDate>("departure");
    QTest::addColumn<StayStatus>("status");
    QTest::addColumn<QDateTime>("actualCheckIn");  // invalid: not known
    QTest::addColumn<QDateTime>("actualCheckOut"); // invalid: not known
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<bool>("expected");

    // One row; what a row does not name is a three-night stay in Los Angeles
    // (PDT, UTC-7 in June) with the usual 15:00 check-in and 11:00 check-out.
    struct Case
    {
        QString timeZone = LosAngeles;
        QTime checkIn{15, 0};
        QTime checkOut{11, 0};
        const char *arrival = "2024-06-10";
        const char *departure = "2024-06-13";
        StayStatus status = StayStatus::InHouse;
        const char *actualCheckIn = nullptr;
        const char *actualCheckOut = nullptr;
        const char *instant = nullptr;
        bool expected = false;
    };
    const auto row = [](const char *name, const Case &c) {
        QTest::newRow(name) << c.timeZone << c.checkIn << c.checkOut << day(c.arrival) << day(c.departure) << c.status
                            << (c.actualCheckIn ? at(c.actualCheckIn) : QDateTime())
                            << (c.actualCheckOut ? at(c.actualCheckOut) : QDateTime()) << at(c.instant) << c.expected;
    };

    row("arrival day, before check-in time", {.instant = "2024-06-10T14:59:59-07:00", .expected = false});
    row("arrival day, at check-in time", {.instant = "2024-06-10T15:00:00-07:00", .expected = true});
    row("arrival evening", {.instant = "2024-06-10T20:00:00-07:00", .expected = true});
    row("middle night", {.instant = "2024-06-12T03:00:00-07:00", .expected = true});
    row("departure morning 08:00", {.instant = "2024-06-13T08:00:00-07:00", .expected = true});
    row("departure morning 08:00 given in UTC", {.instant = "2024-06-13T15:00:00Z", .expected = true});
    row("a moment before check-out", {.instant = "2024-06-13T10:59:59.999-07:00", .expected = true});
    row("exactly at check-out", {.instant = "2024-06-13T11:00:00-07:00", .expected = false});
    row("departure afternoon", {.instant = "2024-06-13T16:00:00-07:00", .expected = false});
    row("day before arrival", {.instant = "2024-06-09T20:00:00-07:00", .expected = false});

    // Only guests who have arrived and not been struck off count.
    row("checked out, during the stay",
        {.status = StayStatus::CheckedOut, .instant = "2024-06-12T03:00:00-07:00", .expected = true});
    row("reserved, during the stay",
        {.status = StayStatus::Reserved, .instant = "2024-06-12T03:00:00-07:00", .expected = false});
    row("reserved, arrival evening",
        {.status = StayStatus::Reserved, .instant = "2024-06-10T20:00:00-07:00", .expected = false});
    row("cancelled, during the stay",
        {.status = StayStatus::Cancelled, .instant = "2024-06-12T03:00:00-07:00", .expected = false});
    row("no-show, during the stay",
        {.status = StayStatus::NoShow, .instant = "2024-06-12T03:00:00-07:00", .expected = false});
    row("no-show, departure morning",
        {.status = StayStatus::NoShow, .instant = "2024-06-13T08:00:00-07:00", .expected = false});
    row("cancelled with actual times",
        {.status = StayStatus::Cancelled,
         .actualCheckIn = "2024-06-10T15:00:00-07:00",
         .actualCheckOut = "2024-06-13T11:00:00-07:00",
         .instant = "2024-06-12T03:00:00-07:00",
         .expected = false});

    // Actual times replace the property's times.
    row("actual early check-in, after it",
        {.actualCheckIn = "2024-06-10T09:30:00-07:00", .instant = "2024-06-10T10:00:00-07:00", .expected = true});
    row("actual early check-in, before it",
        {.actualCheckIn = "2024-06-10T09:30:00-07:00", .instant = "2024-06-10T09:00:00-07:00", .expected = false});
    row("actual late check-in, before it",
        {.actualCheckIn = "2024-06-10T23:10:00-07:00", .instant = "2024-06-10T20:00:00-07:00", .expected = false});
    row("actual late check-out, before it",
        {.status = StayStatus::CheckedOut,
         .actualCheckOut = "2024-06-13T14:00:00-07:00",
         .instant = "2024-06-13T13:00:00-07:00",
         .expected = true});
    row("actual late check-out, at it",
        {.status = StayStatus::CheckedOut,
         .actualCheckOut = "2024-06-13T14:00:00-07:00",
         .instant = "2024-06-13T14:00:00-07:00",
         .expected = false});
    row("actual early departure, after it",
        {.status = StayStatus::CheckedOut,
         .actualCheckOut = "2024-06-12T07:00:00-07:00",
         .instant = "2024-06-12T20:00:00-07:00",
         .expected = false});

    // A stay long past, read from history (PST, UTC-8 in January).
    row("checked-out historical stay, during it",
        {.arrival = "2019-01-05",
         .departure = "2019-01-07",
         .status = StayStatus::CheckedOut,
         .instant = "2019-01-06T12:00:00-08:00",
         .expected = true});
    row("checked-out historical stay, departure morning",
        {.arrival = "2019-01-05",
         .departure = "2019-01-07",
         .status = StayStatus::CheckedOut,
         .instant = "2019-01-07T08:00:00-08:00",
         .expected = true});
    row("checked-out historical stay, a year later",
        {.arrival = "2019-01-05",
         .departure = "2019-01-07",
         .status = StayStatus::CheckedOut,
         .instant = "2020-01-06T12:00:00-08:00",
         .expected = false});

    // Bad data never counts and never crashes.
    row("departure before arrival",
        {.arrival = "2024-06-13", .departure = "2024-06-10", .instant = "2024-06-12T03:00:00-07:00"});
    row("no dates", {.arrival = "", .departure = "", .instant = "2024-06-12T03:00:00-07:00"});
    row("year outside the calendar range",
        {.arrival = "1200-01-01", .departure = "1200-01-03", .instant = "1200-01-02T03:00:00Z"});
    row("actual check-out before actual check-in",
        {.status = StayStatus::CheckedOut,
         .actualCheckIn = "2024-06-11T15:00:00-07:00",
         .actualCheckOut = "2024-06-11T10:00:00-07:00",
         .instant = "2024-06-11T12:00:00-07:00"});

    // Berlin: clocks go forward on 2024-03-31 at 02:00 (CET +1 -> CEST +2) and
    // back on 2024-10-27 at 03:00. A fixed offset would be an hour off.
    row("Berlin, spring forward, departure morning before 11:00 CEST",
        {.timeZone = Berlin,
         .arrival = "2024-03-29",
         .departure = "2024-03-31",
         .instant = "2024-03-31T08:59:00Z",
         .expected = true});
    row("Berlin, spring forward, after 11:00 CEST",
        {.timeZone = Berlin,
         .arrival = "2024-03-29",
         .departure = "2024-03-31",
         .instant = "2024-03-31T09:30:00Z",
         .expected = false});
    row("Berlin, spring forward, arrival before 15:00 CEST",
        {.timeZone = Berlin,
         .arrival = "2024-03-31",
         .departure = "2024-04-02",
         .instant = "2024-03-31T12:59:00Z",
         .expected = false});
    row("Berlin, spring forward, arrival at 15:00 CEST",
        {.timeZone = Berlin,
         .arrival = "2024-03-31",
         .departure = "2024-04-02",
         .instant = "2024-03-31T13:00:00Z",
         .expected = true});
    row("Berlin, fall back, before 11:00 CET",
        {.timeZone = Berlin,
         .arrival = "2024-10-25",
         .departure = "2024-10-27",
         .instant = "2024-10-27T09:30:00Z",
         .expected = true});
    row("Berlin, fall back, at 11:00 CET",
        {.timeZone = Berlin,
         .arrival = "2024-10-25",
         .departure = "2024-10-27",
         .instant = "2024-10-27T10:00:00Z",
         .expected = false});
    row("Berlin, night of the change, over the skipped hour",
        {.timeZone = Berlin,
         .arrival = "2024-03-30",
         .departure = "2024-04-01",
         .instant = "2024-03-31T03:30:00+02:00",
         .expected = true});

    // New York: forward on 2024-03-10 at 02:00 (EST -5 -> EDT -4), back on 2024-11-03.
    row("New York, spring forward, before 11:00 EDT",
        {.timeZone = NewYork,
         .arrival = "2024-03-08",
         .departure = "2024-03-10",
         .instant = "2024-03-10T14:59:00Z",
         .expected = true});
    row("New York, spring forward, at 11:00 EDT",
        {.timeZone = NewYork,
         .arrival = "2024-03-08",
         .departure = "2024-03-10",
         .instant = "2024-03-10T15:00:00Z",
         .expected = false});
    row("New York, fall back, before 11:00 EST",
        {.timeZone = NewYork,
         .arrival = "2024-11-01",
         .departure = "2024-11-03",
         .instant = "2024-11-03T15:30:00Z",
         .expected = true});
    row("New York, fall back, arrival before 15:00 EST",
        {.timeZone = NewYork,
         .arrival = "2024-11-03",
         .departure = "2024-11-05",
         .instant = "2024-11-03T19:30:00Z",
         .expected = false});
    row("New York, fall back, arrival at 15:00 EST",
        {.timeZone = NewYork,
         .arrival = "2024-11-03",
         .departure = "2024-11-05",
         .instant = "2024-11-03T20:00:00Z",
         .expected = true});

    // Check-in and check-out times that fall into the changes themselves: a
    // skipped time moves forward by the gap, a repeated time means the first one.
    row("Berlin, check-in 02:30 skipped, before 03:30 CEST",
        {.timeZone = Berlin,
         .checkIn = QTime(2, 30),
         .arrival = "2024-03-31",
         .departure = "2024-04-01",
         .instant = "2024-03-31T01:29:00Z",
         .expected = false});
    row("Berlin, check-in 02:30 skipped, at 03:30 CEST",
        {.timeZone = Berlin,
         .checkIn = QTime(2, 30),
         .arrival = "2024-03-31",
         .departure = "2024-04-01",
         .instant = "2024-03-31T01:30:00Z",
         .expected = true});
    row("Berlin, check-out 02:30 repeated, before the first",
        {.timeZone = Berlin,
         .checkOut = QTime(2, 30),
         .arrival = "2024-10-25",
         .departure = "2024-10-27",
         .instant = "2024-10-27T00:29:00Z",
         .expected = true});
    row("Berlin, check-out 02:30 repeated, at the first",
        {.timeZone = Berlin,
         .checkOut = QTime(2, 30),
         .arrival = "2024-10-25",
         .departure = "2024-10-27",
         .instant = "2024-10-27T00:30:00Z",
         .expected = false});

    // Southern hemisphere: New Zealand summer time (NZDT +13) ends on 2024-04-07.
    row("Auckland, summer time ends, before 11:00 NZST",
        {.timeZone = Auckland,
         .arrival = "2024-04-05",
         .departure = "2024-04-07",
         .instant = "2024-04-06T22:30:00Z",
         .expected = true});
    row("Auckland, summer time ends, at 11:00 NZST",
        {.timeZone = Auckland,
         .arrival = "2024-04-05",
         .departure = "2024-04-07",
         .instant = "2024-04-06T23:00:00Z",
         .expected = false});
}

void TestInHouseRule::isInHouse()
{
    QFETCH(QString, timeZone);
    QFETCH(QTime, checkIn);
    QFETCH(QTime, checkOut);
    QFETCH(QDate, arrival);
    QFETCH(QDate, departure);
    QFETCH(StayStatus, status);
    QFETCH(QDateTime, actualCheckIn);
    QFETCH(QDateTime, actualCheckOut);
    QFETCH(QDateTime, instant);
    QFETCH(bool, expected);

    Stay s;
    s.arrival = arrival;
    s.departure = departure;
    s.status = status;
    if (actualCheckIn.isValid())
        s.actualCheckIn = actualCheckIn.toUTC();
    if (actualCheckOut.isValid())
        s.actualCheckOut = actualCheckOut.toUTC();

    const InHouseRule rule(hotel(timeZone, checkIn, checkOut));
    QVERIFY(rule.hasValidTimeZone());
    QCOMPARE(rule.isInHouse(s, instant), expected);
    // The window agrees with the yes/no answer.
    QCOMPARE(rule.window(s).contains(instant), expected);
}

void TestInHouseRule::sameInstantDifferentProperties()
{
    const Stay s = stay("2024-06-10", "2024-06-12");
    const InHouseRule auckland(hotel(Auckland));
    const InHouseRule losAngeles(hotel(LosAngeles));

    // 16:00 on 10 June in Auckland, 21:00 on 9 June in Los Angeles.
    const QDateTime first = at("2024-06-10T04:00:00Z");
    QVERIFY(auckland.isInHouse(s, first));
    QVERIFY(!losAngeles.isInHouse(s, first));

    // 05:00 on 13 June in Auckland (gone), 10:00 on 12 June in Los Angeles (departure morning).
    const QDateTime second = at("2024-06-12T17:00:00Z");
    QVERIFY(!auckland.isInHouse(s, second));
    QVERIFY(losAngeles.isInHouse(s, second));

    QCOMPARE(auckland.localDate(first), day("2024-06-10"));
    QCOMPARE(losAngeles.localDate(first), day("2024-06-09"));
}

void TestInHouseRule::statusAllowsInHouse_data()
{
    QTest::addColumn<StayStatus>("status");
    QTest::addColumn<bool>("allows");
    QTest::newRow("reserved") << StayStatus::Reserved << false;
    QTest::newRow("in house") << StayStatus::InHouse << true;
    QTest::newRow("checked out") << StayStatus::CheckedOut << true;
    QTest::newRow("cancelled") << StayStatus::Cancelled << false;
    QTest::newRow("no-show") << StayStatus::NoShow << false;
}

void TestInHouseRule::statusAllowsInHouse()
{
    QFETCH(StayStatus, status);
    QFETCH(bool, allows);
    QCOMPARE(InHouseRule::statusAllowsInHouse(status), allows);
}

void TestInHouseRule::window()
{
    const InHouseRule rule(hotel(LosAngeles));
    const InHouseRule::Window w = rule.window(stay("2024-06-10", "2024-06-13"));
    QCOMPARE(w.start, at("2024-06-10T22:00:00Z"));
    QCOMPARE(w.end, at("2024-06-13T18:00:00Z"));
    QCOMPARE(w.start.timeSpec(), Qt::UTC);
    QCOMPARE(w.end.timeSpec(), Qt::UTC);
    QVERIFY(!w.isEmpty());

    // Winter: PST is UTC-8, so the same local times are an hour later in UTC.
    const InHouseRule::Window winter = rule.window(stay("2024-01-10", "2024-01-11"));
    QCOMPARE(winter.start, at("2024-01-10T23:00:00Z"));
    QCOMPARE(winter.end, at("2024-01-11T19:00:00Z"));
}

void TestInHouseRule::windowEmptyForStatusesNeverInHouse()
{
    const InHouseRule rule(hotel(LosAngeles));
    for (const StayStatus status : {StayStatus::Reserved, StayStatus::Cancelled, StayStatus::NoShow}) {
        const InHouseRule::Window w = rule.window(stay("2024-06-10", "2024-06-13", status));
        QVERIFY(w.isEmpty());
        QCOMPARE(w.start, w.end);
        QVERIFY(!w.contains(at("2024-06-11T12:00:00-07:00")));
    }
}

void TestInHouseRule::windowFromActualTimes()
{
    const InHouseRule rule(hotel(LosAngeles));
    Stay s = stay("2024-06-10", "2024-06-13", StayStatus::CheckedOut);
    s.actualCheckIn = at("2024-06-10T16:30:00Z");
    s.actualCheckOut = at("2024-06-13T20:45:00Z");
    const InHouseRule::Window w = rule.window(s);
    QCOMPARE(w.start, at("2024-06-10T16:30:00Z"));
    QCOMPARE(w.end, at("2024-06-13T20:45:00Z"));

    // An actual time that was never really recorded does not count.
    s.actualCheckIn = QDateTime();
    QCOMPARE(rule.window(s).start, at("2024-06-10T22:00:00Z"));
}

void TestInHouseRule::windowInvalidForMissingDates()
{
    const InHouseRule rule(hotel(LosAngeles));
    Stay s;
    s.status = StayStatus::InHouse;
    const InHouseRule::Window w = rule.window(s);
    QVERIFY(w.isEmpty());
    QVERIFY(!w.start.isValid());
    QVERIFY(!w.end.isValid());
}

void TestInHouseRule::toUtcAroundDaylightSavingChanges_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("Berlin winter") << Berlin << day("2024-01-15") << QTime(15, 0) << at("2024-01-15T14:00:00Z");
    QTest::newRow("Berlin summer") << Berlin << day("2024-07-15") << QTime(15, 0) << at("2024-07-15T13:00:00Z");
    QTest::newRow("Berlin before the gap") << Berlin << day("2024-03-31") << QTime(1, 59) << at("2024-03-31T00:59:00Z");
    QTest::newRow("Berlin in the gap") << Berlin << day("2024-03-31") << QTime(2, 30) << at("2024-03-31T01:30:00Z");
    QTest::newRow("Berlin after the gap") << Berlin << day("2024-03-31") << QTime(3, 0) << at("2024-03-31T01:00:00Z");
    QTest::newRow("Berlin repeated hour") << Berlin << day("2024-10-27") << QTime(2, 30) << at("2024-10-27T00:30:00Z");
    QTest::newRow("New York in the gap") << NewYork << day("2024-03-10") << QTime(2, 30) << at("2024-03-10T07:30:00Z");
    QTest::newRow("New York repeated hour")
        << NewYork << day("2024-11-03") << QTime(1, 30) << at("2024-11-03T05:30:00Z");
    QTest::newRow("Auckland, day ahead") << Auckland << day("2024-06-10") << QTime(11, 0) << at("2024-06-09T23:00:00Z");
    QTest::newRow("UTC") << u"UTC"_s << day("2024-06-10") << QTime(11, 0) << at("2024-06-10T11:00:00Z");
}

void TestInHouseRule::toUtcAroundDaylightSavingChanges()
{
    QFETCH(QString, timeZone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QDateTime, expected);
    const QDateTime actual = InHouseRule(hotel(timeZone)).toUtc(date, time);
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), Qt::UTC);
}

void TestInHouseRule::localDate_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Los Angeles, a second before local midnight")
        << LosAngeles << at("2024-06-10T06:59:59Z") << day("2024-06-09");
    QTest::newRow("Los Angeles, local midnight") << LosAngeles << at("2024-06-10T07:00:00Z") << day("2024-06-10");
    QTest::newRow("Auckland, a second before local midnight")
        << Auckland << at("2024-06-10T11:59:59Z") << day("2024-06-10");
    QTest::newRow("Auckland, local midnight") << Auckland << at("2024-06-10T12:00:00Z") << day("2024-06-11");
    QTest::newRow("Berlin, midnight after spring forward") << Berlin << at("2024-03-31T22:00:00Z") << day("2024-04-01");
    QTest::newRow("Berlin, an hour before it") << Berlin << at("2024-03-31T21:00:00Z") << day("2024-03-31");
    QTest::newRow("Berlin, given with another offset")
        << Berlin << at("2024-06-10T18:30:00-05:00") << day("2024-06-11");
    QTest::newRow("New York, midnight after fall back") << NewYork << at("2024-11-04T05:00:00Z") << day("2024-11-04");
    QTest::newRow("New York, an hour before it") << NewYork << at("2024-11-04T04:00:00Z") << day("2024-11-03");
    QTest::newRow("invalid instant") << Berlin << QDateTime() << QDate();
}

void TestInHouseRule::localDate()
{
    QFETCH(QString, timeZone);
    QFETCH(QDateTime, instant);
    QFETCH(QDate, expected);
    QCOMPARE(InHouseRule(hotel(timeZone)).localDate(instant), expected);
}

void TestInHouseRule::unknownTimeZoneIsUtc_data()
{
    QTest::addColumn<QString>("timeZone");
    QTest::newRow("unknown name") << u"Mars/Olympus_Mons"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("garbage") << u"\u00e9t\u00e9 / ?"_s;
}

void TestInHouseRule::unknownTimeZoneIsUtc()
{
    QFETCH(QString, timeZone);
    const InHouseRule rule(hotel(timeZone));
    QVERIFY(!rule.hasValidTimeZone());

    const Stay s = stay("2024-06-10", "2024-06-12");
    QVERIFY(!rule.isInHouse(s, at("2024-06-10T14:59:59Z")));
    QVERIFY(rule.isInHouse(s, at("2024-06-10T15:00:00Z")));
    QVERIFY(rule.isInHouse(s, at("2024-06-12T10:59:59Z")));
    QVERIFY(!rule.isInHouse(s, at("2024-06-12T11:00:00Z")));
    QCOMPARE(rule.localDate(at("2024-06-10T23:59:59Z")), day("2024-06-10"));
    QCOMPARE(rule.localDate(at("2024-06-10T23:59:59-01:00")), day("2024-06-11"));
}

void TestInHouseRule::invalidInstantIsNeverInHouse()
{
    const InHouseRule rule(hotel(LosAngeles));
    const Stay s = stay("2024-06-10", "2024-06-13");
    QVERIFY(!rule.isInHouse(s, QDateTime()));
    QVERIFY(!rule.window(s).contains(QDateTime()));
}

void TestInHouseRule::stayInHouseAtPrefersThePostsProperty()
{
    // A chain's guest in house at two properties at once (a late check-out in
    // Berlin, an early check-in in New York), and a past stay in Berlin.
    Property berlin = hotel(Berlin);
    berlin.id = 1;
    Property newYork = hotel(NewYork, QTime(6, 0));
    newYork.id = 2;
    std::map<tw::core::Id, InHouseRule> rules;
    rules.emplace(berlin.id, InHouseRule(berlin));
    rules.emplace(newYork.id, InHouseRule(newYork));

    Stay past = stay("2026-01-02", "2026-01-05");
    past.id = 10;
    past.propertyId = berlin.id;
    past.status = StayStatus::CheckedOut;
    Stay inBerlin = stay("2026-03-01", "2026-03-03");
    inBerlin.id = 11;
    inBerlin.propertyId = berlin.id;
    Stay inNewYork = stay("2026-03-03", "2026-03-06");
    inNewYork.id = 12;
    inNewYork.propertyId = newYork.id;
    const QList<Stay> stays{past, inBerlin, inNewYork};

    // 12:00 UTC on 3 March: 13:00 in Berlin (after its 11:00 check-out), 07:00
    // in New York (after its 06:00 check-in): only New York.
    const QDateTime noon = at("2026-03-03T12:00:00Z");
    QCOMPARE(InHouseRule::stayInHouseAt(stays, berlin.id, noon, rules)->id, tw::core::Id(12));
    // 10:30 UTC: 11:30 in Berlin is past check-out; 05:30 in New York is before check-in.
    QVERIFY(!InHouseRule::stayInHouseAt(stays, berlin.id, at("2026-03-03T10:30:00Z"), rules));
    // 09:00 UTC on 2 March: in house in Berlin only, whichever property is preferred.
    QCOMPARE(InHouseRule::stayInHouseAt(stays, newYork.id, at("2026-03-02T09:00:00Z"), rules)->id, tw::core::Id(11));

    // Both at once: the preferred property's stay wins.
    inBerlin.actualCheckOut = at("2026-03-03T13:00:00Z");
    const QList<Stay> overlapping{inBerlin, inNewYork};
    const QDateTime both = at("2026-03-03T12:30:00Z");
    QCOMPARE(InHouseRule::stayInHouseAt(overlapping, berlin.id, both, rules)->id, tw::core::Id(11));
    QCOMPARE(InHouseRule::stayInHouseAt(overlapping, newYork.id, both, rules)->id, tw::core::Id(12));
    // A property without a rule is not considered.
    rules.erase(newYork.id);
    QCOMPARE(InHouseRule::stayInHouseAt(overlapping, newYork.id, both, rules)->id, tw::core::Id(11));
}

QTEST_GUILESS_MAIN(TestInHouseRule)
#include "test_inhouserule.moc"
