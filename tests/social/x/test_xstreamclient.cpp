#include <social/x/xstreamclient.h>

#include <fakexserver.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using tw::core::ListeningRule;
using tw::core::Post;
using tw::fakeapis::FakeXPost;
using tw::fakeapis::FakeXScenario;
using tw::fakeapis::FakeXServer;
using tw::social::ConnectionStatus;
using tw::social::StreamOptions;
using tw::social::XStreamClient;
using State = ConnectionStatus::State;

namespace {

constexpr int kTimeout = 10'000;
const QString kToken = u"test-bearer"_s;

int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

QStringList sortedIds(QStringList ids)
{
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return compareIds(a, b) < 0; });
    return ids;
}

// Two properties' rules: the spa's hashtag and the Lisbon hotel's handle.
QList<ListeningRule> rules()
{
    ListeningRule spa;
    spa.id = 1;
    spa.propertyId = 10;
    spa.value = u"#HarbourView"_s;
    spa.tag = u"spa"_s;
    ListeningRule lisbon;
    lisbon.id = 2;
    lisbon.propertyId = 11;
    lisbon.value = u"@HarbourLisbon"_s;
    return {spa, lisbon};
}

// A post for the scenario JSON, by one of three guests, matching the spa's
// rule unless told otherwise.
QJsonObject post(const QString &id, const QString &matches = u"#HarbourView"_s)
{
    static const QStringList guests{u"Alice_Doe"_s, u"bob"_s, u"CarolK"_s};
    const QString guest = guests.at(id.toInt() % guests.size());
    return {{"id"_L1, id},
            {"text"_L1, u"Post %1 & more"_s.arg(id)},
            {"author"_L1, QJsonObject{{"username"_L1, guest}, {"name"_L1, QString(guest + u" Name"_s)}}},
            {"matches"_L1, QJsonArray{matches}}};
}

// The client against a fake X server, and everything the client told: the
// posts as a store would keep them (once per id), statuses, rules.
class Harness
{
public:
    explicit Harness(const QByteArray &connectionsJson, const QJsonArray &posts = {},
                     const std::function<void(FakeXScenario &)> &adjust = {},
                     const std::function<void(StreamOptions &)> &adjustOptions = {})
    {
        QJsonObject root{{"token"_L1, kToken},   {"keepAliveMs"_L1, 100},
                         {"stepDelayMs"_L1, 10}, {"splitPauseMs"_L1, 60},
                         {"posts"_L1, posts},    {"connections"_L1, QJsonDocument::fromJson(connectionsJson).array()}};
        QString error;
        std::optional<FakeXScenario> scenario = FakeXScenario::fromJson(QJsonDocument(root).toJson(), &error);
        if (!scenario)
            qFatal("bad scenario: %s", qPrintable(error));
        if (adjust)
            adjust(*scenario);
        server = std::make_unique<FakeXServer>(std::move(*scenario));
        if (!server->start())
            qFatal("the fake X server did not start");

        network.setProxy(QNetworkProxy::NoProxy);
        StreamOptions options;
        options.apiBase = server->baseUrl();
        options.token = kToken;
        options.stallTimeoutMs = 400;
        options.backoff.scale = 0.001; // 250 ms steps become 1 ms, 5 s become 5 ms, 60 s become 60 ms
        if (adjustOptions)
            adjustOptions(options);
        client = std::make_unique<XStreamClient>(&network, options);
        client->setRules(rules());
        client->setNewestPostId([this] { return newestId(); });

        QObject::connect(client.get(), &XStreamClient::postsReceived, client.get(), [this](const QList<Post> &batch) {
            for (const Post &p : batch) {
                deliveries.append(p.postId);
                if (!stored.contains(p.postId))
                    stored.insert(p.postId, p);
            }
        });
        QObject::connect(client.get(), &XStreamClient::statusChanged, client.get(),
                         [this](const ConnectionStatus &status) { statuses.append(status); });
        QObject::connect(client.get(), &XStreamClient::backfillFinished, client.get(),
                         [this](int posts) { backfills.append(posts); });
        QObject::connect(client.get(), &XStreamClient::malformedPayload, client.get(),
                         [this](const QString &reason) { malformed.append(reason); });
        QObject::connect(client.get(), &XStreamClient::ruleRejected, client.get(),
                         [this](tw::core::Id id, const QString &message) {
                             rejected.append({id, message});
                         });
        QObject::connect(client.get(), &XStreamClient::ruleSynchronised, client.get(),
                         [this](tw::core::Id id, const QString &remoteId) {
                             synchronised.append({id, remoteId});
                         });
    }

    ~Harness() { client->stop(); }

    // What a store would hold: each post once.
    QStringList storedIds() const { return sortedIds(stored.keys()); }
    QString newestId() const
    {
        const QStringList ids = storedIds();
        return ids.isEmpty() ? QString() : ids.constLast();
    }
    QList<State> states() const
    {
        QList<State> result;
        for (const ConnectionStatus &status : statuses)
            result.append(status.state);
        return result;
    }
    std::optional<ConnectionStatus> firstStatus(State state) const
    {
        for (const ConnectionStatus &status : statuses) {
            if (status.state == state)
                return status;
        }
        return std::nullopt;
    }
    QStringList searchedSinceIds() const
    {
        QStringList ids;
        for (const FakeXServer::SearchRecord &search : server->searches())
            ids.append(search.sinceId);
        return ids;
    }

    std::unique_ptr<FakeXServer> server;
    QNetworkAccessManager network;
    std::unique_ptr<XStreamClient> client;
    QHash<QString, Post> stored;
    QStringList deliveries;
    QList<ConnectionStatus> statuses;
    QList<int> backfills;
    QStringList malformed;
    QList<QPair<tw::core::Id, QString>> rejected;
    QList<QPair<tw::core::Id, QString>> synchronised;
};

QJsonArray posts(std::initializer_list<QJsonObject> list)
{
    QJsonArray array;
    for (const QJsonObject &p : list)
        array.append(p);
    return array;
}

} // namespace

class TestXStreamClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsChunkedLinesKeepAlivesAndSplitLines()
    {
        Harness h(R"([{"steps":[
                        {"send":"1001"},
                        {"keepAlive":3},
                        {"send":["1002","1003"]},
                        {"send":"1004","splitAt":25},
                        {"keepAlive":2}]}])",
                  posts({post(u"1001"_s), post(u"1002"_s), post(u"1003"_s, u"@HarbourLisbon"_s), post(u"1004"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s}), kTimeout);
        QCOMPARE(h.deliveries.size(), 4);
        QCOMPARE(h.states(), (QList<State>{State::Connecting, State::Connected}));
        QCOMPARE(h.backfills, QList<int>{0}); // nothing stored before: no gap to fill
        QVERIFY(h.server->searches().isEmpty());
        QVERIFY(h.malformed.isEmpty());

        const Post first = h.stored.value(u"1001"_s);
        QCOMPARE(first.text, u"Post 1001 & more"_s);
        QCOMPARE(first.ruleId, qint64(1));
        QCOMPARE(first.ruleTag, u"spa"_s);
        QCOMPARE(first.propertyId, qint64(10));
        QCOMPARE(first.authorHandle, u"carolk"_s);
        QCOMPARE(first.authorName, u"CarolK Name"_s);
        QCOMPARE(first.url, u"https://x.com/CarolK/status/1001"_s);
        QVERIFY(first.createdAt.isValid());
        QCOMPARE(h.stored.value(u"1003"_s).ruleId, qint64(2));
        QCOMPARE(h.stored.value(u"1003"_s).propertyId, qint64(11));
        QCOMPARE(h.stored.value(u"1004"_s).text, u"Post 1004 & more"_s); // whole after the split

        // The stream was asked for what a post needs, with the Bearer token.
        const QList<FakeXServer::RequestRecord> requests = h.server->requests();
        const auto stream = std::find_if(requests.cbegin(), requests.cend(),
                                         [](const auto &r) { return r.path == u"/2/tweets/search/stream"_s; });
        QVERIFY(stream != requests.cend());
        QCOMPARE(stream->headers.value("authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(stream->headers.value("accept-encoding"), "identity");
        QString tweetFields;
        QString expansions;
        for (const auto &[name, value] : stream->parameters) {
            if (name == u"tweet.fields"_s)
                tweetFields = value;
            if (name == u"expansions"_s)
                expansions = value;
        }
        QVERIFY(tweetFields.split(u',').contains(u"created_at"_s));
        QVERIFY(tweetFields.split(u',').contains(u"author_id"_s));
        QCOMPARE(expansions, u"author_id"_s);

        // Both rules went to the server once, tagged as ours, and their ids were told.
        QCOMPARE(h.server->addedRules().size(), 2);
        QCOMPARE(h.server->addedRules().at(0).tag, u"tw:1:spa"_s);
        QCOMPARE(h.synchronised.size(), 2);
        QCOMPARE(h.synchronised.at(0).second, h.server->addedRules().at(0).id);
    }

    void aLineCutByADroppedConnectionComesBackThroughTheGapFill()
    {
        Harness h(R"([{"steps":[{"send":"1001"},{"publish":"1002"},{"dropMidLine":"1003"}]},
                      {"steps":[{"send":"1004"}]}])",
                  posts({post(u"1001"_s), post(u"1002"_s), post(u"1003"_s, u"@HarbourLisbon"_s), post(u"1004"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s}), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.backfills.size(), 2, kTimeout);
        QVERIFY(h.backfills.at(1) >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Connected, kTimeout);

        QCOMPARE(h.states(),
                 (QList<State>{State::Connecting, State::Connected, State::Reconnecting, State::Connecting,
                               State::Backfilling, State::Connected}));
        // The gap fill started after the newest post stored before the drop,
        // not after the post the new stream delivered at once, one query per rule.
        QCOMPARE(h.searchedSinceIds(), (QStringList{u"1001"_s, u"1001"_s}));
        const QList<FakeXServer::SearchRecord> searches = h.server->searches();
        QCOMPARE(searches.at(0).query, u"#HarbourView"_s);
        QCOMPARE(searches.at(1).query, u"@HarbourLisbon"_s);
        QCOMPARE(searches.at(0).maxResults, 100);
        // Backfilled posts carry the rule, and so the property, of their query.
        QCOMPARE(h.stored.value(u"1002"_s).propertyId, qint64(10));
        QCOMPARE(h.stored.value(u"1003"_s).ruleId, qint64(2));
        QCOMPARE(h.stored.value(u"1003"_s).propertyId, qint64(11));
        QVERIFY(h.malformed.isEmpty()); // the half line was dropped with its connection
        // Rules were already in place on the reconnection.
        QCOMPARE(h.server->addedRules().size(), 2);
        QCOMPARE(h.synchronised.size(), 2);
    }

    void aStallIsDetectedAndTheGapFilled()
    {
        Harness h(R"([{"steps":[{"send":"1001"},{"publish":"1002"},{"stall":true}]},
                      {"steps":[{"send":"1003"}]}])",
                  posts({post(u"1001"_s), post(u"1002"_s), post(u"1003"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s, u"1003"_s}), kTimeout);
        const std::optional<ConnectionStatus> reconnecting = h.firstStatus(State::Reconnecting);
        QVERIFY(reconnecting);
        QVERIFY2(reconnecting->reason.contains(u"0.4 s"_s), qPrintable(reconnecting->reason));
        QCOMPARE(reconnecting->retryInMs, 1); // the network schedule, scaled
        QCOMPARE(h.server->streamConnections(), 2);
        QCOMPARE(h.searchedSinceIds().value(0), u"1001"_s);
    }

    void keepAlivesAloneKeepTheConnection()
    {
        // 1.2 s of nothing but keep-alives, 100 ms apart, against a 400 ms stall timeout.
        Harness h(R"([{"steps":[{"send":"1001"},{"keepAlive":12,"intervalMs":100},{"send":"1002"}]}])",
                  posts({post(u"1001"_s), post(u"1002"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s}), kTimeout);
        QCOMPARE(h.server->streamConnections(), 1);
        QVERIFY(!h.firstStatus(State::Reconnecting));
    }

    void rateLimitingWaitsForTheResetTime()
    {
        Harness h(R"([{"status":429,"resetInSeconds":2},{"steps":[{"send":"1001"}]}])", posts({post(u"1001"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), QStringList{u"1001"_s}, kTimeout);
        const std::optional<ConnectionStatus> waiting = h.firstStatus(State::Reconnecting);
        QVERIFY(waiting);
        QCOMPARE(waiting->httpStatus, 429);
        // The scaled schedule would wait 60 ms; the reset header says one to two seconds.
        QVERIFY2(waiting->retryInMs > 900 && waiting->retryInMs <= 2'000,
                 qPrintable(QString::number(waiting->retryInMs)));
        QCOMPARE(h.server->streamConnections(), 2);
    }

    void serverErrorsBackOffExponentially()
    {
        Harness h(R"([{"status":503},{"status":503},{"status":500},{"steps":[{"send":"1001"}]}])",
                  posts({post(u"1001"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), QStringList{u"1001"_s}, kTimeout);
        QList<ConnectionStatus> waits;
        for (const ConnectionStatus &status : std::as_const(h.statuses)) {
            if (status.state == State::Reconnecting)
                waits.append(status);
        }
        QCOMPARE(waits.size(), 3);
        QCOMPARE(waits.at(0).httpStatus, 503);
        QCOMPARE(waits.at(1).httpStatus, 503);
        QCOMPARE(waits.at(2).httpStatus, 500);
        QCOMPARE(waits.at(0).retryInMs, 5);  // 5 s scaled
        QCOMPARE(waits.at(1).retryInMs, 10); // doubled
        QCOMPARE(waits.at(2).retryInMs, 20);
        QVERIFY(waits.at(0).reason.contains(u"503"_s));
        QCOMPARE(h.server->streamConnections(), 4);
    }

    void anOperationalDisconnectReconnects()
    {
        Harness h(R"([{"steps":[{"send":"1001"},{"publish":"1002"},{"operationalDisconnect":true}]},
                      {"steps":[{"send":"1003"}]}])",
                  posts({post(u"1001"_s), post(u"1002"_s), post(u"1003"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s, u"1003"_s}), kTimeout);
        const std::optional<ConnectionStatus> reconnecting = h.firstStatus(State::Reconnecting);
        QVERIFY(reconnecting);
        QVERIFY2(reconnecting->reason.contains(u"operational reasons"_s), qPrintable(reconnecting->reason));
        QVERIFY(h.malformed.isEmpty());
    }

    void aPostDeliveredAgainAfterReconnectingIsHandedOnAndStoredOnce()
    {
        Harness h(R"([{"steps":[{"send":"1001"},{"send":"1002"},{"drop":true}]},
                      {"steps":[{"send":"1002"},{"send":"1003"}]}])",
                  posts({post(u"1001"_s), post(u"1002"_s), post(u"1003"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s, u"1003"_s}), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.backfills.size(), 2, kTimeout);
        QVERIFY(h.deliveries.count(u"1002"_s) >= 2); // redelivered; the store keeps one
        QCOMPARE(h.searchedSinceIds().value(0), u"1002"_s);
    }

    void aWrongTokenFailsWithoutRetrying()
    {
        Harness h(R"([])", posts({post(u"1001"_s)}), [](FakeXScenario &s) { s.token = u"the-real-one"_s; });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Failed, kTimeout);
        const ConnectionStatus failed = h.client->status();
        QCOMPARE(failed.httpStatus, 401);
        QVERIFY(failed.reason.contains(u"Settings"_s));
        QVERIFY(failed.reason.contains(u"TWEETWORTHY_X_BEARER_TOKEN"_s));
        QVERIFY(!failed.reason.contains(kToken));
        QVERIFY(!h.client->isRunning());
        QTest::qWait(300); // many scaled back-off periods
        QCOMPARE(h.server->unauthorizedRequests(), 1);
        QCOMPARE(h.server->streamConnections(), 0);
        QCOMPARE(h.states(), (QList<State>{State::Connecting, State::Failed}));
    }

    void aForbiddenStreamFailsWithoutRetrying()
    {
        Harness h(R"([{"status":403}])", posts({post(u"1001"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Failed, kTimeout);
        QCOMPARE(h.client->status().httpStatus, 403);
        QVERIFY(h.client->status().reason.contains(u"developer portal"_s));
        QTest::qWait(300);
        QCOMPARE(h.server->streamConnections(), 1);
    }

    void aRuleXRefusesIsReportedAndTheOthersListen()
    {
        const QString words = u"Reference to invalid operator '@HarbourLisbon' (at position 1)"_s;
        Harness h(R"([{"steps":[{"send":"1001"},{"send":"1002"}]}])",
                  posts({post(u"1001"_s, u"@HarbourLisbon"_s), post(u"1002"_s)}),
                  [&words](FakeXScenario &s) { s.invalidRules.insert(u"@HarbourLisbon"_s, words); });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), QStringList{u"1002"_s}, kTimeout);
        QCOMPARE(h.rejected, (QList<QPair<tw::core::Id, QString>>{{2, words}}));
        QCOMPARE(h.synchronised.size(), 1);
        QCOMPARE(h.synchronised.at(0).first, qint64(1));
        QCOMPARE(h.client->status().state, State::Connected);
    }

    void everyRuleRefusedFails()
    {
        Harness h(R"([])", {}, [](FakeXScenario &s) {
            s.invalidRules.insert(u"#HarbourView"_s, u"bad one"_s);
            s.invalidRules.insert(u"@HarbourLisbon"_s, u"bad two"_s);
        });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Failed, kTimeout);
        QVERIFY(h.client->status().reason.contains(u"bad one"_s));
        QCOMPARE(h.rejected.size(), 2);
        QCOMPARE(h.server->streamConnections(), 0);
    }

    void theGapFillFollowsPages()
    {
        QJsonArray list{post(u"1000"_s)};
        for (int id = 1001; id <= 1250; ++id) {
            QJsonObject p = post(QString::number(id));
            p.insert("published"_L1, true);
            list.append(p);
        }
        Harness h(R"([{"steps":[{"send":"1000"},{"wait":50},{"drop":true}]},{"steps":[]}])", list);
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.stored.size(), 251, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.backfills.size(), 2, kTimeout);
        QCOMPARE(h.backfills.at(1), 250);

        QList<FakeXServer::SearchRecord> spa;
        for (const FakeXServer::SearchRecord &search : h.server->searches()) {
            if (search.query == u"#HarbourView"_s)
                spa.append(search);
        }
        QCOMPARE(spa.size(), 3);
        QVERIFY(spa.at(0).nextToken.isEmpty());
        QVERIFY(!spa.at(1).nextToken.isEmpty());
        QVERIFY(!spa.at(2).nextToken.isEmpty());
        QVERIFY(spa.at(1).nextToken != spa.at(2).nextToken);
        for (const FakeXServer::SearchRecord &search : std::as_const(spa))
            QCOMPARE(search.sinceId, u"1000"_s);
        QVERIFY(h.client->status().reason.isEmpty());
    }

    void theGapFillStopsAtThePageLimitAndSaysSo()
    {
        QJsonArray list{post(u"1000"_s)};
        for (int id = 1001; id <= 1250; ++id) {
            QJsonObject p = post(QString::number(id));
            p.insert("published"_L1, true);
            list.append(p);
        }
        Harness h(R"([{"steps":[{"send":"1000"},{"wait":50},{"drop":true}]},{"steps":[]}])", list, {},
                  [](StreamOptions &options) { options.maxBackfillPages = 2; });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.backfills.size(), 2, kTimeout);
        QCOMPARE(h.backfills.at(1), 200);
        QCOMPARE(h.stored.size(), 201);
        QVERIFY(h.stored.contains(u"1250"_s)); // newest first: the oldest are left out
        QVERIFY(!h.stored.contains(u"1050"_s));
        QCOMPARE(h.client->status().state, State::Connected);
        QVERIFY(h.client->status().reason.contains(u"left out"_s));
    }

    void aFailedGapFillIsRetriedWhileTheStreamFlows()
    {
        Harness h(R"([{"steps":[{"send":"1001"},{"publish":"1002"},{"drop":true}]},{"steps":[]}])",
                  posts({post(u"1001"_s), post(u"1002"_s)}), [](FakeXScenario &s) {
                      s.searchFaults.append({503, -1, {}, {}});
                  });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s}), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Connected, kTimeout);
        bool retried = false;
        for (const ConnectionStatus &status : std::as_const(h.statuses))
            retried = retried || (status.state == State::Backfilling && status.httpStatus == 503);
        QVERIFY(retried);
        QCOMPARE(h.server->streamConnections(), 2); // the stream itself stayed up
        QCOMPARE(h.searchedSinceIds().value(0), u"1001"_s);
        QCOMPARE(h.searchedSinceIds().value(1), u"1001"_s);
    }

    void aGapFillCutShortIsRedoneFromTheSamePoint()
    {
        // The second connection drops before its gap fill can answer; the third
        // fills from 1001 even though 1003 was stored in between.
        Harness h(R"([{"steps":[{"send":"1001"},{"publish":"1002"},{"drop":true}]},
                      {"steps":[{"send":"1003"},{"drop":true}]},
                      {"steps":[]}])",
                  posts({post(u"1001"_s), post(u"1002"_s), post(u"1003"_s)}),
                  [](FakeXScenario &s) {
                      s.searchFaults.append({503, -1, {}, {}});
                  },
                  [](StreamOptions &options) { options.backoff.scale = 0.01; });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s, u"1003"_s}), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Connected, kTimeout);
        QCOMPARE(h.server->streamConnections(), 3);
        for (const QString &since : h.searchedSinceIds())
            QCOMPARE(since, u"1001"_s);
    }

    void aGapBeyondSevenDaysIsSearchedFromTheOldestTimeXAllows()
    {
        // The newest stored post is eight days old: X refuses it as since_id.
        QJsonObject old = post(u"1001"_s);
        old.insert("created_at"_L1, QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODateWithMs));
        Harness h(R"([{"steps":[{"send":"1001"},{"publish":"1002"},{"drop":true}]},{"steps":[]}])",
                  posts({old, post(u"1002"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), (QStringList{u"1001"_s, u"1002"_s}), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.backfills.size(), 2, kTimeout);
        const QList<FakeXServer::SearchRecord> searches = h.server->searches();
        QCOMPARE(searches.size(), 4); // each rule: refused with since_id, then by time
        QCOMPARE(searches.at(0).status, 400);
        QCOMPARE(searches.at(0).sinceId, u"1001"_s);
        QCOMPARE(searches.at(1).status, 200);
        QVERIFY(searches.at(1).sinceId.isEmpty());
        QVERIFY(!searches.at(1).startTime.isEmpty());
        QVERIFY(h.client->status().reason.isEmpty());
    }

    void malformedLinesAreReportedAndSkipped()
    {
        // A line cut short, and a post without its creation time.
        const QJsonArray steps{QJsonObject{{"line"_L1, u"{\"data\":{\"id\":"_s}},
                               QJsonObject{{"line"_L1, QJsonObject{{"data"_L1, QJsonObject{{"id"_L1, "1009"_L1}}}}}},
                               QJsonObject{{"send"_L1, "1001"_L1}}};
        const QJsonArray connections{QJsonObject{{"steps"_L1, steps}}};
        Harness h(QJsonDocument(connections).toJson(), posts({post(u"1001"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), QStringList{u"1001"_s}, kTimeout);
        QCOMPARE(h.malformed.size(), 2);
        QCOMPARE(h.client->status().state, State::Connected);
    }

    void stopClosesTheStreamAndCancelsRetries()
    {
        Harness h(R"([{"steps":[{"send":"1001"}]}])", posts({post(u"1001"_s)}));
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.storedIds(), QStringList{u"1001"_s}, kTimeout);
        QCOMPARE(h.server->openStreams(), 1);
        h.client->stop();
        QCOMPARE(h.client->status().state, State::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(h.server->openStreams(), 0, kTimeout);
        const qsizetype requests = h.server->requests().size();
        h.server->deliver(u"1001"_s);
        QTest::qWait(200);
        QCOMPARE(h.server->requests().size(), requests);
        QCOMPARE(h.statuses.constLast().state, State::Stopped);

        // Started again, it listens again.
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Connected, kTimeout);
    }

    void stopDuringABackOffCancelsTheRetry()
    {
        Harness h(R"([{"status":503}])", {}, {}, [](StreamOptions &options) { options.backoff.scale = 0.1; });
        h.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(h.client->status().state, State::Reconnecting, kTimeout);
        QCOMPARE(h.client->status().retryInMs, 500);
        h.client->stop();
        QTest::qWait(800);
        QCOMPARE(h.server->streamConnections(), 1);
        QCOMPARE(h.client->status().state, State::Stopped);
    }

    void startWithoutWhatItNeedsFailsAtOnce_data()
    {
        QTest::addColumn<bool>("token");
        QTest::addColumn<bool>("withRules");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no token") << false << true << u"TWEETWORTHY_X_BEARER_TOKEN"_s;
        QTest::newRow("no rules") << true << false << u"rules add x"_s;
    }

    void startWithoutWhatItNeedsFailsAtOnce()
    {
        QFETCH(bool, token);
        QFETCH(bool, withRules);
        QFETCH(QString, reason);
        Harness h(R"([])", {}, {}, [token](StreamOptions &options) {
            if (!token)
                options.token.clear();
        });
        if (!withRules)
            h.client->setRules({});
        h.client->start();
        QCOMPARE(h.client->status().state, State::Failed);
        QVERIFY2(h.client->status().reason.contains(reason), qPrintable(h.client->status().reason));
        QVERIFY(h.server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXStreamClient)
#include "test_xstreamclient.moc"
