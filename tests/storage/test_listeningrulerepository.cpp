#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using core::Network;

namespace {

core::Id addProperty(storage::Database &db, const QString &code)
{
    core::Property p;
    p.code = code;
    p.name = code + u" Hotel"_s;
    p.timeZone = u"Europe/Lisbon"_s;
    const auto added = storage::PropertyRepository(db).add(p);
    return added ? added->id : core::InvalidId;
}

core::ListeningRule rule(core::Id propertyId, Network network, const QString &value, const QString &instance = {},
                         const QString &tag = {})
{
    core::ListeningRule r;
    r.propertyId = propertyId;
    r.network = network;
    r.value = value;
    r.instance = instance;
    r.tag = tag;
    return r;
}

QStringList values(const QList<core::ListeningRule> &rules)
{
    QStringList list;
    for (const core::ListeningRule &r : rules)
        list.append(r.value);
    return list;
}

} // namespace

class TestListeningRuleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addX();
    void addMastodonCleansValues_data();
    void addMastodonCleansValues();
    void invalidRulesAreRefused_data();
    void invalidRulesAreRefused();
    void sameValueTwiceIsRefused_data();
    void sameValueTwiceIsRefused();
    void sameValueForAnotherPropertyIsFine();
    void unknownPropertyIsRefused();
    void listsAreOrdered();
    void remove();
    void removeUnknown();
    void removeKeepsPostsOfTheRule();
    void setRemoteId();
};

void TestListeningRuleRepository::addX()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto added = repo.add(
        rule(harbour, Network::X, u"  @HarbourView OR #HarbourViewLisbon -is:retweet "_s, u"ignored"_s, u" brand "_s),
        u"maria"_s);
    QVERIFY2(added, qPrintable(added.error()));
    QVERIFY(added->id != core::InvalidId);
    QCOMPARE(added->value, u"@HarbourView OR #HarbourViewLisbon -is:retweet"_s);
    QCOMPARE(added->tag, u"brand"_s);
    QVERIFY(added->instance.isEmpty());

    const auto read = repo.byId(added->id);
    QVERIFY(read);
    QCOMPARE(read->propertyId, harbour);
    QCOMPARE(read->network, Network::X);
    QCOMPARE(read->value, added->value);
    QCOMPARE(read->tag, u"brand"_s);
    QCOMPARE(read->createdBy, u"maria"_s);
    QVERIFY(read->createdAt >= before);
    QVERIFY(read->remoteId.isEmpty());

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"listening_rule"_s, added->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"rule.add"_s);
    QCOMPARE(audit.first().actor, u"maria"_s);
    QVERIFY2(audit.first().detail.contains(u"HBV"_s), qPrintable(audit.first().detail));
}

void TestListeningRuleRepository::addMastodonCleansValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("storedValue");
    QTest::addColumn<QString>("storedInstance");
    QTest::newRow("plain") << u"HarbourViewLisbon"_s << u"mastodon.social"_s << u"HarbourViewLisbon"_s
                           << u"mastodon.social"_s;
    QTest::newRow("with #") << u"#HarbourView"_s << u"mastodon.social"_s << u"HarbourView"_s << u"mastodon.social"_s;
    QTest::newRow("instance as link") << u"hotel_lisboa"_s << u" https://Mastodon.Social/ "_s << u"hotel_lisboa"_s
                                      << u"mastodon.social"_s;
    QTest::newRow("accented tag") << u"#Caf\u00e9Lisboa"_s << u"masto.pt"_s << u"Caf\u00e9Lisboa"_s << u"masto.pt"_s;
}

void TestListeningRuleRepository::addMastodonCleansValues()
{
    QFETCH(QString, value);
    QFETCH(QString, instance);
    QFETCH(QString, storedValue);
    QFETCH(QString, storedInstance);
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const auto added = repo.add(rule(harbour, Network::Mastodon, value, instance), u"desk"_s);
    QVERIFY2(added, qPrintable(added.error()));
    const auto read = repo.byId(added->id);
    QVERIFY(read);
    QCOMPARE(read->value, storedValue);
    QCOMPARE(read->instance, storedInstance);
    QCOMPARE(read->network, Network::Mastodon);
}

void TestListeningRuleRepository::invalidRulesAreRefused_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("message");
    QTest::newRow("x empty") << int(Network::X) << u"   "_s << QString() << u"needs a value"_s;
    QTest::newRow("x too long") << int(Network::X) << QString(513, u'a') << QString() << u"513 characters"_s;
    QTest::newRow("mastodon empty") << int(Network::Mastodon) << u"#"_s << u"mastodon.social"_s << u"needs a hashtag"_s;
    QTest::newRow("mastodon two tags") << int(Network::Mastodon) << u"#a #b"_s << u"mastodon.social"_s
                                       << u"is not a hashtag"_s;
    QTest::newRow("mastodon punctuation")
        << int(Network::Mastodon) << u"harbour-view"_s << u"mastodon.social"_s << u"letters, digits and _"_s;
    QTest::newRow("mastodon no instance")
        << int(Network::Mastodon) << u"harbour"_s << QString() << u"needs the instance"_s;
    QTest::newRow("mastodon instance with path")
        << int(Network::Mastodon) << u"harbour"_s << u"mastodon.social/@hotel"_s << u"not the host name"_s;
    QTest::newRow("mastodon instance with spaces")
        << int(Network::Mastodon) << u"harbour"_s << u"mastodon social"_s << u"not the host name"_s;
    QTest::newRow("bluesky") << int(Network::Bluesky) << u"harbour"_s << QString() << u"cannot listen on"_s;
}

void TestListeningRuleRepository::invalidRulesAreRefused()
{
    QFETCH(int, network);
    QFETCH(QString, value);
    QFETCH(QString, instance);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const auto added = repo.add(rule(harbour, Network(network), value, instance), u"desk"_s);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(message), qPrintable(added.error()));
    QVERIFY(repo.all().isEmpty());
}

void TestListeningRuleRepository::sameValueTwiceIsRefused_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("named");
    QTest::newRow("x") << int(Network::X) << u"@HarbourView"_s << u" @HarbourView "_s << u"\"@HarbourView\""_s;
    QTest::newRow("mastodon, other case and #")
        << int(Network::Mastodon) << u"HarbourView"_s << u"#harbourview"_s << u"#HarbourView on mastodon.social"_s;
}

void TestListeningRuleRepository::sameValueTwiceIsRefused()
{
    QFETCH(int, network);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, named);
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const QString instance = Network(network) == Network::Mastodon ? u"mastodon.social"_s : QString();
    QVERIFY(repo.add(rule(harbour, Network(network), first, instance), u"desk"_s));
    const auto again = repo.add(rule(harbour, Network(network), second, instance), u"desk"_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(named), qPrintable(again.error()));
    QVERIFY2(again.error().contains(u"HBV"_s), qPrintable(again.error()));
    QCOMPARE(repo.all().size(), 1);
}

void TestListeningRuleRepository::sameValueForAnotherPropertyIsFine()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    const core::Id lodge = addProperty(t->db(), u"LOD"_s);
    storage::ListeningRuleRepository repo(t->db());
    QVERIFY(repo.add(rule(harbour, Network::X, u"#lisbon"_s), u"desk"_s));
    QVERIFY(repo.add(rule(lodge, Network::X, u"#lisbon"_s), u"desk"_s));
    // The same hashtag on another instance is another rule.
    QVERIFY(repo.add(rule(harbour, Network::Mastodon, u"lisbon"_s, u"mastodon.social"_s), u"desk"_s));
    QVERIFY(repo.add(rule(harbour, Network::Mastodon, u"lisbon"_s, u"masto.pt"_s), u"desk"_s));
    QCOMPARE(repo.all().size(), 4);
}

void TestListeningRuleRepository::unknownPropertyIsRefused()
{
    TW_TEST_DATABASE(t);
    storage::ListeningRuleRepository repo(t->db());
    const auto added = repo.add(rule(4242, Network::X, u"#lisbon"_s), u"desk"_s);
    QVERIFY(!added);
    QVERIFY2(added.error().contains(u"4242"_s), qPrintable(added.error()));
}

void TestListeningRuleRepository::listsAreOrdered()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    const core::Id lodge = addProperty(t->db(), u"LOD"_s);
    storage::ListeningRuleRepository repo(t->db());
    QVERIFY(repo.add(rule(lodge, Network::X, u"l1"_s), u"desk"_s));
    QVERIFY(repo.add(rule(harbour, Network::Mastodon, u"h1"_s, u"mastodon.social"_s), u"desk"_s));
    QVERIFY(repo.add(rule(harbour, Network::X, u"h2"_s), u"desk"_s));
    QVERIFY(repo.add(rule(lodge, Network::Mastodon, u"l2"_s, u"mastodon.social"_s), u"desk"_s));

    QCOMPARE(values(repo.all()), (QStringList{u"h1"_s, u"h2"_s, u"l1"_s, u"l2"_s}));
    QCOMPARE(values(repo.forNetwork(Network::X)), (QStringList{u"h2"_s, u"l1"_s}));
    QCOMPARE(values(repo.forNetwork(Network::Mastodon)), (QStringList{u"h1"_s, u"l2"_s}));
    QCOMPARE(values(repo.forProperty(lodge)), (QStringList{u"l1"_s, u"l2"_s}));
    QVERIFY(repo.forNetwork(Network::Bluesky).isEmpty());
}

void TestListeningRuleRepository::remove()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const auto added = repo.add(rule(harbour, Network::X, u"#lisbon"_s), u"desk"_s);
    QVERIFY(added);
    const auto removed = repo.remove(added->id, u"maria"_s);
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!repo.byId(added->id));
    QVERIFY(repo.all().isEmpty());

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"listening_rule"_s, added->id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().action, u"rule.remove"_s);
    QCOMPARE(audit.last().actor, u"maria"_s);

    // Removed, the value may be added again.
    QVERIFY(repo.add(rule(harbour, Network::X, u"#lisbon"_s), u"desk"_s));
}

void TestListeningRuleRepository::removeUnknown()
{
    TW_TEST_DATABASE(t);
    storage::ListeningRuleRepository repo(t->db());
    const auto removed = repo.remove(77, u"desk"_s);
    QVERIFY(!removed);
    QCOMPARE(removed.error(), u"no listening rule with id 77"_s);
}

void TestListeningRuleRepository::removeKeepsPostsOfTheRule()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const auto added = repo.add(rule(harbour, Network::X, u"#lisbon"_s, {}, u"city"_s), u"desk"_s);
    QVERIFY(added);
    core::Post post;
    post.network = Network::X;
    post.postId = u"1001"_s;
    post.propertyId = harbour;
    post.ruleId = added->id;
    post.ruleTag = u"city"_s;
    post.createdAt = QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
    storage::PostRepository posts(t->db());
    QVERIFY(posts.insert(post));
    QVERIFY(repo.remove(added->id, u"desk"_s));
    const auto kept = posts.byId(post.id);
    QVERIFY(kept);
    QCOMPARE(kept->ruleId, core::InvalidId);
    QCOMPARE(kept->ruleTag, u"city"_s);
}

void TestListeningRuleRepository::setRemoteId()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s);
    storage::ListeningRuleRepository repo(t->db());
    const auto added = repo.add(rule(harbour, Network::X, u"#lisbon"_s), u"desk"_s);
    QVERIFY(added);
    QVERIFY(repo.setRemoteId(added->id, u"1790000000000000001"_s));
    QCOMPARE(repo.byId(added->id)->remoteId, u"1790000000000000001"_s);
    QVERIFY(repo.setRemoteId(added->id, QString()));
    QVERIFY(repo.byId(added->id)->remoteId.isEmpty());
    // Learning the server's id is not a staff action: only the addition is audited.
    QCOMPARE(storage::AuditLog(t->db()).forEntity(u"listening_rule"_s, added->id).size(), 1);

    const auto unknown = repo.setRemoteId(99, u"1"_s);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error(), u"no listening rule with id 99"_s);
}

QTEST_GUILESS_MAIN(TestListeningRuleRepository)
#include "test_listeningrulerepository.moc"
