#include "todayfixture.h"

#include <desk/today/attentionprovider.h>
#include <desk/today/suggestedhandleattention.h>
#include <desk/today/todayloader.h>
#include <desk/today/viparrivalattention.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::TodayList;
using desk::TodayLoader;
using desk::TodaySnapshot;
using test::TodayFixture;

namespace {

QStringList lastNames(const QList<desk::TodayRow> &rows)
{
    QStringList names;
    for (const desk::TodayRow &row : rows)
        names.append(row.guest.lastName);
    return names;
}

const desk::TodayRow *findRow(const QList<desk::TodayRow> &rows, const QString &lastName)
{
    for (const desk::TodayRow &row : rows) {
        if (row.guest.lastName == lastName)
            return &row;
    }
    return nullptr;
}

QStringList kinds(const desk::TodayRow &row)
{
    QStringList result;
    for (const desk::Attention &attention : row.attention)
        result.append(attention.kind);
    return result;
}

// Stands in for a later feature's badges (posts by guests in house): three on
// every in-house row, plus one for a stay that is on no list.
class PostsAttention : public desk::AttentionProvider
{
public:
    QList<Finding> collect(storage::Database &, const TodaySnapshot &snapshot) const override
    {
        QList<Finding> findings;
        for (const desk::TodayRow &row : snapshot.inHouse) {
            desk::Attention attention;
            attention.kind = u"test.posts"_s;
            attention.count = 3;
            attention.label = u"3 posts"_s;
            attention.level = desk::Attention::Level::Urgent;
            findings.append({TodayList::InHouse, row.stay.id, attention});
        }
        findings.append({TodayList::Arrivals, 987654321, desk::Attention{u"test.posts"_s, 1, u"stray"_s, {}, {}}});
        return findings;
    }
    QStringList watchedTables() const override { return {u"posts"_s}; }
};

} // namespace

// The Today board's content for a hotel in Auckland, read at fixed instants:
// which stays are arrivals, in house and departures, on today's board and on
// other dates, in the property's time zone; the badges of attention providers.
class TestTodayLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAtAnInstant_data();
    void listsAtAnInstant();
    void todayFollowsThePropertysTimeZone();
    void nightsAndNightsLeft();
    void cancelledAndNoShowNeverShown();
    void futureDatesCountReservationsAsExpected();
    void rowsCarryGuestsAndHandles();
    void choosesTheProperty_data();
    void choosesTheProperty();
    void emptyDatabaseHasNoProperty();
    void attentionFromTheDefaultProviders();
    void attentionFromAnAddedProvider();
    void opensItsOwnConnection();
    void unreachableDatabaseSaysSo();
};

void TestTodayLoader::listsAtAnInstant_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDate>("date"); // invalid: today at the property
    QTest::addColumn<QDate>("shownDate");
    QTest::addColumn<QDateTime>("instant");
    QTest::addColumn<QStringList>("arrivals");
    QTest::addColumn<QStringList>("inHouse");
    QTest::addColumn<QStringList>("departures");

    const QDate d = TodayFixture::day();
    const QDateTime morning = TodayFixture::auckland(d, QTime(8, 0));
    const QDateTime afternoon = TodayFixture::auckland(d, QTime(16, 0));

    // 08:00 on the departure morning: Berg (leaves at 11:00) and Hart (checked
    // out at 09:30) are still in house; Evans's early check-in is still ahead.
    QTest::newRow("departure morning before check-out")
        << morning << QDate() << d << morning << QStringList{u"Diaz"_s, u"Evans"_s}
        << QStringList{u"Hart"_s, u"Carter"_s, u"Berg"_s} << QStringList{u"Hart"_s, u"Berg"_s};
    QTest::newRow("after the actual check-out")
        << TodayFixture::auckland(d, QTime(10, 0)) << QDate() << d << TodayFixture::auckland(d, QTime(10, 0))
        << QStringList{u"Diaz"_s, u"Evans"_s} << QStringList{u"Carter"_s, u"Berg"_s}
        << QStringList{u"Hart"_s, u"Berg"_s};
    // 16:00: the departures are gone, Evans checked in early, Diaz is still a
    // reservation (an arrival, not a guest in house).
    QTest::newRow("afternoon") << afternoon << QDate() << d << afternoon << QStringList{u"Diaz"_s, u"Evans"_s}
                               << QStringList{u"Evans"_s, u"Carter"_s} << QStringList{u"Hart"_s, u"Berg"_s};
    QTest::newRow("today chosen explicitly is now")
        << afternoon << d << d << afternoon << QStringList{u"Diaz"_s, u"Evans"_s}
        << QStringList{u"Evans"_s, u"Carter"_s} << QStringList{u"Hart"_s, u"Berg"_s};
    // Another date is read at 12:00 property time: those staying over.
    QTest::newRow("yesterday at noon") << morning << d.addDays(-1) << d.addDays(-1)
                                       << TodayFixture::auckland(d.addDays(-1), QTime(12, 0))
                                       << QStringList{u"Carter"_s} << QStringList{u"Hart"_s, u"Berg"_s}
                                       << QStringList{};
    QTest::newRow("the day after tomorrow at noon")
        << morning << d.addDays(2) << d.addDays(2) << TodayFixture::auckland(d.addDays(2), QTime(12, 0))
        << QStringList{} << QStringList{u"Diaz"_s, u"Ives"_s} << QStringList{u"Carter"_s};
}

void TestTodayLoader::listsAtAnInstant()
{
    QFETCH(QDateTime, now);
    QFETCH(QDate, date);
    QFETCH(QDate, shownDate);
    QFETCH(QDateTime, instant);
    QFETCH(QStringList, arrivals);
    QFETCH(QStringList, inHouse);
    QFETCH(QStringList, departures);

    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const auto snapshot = TodayLoader::load(t->db(), {fixture->akl, {}, date, now});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot->property.code, u"AKL"_s);
    QCOMPARE(snapshot->date, shownDate);
    QCOMPARE(snapshot->instant, instant);
    QCOMPARE(snapshot->instantLocal.toUTC(), instant);
    QCOMPARE(lastNames(snapshot->arrivals), arrivals);
    QCOMPARE(lastNames(snapshot->inHouse), inHouse);
    QCOMPARE(lastNames(snapshot->departures), departures);
    QCOMPARE(snapshot->arrivals.size(), arrivals.size());
    for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures}) {
        for (const desk::TodayRow &row : snapshot->rows(list))
            QCOMPARE(row.list, list);
    }
}

void TestTodayLoader::todayFollowsThePropertysTimeZone()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    // 11:30 UTC on D is already 00:30 on D+1 in Auckland (UTC+13 in March).
    const QDate d = TodayFixture::day();
    const QDateTime now(d, QTime(11, 30), Qt::UTC);
    const auto snapshot = TodayLoader::load(t->db(), {fixture->akl, {}, {}, now});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot->today, d.addDays(1));
    QCOMPARE(snapshot->date, d.addDays(1));
    QVERIFY(snapshot->isToday());
    QCOMPARE(snapshot->timeZone, u"Pacific/Auckland"_s);
    QCOMPARE(snapshot->instantLocal.time(), QTime(0, 30));
    QCOMPARE(snapshot->instantLocal.offsetFromUtc(), 13 * 3600);
    QCOMPARE(lastNames(snapshot->arrivals), QStringList{u"Ives"_s});
    QCOMPARE(lastNames(snapshot->inHouse), (QStringList{u"Evans"_s, u"Carter"_s}));
    QCOMPARE(lastNames(snapshot->departures), QStringList{u"Evans"_s});

    // The same instant on the Berlin hotel's board is still D.
    const auto berlin = TodayLoader::load(t->db(), {fixture->ber, {}, {}, now});
    QVERIFY2(berlin, qPrintable(berlin.error()));
    QCOMPARE(berlin->today, d);
    QCOMPARE(lastNames(berlin->arrivals), QStringList{u"Klein"_s});
    // 12:30 in Berlin: Klein arrives today, check-in is at 15:00.
    QVERIFY(berlin->inHouse.isEmpty());
}

void TestTodayLoader::nightsAndNightsLeft()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const QDate d = TodayFixture::day();
    const auto snapshot = TodayLoader::load(t->db(), {fixture->akl, {}, {}, TodayFixture::auckland(d, QTime(8, 0))});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    const desk::TodayRow *carter = findRow(snapshot->inHouse, u"Carter"_s);
    QVERIFY(carter);
    QCOMPARE(carter->stay.nights(), 3);
    QCOMPARE(carter->nightsLeft, 2);
    const desk::TodayRow *berg = findRow(snapshot->inHouse, u"Berg"_s);
    QVERIFY(berg);
    QCOMPARE(berg->stay.nights(), 2);
    QCOMPARE(berg->nightsLeft, 0);
    const desk::TodayRow *diaz = findRow(snapshot->arrivals, u"Diaz"_s);
    QVERIFY(diaz);
    QCOMPARE(diaz->stay.nights(), 3);
    QCOMPARE(diaz->nightsLeft, 3);
}

void TestTodayLoader::cancelledAndNoShowNeverShown()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const QDate d = TodayFixture::day();
    const QDateTime now = TodayFixture::auckland(d, QTime(8, 0));
    for (int offset = -5; offset <= 5; ++offset) {
        const auto snapshot = TodayLoader::load(t->db(), {fixture->akl, {}, d.addDays(offset), now});
        QVERIFY2(snapshot, qPrintable(snapshot.error()));
        for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures}) {
            const QStringList names = lastNames(snapshot->rows(list));
            for (const QString &never : {u"Fox"_s, u"Gray"_s, u"Jones"_s, u"Klein"_s})
                QVERIFY2(!names.contains(never), qPrintable(u"%1 on day %2"_s.arg(never).arg(offset)));
        }
    }
}

void TestTodayLoader::futureDatesCountReservationsAsExpected()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const QDate d = TodayFixture::day();
    const QDateTime now = TodayFixture::auckland(d, QTime(8, 0));
    const auto future = TodayLoader::load(t->db(), {fixture->akl, {}, d.addDays(2), now});
    QVERIFY2(future, qPrintable(future.error()));
    QVERIFY(findRow(future->inHouse, u"Diaz"_s)->expected);
    QVERIFY(findRow(future->inHouse, u"Ives"_s)->expected);

    // Tomorrow at noon: Carter stays on (really in house), Diaz is expected.
    const auto tomorrow = TodayLoader::load(t->db(), {fixture->akl, {}, d.addDays(1), now});
    QVERIFY2(tomorrow, qPrintable(tomorrow.error()));
    QCOMPARE(lastNames(tomorrow->inHouse), (QStringList{u"Carter"_s, u"Diaz"_s}));
    QVERIFY(!findRow(tomorrow->inHouse, u"Carter"_s)->expected);
    QVERIFY(findRow(tomorrow->inHouse, u"Diaz"_s)->expected);

    // On a past date a reservation that never checked in is not in house.
    const auto past = TodayLoader::load(t->db(), {fixture->akl, {}, d.addDays(1), now + std::chrono::days(3)});
    QVERIFY2(past, qPrintable(past.error()));
    QCOMPARE(lastNames(past->inHouse), QStringList{u"Carter"_s});
}

void TestTodayLoader::rowsCarryGuestsAndHandles()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const auto snapshot
        = TodayLoader::load(t->db(), {fixture->akl, {}, {}, TodayFixture::auckland(TodayFixture::day(), QTime(8, 0))});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    const desk::TodayRow *berg = findRow(snapshot->departures, u"Berg"_s);
    QVERIFY(berg);
    QCOMPARE(berg->guest.id, fixture->guests.value(u"Berg"_s));
    QCOMPARE(berg->stay.id, fixture->stays.value(u"Berg"_s));
    QCOMPARE(berg->stay.room, u"101"_s);
    QCOMPARE(berg->handles.size(), 2);
    for (const core::SocialAccount &account : berg->handles) {
        QCOMPARE(account.guestId, berg->guest.id);
        if (account.network == core::Network::X) {
            QCOMPARE(account.handle, u"anna_b"_s);
            QCOMPARE(account.state, core::LinkState::Suggested);
        } else {
            QCOMPARE(account.handle, u"anna@social.example"_s);
            QCOMPARE(account.state, core::LinkState::Confirmed);
        }
    }
    const desk::TodayRow *diaz = findRow(snapshot->arrivals, u"Diaz"_s);
    QVERIFY(diaz);
    QCOMPARE(diaz->guest.vipCode, u"GOLD"_s);
    QCOMPARE(diaz->handles.size(), 1);
    QCOMPARE(diaz->handles.at(0).handle, u"chloed"_s);
    QVERIFY(findRow(snapshot->inHouse, u"Carter"_s)->handles.isEmpty());
}

void TestTodayLoader::choosesTheProperty_data()
{
    QTest::addColumn<bool>("byId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("shown");

    QTest::newRow("chosen id wins over the code") << true << u"BER"_s << u"AKL"_s;
    QTest::newRow("code, any case") << false << u"ber"_s << u"BER"_s;
    QTest::newRow("unknown code: first") << false << u"NOPE"_s << u"AKL"_s;
    QTest::newRow("no code: first") << false << QString() << u"AKL"_s;
}

void TestTodayLoader::choosesTheProperty()
{
    QFETCH(bool, byId);
    QFETCH(QString, code);
    QFETCH(QString, shown);

    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const auto snapshot = TodayLoader::load(
        t->db(), {byId ? fixture->akl : core::InvalidId, code, {}, QDateTime(TodayFixture::day(), {9, 0}, Qt::UTC)});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(snapshot->property.code, shown);
    QCOMPARE(snapshot->properties.size(), 2);
    QVERIFY(snapshot->hasProperty());
}

void TestTodayLoader::emptyDatabaseHasNoProperty()
{
    TW_TEST_DATABASE(t);
    const QDateTime now(TodayFixture::day(), QTime(9, 0), Qt::UTC);
    const auto snapshot = TodayLoader::load(t->db(), {core::InvalidId, u"AKL"_s, {}, now});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QVERIFY(!snapshot->hasProperty());
    QVERIFY(snapshot->properties.isEmpty());
    QVERIFY(snapshot->arrivals.isEmpty());
    QVERIFY(snapshot->inHouse.isEmpty());
    QVERIFY(snapshot->departures.isEmpty());
}

void TestTodayLoader::attentionFromTheDefaultProviders()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const TodayLoader::Providers providers{std::make_shared<desk::SuggestedHandleAttention>(),
                                           std::make_shared<desk::VipArrivalAttention>()};
    const auto snapshot = TodayLoader::load(
        t->db(), {fixture->akl, {}, {}, TodayFixture::auckland(TodayFixture::day(), QTime(8, 0))}, providers);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));

    // Berg's suggested X handle shows wherever Berg is listed.
    for (const TodayList list : {TodayList::InHouse, TodayList::Departures}) {
        const desk::TodayRow *berg = findRow(snapshot->rows(list), u"Berg"_s);
        QVERIFY(berg);
        QCOMPARE(kinds(*berg), QStringList{desk::SuggestedHandleAttention::kind()});
        QCOMPARE(berg->attentionCount(), 1);
        QVERIFY2(berg->attention.at(0).description.contains(u"@anna_b"_s),
                 qPrintable(berg->attention.at(0).description));
        QVERIFY(!berg->attention.at(0).label.isEmpty());
    }
    // A VIP still to arrive, not one who has checked in (Evans) or is in house (Carter).
    const desk::TodayRow *diaz = findRow(snapshot->arrivals, u"Diaz"_s);
    QCOMPARE(kinds(*diaz), QStringList{desk::VipArrivalAttention::kind()});
    QVERIFY(diaz->attention.at(0).description.contains(u"GOLD"_s));
    QVERIFY(findRow(snapshot->arrivals, u"Evans"_s)->attention.isEmpty());
    QVERIFY(findRow(snapshot->inHouse, u"Carter"_s)->attention.isEmpty());
    QVERIFY(findRow(snapshot->inHouse, u"Hart"_s)->attention.isEmpty());

    // Without providers there are no badges.
    const auto plain
        = TodayLoader::load(t->db(), {fixture->akl, {}, {}, TodayFixture::auckland(TodayFixture::day(), QTime(8, 0))});
    QVERIFY2(plain, qPrintable(plain.error()));
    QVERIFY(findRow(plain->arrivals, u"Diaz"_s)->attention.isEmpty());
}

void TestTodayLoader::attentionFromAnAddedProvider()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const TodayLoader::Providers providers{std::make_shared<desk::SuggestedHandleAttention>(),
                                           std::make_shared<PostsAttention>()};
    const auto snapshot = TodayLoader::load(
        t->db(), {fixture->akl, {}, {}, TodayFixture::auckland(TodayFixture::day(), QTime(8, 0))}, providers);
    QVERIFY2(snapshot, qPrintable(snapshot.error()));

    const desk::TodayRow *carter = findRow(snapshot->inHouse, u"Carter"_s);
    QCOMPARE(kinds(*carter), QStringList{u"test.posts"_s});
    QCOMPARE(carter->attentionCount(), 3);
    QCOMPARE(carter->attention.at(0).level, desk::Attention::Level::Urgent);
    // Badges add up per row, in the order of the providers.
    const desk::TodayRow *berg = findRow(snapshot->inHouse, u"Berg"_s);
    QCOMPARE(kinds(*berg), (QStringList{desk::SuggestedHandleAttention::kind(), u"test.posts"_s}));
    QCOMPARE(berg->attentionCount(), 4);
    // The same guest on the departures list gets only what was found there.
    QCOMPARE(findRow(snapshot->departures, u"Berg"_s)->attentionCount(), 1);
    // A finding for a stay on no list changes nothing.
    for (const desk::TodayRow &row : snapshot->arrivals)
        QVERIFY(!kinds(row).contains(u"test.posts"_s));
}

void TestTodayLoader::opensItsOwnConnection()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    const auto snapshot
        = TodayLoader::load(t->url(), {fixture->akl, {}, {}, TodayFixture::auckland(TodayFixture::day(), QTime(8, 0))});
    QVERIFY2(snapshot, qPrintable(snapshot.error()));
    QCOMPARE(lastNames(snapshot->departures), (QStringList{u"Hart"_s, u"Berg"_s}));
}

void TestTodayLoader::unreachableDatabaseSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto url = storage::DatabaseUrl::parse(u"sqlite://"_s + dir.path() + u"/missing/folder/x.db"_s);
    QVERIFY2(url, qPrintable(url.error()));
    const auto snapshot = TodayLoader::load(url.value(), {core::InvalidId, {}, {}, QDateTime::currentDateTimeUtc()});
    QVERIFY(!snapshot);
    QVERIFY2(snapshot.error().contains(u"missing/folder"_s), qPrintable(snapshot.error()));
}

QTEST_GUILESS_MAIN(TestTodayLoader)
#include "test_todayloader.moc"
