#include <storage/auditlog.h>
#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using core::Network;
using core::PostState;
using Outcome = storage::PostRepository::InsertOutcome;

Q_DECLARE_METATYPE(tw::storage::PostFilter)

namespace {

// Lisbon is on UTC+1 in summer: 15:00 local check-in is 14:00 UTC.
const QDate kArrival(2025, 6, 10);
const QDate kDeparture(2025, 6, 13);

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, 6, day), QTime(hour, minute), Qt::UTC);
}

struct Fixture
{
    core::Id harbour = core::InvalidId;
    core::Id lodge = core::InvalidId;
    core::Id ana = core::InvalidId;
    core::Id ben = core::InvalidId;
    core::Id anaStay = core::InvalidId;
};

Fixture makeFixture(storage::Database &db)
{
    Fixture f;
    storage::PropertyRepository properties(db);
    for (const auto &[code, id] : {std::pair{u"HBV"_s, &f.harbour}, std::pair{u"LOD"_s, &f.lodge}}) {
        core::Property p;
        p.code = code;
        p.name = code + u" Hotel"_s;
        p.timeZone = u"Europe/Lisbon"_s;
        *id = properties.add(p).value().id;
    }
    storage::GuestRepository guests(db);
    core::Guest g;
    g.firstName = u"Ana"_s;
    g.lastName = u"Silva"_s;
    f.ana = guests.create(g, u"test"_s).value().id;
    g.firstName = u"Ben"_s;
    g.lastName = u"Okafor"_s;
    f.ben = guests.create(g, u"test"_s).value().id;

    core::Stay s;
    s.propertyId = f.harbour;
    s.guestId = f.ana;
    s.confirmation = u"HBV-1"_s;
    s.room = u"412"_s;
    s.arrival = kArrival;
    s.departure = kDeparture;
    s.status = core::StayStatus::InHouse;
    if (storage::StayRepository(db).upsert(s, u"test"_s))
        f.anaStay = s.id;
    return f;
}

core::Post makePost(const QString &postId, const QDateTime &createdAt, Network network = Network::X)
{
    core::Post p;
    p.network = network;
    p.postId = postId;
    p.authorId = u"9001"_s;
    p.authorHandle = u"sunny_days"_s;
    p.authorName = u"Sunny"_s;
    p.text = u"Post "_s + postId;
    p.url = u"https://x.com/sunny_days/status/"_s + postId;
    p.createdAt = createdAt;
    p.raw = R"({"id":")" + postId.toUtf8() + R"("})";
    return p;
}

QStringList postIds(const QList<core::Post> &posts)
{
    QStringList ids;
    for (const core::Post &p : posts)
        ids.append(p.postId);
    return ids;
}

QStringList postActions(storage::Database &db, core::Id guestId)
{
    QStringList list;
    for (const core::AuditEntry &e : storage::AuditLog(db).forGuest(guestId)) {
        if (e.entityType == u"post"_s || e.entityType == u"social_account"_s)
            list.append(e.action);
    }
    return list;
}

} // namespace

class TestPostRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndRead();
    void duplicatesAreStoredOnce();
    void duplicatesInsideATransaction();
    void rolledBackInsertLeavesNothing();
    void invalidPostsAreRefused_data();
    void invalidPostsAreRefused();
    void insertAnnouncesTheRow();
    void sortKey_data();
    void sortKey();
    void newestPostIdBySortKey();
    void listNewestFirstWithKeysetPaging();
    void filters_data();
    void filters();
    void forGuestOldestFirst();
    void setState();
    void setStateConflictOnStaleVersion();
    void setStateNeedsStaffAndPost();
    void confirmSuggestion();
    void confirmWithoutSuggestionFails();
    void confirmRefusedLinkChangesNothing();
    void dismissSuggestion();
    void markDeleted();
    void updateText();
};

void TestPostRepository::insertAndRead()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::ListeningRuleRepository rules(t->db());
    core::ListeningRule rule;
    rule.propertyId = f.harbour;
    rule.network = Network::X;
    rule.value = u"#harbourview"_s;
    rule.tag = u"brand"_s;
    const auto added = rules.add(rule, u"desk"_s);
    QVERIFY(added);

    storage::PostRepository repo(t->db());
    core::Post post = makePost(u"1790000000000000001"_s, utc(11, 9, 30).addMSecs(123));
    post.propertyId = f.harbour;
    post.ruleId = added->id;
    post.ruleTag = u"brand"_s;
    post.authorName = u"Ana \U0001F334"_s;
    post.guestId = f.ana;
    post.stayId = f.anaStay;
    post.inHouse = true;
    post.room = u"412"_s;
    post.receivedAt = utc(11, 9, 31);
    const auto inserted = repo.insert(post);
    QVERIFY2(inserted, qPrintable(inserted.error()));
    QCOMPARE(*inserted, Outcome::Inserted);
    QVERIFY(post.id != core::InvalidId);

    const auto read = repo.byId(post.id);
    QVERIFY(read);
    QCOMPARE(read->network, Network::X);
    QCOMPARE(read->postId, post.postId);
    QCOMPARE(read->propertyId, f.harbour);
    QCOMPARE(read->ruleId, added->id);
    QCOMPARE(read->ruleTag, u"brand"_s);
    QCOMPARE(read->authorId, u"9001"_s);
    QCOMPARE(read->authorHandle, u"sunny_days"_s);
    QCOMPARE(read->authorName, u"Ana \U0001F334"_s);
    QCOMPARE(read->text, post.text);
    QCOMPARE(read->url, post.url);
    QCOMPARE(read->createdAt, utc(11, 9, 30).addMSecs(123));
    QCOMPARE(read->receivedAt, utc(11, 9, 31));
    QCOMPARE(read->raw, post.raw);
    QCOMPARE(read->guestId, f.ana);
    QCOMPARE(read->stayId, f.anaStay);
    QVERIFY(read->inHouse);
    QCOMPARE(read->room, u"412"_s);
    QCOMPARE(read->suggestedGuestId, core::InvalidId);
    QCOMPARE(read->state, PostState::New);
    QVERIFY(read->handledBy.isEmpty());
    QVERIFY(!read->handledAt);
    QVERIFY(!read->deleted);
    QVERIFY(!read->editedAt);
    QCOMPARE(read->version, 1);

    const auto byNetworkId = repo.byNetworkId(Network::X, post.postId);
    QVERIFY(byNetworkId);
    QCOMPARE(byNetworkId->id, post.id);
    QVERIFY(!repo.byNetworkId(Network::Mastodon, post.postId));
}

void TestPostRepository::duplicatesAreStoredOnce()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    core::Post first = makePost(u"500"_s, utc(1, 8));
    QCOMPARE(repo.insert(first).value(), Outcome::Inserted);

    core::Post again = makePost(u" 500 "_s, utc(1, 8));
    again.text = u"redelivered with other text"_s;
    const auto outcome = repo.insert(again);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(*outcome, Outcome::Duplicate);
    QCOMPARE(again.id, first.id);
    QCOMPARE(repo.count(), 1);
    QCOMPARE(repo.byId(first.id)->text, u"Post 500"_s);

    // The same id on another network is another post.
    core::Post mastodon = makePost(u"500"_s, utc(1, 8), Network::Mastodon);
    QCOMPARE(repo.insert(mastodon).value(), Outcome::Inserted);
    QVERIFY(mastodon.id != first.id);
    QCOMPARE(repo.count(), 2);

    // A new post after a duplicate gets its own id, not the duplicate's.
    core::Post next = makePost(u"501"_s, utc(1, 9));
    QCOMPARE(repo.insert(next).value(), Outcome::Inserted);
    QVERIFY(next.id != first.id && next.id != mastodon.id);
    core::Post duplicateOfNext = makePost(u"501"_s, utc(1, 9));
    QCOMPARE(repo.insert(duplicateOfNext).value(), Outcome::Duplicate);
    QCOMPARE(duplicateOfNext.id, next.id);
}

void TestPostRepository::duplicatesInsideATransaction()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    storage::Transaction tx(t->db());
    QVERIFY(tx.isActive());
    QList<core::Id> ids;
    for (const QString &id : {u"1"_s, u"2"_s, u"1"_s, u"3"_s, u"2"_s}) {
        core::Post p = makePost(id, utc(2, 10));
        QVERIFY(repo.insert(p));
        ids.append(p.id);
    }
    QVERIFY(tx.commit());
    QCOMPARE(repo.count(), 3);
    QCOMPARE(ids.at(2), ids.at(0));
    QCOMPARE(ids.at(4), ids.at(1));
    QCOMPARE(QSet<core::Id>(ids.cbegin(), ids.cend()).size(), 3);
}

void TestPostRepository::rolledBackInsertLeavesNothing()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    {
        storage::Transaction tx(t->db());
        core::Post p = makePost(u"77"_s, utc(2, 10));
        QCOMPARE(repo.insert(p).value(), Outcome::Inserted);
    }
    QCOMPARE(repo.count(), 0);
    core::Post p = makePost(u"77"_s, utc(2, 10));
    QCOMPARE(repo.insert(p).value(), Outcome::Inserted);
}

void TestPostRepository::invalidPostsAreRefused_data()
{
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QDateTime>("createdAt");
    QTest::addColumn<QString>("message");
    QTest::newRow("no id") << QString() << utc(1, 8) << u"without its network id"_s;
    QTest::newRow("blank id") << u"  "_s << utc(1, 8) << u"without its network id"_s;
    QTest::newRow("no time") << u"12"_s << QDateTime() << u"no valid creation time"_s;
}

void TestPostRepository::invalidPostsAreRefused()
{
    QFETCH(QString, postId);
    QFETCH(QDateTime, createdAt);
    QFETCH(QString, message);
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    core::Post p = makePost(postId, createdAt);
    const auto outcome = repo.insert(p);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(message), qPrintable(outcome.error()));
    QCOMPARE(repo.count(), 0);
}

void TestPostRepository::insertAnnouncesTheRow()
{
    TW_TEST_DATABASE(t);
    storage::ChangeNotifier notifier(t->db());
    QVERIFY(notifier.isListening());
    QSignalSpy spy(&notifier, &storage::ChangeNotifier::changed);
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"42"_s, utc(3, 12));
    QVERIFY(repo.insert(p));
    const auto announced = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            if (args.at(0).toString() == u"posts"_s && args.at(1).toLongLong() == p.id)
                return true;
        }
        return false;
    };
    for (int attempt = 0; attempt < 50 && !announced(); ++attempt)
        spy.wait(200);
    QVERIFY(announced());
}

void TestPostRepository::sortKey_data()
{
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QString>("key");
    QTest::newRow("short") << u"9"_s << u"000000000000000000000009"_s;
    QTest::newRow("x id") << u"1790000000000000001"_s << u"000001790000000000000001"_s;
    QTest::newRow("full width") << u"123456789012345678901234"_s << u"123456789012345678901234"_s;
    QTest::newRow("longer") << u"1234567890123456789012345"_s << u"1234567890123456789012345"_s;
}

void TestPostRepository::sortKey()
{
    QFETCH(QString, postId);
    QFETCH(QString, key);
    QCOMPARE(storage::PostRepository::sortKey(postId), key);
    QVERIFY(storage::PostRepository::sortKey(u"9"_s) < storage::PostRepository::sortKey(u"10"_s));
}

void TestPostRepository::newestPostIdBySortKey()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    QVERIFY(repo.newestPostId(Network::X).isEmpty());
    // Created-at order differs from id order on purpose: the gap fill starts
    // after the largest id.
    for (const auto &[id, day] : {std::pair{u"9"_s, 5}, std::pair{u"10"_s, 1}, std::pair{u"8"_s, 7}}) {
        core::Post p = makePost(id, utc(day, 12));
        QVERIFY(repo.insert(p));
    }
    core::Post mastodon = makePost(u"110000000000000000"_s, utc(2, 12), Network::Mastodon);
    QVERIFY(repo.insert(mastodon));
    QCOMPARE(repo.newestPostId(Network::X), u"10"_s);
    QCOMPARE(repo.newestPostId(Network::Mastodon), u"110000000000000000"_s);
    QVERIFY(repo.newestPostId(Network::Bluesky).isEmpty());
}

void TestPostRepository::listNewestFirstWithKeysetPaging()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    // p3 and p4 share their time: the id breaks the tie.
    const QList<std::pair<QString, QDateTime>> input{
        {u"p1"_s, utc(1, 8)},  {u"p2"_s, utc(1, 9)},  {u"p3"_s, utc(1, 10)}, {u"p4"_s, utc(1, 10)},
        {u"p5"_s, utc(1, 11)}, {u"p6"_s, utc(1, 12)}, {u"p7"_s, utc(1, 13)},
    };
    for (const auto &[id, at] : input) {
        core::Post p = makePost(id, at);
        QVERIFY(repo.insert(p));
    }
    QStringList seen;
    std::optional<storage::PostCursor> cursor;
    for (int page = 0; page < 4; ++page) {
        const QList<core::Post> posts = repo.list({}, 3, cursor);
        if (posts.isEmpty())
            break;
        QVERIFY(posts.size() <= 3);
        seen += postIds(posts);
        cursor = storage::PostCursor{posts.last().createdAt, posts.last().id};
    }
    QCOMPARE(seen, (QStringList{u"p7"_s, u"p6"_s, u"p5"_s, u"p4"_s, u"p3"_s, u"p2"_s, u"p1"_s}));
    QVERIFY(repo.list({}, 0).isEmpty());
}

void TestPostRepository::filters_data()
{
    QTest::addColumn<storage::PostFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // newest first

    QTest::newRow("everything but deleted")
        << storage::PostFilter{} << QStringList{u"m2"_s, u"x4"_s, u"x3"_s, u"x2"_s, u"x1"_s};
    storage::PostFilter f;
    f.includeDeleted = true;
    QTest::newRow("with deleted") << f << QStringList{u"m2"_s, u"m1"_s, u"x4"_s, u"x3"_s, u"x2"_s, u"x1"_s};
    f = {};
    f.inHouseOnly = true;
    QTest::newRow("in house") << f << QStringList{u"x3"_s, u"x1"_s};
    f = {};
    f.unhandledOnly = true;
    QTest::newRow("unhandled") << f << QStringList{u"m2"_s, u"x3"_s, u"x1"_s};
    f = {};
    f.network = Network::Mastodon;
    QTest::newRow("network") << f << QStringList{u"m2"_s};
    f = {};
    f.ruleTag = u"spa"_s;
    QTest::newRow("rule tag") << f << QStringList{u"x4"_s, u"x2"_s};
    f = {};
    f.propertyId = 2; // the lodge
    QTest::newRow("property") << f << QStringList{u"x4"_s};
    f = {};
    f.guestId = 1; // Ana
    QTest::newRow("guest") << f << QStringList{u"x3"_s, u"x1"_s};
    f = {};
    f.inHouseOnly = true;
    f.unhandledOnly = true;
    f.network = Network::X;
    f.propertyId = 1;
    QTest::newRow("combined") << f << QStringList{u"x3"_s, u"x1"_s};
    f.ruleTag = u"none such"_s;
    QTest::newRow("nothing") << f << QStringList{};
}

void TestPostRepository::filters()
{
    QFETCH(storage::PostFilter, filter);
    QFETCH(QStringList, expected);
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    QCOMPARE(f.harbour, core::Id(1));
    QCOMPARE(f.lodge, core::Id(2));
    QCOMPARE(f.ana, core::Id(1));

    storage::PostRepository repo(t->db());
    struct Row
    {
        QString id;
        Network network;
        core::Id property;
        QString tag;
        bool inHouse;
        PostState state;
    };
    const QList<Row> rows{
        {u"x1"_s, Network::X, f.harbour, u"brand"_s, true, PostState::New},
        {u"x2"_s, Network::X, f.harbour, u"spa"_s, false, PostState::Replied},
        {u"x3"_s, Network::X, f.harbour, u"brand"_s, true, PostState::Seen},
        {u"x4"_s, Network::X, f.lodge, u"spa"_s, false, PostState::Ignored},
        {u"m1"_s, Network::Mastodon, f.harbour, u"brand"_s, false, PostState::New},
        {u"m2"_s, Network::Mastodon, f.harbour, u"brand"_s, false, PostState::New},
    };
    int hour = 8;
    for (const Row &row : rows) {
        core::Post p = makePost(row.id, utc(11, hour++), row.network);
        p.propertyId = row.property;
        p.ruleTag = row.tag;
        p.inHouse = row.inHouse;
        p.state = row.state;
        if (row.inHouse) {
            p.guestId = f.ana;
            p.stayId = f.anaStay;
            p.room = u"412"_s;
        }
        QVERIFY(repo.insert(p));
    }
    QCOMPARE(repo.markDeleted(Network::Mastodon, u"m1"_s).value(), true);

    QCOMPARE(postIds(repo.list(filter, 50)), expected);
    QCOMPARE(repo.count(filter), qint64(expected.size()));
}

void TestPostRepository::forGuestOldestFirst()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::PostRepository repo(t->db());
    for (const auto &[id, day] : {std::pair{u"b"_s, 12}, std::pair{u"a"_s, 10}, std::pair{u"c"_s, 11}}) {
        core::Post p = makePost(id, utc(day, 12));
        p.guestId = f.ana;
        QVERIFY(repo.insert(p));
    }
    core::Post other = makePost(u"d"_s, utc(11, 13));
    other.guestId = f.ben;
    QVERIFY(repo.insert(other));
    QCOMPARE(postIds(repo.forGuest(f.ana)), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    QCOMPARE(postIds(repo.forGuest(f.ben)), QStringList{u"d"_s});
}

void TestPostRepository::setState()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"100"_s, utc(11, 9));
    p.guestId = f.ana;
    QVERIFY(repo.insert(p));

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto seen = repo.setState(p.id, PostState::Seen, u"Maria"_s, 1);
    QVERIFY2(seen, qPrintable(seen.error()));
    QCOMPARE(seen->state, PostState::Seen);
    QCOMPARE(seen->handledBy, u"Maria"_s);
    QCOMPARE(seen->version, 2);
    const auto read = repo.byId(p.id);
    QCOMPARE(read->state, PostState::Seen);
    QCOMPARE(read->handledBy, u"Maria"_s);
    QVERIFY(read->handledAt && *read->handledAt >= before);
    QCOMPARE(read->version, 2);

    const auto replied = repo.setState(p.id, PostState::Replied, u"Jo\u00e3o"_s, 2);
    QVERIFY2(replied, qPrintable(replied.error()));
    QCOMPARE(repo.byId(p.id)->version, 3);
    QCOMPARE(repo.byId(p.id)->handledBy, u"Jo\u00e3o"_s);

    // The same state by the same person again writes nothing.
    const auto same = repo.setState(p.id, PostState::Replied, u"Jo\u00e3o"_s, 3);
    QVERIFY(same);
    QCOMPARE(same->version, 3);

    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forEntity(u"post"_s, p.id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).action, u"post.state"_s);
    QCOMPARE(audit.at(0).actor, u"Maria"_s);
    QCOMPARE(audit.at(0).guestId, f.ana);
    QVERIFY2(audit.at(0).detail.contains(u"new -> seen"_s), qPrintable(audit.at(0).detail));
    QVERIFY2(audit.at(1).detail.contains(u"seen -> replied"_s), qPrintable(audit.at(1).detail));
    QCOMPARE(postActions(t->db(), f.ana), (QStringList{u"post.state"_s, u"post.state"_s}));

    // A post without a guest is audited too, on no one's timeline.
    core::Post anonymous = makePost(u"101"_s, utc(11, 10));
    QVERIFY(repo.insert(anonymous));
    QVERIFY(repo.setState(anonymous.id, PostState::Ignored, u"Maria"_s, 1));
    const QList<core::AuditEntry> anonymousAudit = storage::AuditLog(t->db()).forEntity(u"post"_s, anonymous.id);
    QCOMPARE(anonymousAudit.size(), 1);
    QCOMPARE(anonymousAudit.first().guestId, core::InvalidId);
}

void TestPostRepository::setStateConflictOnStaleVersion()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"200"_s, utc(11, 9));
    QVERIFY(repo.insert(p));
    QVERIFY(repo.setState(p.id, PostState::Resolved, u"Maria"_s, 1));

    // Another desk still shows version 1.
    const auto stale = repo.setState(p.id, PostState::Ignored, u"Pedro"_s, 1);
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(u"Maria"_s), qPrintable(stale.error()));
    QVERIFY2(stale.error().contains(u"resolved"_s), qPrintable(stale.error()));
    const auto read = repo.byId(p.id);
    QCOMPARE(read->state, PostState::Resolved);
    QCOMPARE(read->handledBy, u"Maria"_s);
    QCOMPARE(read->version, 2);
    QCOMPARE(storage::AuditLog(t->db()).forEntity(u"post"_s, p.id).size(), 1);
}

void TestPostRepository::setStateNeedsStaffAndPost()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"300"_s, utc(11, 9));
    QVERIFY(repo.insert(p));
    const auto nobody = repo.setState(p.id, PostState::Seen, u"  "_s, 1);
    QVERIFY(!nobody);
    QVERIFY2(nobody.error().contains(u"who is handling"_s), qPrintable(nobody.error()));
    QCOMPARE(repo.byId(p.id)->state, PostState::New);

    const auto unknown = repo.setState(4242, PostState::Seen, u"Maria"_s, 1);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(u"4242"_s), qPrintable(unknown.error()));
}

void TestPostRepository::confirmSuggestion()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::PostRepository repo(t->db());

    // The author posted before the stay (not in house), during it (suggested),
    // and once more about the lodge during it (in house at the harbour: the
    // only stay). Another author's post stays as it is.
    core::Post before = makePost(u"1"_s, utc(9, 12));
    before.propertyId = f.harbour;
    core::Post during = makePost(u"2"_s, utc(11, 8));
    during.propertyId = f.harbour;
    during.suggestedGuestId = f.ana;
    core::Post lodge = makePost(u"3"_s, utc(12, 20));
    lodge.propertyId = f.lodge;
    core::Post stranger = makePost(u"4"_s, utc(11, 9));
    stranger.authorId = u"555"_s;
    stranger.authorHandle = u"someone_else"_s;
    stranger.propertyId = f.harbour;
    for (core::Post *p : {&before, &during, &lodge, &stranger})
        QVERIFY(repo.insert(*p));

    const auto confirmed = repo.confirmSuggestion(during.id, u"Maria"_s);
    QVERIFY2(confirmed, qPrintable(confirmed.error()));
    QCOMPARE(confirmed->guestId, f.ana);
    QCOMPARE(confirmed->suggestedGuestId, core::InvalidId);
    QVERIFY(confirmed->inHouse);
    QCOMPARE(confirmed->stayId, f.anaStay);
    QCOMPARE(confirmed->room, u"412"_s);
    QCOMPARE(confirmed->version, 2);

    const auto readBefore = repo.byId(before.id);
    QCOMPARE(readBefore->guestId, f.ana);
    QVERIFY(!readBefore->inHouse);
    QCOMPARE(readBefore->stayId, core::InvalidId);
    QVERIFY(readBefore->room.isEmpty());
    const auto readLodge = repo.byId(lodge.id);
    QCOMPARE(readLodge->guestId, f.ana);
    QVERIFY(readLodge->inHouse);
    QCOMPARE(readLodge->room, u"412"_s);
    QCOMPARE(repo.byId(stranger.id)->guestId, core::InvalidId);
    QCOMPARE(postIds(repo.forGuest(f.ana)), (QStringList{u"1"_s, u"2"_s, u"3"_s}));

    const auto account = storage::SocialAccountRepository(t->db()).byAccountId(Network::X, u"9001"_s);
    QVERIFY(account);
    QCOMPARE(account->guestId, f.ana);
    QCOMPARE(account->handle, u"sunny_days"_s);
    QCOMPARE(account->state, core::LinkState::Confirmed);
    QCOMPARE(account->linkedBy, u"Maria"_s);
    QCOMPARE(postActions(t->db(), f.ana), (QStringList{u"handle.link"_s, u"post.suggestion.confirm"_s}));
}

void TestPostRepository::confirmWithoutSuggestionFails()
{
    TW_TEST_DATABASE(t);
    makeFixture(t->db());
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"1"_s, utc(11, 8));
    QVERIFY(repo.insert(p));
    const auto confirmed = repo.confirmSuggestion(p.id, u"Maria"_s);
    QVERIFY(!confirmed);
    QVERIFY2(confirmed.error().contains(u"no suggested guest"_s), qPrintable(confirmed.error()));
    QVERIFY(!storage::SocialAccountRepository(t->db()).byHandle(Network::X, u"sunny_days"_s));
    QVERIFY(!repo.confirmSuggestion(4242, u"Maria"_s));
}

void TestPostRepository::confirmRefusedLinkChangesNothing()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    // The handle already belongs to Ben.
    QVERIFY(storage::SocialAccountRepository(t->db()).link(f.ben, Network::X, u"sunny_days"_s,
                                                           core::LinkState::Confirmed, u"desk"_s));
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"1"_s, utc(11, 8));
    p.suggestedGuestId = f.ana;
    QVERIFY(repo.insert(p));
    const auto confirmed = repo.confirmSuggestion(p.id, u"Maria"_s);
    QVERIFY(!confirmed);
    QVERIFY2(confirmed.error().contains(u"already linked"_s), qPrintable(confirmed.error()));
    const auto read = repo.byId(p.id);
    QCOMPARE(read->guestId, core::InvalidId);
    QCOMPARE(read->suggestedGuestId, f.ana);
    QCOMPARE(read->version, 1);
    QVERIFY(postActions(t->db(), f.ana).isEmpty());
}

void TestPostRepository::dismissSuggestion()
{
    TW_TEST_DATABASE(t);
    const Fixture f = makeFixture(t->db());
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"1"_s, utc(11, 8));
    p.suggestedGuestId = f.ana;
    QVERIFY(repo.insert(p));
    const auto dismissed = repo.dismissSuggestion(p.id, u"Maria"_s);
    QVERIFY2(dismissed, qPrintable(dismissed.error()));
    QCOMPARE(dismissed->suggestedGuestId, core::InvalidId);
    QCOMPARE(dismissed->guestId, core::InvalidId);
    const auto read = repo.byId(p.id);
    QCOMPARE(read->suggestedGuestId, core::InvalidId);
    QCOMPARE(read->version, 2);
    QCOMPARE(postActions(t->db(), f.ana), QStringList{u"post.suggestion.dismiss"_s});
    QVERIFY(!storage::SocialAccountRepository(t->db()).byHandle(Network::X, u"sunny_days"_s));

    const auto again = repo.dismissSuggestion(p.id, u"Maria"_s);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(u"no suggested guest"_s), qPrintable(again.error()));
}

void TestPostRepository::markDeleted()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"110"_s, utc(11, 8), Network::Mastodon);
    QVERIFY(repo.insert(p));
    QCOMPARE(repo.markDeleted(Network::Mastodon, u"110"_s).value(), true);
    QVERIFY(repo.byId(p.id)->deleted);
    QCOMPARE(repo.byId(p.id)->version, 2);
    QVERIFY(repo.list({}, 10).isEmpty());
    QCOMPARE(repo.count(), 0);
    storage::PostFilter all;
    all.includeDeleted = true;
    QCOMPARE(repo.count(all), 1);
    // Again: known, nothing changes.
    QCOMPARE(repo.markDeleted(Network::Mastodon, u"110"_s).value(), true);
    QCOMPARE(repo.byId(p.id)->version, 2);
    QCOMPARE(repo.markDeleted(Network::Mastodon, u"111"_s).value(), false);
    QCOMPARE(repo.markDeleted(Network::X, u"110"_s).value(), false);
}

void TestPostRepository::updateText()
{
    TW_TEST_DATABASE(t);
    storage::PostRepository repo(t->db());
    core::Post p = makePost(u"120"_s, utc(11, 8), Network::Mastodon);
    QVERIFY(repo.insert(p));
    const QByteArray raw = R"({"id":"120","content":"<p>fixed typo</p>"})";
    QCOMPARE(repo.updateText(Network::Mastodon, u"120"_s, u"fixed typo"_s, utc(11, 9), raw).value(), true);
    auto read = repo.byId(p.id);
    QCOMPARE(read->text, u"fixed typo"_s);
    QCOMPARE(read->editedAt, std::optional(utc(11, 9)));
    QCOMPARE(read->raw, raw);
    QCOMPARE(read->version, 2);

    // An older edit delivered late does not overwrite the newer one.
    QCOMPARE(repo.updateText(Network::Mastodon, u"120"_s, u"typo"_s, utc(11, 8, 30), {}).value(), true);
    read = repo.byId(p.id);
    QCOMPARE(read->text, u"fixed typo"_s);
    QCOMPARE(read->editedAt, std::optional(utc(11, 9)));

    // Without a payload, the stored one is kept.
    QCOMPARE(repo.updateText(Network::Mastodon, u"120"_s, u"final"_s, utc(11, 10), {}).value(), true);
    read = repo.byId(p.id);
    QCOMPARE(read->text, u"final"_s);
    QCOMPARE(read->raw, raw);

    QCOMPARE(repo.updateText(Network::Mastodon, u"999"_s, u"x"_s, utc(11, 9), {}).value(), false);
}

QTEST_GUILESS_MAIN(TestPostRepository)
#include "test_postrepository.moc"
