#include "clifixtures.h"
#include "clirunner.h"

#include <storage/postrepository.h>
#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::test::CliFixtures;
using tw::test::CliResult;
using tw::test::CliRunner;
using tw::test::keysOf;

namespace core = tw::core;
namespace storage = tw::storage;

// "rules add/list/remove" and "posts list" as scripts use them.
class TestCliRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListRemove();
    void mastodonRuleNamesItsInstance();
    void refusedRules_data();
    void refusedRules();
    void severalPropertiesNeedOne();
    void postsListJson();
    void postsListFiltersAndHuman();

private:
    CliResult run(const QStringList &arguments) const { return CliRunner(m_db->url()).run(arguments); }

    std::unique_ptr<tw::test::TestDatabase> m_db;
};

void TestCliRules::addListRemove()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(CliFixtures::addProperty(m_db->db(), u"LIS"_s, u"Europe/Lisbon"_s));

    CliResult added = run({u"--actor"_s, u"Rita"_s, u"rules"_s, u"add"_s, u"x"_s,
                           u"@HarbourView OR #HarbourViewLisbon -is:retweet"_s, u"--tag"_s, u"brand"_s});
    TW_EXPECT_EXIT(added, 0);
    QVERIFY2(added.out.contains(u"@HarbourView OR #HarbourViewLisbon -is:retweet"_s), added.describe().constData());
    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"x"_s, u"\"harbour view\" lang:en"_s}), 0);

    const CliResult listed = run({u"rules"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(listed, 0);
    const QJsonArray rules = listed.json().array();
    QCOMPARE(rules.size(), 2);
    const QJsonObject first = rules.at(0).toObject();
    QCOMPARE(keysOf(first),
             (QSet<QString>{u"id"_s, u"property"_s, u"network"_s, u"value"_s, u"tag"_s, u"instance"_s, u"remote_id"_s,
                            u"created_at"_s, u"created_by"_s}));
    QCOMPARE(first.value(u"property"_s).toString(), u"LIS"_s);
    QCOMPARE(first.value(u"network"_s).toString(), u"x"_s);
    QCOMPARE(first.value(u"value"_s).toString(), u"@HarbourView OR #HarbourViewLisbon -is:retweet"_s);
    QCOMPARE(first.value(u"tag"_s).toString(), u"brand"_s);
    QCOMPARE(first.value(u"created_by"_s).toString(), u"Rita"_s);
    QVERIFY(first.value(u"remote_id"_s).isNull());
    QVERIFY(first.value(u"instance"_s).isNull());

    // The same rule twice is refused and names it.
    const CliResult twice = run({u"rules"_s, u"add"_s, u"x"_s, u"\"harbour view\" lang:en"_s});
    TW_EXPECT_EXIT(twice, 1);
    QVERIFY2(twice.err.contains(u"harbour view"_s), twice.describe().constData());

    const QString id = QString::number(first.value(u"id"_s).toInteger());
    const CliResult human = run({u"rules"_s, u"list"_s});
    TW_EXPECT_EXIT(human, 0);
    QVERIFY(human.out.contains(u"#HarbourViewLisbon"_s));

    TW_EXPECT_EXIT(run({u"rules"_s, u"remove"_s, id}), 0);
    const QJsonArray left = run({u"rules"_s, u"list"_s, u"--json"_s}).json().array();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"value"_s).toString(), u"\"harbour view\" lang:en"_s);

    const CliResult gone = run({u"rules"_s, u"remove"_s, id});
    TW_EXPECT_EXIT(gone, 1);
    QVERIFY2(gone.err.contains(id), gone.describe().constData());
    TW_EXPECT_EXIT(run({u"rules"_s, u"remove"_s, u"abc"_s}), 2);
}

void TestCliRules::mastodonRuleNamesItsInstance()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(CliFixtures::addProperty(m_db->db(), u"LIS"_s, u"Europe/Lisbon"_s));

    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"mastodon"_s, u"#HarbourViewLisbon@Example.Social"_s}), 0);
    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"mastodon"_s, u"lisbonhotels"_s, u"--instance"_s, u"eu.social"_s}), 0);
    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"mastodon"_s, u"portugal"_s}), 0);
    const QJsonArray rules = run({u"rules"_s, u"list"_s, u"--json"_s}).json().array();
    QCOMPARE(rules.size(), 3);
    QCOMPARE(rules.at(0).toObject().value(u"value"_s).toString(), u"HarbourViewLisbon"_s);
    QCOMPARE(rules.at(0).toObject().value(u"instance"_s).toString(), u"example.social"_s);
    QCOMPARE(rules.at(1).toObject().value(u"instance"_s).toString(), u"eu.social"_s);
    QCOMPARE(rules.at(2).toObject().value(u"instance"_s).toString(), u"mastodon.social"_s);
}

void TestCliRules::refusedRules_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown network") << QStringList{u"bluesky"_s, u"x"_s} << 2 << u"use x or mastodon"_s;
    QTest::newRow("empty x rule") << QStringList{u"x"_s, u"  "_s} << 1 << u"rule"_s;
    QTest::newRow("x rule too long") << QStringList{u"x"_s, QString(513, u'a')} << 1 << u"512"_s;
    QTest::newRow("hashtag with a space") << QStringList{u"mastodon"_s, u"harbour view"_s} << 1 << u"hashtag"_s;
    QTest::newRow("instance on x") << QStringList{u"x"_s, u"hotel"_s, u"--instance"_s, u"a.social"_s} << 2
                                   << u"--instance"_s;
    QTest::newRow("unknown property") << QStringList{u"x"_s, u"hotel"_s, u"--property"_s, u"NOPE"_s} << 1 << u"NOPE"_s;
}

void TestCliRules::refusedRules()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(CliFixtures::addProperty(m_db->db(), u"LIS"_s, u"Europe/Lisbon"_s));

    const CliResult result = run(QStringList{u"rules"_s, u"add"_s} + arguments);
    TW_EXPECT_EXIT(result, exitCode);
    QVERIFY2(result.err.contains(message, Qt::CaseInsensitive), result.describe().constData());
    QCOMPARE(run({u"rules"_s, u"list"_s, u"--json"_s}).json().array().size(), 0);
}

void TestCliRules::severalPropertiesNeedOne()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY(CliFixtures::addProperty(m_db->db(), u"LIS"_s, u"Europe/Lisbon"_s));
    QVERIFY(CliFixtures::addProperty(m_db->db(), u"PAL"_s, u"America/Los_Angeles"_s));

    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"x"_s, u"#hotel"_s}), 2);
    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"x"_s, u"#hotel"_s, u"--property"_s, u"PAL"_s}), 0);
    // The same value for another property is another rule.
    TW_EXPECT_EXIT(run({u"rules"_s, u"add"_s, u"x"_s, u"#hotel"_s, u"--property"_s, u"LIS"_s}), 0);
    const QJsonArray rules = run({u"rules"_s, u"list"_s, u"--json"_s}).json().array();
    QCOMPARE(rules.size(), 2);
    QSet<QString> properties;
    for (const auto &rule : rules)
        properties.insert(rule.toObject().value(u"property"_s).toString());
    QCOMPARE(properties, (QSet<QString>{u"LIS"_s, u"PAL"_s}));
}

namespace {

core::Post post(core::Network network, const QString &id, const QString &handle, const QDateTime &at)
{
    core::Post p;
    p.network = network;
    p.postId = id;
    p.authorId = u"a-"_s + handle;
    p.authorHandle = handle;
    p.authorName = handle;
    p.text = u"Lovely stay, post "_s + id;
    p.createdAt = at;
    p.raw = "{}";
    return p;
}

} // namespace

void TestCliRules::postsListJson()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    storage::Database &db = m_db->db();
    const core::Id property = CliFixtures::addProperty(db, u"LIS"_s, u"Europe/Lisbon"_s);
    const core::Id anna = CliFixtures::addGuest(db, CliFixtures::guest(u"Anna"_s, u"Smith"_s, u"anna@example.com"_s));
    QVERIFY(property && anna);

    const QDateTime t0(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    storage::PostRepository posts(db);
    core::Post inHouse = post(core::Network::X, u"1800000000000000002"_s, u"annasmith"_s, t0.addSecs(60));
    inHouse.guestId = anna;
    inHouse.inHouse = true;
    inHouse.room = u"412"_s;
    inHouse.propertyId = property;
    core::Post stranger = post(core::Network::Mastodon, u"112233"_s, u"bob@example.social"_s, t0);
    QVERIFY(posts.insert(inHouse).ok());
    QVERIFY(posts.insert(stranger).ok());

    const CliResult listed = run({u"posts"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(listed, 0);
    const QJsonArray array = listed.json().array();
    QCOMPARE(array.size(), 2);
    const QJsonObject newest = array.at(0).toObject();
    for (const QString &key : {u"network"_s, u"id"_s, u"author_id"_s, u"author_handle"_s, u"text"_s, u"created_at"_s,
                               u"guest_id"_s, u"in_house"_s, u"room"_s})
        QVERIFY2(newest.contains(key), qPrintable(key));
    QCOMPARE(newest.value(u"network"_s).toString(), u"x"_s);
    QCOMPARE(newest.value(u"id"_s).toString(), u"1800000000000000002"_s);
    QCOMPARE(newest.value(u"author_id"_s).toString(), u"a-annasmith"_s);
    QCOMPARE(newest.value(u"author_handle"_s).toString(), u"annasmith"_s);
    QCOMPARE(newest.value(u"created_at"_s).toString(), u"2026-03-02T10:01:00Z"_s);
    QCOMPARE(newest.value(u"guest_id"_s).toInteger(), anna);
    QCOMPARE(newest.value(u"in_house"_s).toBool(), true);
    QCOMPARE(newest.value(u"room"_s).toString(), u"412"_s);

    const QJsonObject older = array.at(1).toObject();
    QCOMPARE(older.value(u"network"_s).toString(), u"mastodon"_s);
    QVERIFY(older.value(u"guest_id"_s).isNull());
    QCOMPARE(older.value(u"in_house"_s).toBool(), false);
    QVERIFY(older.value(u"room"_s).isNull());
}

void TestCliRules::postsListFiltersAndHuman()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    storage::Database &db = m_db->db();
    const core::Id anna = CliFixtures::addGuest(db, CliFixtures::guest(u"Anna"_s, u"Smith"_s, u"anna@example.com"_s));
    const QDateTime t0(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    storage::PostRepository posts(db);
    for (int i = 0; i < 5; ++i) {
        core::Post p = post(i % 2 ? core::Network::Mastodon : core::Network::X, QString::number(1000 + i),
                            u"guest"_s + QString::number(i), t0.addSecs(i));
        if (i == 4) {
            p.guestId = anna;
            p.inHouse = true;
            p.room = u"207"_s;
        }
        QVERIFY(posts.insert(p).ok());
    }
    QCOMPARE(run({u"posts"_s, u"list"_s, u"--json"_s, u"--network"_s, u"mastodon"_s}).json().array().size(), 2);
    QCOMPARE(run({u"posts"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"3"_s}).json().array().size(), 3);
    QCOMPARE(run({u"posts"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"0"_s}).json().array().size(), 5);
    const QJsonArray inHouse = run({u"posts"_s, u"list"_s, u"--json"_s, u"--in-house"_s}).json().array();
    QCOMPARE(inHouse.size(), 1);
    QCOMPARE(inHouse.at(0).toObject().value(u"id"_s).toString(), u"1004"_s);
    TW_EXPECT_EXIT(run({u"posts"_s, u"list"_s, u"--network"_s, u"myspace"_s}), 2);

    const CliResult human = run({u"posts"_s, u"list"_s});
    TW_EXPECT_EXIT(human, 0);
    QVERIFY2(human.out.contains(u"207"_s) && human.out.contains(u"@guest0"_s), human.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "test_cli_rules.moc"
