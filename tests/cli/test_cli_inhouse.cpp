#include "clifixtures.h"
#include "clirunner.h"

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::test::CliFixtures;
using tw::test::CliResult;
using tw::test::CliRunner;
using tw::test::keysOf;

namespace core = tw::core;
namespace storage = tw::storage;

// "inhouse": the exact in-house rule at an instant, in each property's time
// zone, around the check-out time on the departure morning and the check-in
// time on the arrival day.
class TestCliInHouse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void atInstant_data();
    void atInstant();
    void jsonKeysAndValues();
    void human();
    void withoutAtUsesNow();

private:
    CliResult inHouse(const QStringList &arguments) const;
    QStringList confirmations(const CliResult &result) const;

    std::unique_ptr<tw::test::TestDatabase> m_db;
    core::Id m_berlin = core::InvalidId;
    core::Id m_anna = core::InvalidId;
};

namespace {

core::Id addGuest(storage::Database &db, const QString &first, const QString &last, const QString &vip = {})
{
    core::Guest guest = CliFixtures::guest(first, last, first.toLower() + "@example.com"_L1);
    guest.vipCode = vip;
    return CliFixtures::addGuest(db, guest);
}

} // namespace

void TestCliInHouse::init()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    storage::Database &db = m_db->db();

    // Berlin is UTC+1 and New York UTC-5 in early March 2026.
    m_berlin = CliFixtures::addProperty(db, u"BER"_s, u"Europe/Berlin"_s, QTime(11, 0));
    const core::Id newYork = CliFixtures::addProperty(db, u"NYC"_s, u"America/New_York"_s, QTime(12, 0));
    QVERIFY(m_berlin != core::InvalidId && newYork != core::InvalidId);

    m_anna = addGuest(db, u"Anna"_s, u"Smith"_s, u"V1"_s);
    const core::Id carl = addGuest(db, u"Carl"_s, u"Berg"_s);
    const core::Id dora = addGuest(db, u"Dora"_s, u"Lind"_s);
    const core::Id eve = addGuest(db, u"Eve"_s, u"Park"_s);
    QVERIFY(m_anna && carl && dora && eve);

    QVERIFY(CliFixtures::addStay(db, m_berlin, m_anna, u"B-1"_s, u"412"_s, QDate(2026, 3, 1), QDate(2026, 3, 3),
                                 core::StayStatus::InHouse));
    QVERIFY(CliFixtures::addStay(db, m_berlin, carl, u"B-2"_s, u"12"_s, QDate(2026, 3, 3), QDate(2026, 3, 6),
                                 core::StayStatus::InHouse));
    QVERIFY(CliFixtures::addStay(db, m_berlin, dora, u"B-3"_s, u"101"_s, QDate(2026, 3, 1), QDate(2026, 3, 5),
                                 core::StayStatus::Cancelled));
    QVERIFY(CliFixtures::addStay(db, newYork, eve, u"N-1"_s, u"9"_s, QDate(2026, 3, 1), QDate(2026, 3, 3),
                                 core::StayStatus::InHouse));

    QVERIFY(CliFixtures::linkHandle(db, m_anna, core::Network::X, u"@AnnaSmith"_s));
}

void TestCliInHouse::cleanup()
{
    m_db.reset();
}

CliResult TestCliInHouse::inHouse(const QStringList &arguments) const
{
    return CliRunner(m_db->url()).run(QStringList{u"inhouse"_s} + arguments);
}

QStringList TestCliInHouse::confirmations(const CliResult &result) const
{
    QStringList found;
    const QJsonArray array = result.json().array();
    for (const auto &value : array)
        found.append(value.toObject().value(u"confirmation"_s).toString());
    found.sort();
    return found;
}

void TestCliInHouse::atInstant_data()
{
    QTest::addColumn<QString>("at");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QStringList>("expected");

    const QStringList none;
    QTest::newRow("departure morning before check-out")
        << u"2026-03-03T10:30:00+01:00"_s << u"BER"_s << QStringList{u"B-1"_s};
    QTest::newRow("same instant in UTC") << u"2026-03-03T09:30:00Z"_s << u"BER"_s << QStringList{u"B-1"_s};
    QTest::newRow("last second before check-out")
        << u"2026-03-03T10:59:59+01:00"_s << u"BER"_s << QStringList{u"B-1"_s};
    QTest::newRow("at check-out") << u"2026-03-03T11:00:00+01:00"_s << u"BER"_s << none;
    QTest::newRow("departure day after check-out") << u"2026-03-03T11:30:00+01:00"_s << u"BER"_s << none;
    QTest::newRow("arrival day before check-in") << u"2026-03-03T14:59:00+01:00"_s << u"BER"_s << none;
    QTest::newRow("arrival day after check-in") << u"2026-03-03T15:00:00+01:00"_s << u"BER"_s << QStringList{u"B-2"_s};
    QTest::newRow("cancelled stay never") << u"2026-03-02T12:00:00+01:00"_s << u"BER"_s << QStringList{u"B-1"_s};
    // Without --property every property answers in its own time zone: at
    // 10:30 in Berlin it is 04:30 in New York, at 11:30 still 05:30.
    QTest::newRow("all properties, both in")
        << u"2026-03-03T10:30:00+01:00"_s << QString() << QStringList{u"B-1"_s, u"N-1"_s};
    QTest::newRow("all properties, Berlin checked out")
        << u"2026-03-03T11:30:00+01:00"_s << QString() << QStringList{u"N-1"_s};
    QTest::newRow("New York departure morning") << u"2026-03-03T11:59:00-05:00"_s << u"NYC"_s << QStringList{u"N-1"_s};
    QTest::newRow("New York after check-out") << u"2026-03-03T12:00:00-05:00"_s << u"NYC"_s << none;
    QTest::newRow("all properties, New York checked out")
        << u"2026-03-03T12:30:00-05:00"_s << QString() << QStringList{u"B-2"_s};
}

void TestCliInHouse::atInstant()
{
    QFETCH(QString, at);
    QFETCH(QString, property);
    QFETCH(QStringList, expected);
    QStringList arguments{u"--at"_s, at, u"--json"_s};
    if (!property.isEmpty())
        arguments += QStringList{u"--property"_s, property};
    const CliResult result = inHouse(arguments);
    TW_EXPECT_EXIT(result, 0);
    QVERIFY2(result.json().isArray(), result.describe().constData());
    QCOMPARE(confirmations(result), expected);
}

void TestCliInHouse::jsonKeysAndValues()
{
    const CliResult result = inHouse({u"--at"_s, u"2026-03-03T10:30:00+01:00"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    const QJsonArray array = result.json().array();
    QCOMPARE(array.size(), 2);
    const QSet<QString> keys{u"property"_s,  u"confirmation"_s, u"guest_id"_s, u"first_name"_s,
                             u"last_name"_s, u"room"_s,         u"arrival"_s,  u"departure"_s,
                             u"status"_s,    u"vip"_s,          u"handles"_s};
    for (const auto &value : array)
        QCOMPARE(keysOf(value.toObject()), keys);

    // Sorted by property code, then room.
    const QJsonObject anna = array.at(0).toObject();
    QCOMPARE(anna.value(u"property"_s).toString(), u"BER"_s);
    QCOMPARE(anna.value(u"guest_id"_s).toInteger(), m_anna);
    QCOMPARE(anna.value(u"first_name"_s).toString(), u"Anna"_s);
    QCOMPARE(anna.value(u"last_name"_s).toString(), u"Smith"_s);
    QCOMPARE(anna.value(u"room"_s).toString(), u"412"_s);
    QCOMPARE(anna.value(u"arrival"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(anna.value(u"departure"_s).toString(), u"2026-03-03"_s);
    QCOMPARE(anna.value(u"status"_s).toString(), u"in_house"_s);
    QCOMPARE(anna.value(u"vip"_s).toString(), u"V1"_s);
    const QJsonArray handles = anna.value(u"handles"_s).toArray();
    QCOMPARE(handles.size(), 1);
    QCOMPARE(handles.at(0).toObject().value(u"network"_s).toString(), u"x"_s);
    QCOMPARE(handles.at(0).toObject().value(u"handle"_s).toString(), u"annasmith"_s);

    const QJsonObject eve = array.at(1).toObject();
    QCOMPARE(eve.value(u"property"_s).toString(), u"NYC"_s);
    QCOMPARE(eve.value(u"vip"_s).toString(), QString());
    QVERIFY(eve.value(u"handles"_s).isArray());
    QVERIFY(eve.value(u"handles"_s).toArray().isEmpty());
}

void TestCliInHouse::human()
{
    const CliResult result = inHouse({u"--at"_s, u"2026-03-03T10:30:00+01:00"_s, u"--property"_s, u"BER"_s});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY(result.out.contains("2026-03-03T09:30:00Z"_L1));
    QVERIFY(result.out.contains("Anna Smith"_L1));
    QVERIFY(result.out.contains("412"_L1));
    QVERIFY(result.out.contains("@annasmith"_L1));

    const CliResult empty = inHouse({u"--at"_s, u"2026-03-03T11:30:00+01:00"_s, u"--property"_s, u"BER"_s});
    TW_EXPECT_EXIT(empty, 0);
    QVERIFY(!empty.out.contains("Anna"_L1));
}

void TestCliInHouse::withoutAtUsesNow()
{
    storage::Database &db = m_db->db();
    const core::Id utc = CliFixtures::addProperty(db, u"UTC"_s, u"UTC"_s, QTime(11, 0));
    const core::Id guest = addGuest(db, u"Nora"_s, u"Now"_s);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY(CliFixtures::addStay(db, utc, guest, u"U-1"_s, u"1"_s, today.addDays(-2), today.addDays(2),
                                 core::StayStatus::InHouse));

    const CliResult result = inHouse({u"--property"_s, u"UTC"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QCOMPARE(confirmations(result), QStringList{u"U-1"_s});
}

QTEST_GUILESS_MAIN(TestCliInHouse)
#include "test_cli_inhouse.moc"
