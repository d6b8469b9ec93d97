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

// "guests search", "guest show", "handles link" and "handles unlink" over
// guests the test stores through the repositories.
class TestCliGuests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void searchJsonKeys();
    void searchMatches_data();
    void searchMatches();
    void searchHuman();
    void showJson();
    void showHuman();
    void linkAndUnlink();
    void linkRecordsTheActor_data();
    void linkRecordsTheActor();
    void handleOfAnotherGuestFails();

private:
    std::unique_ptr<tw::test::TestDatabase> m_db;
    core::Id m_anna = core::InvalidId;
    core::Id m_annette = core::InvalidId;
    core::Id m_bob = core::InvalidId;
};

namespace {

QSet<qint64> idsOf(const QJsonArray &array)
{
    QSet<qint64> ids;
    for (const auto &value : array)
        ids.insert(value.toObject().value(u"id"_s).toInteger());
    return ids;
}

QJsonObject showGuest(const CliRunner &cli, core::Id id)
{
    const CliResult result = cli.run({u"guest"_s, u"show"_s, QString::number(id), u"--json"_s});
    if (result.exitCode != 0)
        qWarning().noquote() << result.describe();
    return result.json().object();
}

} // namespace

void TestCliGuests::init()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    storage::Database &db = m_db->db();

    const core::Id lisbon = CliFixtures::addProperty(db, u"LIS"_s, u"Europe/Lisbon"_s);
    QVERIFY(lisbon != core::InvalidId);

    core::Guest anna = CliFixtures::guest(u"Anna"_s, u"Smith"_s, u"anna.smith@example.com"_s);
    anna.phone = u"+1 415 555 0101"_s;
    anna.loyaltyNumber = u"GLD-4471"_s;
    anna.vipCode = u"V1"_s;
    anna.preferences = u"Feather-free pillows"_s;
    m_anna = CliFixtures::addGuest(db, anna);
    m_annette = CliFixtures::addGuest(db, CliFixtures::guest(u"Annette"_s, u"Jones"_s, u"annette@example.org"_s));
    m_bob = CliFixtures::addGuest(db, CliFixtures::guest(u"Bob"_s, u"Smithers"_s, u"bob@example.net"_s));
    QVERIFY(m_anna != core::InvalidId && m_annette != core::InvalidId && m_bob != core::InvalidId);

    QVERIFY(CliFixtures::addStay(db, lisbon, m_anna, u"C-1"_s, u"412"_s, QDate(2026, 3, 1), QDate(2026, 3, 4),
                                 core::StayStatus::InHouse));
    QVERIFY(CliFixtures::addStay(db, lisbon, m_annette, u"C-2"_s, u"305"_s, QDate(2026, 3, 2), QDate(2026, 3, 5),
                                 core::StayStatus::Reserved));
    QVERIFY(CliFixtures::addStay(db, lisbon, m_bob, u"C-3"_s, u"412"_s, QDate(2025, 1, 10), QDate(2025, 1, 12),
                                 core::StayStatus::CheckedOut));
    QVERIFY(CliFixtures::linkHandle(db, m_anna, core::Network::X, u"@AnnaSmith"_s));
}

void TestCliGuests::cleanup()
{
    m_db.reset();
}

void TestCliGuests::searchJsonKeys()
{
    const CliResult result = CliRunner(m_db->url()).run({u"guests"_s, u"search"_s, u"anna"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY(result.json().isArray());
    const QJsonArray array = result.json().array();
    QCOMPARE(array.size(), 1);
    const QJsonObject anna = array.at(0).toObject();
    QCOMPARE(keysOf(anna),
             (QSet<QString>{u"id"_s, u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"loyalty_number"_s,
                            u"vip"_s}));
    QCOMPARE(anna.value(u"id"_s).toInteger(), m_anna);
    QCOMPARE(anna.value(u"first_name"_s).toString(), u"Anna"_s);
    QCOMPARE(anna.value(u"last_name"_s).toString(), u"Smith"_s);
    QCOMPARE(anna.value(u"email"_s).toString(), u"anna.smith@example.com"_s);
    QCOMPARE(anna.value(u"loyalty_number"_s).toString(), u"GLD-4471"_s);
    QCOMPARE(anna.value(u"vip"_s).toString(), u"V1"_s);
}

void TestCliGuests::searchMatches_data()
{
    QTest::addColumn<QStringList>("text");
    QTest::addColumn<QStringList>("expected"); // first names

    QTest::newRow("first name") << QStringList{u"Anna"_s} << QStringList{u"Anna"_s};
    QTest::newRow("name prefix") << QStringList{u"ann"_s} << QStringList{u"Anna"_s, u"Annette"_s};
    QTest::newRow("last name prefix") << QStringList{u"smith"_s} << QStringList{u"Anna"_s, u"Bob"_s};
    QTest::newRow("first and last, one argument") << QStringList{u"anna smith"_s} << QStringList{u"Anna"_s};
    QTest::newRow("first and last, two arguments") << QStringList{u"anna"_s, u"smith"_s} << QStringList{u"Anna"_s};
    QTest::newRow("email") << QStringList{u"annette@example.org"_s} << QStringList{u"Annette"_s};
    QTest::newRow("handle with @") << QStringList{u"@annasmith"_s} << QStringList{u"Anna"_s};
    QTest::newRow("room") << QStringList{u"412"_s} << QStringList{u"Anna"_s, u"Bob"_s};
    QTest::newRow("loyalty number") << QStringList{u"GLD-4471"_s} << QStringList{u"Anna"_s};
    QTest::newRow("phone as stored") << QStringList{u"+1 415 555 0101"_s} << QStringList{u"Anna"_s};
    QTest::newRow("phone typed otherwise") << QStringList{u"+1 (415) 555-0101"_s} << QStringList{u"Anna"_s};
    QTest::newRow("phone prefix") << QStringList{u"+1415555"_s} << QStringList{u"Anna"_s};
    QTest::newRow("nobody") << QStringList{u"zebediah"_s} << QStringList{};
}

void TestCliGuests::searchMatches()
{
    QFETCH(QStringList, text);
    QFETCH(QStringList, expected);
    const CliResult result
        = CliRunner(m_db->url()).run(QStringList{u"guests"_s, u"search"_s} + text + QStringList{u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QStringList found;
    const QJsonArray array = result.json().array();
    for (const auto &value : array)
        found.append(value.toObject().value(u"first_name"_s).toString());
    found.sort();
    QCOMPARE(found, expected);
}

void TestCliGuests::searchHuman()
{
    const CliRunner cli(m_db->url());
    const CliResult result = cli.run({u"guests"_s, u"search"_s, u"ann"_s});
    TW_EXPECT_EXIT(result, 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("ID"_L1));
    const qsizetype emailColumn = lines.at(0).indexOf("EMAIL"_L1);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.mid(emailColumn).startsWith("anna"_L1) || line.mid(emailColumn).startsWith("annette"_L1),
                 qPrintable(line));

    const CliResult none = cli.run({u"guests"_s, u"search"_s, u"zebediah"_s});
    TW_EXPECT_EXIT(none, 0);
    QVERIFY(none.out.contains("zebediah"_L1));
}

void TestCliGuests::showJson()
{
    const QJsonObject anna = showGuest(CliRunner(m_db->url()), m_anna);
    QCOMPARE(keysOf(anna),
             (QSet<QString>{u"id"_s, u"first_name"_s, u"last_name"_s, u"email"_s, u"phone"_s, u"loyalty_number"_s,
                            u"vip"_s, u"preferences"_s, u"social_consent"_s, u"notes"_s, u"created_at"_s,
                            u"updated_at"_s, u"stays"_s, u"handles"_s}));
    QCOMPARE(anna.value(u"id"_s).toInteger(), m_anna);
    QCOMPARE(anna.value(u"first_name"_s).toString(), u"Anna"_s);
    QCOMPARE(anna.value(u"phone"_s).toString(), u"+1 415 555 0101"_s);
    QCOMPARE(anna.value(u"preferences"_s).toString(), u"Feather-free pillows"_s);
    QVERIFY(anna.value(u"created_at"_s).toString().endsWith(u'Z'));
    QVERIFY(QDateTime::fromString(anna.value(u"created_at"_s).toString(), Qt::ISODate).isValid());

    const QJsonArray stays = anna.value(u"stays"_s).toArray();
    QCOMPARE(stays.size(), 1);
    const QJsonObject stay = stays.at(0).toObject();
    QCOMPARE(keysOf(stay),
             (QSet<QString>{u"confirmation"_s, u"property"_s, u"room"_s, u"arrival"_s, u"departure"_s, u"status"_s,
                            u"actual_check_in"_s, u"actual_check_out"_s}));
    QCOMPARE(stay.value(u"confirmation"_s).toString(), u"C-1"_s);
    QCOMPARE(stay.value(u"property"_s).toString(), u"LIS"_s);
    QCOMPARE(stay.value(u"room"_s).toString(), u"412"_s);
    QCOMPARE(stay.value(u"arrival"_s).toString(), u"2026-03-01"_s);
    QCOMPARE(stay.value(u"departure"_s).toString(), u"2026-03-04"_s);
    QCOMPARE(stay.value(u"status"_s).toString(), u"in_house"_s);
    QVERIFY(stay.value(u"actual_check_in"_s).isNull());

    const QJsonArray handles = anna.value(u"handles"_s).toArray();
    QCOMPARE(handles.size(), 1);
    const QJsonObject handle = handles.at(0).toObject();
    QCOMPARE(keysOf(handle),
             (QSet<QString>{u"network"_s, u"handle"_s, u"display"_s, u"state"_s, u"linked_by"_s, u"linked_at"_s}));
    QCOMPARE(handle.value(u"network"_s).toString(), u"x"_s);
    QCOMPARE(handle.value(u"handle"_s).toString(), u"annasmith"_s);
    QCOMPARE(handle.value(u"display"_s).toString(), u"@annasmith"_s);
    QCOMPARE(handle.value(u"state"_s).toString(), u"confirmed"_s);
    QCOMPARE(handle.value(u"linked_by"_s).toString(), u"setup"_s);
    QVERIFY(handle.value(u"linked_at"_s).toString().endsWith(u'Z'));
}

void TestCliGuests::showHuman()
{
    const CliResult result = CliRunner(m_db->url()).run({u"guest"_s, u"show"_s, QString::number(m_anna)});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY(result.out.contains("Anna Smith"_L1));
    QVERIFY(result.out.contains("C-1"_L1));
    QVERIFY(result.out.contains("2026-03-01"_L1));
    QVERIFY(result.out.contains("@annasmith"_L1));
}

void TestCliGuests::linkAndUnlink()
{
    const CliRunner cli(m_db->url());
    const QString id = QString::number(m_annette);

    TW_EXPECT_EXIT(cli.run({u"handles"_s, u"link"_s, id, u"x"_s, u"@Annette_J"_s}), 0);
    TW_EXPECT_EXIT(cli.run({u"handles"_s, u"link"_s, id, u"mastodon"_s, u"@annette@Hachyderm.io"_s}), 0);
    QJsonArray handles = showGuest(cli, m_annette).value(u"handles"_s).toArray();
    QSet<QString> linked;
    for (const auto &value : std::as_const(handles))
        linked.insert(value.toObject().value(u"network"_s).toString() + u' '
                      + value.toObject().value(u"handle"_s).toString());
    QCOMPARE(linked, (QSet<QString>{u"x annette_j"_s, u"mastodon annette@hachyderm.io"_s}));
    // The handle finds the guest from now on.
    const CliResult found = cli.run({u"guests"_s, u"search"_s, u"@annette_j"_s, u"--json"_s});
    TW_EXPECT_EXIT(found, 0);
    QCOMPARE(idsOf(found.json().array()), QSet<qint64>{m_annette});

    // Unlinking accepts the handle as people type it, too.
    TW_EXPECT_EXIT(cli.run({u"handles"_s, u"unlink"_s, id, u"x"_s, u"ANNETTE_J"_s}), 0);
    handles = showGuest(cli, m_annette).value(u"handles"_s).toArray();
    QCOMPARE(handles.size(), 1);
    QCOMPARE(handles.at(0).toObject().value(u"network"_s).toString(), u"mastodon"_s);

    const CliResult again = cli.run({u"handles"_s, u"unlink"_s, id, u"x"_s, u"annette_j"_s});
    TW_EXPECT_EXIT(again, 1);
    QVERIFY2(again.err.contains("annette_j"_L1), again.describe().constData());
}

void TestCliGuests::linkRecordsTheActor_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("expected");

    QTest::newRow("--actor") << u"Maria Front"_s << u"Env Desk"_s << u"Maria Front"_s;
    QTest::newRow("TWEETWORTHY_ACTOR") << QString() << u"Env Desk"_s << u"Env Desk"_s;
    QTest::newRow("user name") << QString() << QString() << u"nightauditor"_s;
}

void TestCliGuests::linkRecordsTheActor()
{
    QFETCH(QString, option);
    QFETCH(QString, environment);
    QFETCH(QString, expected);
    CliRunner cli(m_db->url());
    if (!environment.isEmpty())
        cli.setEnvironment(u"TWEETWORTHY_ACTOR"_s, environment);
    QStringList arguments{u"handles"_s, u"link"_s, QString::number(m_bob), u"x"_s, u"bobsmithers"_s};
    if (!option.isEmpty())
        arguments += QStringList{u"--actor"_s, option};
    TW_EXPECT_EXIT(cli.run(arguments), 0);

    const QJsonArray handles = showGuest(cli, m_bob).value(u"handles"_s).toArray();
    QCOMPARE(handles.size(), 1);
    QCOMPARE(handles.at(0).toObject().value(u"linked_by"_s).toString(), expected);
    QCOMPARE(handles.at(0).toObject().value(u"state"_s).toString(), u"confirmed"_s);
}

void TestCliGuests::handleOfAnotherGuestFails()
{
    const CliRunner cli(m_db->url());
    const CliResult result = cli.run({u"handles"_s, u"link"_s, QString::number(m_bob), u"x"_s, u"@annasmith"_s});
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains("annasmith"_L1), result.describe().constData());
    QVERIFY(showGuest(cli, m_bob).value(u"handles"_s).toArray().isEmpty());
    QCOMPARE(showGuest(cli, m_anna).value(u"handles"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestCliGuests)
#include "test_cli_guests.moc"
