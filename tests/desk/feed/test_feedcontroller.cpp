#include <fakexserver.h>
#include <feedfixture.h>

#include <desk/feed/feedcontroller.h>
#include <pms/demohotel.h>
#include <social/streamclient.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>

#include <testdatabase.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::FeedController;
using State = social::ConnectionStatus::State;

namespace {

// Stands in for X: connects at once and delivers the posts it was given.
class FakeClient : public social::StreamClient
{
public:
    FakeClient(QNetworkAccessManager *access, const social::StreamOptions &options, QList<core::Post> posts)
        : social::StreamClient(access, options)
        , m_posts(std::move(posts))
    {
    }

    core::Network network() const override { return core::Network::X; }

    void start() override
    {
        social::ConnectionStatus status;
        status.state = State::Connected;
        setStatus(status);
        QTimer::singleShot(0, this, [this] { Q_EMIT postsReceived(m_posts); });
    }

    void stop() override { setStatus(social::ConnectionStatus{}); }

private:
    QList<core::Post> m_posts;
};

struct Seen
{
    QMutex mutex;
    QStringList tokens;
};

} // namespace

// The desktop's listeners: what starts for which rules and tokens, what the
// indicator is told, in-house posts passed on for notifications, and the
// demo feed on the demo hotel.
class TestFeedController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void nothingToListenToWithoutRules();
    void rulesWithoutATokenSayWhatToDo();
    void aTokenThatCannotBeReadIsTheReason();
    void listensWithTheTokenAndPassesOnInHousePosts();
    void mastodonTokenIsAskedForTheRulesInstances();
    void listensToXForReal();
    void aRefusedTokenStopsWithTheReason();
    void demoIsOfferedOnTheDemoHotelOnly();
    void demoFeedStoresItsSample();

private:
    core::Id addRule(core::Network network, const QString &value, const QString &instance = {});
    static void startAndWait(FeedController &controller);

    std::unique_ptr<test::TestDatabase> m_db;
    test::FeedFixture m_fixture;
};

void TestFeedController::init()
{
    QString error;
    m_db = test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_fixture = {};
    error = m_fixture.fill(m_db->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFeedController::cleanup()
{
    m_db.reset();
}

core::Id TestFeedController::addRule(core::Network network, const QString &value, const QString &instance)
{
    core::ListeningRule rule;
    rule.propertyId = m_fixture.property;
    rule.network = network;
    rule.value = value;
    rule.instance = instance;
    const auto added = storage::ListeningRuleRepository(m_db->db()).add(rule, u"test"_s);
    return added ? added->id : core::InvalidId;
}

void TestFeedController::startAndWait(FeedController &controller)
{
    QSignalSpy started(&controller, &FeedController::started);
    controller.start();
    QVERIFY(started.wait(10000));
}

void TestFeedController::nothingToListenToWithoutRules()
{
    FeedController controller(m_db->url());
    int asked = 0;
    controller.setTokenReader([&](core::Network, const QStringList &, auto done) {
        ++asked;
        done(QString());
    });
    startAndWait(controller);
    QVERIFY(controller.networks().isEmpty());
    QCOMPARE(asked, 0);                   // no rules, no keychain
    QVERIFY(!controller.isDemoOffered()); // not the demo hotel
    QVERIFY(!controller.isStarting());
}

void TestFeedController::rulesWithoutATokenSayWhatToDo()
{
    QVERIFY(addRule(core::Network::X, u"@HarbourViewLX"_s) != core::InvalidId);
    FeedController controller(m_db->url());
    controller.setTokenReader([](core::Network, const QStringList &, auto done) { done(QString()); });
    startAndWait(controller);
    QCOMPARE(controller.networks(), QList<core::Network>{core::Network::X});
    const social::ConnectionStatus status = controller.status(core::Network::X);
    QCOMPARE(status.state, State::Stopped);
    QVERIFY2(status.reason.contains(u"Settings"_s), qPrintable(status.reason));
    QVERIFY2(status.reason.contains(u"TWEETWORTHY_X_BEARER_TOKEN"_s), qPrintable(status.reason));
    QVERIFY(!controller.isRunning(core::Network::X));
}

void TestFeedController::aTokenThatCannotBeReadIsTheReason()
{
    QVERIFY(addRule(core::Network::X, u"#HarbourViewLisbon"_s) != core::InvalidId);
    FeedController controller(m_db->url());
    const QString keychain = u"The system keychain is not available (no D-Bus). Sign in to a desktop session."_s;
    controller.setTokenReader(
        [&](core::Network, const QStringList &, auto done) { done(core::Result<QString>::failure(keychain)); });
    QSignalSpy statuses(&controller, &FeedController::statusChanged);
    startAndWait(controller);
    QCOMPARE(controller.status(core::Network::X).reason, keychain);
    QCOMPARE(controller.status(core::Network::X).state, State::Stopped);
    QVERIFY(!statuses.isEmpty());
    QCOMPARE(statuses.constLast().at(0).value<core::Network>(), core::Network::X);
}

void TestFeedController::listensWithTheTokenAndPassesOnInHousePosts()
{
    QVERIFY(addRule(core::Network::X, u"@HarbourViewLX"_s) != core::InvalidId);
    // Madison (in house) and a stranger, as X would deliver them.
    core::Post madison = test::FeedFixture::strangerPost(u"5001"_s, test::FeedFixture::referenceTime(), u"Hello"_s);
    madison.authorHandle = u"madisonj99"_s;
    madison.propertyId = m_fixture.property;
    core::Post stranger = test::FeedFixture::strangerPost(u"5002"_s, test::FeedFixture::referenceTime(), u"Hi"_s);
    stranger.propertyId = m_fixture.property;

    FeedController controller(m_db->url());
    controller.setTokenReader([](core::Network, const QStringList &, auto done) { done(u"test-bearer"_s); });
    auto seen = std::make_shared<Seen>();
    controller.setClientFactory(
        core::Network::X,
        [seen, madison, stranger](QNetworkAccessManager *access, const social::StreamOptions &options) {
            QMutexLocker lock(&seen->mutex);
            seen->tokens.append(options.token);
            return new FakeClient(access, options, {madison, stranger});
        });
    QSignalSpy inHouse(&controller, &FeedController::inHousePostsStored);
    QSignalSpy stored(&controller, &FeedController::postsStored);
    startAndWait(controller);
    QTRY_COMPARE(controller.status(core::Network::X).state, State::Connected);
    QVERIFY(controller.isRunning(core::Network::X));
    QVERIFY(!controller.isDemo(core::Network::X));
    QTRY_COMPARE(inHouse.size(), 1);
    QCOMPARE(stored.size(), 1);
    const auto ids = inHouse.constFirst().at(0).value<QList<core::Id>>();
    QCOMPARE(ids.size(), 1);
    const auto post = storage::PostRepository(m_db->db()).byId(ids.constFirst());
    QVERIFY(post);
    QCOMPARE(post->postId, u"5001"_s);
    QCOMPARE(post->room, u"512"_s);
    {
        QMutexLocker lock(&seen->mutex);
        QCOMPARE(seen->tokens, QStringList{u"test-bearer"_s});
    }

    // Stopping drops the listeners and their indicators.
    QSignalSpy networks(&controller, &FeedController::networksChanged);
    controller.stop();
    QVERIFY(controller.networks().isEmpty());
    QVERIFY(!networks.isEmpty());
}

void TestFeedController::mastodonTokenIsAskedForTheRulesInstances()
{
    QVERIFY(addRule(core::Network::Mastodon, u"HarbourViewLisbon"_s, u"mastodon.social"_s) != core::InvalidId);
    QVERIFY(addRule(core::Network::Mastodon, u"Lisbon"_s, u"hachyderm.io"_s) != core::InvalidId);
    FeedController controller(m_db->url());
    QStringList instances;
    controller.setTokenReader([&](core::Network network, const QStringList &asked, auto done) {
        QCOMPARE(network, core::Network::Mastodon);
        instances = asked;
        done(QString());
    });
    startAndWait(controller);
    instances.sort();
    QCOMPARE(instances, (QStringList{u"hachyderm.io"_s, u"mastodon.social"_s}));
    QVERIFY(controller.status(core::Network::Mastodon).reason.contains(u"TWEETWORTHY_MASTODON_TOKEN"_s));
}

namespace {

// The local X server with one post by Madison (in house at the time), whose
// first stream connection fails with 503 and whose second delivers the post.
std::unique_ptr<fakeapis::FakeXServer> xServer()
{
    const QByteArray json = R"({
        "token": "test-bearer", "keepAliveMs": 100, "stepDelayMs": 10,
        "posts": [{"id": "2001", "text": "Loving the rooftop at @HarbourViewLX",
                   "author": {"id": "1517782210991235072", "username": "MadisonJ99", "name": "Madison Johnson"},
                   "created_at": "2026-05-10T11:59:00.000Z"}],
        "connections": [{"status": 503}, {"steps": [{"send": "2001"}]}]
    })";
    QString error;
    auto scenario = fakeapis::FakeXScenario::fromJson(json, &error);
    if (!scenario)
        qFatal("bad scenario: %s", qPrintable(error));
    auto server = std::make_unique<fakeapis::FakeXServer>(std::move(*scenario));
    if (!server->start())
        qFatal("the fake X server did not start");
    return server;
}

social::StreamOptions fastOptions(const QUrl &apiBase)
{
    social::StreamOptions options;
    options.apiBase = apiBase;
    options.stallTimeoutMs = 3000;
    options.backoff.scale = 0.01; // 5 s after a 503 becomes 50 ms
    return options;
}

} // namespace

void TestFeedController::listensToXForReal()
{
    QVERIFY(addRule(core::Network::X, u"@HarbourViewLX"_s) != core::InvalidId);
    auto server = xServer();
    FeedController controller(m_db->url());
    controller.setTokenReader([](core::Network, const QStringList &, auto done) { done(u"test-bearer"_s); });
    controller.setStreamOptions(core::Network::X, fastOptions(server->baseUrl()));
    QList<social::ConnectionStatus> seen;
    connect(&controller, &FeedController::statusChanged, this,
            [&](core::Network, const social::ConnectionStatus &status) { seen.append(status); });
    QSignalSpy inHouse(&controller, &FeedController::inHousePostsStored);
    startAndWait(controller);

    QTRY_COMPARE_WITH_TIMEOUT(inHouse.size(), 1, 15000);
    const auto ids = inHouse.constFirst().at(0).value<QList<core::Id>>();
    const auto post = storage::PostRepository(m_db->db()).byId(ids.value(0));
    QVERIFY(post);
    QCOMPARE(post->postId, u"2001"_s);
    QCOMPARE(post->guestId, m_fixture.madison);
    QCOMPARE(post->room, u"512"_s);
    QCOMPARE(controller.status(core::Network::X).state, State::Connected);
    // The 503 was waited out: the indicator was told how long.
    const bool waited = std::any_of(seen.cbegin(), seen.cend(), [](const social::ConnectionStatus &status) {
        return status.state == State::Reconnecting && status.retryInMs > 0 && status.httpStatus == 503;
    });
    QVERIFY(waited);
    QCOMPARE(server->rules().size(), 1); // our rule, synchronised
}

void TestFeedController::aRefusedTokenStopsWithTheReason()
{
    QVERIFY(addRule(core::Network::X, u"@HarbourViewLX"_s) != core::InvalidId);
    auto server = xServer();
    FeedController controller(m_db->url());
    controller.setTokenReader([](core::Network, const QStringList &, auto done) { done(u"test-wrong"_s); });
    controller.setStreamOptions(core::Network::X, fastOptions(server->baseUrl()));
    startAndWait(controller);
    QTRY_COMPARE_WITH_TIMEOUT(controller.status(core::Network::X).state, State::Failed, 15000);
    const social::ConnectionStatus status = controller.status(core::Network::X);
    QVERIFY(!status.reason.isEmpty());
    QVERIFY(!status.reason.contains(u"test-wrong"_s)); // never the token
    QCOMPARE(status.httpStatus, 401);
}

void TestFeedController::demoIsOfferedOnTheDemoHotelOnly()
{
    {
        FeedController controller(m_db->url());
        startAndWait(controller);
        QVERIFY(!controller.isDemoOffered());
        QVERIFY(!controller.startDemo());
        QVERIFY(controller.networks().isEmpty());
    }
    core::Property demo;
    demo.code = pms::DemoHotel::propertyCode();
    demo.name = u"Harbour View Hotel"_s;
    demo.timeZone = pms::DemoHotel::timeZone();
    QVERIFY(storage::PropertyRepository(m_db->db()).add(demo));
    {
        FeedController controller(m_db->url());
        QSignalSpy offered(&controller, &FeedController::demoOfferChanged);
        startAndWait(controller);
        QVERIFY(controller.isDemoOffered());
        QCOMPARE(offered.size(), 1);
    }
    // A network with rules and a token listens for real: no demo then.
    QVERIFY(addRule(core::Network::X, u"@HarbourViewLX"_s) != core::InvalidId);
    {
        FeedController controller(m_db->url());
        controller.setTokenReader([](core::Network, const QStringList &, auto done) { done(u"test-bearer"_s); });
        controller.setClientFactory(core::Network::X,
                                    [](QNetworkAccessManager *access, const social::StreamOptions &options) {
                                        return new FakeClient(access, options, {});
                                    });
        startAndWait(controller);
        QVERIFY(!controller.isDemoOffered());
    }
}

void TestFeedController::demoFeedStoresItsSample()
{
    core::Property demo;
    demo.code = pms::DemoHotel::propertyCode();
    demo.name = u"Harbour View Hotel"_s;
    demo.timeZone = pms::DemoHotel::timeZone();
    const auto added = storage::PropertyRepository(m_db->db()).add(demo);
    QVERIFY(added);

    FeedController controller(m_db->url());
    controller.setDemoPace(20);
    startAndWait(controller);
    QVERIFY(controller.isDemoOffered());
    QSignalSpy running(&controller, &FeedController::demoRunningChanged);
    QSignalSpy stored(&controller, &FeedController::postsStored);
    QVERIFY(controller.startDemo());
    QCOMPARE(running.size(), 1);
    QVERIFY(controller.isDemoRunning());
    QVERIFY(!controller.isDemoOffered());
    QCOMPARE(controller.networks(), (QList<core::Network>{core::Network::X, core::Network::Mastodon}));
    QVERIFY(controller.isDemo(core::Network::X));
    QTRY_COMPARE(controller.status(core::Network::X).state, State::Connected);
    QTRY_COMPARE(controller.status(core::Network::Mastodon).state, State::Connected);

    // The whole sample, backlog and live part, stored once each.
    storage::PostFilter filter;
    filter.propertyId = added->id;
    QTRY_COMPARE_WITH_TIMEOUT(storage::PostRepository(m_db->db()).count(filter), qint64(30), 15000);
    QVERIFY(!stored.isEmpty());

    controller.stopDemo();
    QVERIFY(!controller.isDemoRunning());
    QCOMPARE(running.size(), 2);
    QTRY_VERIFY(controller.isDemoOffered());
}

QTEST_GUILESS_MAIN(TestFeedController)
#include "test_feedcontroller.moc"
