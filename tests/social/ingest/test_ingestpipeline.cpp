#include <social/ingest/ingestpipeline.h>

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tw;
using core::Network;

namespace {

const QDate kArrival(2025, 6, 10);
const QDate kDeparture(2025, 6, 13);

core::Id addProperty(storage::Database &db, const QString &code, const QString &timeZone)
{
    core::Property p;
    p.code = code;
    p.name = code + u" Hotel"_s;
    p.timeZone = timeZone;
    p.checkIn = QTime(15, 0);
    p.checkOut = QTime(11, 0);
    const auto added = storage::PropertyRepository(db).add(p);
    return added ? added->id : core::InvalidId;
}

core::Id addGuest(storage::Database &db, const QString &first, const QString &last, bool consent = true)
{
    core::Guest g;
    g.firstName = first;
    g.lastName = last;
    g.socialConsent = consent;
    const auto created = storage::GuestRepository(db).create(g, u"test"_s);
    return created ? created->id : core::InvalidId;
}

core::Stay addStay(storage::Database &db, core::Id property, core::Id guest, const QString &room,
                   const QDate &arrival = kArrival, const QDate &departure = kDeparture,
                   core::StayStatus status = core::StayStatus::InHouse)
{
    static int confirmation = 0;
    core::Stay s;
    s.propertyId = property;
    s.guestId = guest;
    s.confirmation = u"C%1"_s.arg(++confirmation);
    s.room = room;
    s.arrival = arrival;
    s.departure = departure;
    s.status = status;
    if (!storage::StayRepository(db).upsert(s, u"test"_s))
        s.id = core::InvalidId;
    return s;
}

core::Id link(storage::Database &db, core::Id guest, const QString &handle, const QString &accountId = {})
{
    const auto linked = storage::SocialAccountRepository(db).link(guest, Network::X, handle, core::LinkState::Confirmed,
                                                                  u"desk"_s, accountId);
    return linked ? linked->id : core::InvalidId;
}

core::Post makePost(const QString &postId, core::Id propertyId, const QDateTime &createdAt,
                    const QString &authorId = u"9000"_s, const QString &handle = u"stranger"_s,
                    const QString &name = u"A Stranger"_s)
{
    core::Post p;
    p.network = Network::X;
    p.postId = postId;
    p.propertyId = propertyId;
    p.authorId = authorId;
    p.authorHandle = handle;
    p.authorName = name;
    p.text = u"Lovely stay "_s + postId;
    p.createdAt = createdAt;
    p.raw = "{}";
    return p;
}

QDateTime local(const QString &zone, const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone(zone.toUtf8())).toUTC();
}

// Lisbon is UTC+1 in June.
QDateTime lisbon(int day, int hour, int minute = 0)
{
    return local(u"Europe/Lisbon"_s, QDate(2025, 6, day), QTime(hour, minute));
}

QStringList storedPostIds(storage::Database &db)
{
    storage::PostFilter all;
    all.includeDeleted = true;
    QStringList ids;
    for (const core::Post &p : storage::PostRepository(db).list(all, 1000))
        ids.append(p.postId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<core::Post> posts(const QStringList &ids, core::Id propertyId)
{
    QList<core::Post> list;
    for (const QString &id : ids)
        list.append(makePost(id, propertyId, lisbon(11, 9).addSecs(id.toInt())));
    return list;
}

} // namespace

class TestIngestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactSetStoredOnceAcrossBatches();
    void inHouseAtBoundaries_data();
    void inHouseAtBoundaries();
    void stayAtThePostsPropertyIsPreferred();
    void accountIdMatchSurvivesRename();
    void handleOnlyMatchLearnsTheAccountId();
    void handleOfAnotherAccountDoesNotMatch();
    void handleClaimedByTwoAccountsInOneCall();
    void largeCallMatchesEveryNetworksAuthors();
    void suggestions_data();
    void suggestions();
    void noSuggestionForKnownAuthors();
    void dismissedSuggestionIsNotMadeAgain();
    void invalidatedCachesSeeNewStays();
    void malformedPostsAreCounted();
    void unknownRuleAndPropertyAreDropped();
    void refusedPostIsSkippedOthersStored();
};

void TestIngestPipeline::exactSetStoredOnceAcrossBatches()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    social::IngestPipeline pipeline(t->db());

    struct Call
    {
        QStringList ids;
        int stored;
        int duplicates;
    };
    // Stream redelivery, a gap fill overlapping the stream, a copy within one
    // call, and everything once more.
    const QList<Call> calls{
        {{u"1"_s, u"2"_s, u"3"_s}, 3, 0},
        {{u"2"_s, u"3"_s, u"4"_s, u"5"_s}, 2, 2},
        {{u"5"_s, u"6"_s, u"6"_s, u"10"_s}, 2, 2},
        {{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"10"_s}, 0, 7},
    };
    QSet<core::Id> allIds;
    for (const Call &call : calls) {
        const auto report = pipeline.ingest(posts(call.ids, harbour));
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->received, int(call.ids.size()));
        QCOMPARE(report->stored, call.stored);
        QCOMPARE(report->duplicates, call.duplicates);
        QCOMPARE(report->storedIds.size(), call.stored);
        for (const core::Id id : report->storedIds) {
            QVERIFY(!allIds.contains(id));
            allIds.insert(id);
        }
    }
    QCOMPARE(storedPostIds(t->db()), (QStringList{u"1"_s, u"10"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
    QCOMPARE(allIds.size(), 7);
    QCOMPARE(pipeline.malformedCount(), 0);

    // New rows are reported in input order.
    const auto report = pipeline.ingest(posts({u"30"_s, u"20"_s, u"3"_s, u"25"_s}, harbour));
    QVERIFY(report);
    storage::PostRepository repo(t->db());
    QStringList order;
    for (const core::Id id : report->storedIds)
        order.append(repo.byId(id)->postId);
    QCOMPARE(order, (QStringList{u"30"_s, u"20"_s, u"25"_s}));
    QCOMPARE(storage::PostRepository(t->db()).newestPostId(Network::X), u"30"_s);
}

void TestIngestPipeline::inHouseAtBoundaries_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time"); // property-local
    QTest::addColumn<bool>("inHouse");

    for (const QString &zone : {u"Europe/Lisbon"_s, u"America/Los_Angeles"_s, u"Asia/Tokyo"_s}) {
        const auto row
            = [&zone](const char *what) -> QTestData & { return QTest::addRow("%s, %s", qPrintable(zone), what); };
        row("arrival day before check-in") << zone << kArrival << QTime(14, 59) << false;
        row("arrival day at check-in") << zone << kArrival << QTime(15, 0) << true;
        row("middle of the stay at night") << zone << kArrival.addDays(1) << QTime(3, 0) << true;
        row("departure morning at 08:00") << zone << kDeparture << QTime(8, 0) << true;
        row("departure day just before check-out") << zone << kDeparture << QTime(10, 59) << true;
        row("departure day at check-out") << zone << kDeparture << QTime(11, 0) << false;
        row("day before arrival") << zone << kArrival.addDays(-1) << QTime(20, 0) << false;
    }
}

void TestIngestPipeline::inHouseAtBoundaries()
{
    QFETCH(QString, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(bool, inHouse);
    TW_TEST_DATABASE(t);
    const core::Id hotel = addProperty(t->db(), u"HTL"_s, zone);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    const core::Stay stay = addStay(t->db(), hotel, ana, u"412"_s);
    QVERIFY(stay.id != core::InvalidId);
    QVERIFY(link(t->db(), ana, u"ana_s"_s, u"42"_s) != core::InvalidId);

    social::IngestPipeline pipeline(t->db());
    const auto report
        = pipeline.ingest({makePost(u"1"_s, hotel, local(zone, date, time), u"42"_s, u"ana_s"_s, u"Ana"_s)});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->stored, 1);
    QCOMPARE(report->inHouse, inHouse ? 1 : 0);
    QCOMPARE(report->inHouseIds, inHouse ? report->storedIds : QList<core::Id>{});

    const auto post = storage::PostRepository(t->db()).byId(report->storedIds.first());
    QVERIFY(post);
    QCOMPARE(post->guestId, ana);
    QCOMPARE(post->inHouse, inHouse);
    QCOMPARE(post->stayId, inHouse ? stay.id : core::InvalidId);
    QCOMPARE(post->room, inHouse ? u"412"_s : QString());
    QCOMPARE(post->suggestedGuestId, core::InvalidId);
}

void TestIngestPipeline::stayAtThePostsPropertyIsPreferred()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id lodge = addProperty(t->db(), u"LOD"_s, u"Europe/Lisbon"_s);
    const core::Id spa = addProperty(t->db(), u"SPA"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    // Two rooms booked at once in the chain (one for her parents, say).
    const core::Stay atHarbour = addStay(t->db(), harbour, ana, u"101"_s);
    const core::Stay atLodge = addStay(t->db(), lodge, ana, u"L7"_s);
    QVERIFY(link(t->db(), ana, u"ana_s"_s, u"42"_s) != core::InvalidId);

    social::IngestPipeline pipeline(t->db());
    const QDateTime at = lisbon(11, 12);
    const auto report = pipeline.ingest({
        makePost(u"1"_s, harbour, at, u"42"_s, u"ana_s"_s), makePost(u"2"_s, lodge, at, u"42"_s, u"ana_s"_s),
        makePost(u"3"_s, spa, at, u"42"_s, u"ana_s"_s), // a sister hotel she is not staying at
    });
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->inHouse, 3);
    storage::PostRepository repo(t->db());
    const auto first = repo.byNetworkId(Network::X, u"1"_s);
    QCOMPARE(first->stayId, atHarbour.id);
    QCOMPARE(first->room, u"101"_s);
    const auto second = repo.byNetworkId(Network::X, u"2"_s);
    QCOMPARE(second->stayId, atLodge.id);
    QCOMPARE(second->room, u"L7"_s);
    const auto third = repo.byNetworkId(Network::X, u"3"_s);
    QVERIFY(third->inHouse);
    QVERIFY(third->stayId == atHarbour.id || third->stayId == atLodge.id);
}

void TestIngestPipeline::accountIdMatchSurvivesRename()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    addStay(t->db(), harbour, ana, u"412"_s);
    QVERIFY(link(t->db(), ana, u"ana_old"_s, u"42"_s) != core::InvalidId);

    social::IngestPipeline pipeline(t->db());
    const auto report = pipeline.ingest({makePost(u"1"_s, harbour, lisbon(11, 12), u"42"_s, u"ana_new"_s, u"Sunny"_s)});
    QVERIFY2(report, qPrintable(report.error()));
    const auto post = storage::PostRepository(t->db()).byNetworkId(Network::X, u"1"_s);
    QCOMPARE(post->guestId, ana);
    QVERIFY(post->inHouse);
    QCOMPARE(post->room, u"412"_s);
    QCOMPARE(post->authorHandle, u"ana_new"_s);
}

void TestIngestPipeline::handleOnlyMatchLearnsTheAccountId()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    addStay(t->db(), harbour, ana, u"412"_s);
    const core::Id account = link(t->db(), ana, u"@Ana_S"_s);
    QVERIFY(account != core::InvalidId);
    storage::SocialAccountRepository accounts(t->db());
    QVERIFY(accounts.byId(account)->accountId.isEmpty());

    social::IngestPipeline pipeline(t->db());
    auto report = pipeline.ingest({
        makePost(u"1"_s, harbour, lisbon(11, 12), u"77"_s, u"ana_s"_s),
        makePost(u"2"_s, harbour, lisbon(11, 13), u"77"_s, u"ana_s"_s),
    });
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->inHouse, 2);
    QCOMPARE(accounts.byId(account)->accountId, u"77"_s);

    // Renamed since: the learned id still finds her.
    report = pipeline.ingest({makePost(u"3"_s, harbour, lisbon(11, 14), u"77"_s, u"ana_renamed"_s)});
    QVERIFY(report);
    QCOMPARE(storage::PostRepository(t->db()).byNetworkId(Network::X, u"3"_s)->guestId, ana);
}

void TestIngestPipeline::handleOfAnotherAccountDoesNotMatch()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    addStay(t->db(), harbour, ana, u"412"_s);
    const core::Id account = link(t->db(), ana, u"ana_s"_s, u"42"_s);

    // Ana renamed herself and someone else took her old handle.
    social::IngestPipeline pipeline(t->db());
    const auto report
        = pipeline.ingest({makePost(u"1"_s, harbour, lisbon(11, 12), u"999"_s, u"ana_s"_s, u"Someone"_s)});
    QVERIFY2(report, qPrintable(report.error()));
    const auto post = storage::PostRepository(t->db()).byNetworkId(Network::X, u"1"_s);
    QCOMPARE(post->guestId, core::InvalidId);
    QVERIFY(!post->inHouse);
    QCOMPARE(storage::SocialAccountRepository(t->db()).byId(account)->accountId, u"42"_s);
}

void TestIngestPipeline::handleClaimedByTwoAccountsInOneCall()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    const core::Id account = link(t->db(), ana, u"ana_s"_s);

    // A rename race: the handle is seen on two accounts within one call. The
    // first one that posted is taken for the link's; the other is a stranger.
    social::IngestPipeline pipeline(t->db());
    const auto report = pipeline.ingest({
        makePost(u"1"_s, harbour, lisbon(11, 12), u"77"_s, u"ana_s"_s),
        makePost(u"2"_s, harbour, lisbon(11, 13), u"88"_s, u"ana_s"_s),
        makePost(u"3"_s, harbour, lisbon(11, 14), u"77"_s, u"ana_s"_s),
    });
    QVERIFY2(report, qPrintable(report.error()));
    storage::PostRepository repo(t->db());
    QCOMPARE(repo.byNetworkId(Network::X, u"1"_s)->guestId, ana);
    QCOMPARE(repo.byNetworkId(Network::X, u"2"_s)->guestId, core::InvalidId);
    QCOMPARE(repo.byNetworkId(Network::X, u"3"_s)->guestId, ana);
    QCOMPARE(storage::SocialAccountRepository(t->db()).byId(account)->accountId, u"77"_s);
}

void TestIngestPipeline::largeCallMatchesEveryNetworksAuthors()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    const core::Id ben = addGuest(t->db(), u"Ben"_s, u"Costa"_s);
    addStay(t->db(), harbour, ana, u"412"_s);
    addStay(t->db(), harbour, ben, u"508"_s);
    QVERIFY(link(t->db(), ana, u"ana_s"_s, u"42"_s) != core::InvalidId);
    // The same account id on another network is another person.
    QVERIFY(storage::SocialAccountRepository(t->db()).link(ben, Network::Mastodon, u"ben@example.social"_s,
                                                           core::LinkState::Confirmed, u"desk"_s, u"42"_s));

    // Hundreds of strangers around them, more than one lookup takes.
    QList<core::Post> batch;
    for (int i = 0; i < 400; ++i) {
        batch.append(makePost(QString::number(1000 + i), harbour, lisbon(11, 12).addSecs(i),
                              QString::number(50'000 + i), u"stranger_%1"_s.arg(i), u"Someone"_s));
    }
    batch.insert(7, makePost(u"1"_s, harbour, lisbon(11, 12), u"42"_s, u"ana_renamed"_s, u"Sunny"_s));
    core::Post onMastodon = makePost(u"2"_s, harbour, lisbon(11, 13), u"42"_s, u"ben@example.social"_s, u"B"_s);
    onMastodon.network = Network::Mastodon;
    batch.insert(300, onMastodon);
    core::Post byHandle = makePost(u"3"_s, harbour, lisbon(11, 14), QString(), u"ben@Example.social"_s, u"B"_s);
    byHandle.network = Network::Mastodon;
    batch.append(byHandle);
    batch.append(makePost(u"4"_s, harbour, lisbon(11, 15), u"43"_s, u"ben@example.social"_s, u"B"_s));

    social::IngestPipeline pipeline(t->db());
    const auto report = pipeline.ingest(batch);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->stored, 404);
    QCOMPARE(report->inHouse, 3);
    storage::PostRepository repo(t->db());
    const auto ofAna = repo.byNetworkId(Network::X, u"1"_s);
    QCOMPARE(ofAna->guestId, ana);
    QCOMPARE(ofAna->room, u"412"_s);
    const auto ofBen = repo.byNetworkId(Network::Mastodon, u"2"_s);
    QCOMPARE(ofBen->guestId, ben);
    QCOMPARE(ofBen->room, u"508"_s);
    QCOMPARE(repo.byNetworkId(Network::Mastodon, u"3"_s)->guestId, ben);
    QCOMPARE(repo.byNetworkId(Network::X, u"4"_s)->guestId, core::InvalidId); // Ben's handle is on Mastodon
    QCOMPARE(repo.byNetworkId(Network::X, u"1200"_s)->guestId, core::InvalidId);
}

void TestIngestPipeline::suggestions_data()
{
    QTest::addColumn<QString>("authorName");
    QTest::addColumn<QString>("handle");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("suggested"); // first name of the guest, empty for none

    const QDateTime during = lisbon(11, 12);
    QTest::newRow("same name") << u"Ana Silva"_s << u"beachlover"_s << during << u"Ana"_s;
    QTest::newRow("middle initial, other order") << u"Silva, Ana M."_s << u"x1"_s << during << u"Ana"_s;
    QTest::newRow("typo") << u"Bruno Okafr"_s << u"bo"_s << during << u"Bruno"_s;
    QTest::newRow("handle only") << u"\u2600\ufe0f"_s << u"bruno_okafor"_s << during << u"Bruno"_s;
    QTest::newRow("other name") << u"Maria Costa"_s << u"mcosta"_s << during << QString();
    QTest::newRow("first name only") << u"Ana"_s << u"ana_travels"_s << during << QString();
    QTest::newRow("before check-in") << u"Ana Silva"_s << u"beachlover"_s << lisbon(10, 14) << QString();
    QTest::newRow("after check-out") << u"Ana Silva"_s << u"beachlover"_s << lisbon(13, 11, 30) << QString();
    QTest::newRow("without consent") << u"Carla Dias"_s << u"cdias"_s << during << QString();
    QTest::newRow("two equally close") << u"D. Moreira"_s << u"dm"_s << during << QString();
    QTest::newRow("closer of two") << u"Duarte Moreira"_s << u"dm"_s << during << u"Duarte"_s;
    QTest::newRow("cancelled stay") << u"Eva Lopes"_s << u"el"_s << during << QString();
}

void TestIngestPipeline::suggestions()
{
    QFETCH(QString, authorName);
    QFETCH(QString, handle);
    QFETCH(QDateTime, at);
    QFETCH(QString, suggested);
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id lodge = addProperty(t->db(), u"LOD"_s, u"Europe/Lisbon"_s);
    QHash<QString, core::Id> guests;
    const auto guest = [&](const QString &first, const QString &last, bool consent = true) {
        const core::Id id = addGuest(t->db(), first, last, consent);
        guests.insert(first, id);
        return id;
    };
    addStay(t->db(), harbour, guest(u"Ana"_s, u"Silva"_s), u"101"_s);
    addStay(t->db(), harbour, guest(u"Bruno"_s, u"Okafor"_s), u"102"_s);
    addStay(t->db(), harbour, guest(u"Carla"_s, u"Dias"_s, false), u"103"_s);
    addStay(t->db(), harbour, guest(u"Duarte"_s, u"Moreira"_s), u"104"_s);
    addStay(t->db(), harbour, guest(u"Diana"_s, u"Moreira"_s), u"105"_s);
    addStay(t->db(), harbour, guest(u"Eva"_s, u"Lopes"_s), u"106"_s, kArrival, kDeparture, core::StayStatus::Cancelled);
    // In house elsewhere: never suggested for the harbour.
    addStay(t->db(), lodge, guest(u"Maria"_s, u"Costa"_s), u"L1"_s);

    social::IngestPipeline pipeline(t->db());
    const auto report = pipeline.ingest({makePost(u"1"_s, harbour, at, u"8001"_s, handle, authorName)});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->stored, 1);
    QCOMPARE(report->suggestions, suggested.isEmpty() ? 0 : 1);
    QCOMPARE(report->inHouse, 0);
    const auto post = storage::PostRepository(t->db()).byNetworkId(Network::X, u"1"_s);
    QCOMPARE(post->suggestedGuestId, suggested.isEmpty() ? core::InvalidId : guests.value(suggested));
    QCOMPARE(post->guestId, core::InvalidId);
    QVERIFY(!post->inHouse);
}

void TestIngestPipeline::noSuggestionForKnownAuthors()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    const core::Id other = addGuest(t->db(), u"Ana"_s, u"Silvestre"_s);
    addStay(t->db(), harbour, ana, u"101"_s);
    // The author is a linked guest who is not in house, whatever her display name says.
    QVERIFY(link(t->db(), other, u"ana_sv"_s, u"55"_s) != core::InvalidId);
    social::IngestPipeline pipeline(t->db());
    const auto report
        = pipeline.ingest({makePost(u"1"_s, harbour, lisbon(11, 12), u"55"_s, u"ana_sv"_s, u"Ana Silva"_s)});
    QVERIFY(report);
    QCOMPARE(report->suggestions, 0);
    const auto post = storage::PostRepository(t->db()).byNetworkId(Network::X, u"1"_s);
    QCOMPARE(post->guestId, other);
    QCOMPARE(post->suggestedGuestId, core::InvalidId);
    QVERIFY(!post->inHouse);
}

void TestIngestPipeline::dismissedSuggestionIsNotMadeAgain()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    addStay(t->db(), harbour, ana, u"101"_s);
    social::IngestPipeline pipeline(t->db());
    storage::PostRepository repo(t->db());

    auto report = pipeline.ingest({makePost(u"1"_s, harbour, lisbon(11, 12), u"8001"_s, u"ana_fan"_s, u"Ana Silva"_s)});
    QVERIFY(report);
    QCOMPARE(report->suggestions, 1);
    QVERIFY(repo.dismissSuggestion(report->storedIds.first(), u"Maria"_s));

    // The same author again (renamed, even): staff already said no. Another
    // author of that name is still worth a question.
    report = pipeline.ingest({
        makePost(u"2"_s, harbour, lisbon(11, 13), u"8001"_s, u"ana_fan2"_s, u"Ana Silva"_s),
        makePost(u"3"_s, harbour, lisbon(11, 14), u"8002"_s, u"asilva"_s, u"Ana Silva"_s),
    });
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->suggestions, 1);
    QCOMPARE(repo.byNetworkId(Network::X, u"2"_s)->suggestedGuestId, core::InvalidId);
    QCOMPARE(repo.byNetworkId(Network::X, u"3"_s)->suggestedGuestId, ana);
}

void TestIngestPipeline::invalidatedCachesSeeNewStays()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    social::IngestPipeline pipeline(t->db());
    auto report = pipeline.ingest({makePost(u"1"_s, harbour, lisbon(11, 12), u"8001"_s, u"x"_s, u"Ana Silva"_s)});
    QVERIFY(report);
    QCOMPARE(report->suggestions, 0);

    // A walk-in arrives; once told, the pipeline knows her.
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    addStay(t->db(), harbour, ana, u"101"_s);
    pipeline.invalidateCaches();
    report = pipeline.ingest({makePost(u"2"_s, harbour, lisbon(11, 13), u"8001"_s, u"x"_s, u"Ana Silva"_s)});
    QVERIFY(report);
    QCOMPARE(report->suggestions, 1);
    QCOMPARE(storage::PostRepository(t->db()).byNetworkId(Network::X, u"2"_s)->suggestedGuestId, ana);
}

void TestIngestPipeline::malformedPostsAreCounted()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    social::IngestPipeline pipeline(t->db());
    pipeline.countMalformed(u"unreadable JSON on line 3"_s);
    QCOMPARE(pipeline.malformedCount(), 1);

    QList<core::Post> batch = posts({u"1"_s, u"2"_s, u"3"_s}, harbour);
    batch.insert(1, makePost(QString(), harbour, lisbon(11, 9)));
    batch.insert(2, makePost(u"  "_s, harbour, lisbon(11, 9)));
    batch.append(makePost(u"4"_s, harbour, QDateTime()));
    const auto report = pipeline.ingest(batch);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->received, 6);
    QCOMPARE(report->stored, 3);
    QCOMPARE(pipeline.malformedCount(), 4);
    QCOMPARE(storedPostIds(t->db()), (QStringList{u"1"_s, u"2"_s, u"3"_s}));

    // Nothing but malformed posts: nothing to store, no failure.
    const auto none = pipeline.ingest({makePost(QString(), harbour, lisbon(11, 9))});
    QVERIFY(none);
    QCOMPARE(none->received, 1);
    QCOMPARE(none->stored, 0);
    QCOMPARE(pipeline.malformedCount(), 5);
}

void TestIngestPipeline::unknownRuleAndPropertyAreDropped()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    core::ListeningRule rule;
    rule.propertyId = harbour;
    rule.network = Network::X;
    rule.value = u"#harbourview"_s;
    rule.tag = u"brand"_s;
    const auto added = storage::ListeningRuleRepository(t->db()).add(rule, u"desk"_s);
    QVERIFY(added);

    social::IngestPipeline pipeline(t->db());
    core::Post ofRule = makePost(u"1"_s, core::InvalidId, lisbon(11, 9));
    ofRule.ruleId = added->id;
    core::Post ofRemovedRule = makePost(u"2"_s, harbour, lisbon(11, 9));
    ofRemovedRule.ruleId = 999;
    ofRemovedRule.ruleTag = u"old"_s;
    core::Post ofUnknownProperty = makePost(u"3"_s, 999, lisbon(11, 9));
    const auto report = pipeline.ingest({ofRule, ofRemovedRule, ofUnknownProperty});
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->stored, 3);

    storage::PostRepository repo(t->db());
    const auto first = repo.byNetworkId(Network::X, u"1"_s);
    QCOMPARE(first->ruleId, added->id);
    QCOMPARE(first->propertyId, harbour); // from the rule
    QCOMPARE(first->ruleTag, u"brand"_s);
    const auto second = repo.byNetworkId(Network::X, u"2"_s);
    QCOMPARE(second->ruleId, core::InvalidId);
    QCOMPARE(second->ruleTag, u"old"_s);
    QCOMPARE(second->propertyId, harbour);
    QCOMPARE(repo.byNetworkId(Network::X, u"3"_s)->propertyId, core::InvalidId);
}

void TestIngestPipeline::refusedPostIsSkippedOthersStored()
{
    TW_TEST_DATABASE(t);
    const core::Id harbour = addProperty(t->db(), u"HBV"_s, u"Europe/Lisbon"_s);
    const core::Id ana = addGuest(t->db(), u"Ana"_s, u"Silva"_s);
    addStay(t->db(), harbour, ana, u"412"_s);
    const core::Id account = link(t->db(), ana, u"ana_s"_s);
    // A database that refuses one particular post, as a constraint of a later
    // schema or a full disk might.
    if (t->engine() == storage::Engine::Sqlite) {
        QVERIFY(t->db().exec(u"CREATE TRIGGER refuse BEFORE INSERT ON posts WHEN NEW.post_id = 'poison' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    } else {
        QVERIFY(t->db().exec(u"CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                             "IF NEW.post_id = 'poison' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                             "RETURN NEW; END $$"_s));
        QVERIFY(t->db().exec(u"CREATE TRIGGER refuse BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION refuse()"_s));
    }

    social::IngestPipeline pipeline(t->db());
    QList<core::Post> batch = posts({u"1"_s, u"poison"_s, u"3"_s}, harbour);
    batch.append(makePost(u"4"_s, harbour, lisbon(11, 12), u"77"_s, u"ana_s"_s));
    const auto report = pipeline.ingest(batch);
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->received, 4);
    QCOMPARE(report->stored, 3);
    QCOMPARE(report->storedIds.size(), 3);
    QCOMPARE(report->inHouse, 1);
    QCOMPARE(pipeline.malformedCount(), 1);
    QCOMPARE(storedPostIds(t->db()), (QStringList{u"1"_s, u"3"_s, u"4"_s}));
    // What the retry wrote once more is there once.
    QCOMPARE(storage::SocialAccountRepository(t->db()).byId(account)->accountId, u"77"_s);
}

QTEST_GUILESS_MAIN(TestIngestPipeline)
#include "test_ingestpipeline.moc"
