#include <pms/demohotel.h>
#include <social/demo/demosample.h>
#include <social/demo/demostreamclient.h>
#include <social/ingest/ingestpipeline.h>
#include <storage/guestrepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tw;
using social::DemoSample;
using social::DemoStreamClient;

namespace {

// The demo hotel's guests in house all day today who post in the sample
// (tweetworthy-cli demo seed with the default seed).
const QSet<QString> kInHouseAuthors{
    u"madisonj99"_s,
    u"rodriguez_j"_s,
    u"davide_deluca"_s,
    u"aaravn12"_s,
    u"oguz_kilic"_s,
    u"carmen_munoz"_s,
    u"raissaa75"_s,
    u"patel_t"_s,
    u"muratk64"_s,
    u"anderse55"_s,
    u"oystein@hachyderm.io"_s,
    u"agnieszka@mastodon.online"_s,
    u"leonor_araujo@fosstodon.org"_s,
    u"megan@mas.to"_s,
    u"sanne_bakker@mas.to"_s,
};

QList<core::Post> samplePosts(const QList<DemoSample::Entry> &entries, const QDateTime &now, core::Id propertyId)
{
    QList<core::Post> posts;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DemoSample::Entry &entry = entries.at(i);
        const QDateTime at = entry.minutesAgo ? now.addSecs(-qint64(*entry.minutesAgo) * 60) : now;
        posts.append(DemoSample::toPost(entry, int(i), now.date(), at, propertyId));
    }
    return posts;
}

} // namespace

// The demo feed: its bundled sample reads, fits the demo hotel (guests in
// house are recognised, a look-alike name gets a suggestion, strangers stay
// strangers, a replay the same day stores nothing twice), and the client
// delivers the backlog at once and the rest at its pace.
class TestDemoFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledSampleReads();
    void postIdsAreStableForADay();
    void malformedSampleSaysWhy_data();
    void malformedSampleSaysWhy();
    void sampleFitsTheDemoHotel();
    void clientDeliversBacklogThenOneByOne();
};

void TestDemoFeed::bundledSampleReads()
{
    const auto sample = DemoSample::bundled();
    QVERIFY2(sample, qPrintable(sample.error()));
    QCOMPARE(sample->size(), 30);
    int backlog = 0;
    QSet<core::Network> networks;
    for (const DemoSample::Entry &entry : sample.value()) {
        backlog += entry.minutesAgo ? 1 : 0;
        networks.insert(entry.network);
        QVERIFY(!entry.text.isEmpty());
        QVERIFY(!entry.authorId.isEmpty());
        QVERIFY(!entry.name.isEmpty());
        if (entry.network == core::Network::Mastodon)
            QVERIFY2(entry.handle.contains(u'@'), qPrintable(entry.handle));
    }
    QCOMPARE(backlog, 18);
    QCOMPARE(networks.size(), 2);
}

void TestDemoFeed::postIdsAreStableForADay()
{
    const QDate day(2026, 5, 10);
    QCOMPARE(DemoSample::postId(day, 3), DemoSample::postId(day, 3));
    QVERIFY(DemoSample::postId(day, 3) != DemoSample::postId(day, 4));
    QVERIFY(DemoSample::postId(day, 3) != DemoSample::postId(day.addDays(1), 3));
    // Decimal and growing, like the networks' own ids.
    bool ok = false;
    const qint64 a = DemoSample::postId(day, 29).toLongLong(&ok);
    QVERIFY(ok);
    QVERIFY(a < DemoSample::postId(day.addDays(1), 0).toLongLong());

    DemoSample::Entry entry;
    entry.network = core::Network::Mastodon;
    entry.handle = u"megan@mas.to"_s;
    entry.authorId = u"42"_s;
    entry.text = u"Hello"_s;
    const core::Post post = DemoSample::toPost(entry, 7, day, QDateTime(day, QTime(9, 0), QTimeZone::utc()), 5);
    QCOMPARE(post.postId, DemoSample::postId(day, 7));
    QCOMPARE(post.url, u"https://mas.to/@megan/"_s + post.postId);
    QCOMPARE(post.propertyId, core::Id(5));
    QVERIFY(post.raw.contains("\"demo\":true"));
}

void TestDemoFeed::malformedSampleSaysWhy_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{ posts: ") << u"not valid JSON"_s;
    QTest::newRow("unknown network") << QByteArray(
        R"({"posts":[{"network":"myspace","authorId":"1","handle":"a","text":"t"}]})")
                                     << u"Post 1"_s;
    QTest::newRow("bad handle") << QByteArray(
        R"({"posts":[{"network":"x","authorId":"1","handle":"a b c","text":"t"}]})")
                                << u"no valid handle"_s;
    QTest::newRow("no text") << QByteArray(R"({"posts":[{"network":"x","authorId":"1","handle":"abc"}]})")
                             << u"lacks an author id or text"_s;
}

void TestDemoFeed::malformedSampleSaysWhy()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto parsed = DemoSample::parse(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
}

void TestDemoFeed::sampleFitsTheDemoHotel()
{
    TW_TEST_DATABASE(t);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto seeded = pms::DemoHotel::seed(t->db(), pms::DemoHotel::today(now));
    QVERIFY2(seeded, qPrintable(seeded.error()));
    const auto property = storage::PropertyRepository(t->db()).byCode(pms::DemoHotel::propertyCode());
    QVERIFY(property);
    const auto sample = DemoSample::bundled();
    QVERIFY(sample);

    social::IngestPipeline pipeline(t->db());
    const auto report = pipeline.ingest(samplePosts(sample.value(), now, property->id));
    QVERIFY2(report, qPrintable(report.error()));
    QCOMPARE(report->stored, 30);

    storage::PostRepository posts(t->db());
    storage::GuestRepository guests(t->db());
    storage::PostFilter all;
    int inHouse = 0;
    int suggestions = 0;
    for (const core::Post &post : posts.list(all, 100)) {
        const bool expected = kInHouseAuthors.contains(post.authorHandle);
        QVERIFY2(post.inHouse == expected, qPrintable(post.authorHandle));
        if (expected) {
            ++inHouse;
            QVERIFY2(!post.room.isEmpty(), qPrintable(post.authorHandle));
            QVERIFY(post.guestId != core::InvalidId);
        } else {
            QVERIFY2(post.guestId == core::InvalidId, qPrintable(post.authorHandle));
        }
        if (post.suggestedGuestId != core::InvalidId) {
            ++suggestions;
            QCOMPARE(post.authorHandle, u"lenagross_ber"_s);
            QCOMPARE(guests.byId(post.suggestedGuestId)->displayName(), u"Lena Groß"_s);
        }
        if (post.authorHandle == "oystein@hachyderm.io"_L1)
            QCOMPARE(guests.byId(post.guestId)->vipCode, u"VIP2"_s);
    }
    QVERIFY(inHouse >= 20);
    QCOMPARE(report->inHouse, inHouse);
    QCOMPARE(suggestions, 1);

    // The same day again: nothing twice.
    const auto again = pipeline.ingest(samplePosts(sample.value(), now.addSecs(60), property->id));
    QVERIFY(again);
    QCOMPARE(again->stored, 0);
    QCOMPARE(again->duplicates, 30);
}

void TestDemoFeed::clientDeliversBacklogThenOneByOne()
{
    const auto sample = DemoSample::bundled();
    QVERIFY(sample);
    QNetworkAccessManager access;
    DemoStreamClient client(&access, {}, core::Network::X, sample.value(), 7);
    QCOMPARE(client.network(), core::Network::X);
    const QDateTime fixed(QDate(2026, 5, 10), QTime(12, 0), QTimeZone::utc());
    client.setClock([fixed] { return fixed; });
    client.setPace(10);
    QSignalSpy received(&client, &social::StreamClient::postsReceived);
    QSignalSpy backfilled(&client, &social::StreamClient::backfillFinished);
    QSignalSpy statuses(&client, &social::StreamClient::statusChanged);

    client.start();
    QCOMPARE(client.status().state, social::ConnectionStatus::State::Connecting);
    QTRY_COMPARE(backfilled.size(), 1);
    QCOMPARE(client.status().state, social::ConnectionStatus::State::Connected);
    QVERIFY(!client.status().reason.isEmpty()); // says it is a demo
    QVERIFY(!received.isEmpty());               // the live part may have begun since
    const auto backlog = received.constFirst().at(0).value<QList<core::Post>>();
    QCOMPARE(backlog.size(), 13); // X's part of the backlog
    QCOMPARE(backfilled.constFirst().at(0).toInt(), 13);
    for (const core::Post &post : backlog) {
        QCOMPARE(post.network, core::Network::X);
        QCOMPARE(post.propertyId, core::Id(7));
        QVERIFY(post.createdAt < fixed);
    }

    QTRY_COMPARE(client.remaining(), 0);
    QCOMPARE(received.size(), 1 + 8);
    for (qsizetype i = 1; i < received.size(); ++i) {
        const auto live = received.at(i).at(0).value<QList<core::Post>>();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.constFirst().createdAt, fixed);
    }
    client.stop();
    QCOMPARE(client.status().state, social::ConnectionStatus::State::Stopped);
}

QTEST_GUILESS_MAIN(TestDemoFeed)
#include "test_demofeed.moc"
