#include <fakemastodonserver.h>
#include <social/mastodon/mastodonapi.h>
#include <social/mastodon/mastodonstreamclient.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using tw::core::Id;
using tw::core::ListeningRule;
using tw::core::Network;
using tw::core::Post;
using tw::fakeapis::FakeMastodonServer;
using tw::social::ConnectionStatus;
using tw::social::MastodonApi;
using tw::social::MastodonStreamClient;
using tw::social::StreamOptions;
using State = ConnectionStatus::State;

namespace {

constexpr int kTimeoutMs = 15'000;

ListeningRule rule(Id id, const QString &value, const QString &tag = u"lobby"_s)
{
    ListeningRule r;
    r.id = id;
    r.propertyId = 3;
    r.network = Network::Mastodon;
    r.value = value;
    r.tag = tag;
    r.instance = u"hotel.example"_s;
    return r;
}

QStringList idRange(int first, int last)
{
    QStringList ids;
    for (int id = first; id <= last; ++id)
        ids.append(QString::number(id));
    return ids;
}

// One client against one fake server, collecting what the client hands on the
// way the listener would: every delivery, and the posts as the store keeps
// them (once per network and id).
class Run
{
public:
    Run()
    {
        server.setHeartbeatMs(150);
        server.setStepDelayMs(10);
        if (!server.start())
            qFatal("the fake Mastodon server cannot listen");
        options.apiBase = server.baseUrl();
        options.token = u"test-bearer"_s;
        options.stallTimeoutMs = 1'000;
        options.backoff.scale = 0.01;
    }

    // Declares statuses with these ids on a hashtag.
    void declare(const QStringList &ids, const QString &tag = u"harbourview"_s, const QJsonObject &extra = {})
    {
        for (const QString &id : ids) {
            QJsonObject status = extra;
            status.insert(u"id"_s, id);
            status.insert(u"tags"_s, QJsonArray{tag});
            server.addStatus(status);
        }
    }

    bool scenario(const QByteArray &json)
    {
        QString error;
        if (!server.loadScenario(json, &error)) {
            qWarning("scenario: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    void start(const QList<ListeningRule> &rules = {rule(11, u"HarbourView"_s)})
    {
        client = std::make_unique<MastodonStreamClient>(&access, options);
        client->setRules(rules);
        client->setNewestPostId([this] { return storeNewest; });
        QObject::connect(client.get(), &MastodonStreamClient::postsReceived, client.get(),
                         [this](const QList<Post> &posts) {
                             for (const Post &post : posts) {
                                 deliveries.append(post.postId);
                                 if (!stored.contains(post.postId))
                                     stored.insert(post.postId, post);
                                 storeNewest = MastodonApi::newerId(storeNewest, post.postId);
                             }
                         });
        QObject::connect(client.get(), &MastodonStreamClient::postDeleted, client.get(),
                         [this](Network network, const QString &id) {
                             if (network == Network::Mastodon)
                                 deleted.append(id);
                         });
        QObject::connect(client.get(), &MastodonStreamClient::postEdited, client.get(),
                         [this](const Post &post) { edits.append(post); });
        QObject::connect(client.get(), &MastodonStreamClient::statusChanged, client.get(),
                         [this](const ConnectionStatus &status) { statuses.append(status); });
        QObject::connect(client.get(), &MastodonStreamClient::backfillFinished, client.get(),
                         [this](int posts) { backfills.append(posts); });
        QObject::connect(client.get(), &MastodonStreamClient::malformedPayload, client.get(),
                         [this](const QString &reason) { malformed.append(reason); });
        QObject::connect(client.get(), &MastodonStreamClient::ruleRejected, client.get(),
                         [this](Id ruleId, const QString &message) {
                             rejected.append({ruleId, message});
                         });
        client->start();
    }

    QStringList storedIds() const { return stored.keys(); }

    int count(const QString &id) const { return int(deliveries.count(id)); }

    bool sawStatus(State state, int httpStatus = -1) const
    {
        return std::any_of(statuses.cbegin(), statuses.cend(), [&](const ConnectionStatus &s) {
            return s.state == state && (httpStatus < 0 || s.httpStatus == httpStatus);
        });
    }

    QList<ConnectionStatus> statusesIn(State state) const
    {
        QList<ConnectionStatus> found;
        for (const ConnectionStatus &s : statuses) {
            if (s.state == state)
                found.append(s);
        }
        return found;
    }

    QStringList timelineParameter(const QString &name, const QString &tag = u"harbourview"_s) const
    {
        QStringList values;
        for (const QUrlQuery &query : server.timelineQueries(tag))
            values.append(query.queryItemValue(name));
        return values;
    }

    FakeMastodonServer server;
    QNetworkAccessManager access;
    StreamOptions options;
    QString storeNewest;
    QStringList deliveries;
    QMap<QString, Post> stored;
    QStringList deleted;
    QList<Post> edits;
    QList<ConnectionStatus> statuses;
    QList<int> backfills;
    QStringList malformed;
    QList<std::pair<Id, QString>> rejected;
    // Last, so that it goes first.
    std::unique_ptr<MastodonStreamClient> client;
};

QStringList sorted(QStringList ids)
{
    std::sort(ids.begin(), ids.end(),
              [](const QString &a, const QString &b) { return MastodonApi::compareIds(a, b) < 0; });
    return ids;
}

} // namespace

class TestMastodonStreamClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ConnectionStatus>(); }

    void connectsFillsAndStreams()
    {
        Run run;
        run.declare({u"101"_s, u"102"_s});
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "heartbeat"}, {"type": "wait", "ms": 200},
                       {"type": "update", "status": "101"}, {"type": "update", "status": "102"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList({u"101"_s, u"102"_s}), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Connected, kTimeoutMs);

        const Post post = run.stored.value(u"101"_s);
        QCOMPARE(post.network, Network::Mastodon);
        QCOMPARE(post.ruleId, 11);
        QCOMPARE(post.ruleTag, u"lobby"_s);
        QCOMPARE(post.propertyId, 3);
        QCOMPARE(post.authorHandle, u"guest@hotel.example"_s);
        QCOMPARE(post.text, u"Status 101 #harbourview"_s);
        QVERIFY(post.createdAt.isValid());

        // Connecting, then the (empty) gap fill, then connected, in that order.
        QCOMPARE(run.statuses.value(0).state, State::Connecting);
        QCOMPARE(run.statuses.value(1).state, State::Backfilling);
        QCOMPARE(run.statuses.value(2).state, State::Connected);
        QCOMPARE(run.backfills, QList<int>{0});
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 1);
        // The hashtag went as written; the server matches it in any case.
        QCOMPARE(run.server.requests().constFirst().query.queryItemValue(u"tag"_s), u"HarbourView"_s);
        QVERIFY(run.server.requests().constFirst().authorized);
    }

    // The stall timer must restart on every heartbeat: these arrive 400 ms
    // apart, the stall timeout is 700 ms, and the post comes after 1.2 s on the
    // same connection.
    void heartbeatsKeepTheStreamAlive()
    {
        Run run;
        run.options.stallTimeoutMs = 700;
        run.declare({u"101"_s});
        const QByteArray scenario = R"js({"heartbeatMs": 0, "streams": {"harbourview": [
            {"steps": [{"type": "heartbeat"}, {"type": "wait", "ms": 400}, {"type": "heartbeat"},
                       {"type": "wait", "ms": 400}, {"type": "heartbeat"}, {"type": "wait", "ms": 400},
                       {"type": "update", "status": "101"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_VERIFY_WITH_TIMEOUT(run.stored.contains(u"101"_s), kTimeoutMs);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 1);
        QVERIFY(!run.sawStatus(State::Reconnecting));
    }

    void eventsSplitAcrossPackets_data()
    {
        QTest::addColumn<bool>("crlf");
        QTest::newRow("LF") << false;
        QTest::newRow("CRLF") << true;
    }

    void eventsSplitAcrossPackets()
    {
        QFETCH(bool, crlf);
        Run run;
        run.declare({u"101"_s, u"103"_s});
        run.declare({u"102"_s}, u"harbourview"_s, QJsonObject{{u"content"_s, u"<p>Café ☕ at the bar</p>"_s}});
        QJsonObject script{
            {u"crlf"_s, crlf},
            {u"steps"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"update"_s}, {u"status"_s, u"101"_s}, {u"splitAt"_s, 20}},
                        QJsonObject{{u"type"_s, u"update"_s}, {u"status"_s, u"102"_s}, {u"splitInside"_s, u"é"_s}},
                        QJsonObject{{u"type"_s, u"update"_s}, {u"status"_s, u"103"_s}, {u"splitAt"_s, 5}}}}};
        run.server.queueConnection(u"harbourview"_s, script);
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList({u"101"_s, u"102"_s, u"103"_s}), kTimeoutMs);
        QCOMPARE(run.stored.value(u"102"_s).text, u"Café ☕ at the bar"_s);
        QVERIFY(run.malformed.isEmpty());
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 1);
    }

    void droppedMidEventIsFilledFromTheTimeline()
    {
        Run run;
        run.declare(idRange(101, 104));
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "update", "status": "101"}, {"type": "update", "status": "102", "cutAfter": 30}]},
            {"publish": ["103"], "steps": [{"type": "update", "status": "104"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(sorted(run.storedIds()), idRange(101, 104), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Connected, kTimeoutMs);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 2);
        QVERIFY(run.sawStatus(State::Reconnecting, 0));
        // The fill after the drop starts right after the newest post received
        // whole, and pages forward.
        QVERIFY2(run.timelineParameter(u"min_id"_s).contains(u"101"_s),
                 qPrintable(run.timelineParameter(u"min_id"_s).join(u',')));
        QVERIFY(run.malformed.isEmpty());
    }

    void stallMeansReconnect()
    {
        Run run;
        run.options.stallTimeoutMs = 800;
        run.declare(idRange(101, 103));
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "update", "status": "101"}, {"type": "stall"}]},
            {"publish": ["102"], "steps": [{"type": "update", "status": "103"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), idRange(101, 103), kTimeoutMs);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 2);
        const QList<ConnectionStatus> waits = run.statusesIn(State::Reconnecting);
        QCOMPARE(waits.size(), 1);
        QVERIFY2(waits.constFirst().reason.contains(u"heartbeat"_s), qPrintable(waits.constFirst().reason));
        // The client, not the server, gave up on the stalled connection.
        QTRY_COMPARE_WITH_TIMEOUT(run.server.openStreamCount(u"harbourview"_s), 1, kTimeoutMs);
    }

    void rateLimitWaitsForTheResetTime()
    {
        Run run;
        // Scaled down, the documented rate-limit wait would be 60 ms; only the
        // server's reset time can make it longer than a second.
        run.options.backoff.scale = 0.001;
        run.declare({u"101"_s});
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"status": 429, "rateLimitResetMs": 1500},
            {"steps": [{"type": "update", "status": "101"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_VERIFY_WITH_TIMEOUT(run.stored.contains(u"101"_s), kTimeoutMs);
        const QList<ConnectionStatus> waits = run.statusesIn(State::Reconnecting);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.constFirst().httpStatus, 429);
        QVERIFY2(waits.constFirst().retryInMs > 1'000, qPrintable(QString::number(waits.constFirst().retryInMs)));
        QVERIFY(waits.constFirst().reason.contains(u"429"_s));
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 2);
    }

    void serviceUnavailableBacksOffExponentially()
    {
        Run run;
        run.declare({u"101"_s});
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"status": 503}, {"status": 503},
            {"steps": [{"type": "update", "status": "101"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_VERIFY_WITH_TIMEOUT(run.stored.contains(u"101"_s), kTimeoutMs);
        const QList<ConnectionStatus> waits = run.statusesIn(State::Reconnecting);
        QCOMPARE(waits.size(), 2);
        QCOMPARE(waits.at(0).httpStatus, 503);
        QCOMPARE(waits.at(0).retryInMs, 50); // 5 s scaled by 0.01
        QCOMPARE(waits.at(1).retryInMs, 100);
        QVERIFY2(waits.at(0).reason.contains(u"503"_s), qPrintable(waits.at(0).reason));
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 3);
    }

    // A server that greets and hangs up at once has not proven the connection:
    // the network back-off keeps growing instead of starting over each time.
    void greetingAloneDoesNotResetTheBackOff()
    {
        Run run;
        run.declare({u"101"_s});
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "drop"}]}, {"steps": [{"type": "drop"}]},
            {"steps": [{"type": "update", "status": "101"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_VERIFY_WITH_TIMEOUT(run.stored.contains(u"101"_s), kTimeoutMs);
        const QList<ConnectionStatus> waits = run.statusesIn(State::Reconnecting);
        QCOMPARE(waits.size(), 2);
        QCOMPARE(waits.at(0).httpStatus, 0);
        QVERIFY2(waits.at(1).retryInMs > waits.at(0).retryInMs,
                 qPrintable(u"%1 then %2"_s.arg(waits.at(0).retryInMs).arg(waits.at(1).retryInMs)));
    }

    void redeliveryAfterReconnectIsHandedOnAndStoredOnce()
    {
        Run run;
        run.declare(idRange(101, 103));
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "wait", "ms": 200}, {"type": "update", "status": "101"},
                       {"type": "update", "status": "102"}, {"type": "drop"}]},
            {"steps": [{"type": "update", "status": "102"}, {"type": "update", "status": "103"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), idRange(101, 103), kTimeoutMs);
        // Duplicates are the store's to drop; the client passes them on.
        QTRY_VERIFY_WITH_TIMEOUT(run.count(u"102"_s) >= 2, kTimeoutMs);
        QCOMPARE(run.count(u"101"_s), 1);
    }

    void refusedTokenIsNotRetried()
    {
        Run run;
        run.options.token = u"not-the-token"_s;
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Failed, kTimeoutMs);
        const ConnectionStatus status = run.client->status();
        QCOMPARE(status.httpStatus, 401);
        QVERIFY2(status.reason.contains(u"TWEETWORTHY_MASTODON_TOKEN"_s), qPrintable(status.reason));
        QVERIFY(status.reason.contains(u"The access token is invalid"_s));
        QVERIFY(!status.reason.contains(u"not-the-token"_s));
        // A retry would come within milliseconds at this back-off scale.
        QTest::qWait(300);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 1);
        QVERIFY(run.server.timelineQueries(u"harbourview"_s).isEmpty());
        QVERIFY(!run.sawStatus(State::Reconnecting));
    }

    void tokenRevokedWhileListening()
    {
        Run run;
        run.declare({u"101"_s});
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "update", "status": "101"}, {"type": "drop"}]},
            {"status": 401}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Failed, kTimeoutMs);
        QCOMPARE(run.client->status().httpStatus, 401);
        QTest::qWait(300);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 2);
        QCOMPARE(run.storedIds(), QStringList{u"101"_s});
    }

    void deletionsAndEdits()
    {
        Run run;
        run.declare({u"101"_s});
        const QByteArray scenario = R"js({"streams": {"harbourview": [
            {"steps": [{"type": "wait", "ms": 200}, {"type": "update", "status": "101"},
                       {"type": "edit", "status": "101", "content": "<p>Edited &amp; better</p>",
                        "edited_at": "2026-05-01T09:30:00.000Z"},
                       {"type": "delete", "status": "101"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.deleted, QStringList{u"101"_s}, kTimeoutMs);
        QCOMPARE(run.edits.size(), 1);
        const Post edit = run.edits.constFirst();
        QCOMPARE(edit.postId, u"101"_s);
        QCOMPARE(edit.text, u"Edited & better"_s);
        QVERIFY(edit.editedAt);
        QCOMPARE(*edit.editedAt, QDateTime(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC));
        QVERIFY(edit.raw.contains("Edited"));
        QCOMPARE(edit.ruleId, 11);
        // An edit is not a new post.
        QCOMPARE(run.count(u"101"_s), 1);
    }

    void liveEventsFromTheServerHooks()
    {
        Run run;
        run.declare({u"101"_s, u"102"_s});
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Connected, kTimeoutMs);

        run.server.post(u"101"_s);
        run.server.post(u"102"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList({u"101"_s, u"102"_s}), kTimeoutMs);
        run.server.edit(u"102"_s, u"<p>Now with a photo</p>"_s);
        run.server.remove(u"101"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run.deleted, QStringList{u"101"_s}, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.edits.size(), 1, kTimeoutMs);
        QCOMPARE(run.edits.constFirst().text, u"Now with a photo"_s);
    }

    void gapFillPagesForwardFromTheNewestStoredPost()
    {
        Run run;
        run.storeNewest = u"1000"_s;
        run.declare(idRange(990, 1095));
        for (const QString &id : idRange(990, 1095))
            run.server.publish(id);
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.backfills, QList<int>{95}, kTimeoutMs);
        QCOMPARE(sorted(run.storedIds()), idRange(1001, 1095));
        QCOMPARE(run.deliveries.size(), 95);
        // Pages of 40 after the cursor, following rel="prev", until an empty page.
        QCOMPARE(run.timelineParameter(u"min_id"_s), QStringList({u"1000"_s, u"1040"_s, u"1080"_s, u"1095"_s}));
        QCOMPARE(run.timelineParameter(u"limit"_s), QStringList(4, u"40"_s));
        // Each page is handed on oldest first.
        QCOMPARE(run.deliveries.constFirst(), u"1001"_s);
        QCOMPARE(run.deliveries.constLast(), u"1095"_s);
        QCOMPARE(run.client->status().state, State::Connected);
        QVERIFY(run.client->status().reason.isEmpty());
    }

    void gapFillStopsAfterTheMaximumPages()
    {
        Run run;
        run.options.maxBackfillPages = 2;
        run.storeNewest = u"1000"_s;
        run.declare(idRange(1001, 1095));
        for (const QString &id : idRange(1001, 1095))
            run.server.publish(id);
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.backfills, QList<int>{80}, kTimeoutMs);
        QCOMPARE(sorted(run.storedIds()), idRange(1001, 1080));
        QCOMPARE(run.server.timelineQueries(u"harbourview"_s).size(), 2);
        const ConnectionStatus status = run.client->status();
        QCOMPARE(status.state, State::Connected);
        QVERIFY2(status.reason.contains(u"2 pages"_s), qPrintable(status.reason));
    }

    // With nothing stored there is no cursor; a drop before the first post
    // must still lose nothing posted since the listener started, and must not
    // bring in what was posted long before.
    void withNothingStoredTheFillLooksBackToTheStart()
    {
        Run run;
        run.options.stallTimeoutMs = 600;
        run.declare({u"201"_s}, u"harbourview"_s, QJsonObject{{u"created_at"_s, u"2020-01-01T00:00:00.000Z"_s}});
        run.declare({u"202"_s, u"203"_s});
        const QByteArray scenario = R"js({"timeline": ["201"], "streams": {"harbourview": [
            {"steps": [{"type": "stall"}]},
            {"publish": ["202"], "steps": [{"type": "wait", "ms": 200}, {"type": "update", "status": "203"}]}
        ]}})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList({u"202"_s, u"203"_s}), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.backfills.size(), 2, kTimeoutMs);
        QCOMPARE(run.backfills.at(0), 0);
        QVERIFY(run.backfills.at(1) >= 1); // 202, and 203 if it was already posted
        QCOMPARE(run.timelineParameter(u"min_id"_s), QStringList(2, QString()));
    }

    void timelineErrorDuringTheFillReconnects()
    {
        Run run;
        run.storeNewest = u"1000"_s;
        run.declare({u"1001"_s, u"1002"_s});
        const QByteArray scenario
            = R"js({"timeline": ["1001", "1002"], "timelineFaults": [{"request": 1, "status": 503}]})js";
        QVERIFY(run.scenario(scenario));
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList({u"1001"_s, u"1002"_s}), kTimeoutMs);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 2);
        const QList<ConnectionStatus> waits = run.statusesIn(State::Reconnecting);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.constFirst().httpStatus, 503);
        QVERIFY2(waits.constFirst().reason.contains(u"hashtag timeline"_s), qPrintable(waits.constFirst().reason));
        QCOMPARE(run.timelineParameter(u"min_id"_s).mid(0, 2), QStringList(2, u"1000"_s));
    }

    void malformedEventsAreSkipped()
    {
        Run run;
        run.declare({u"102"_s});
        auto raw = [](const QString &data) { return QJsonObject{{u"type"_s, u"raw"_s}, {u"data"_s, data}}; };
        const QJsonArray steps{raw(u"event: update\ndata: {broken\n\n"_s),
                               raw(u"event: update\ndata: {\"id\": \"5\"}\n\n"_s), raw(u"event: delete\ndata: \n\n"_s),
                               raw(u"event: announcement\ndata: {}\n\n"_s),
                               QJsonObject{{u"type"_s, u"update"_s}, {u"status"_s, u"102"_s}}};
        run.server.queueConnection(u"harbourview"_s, QJsonObject{{u"steps"_s, steps}});
        run.start();

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList{u"102"_s}, kTimeoutMs);
        QCOMPARE(run.malformed.size(), 3);
        QVERIFY(run.deleted.isEmpty());
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 1);
    }

    void rulesOnOneHashtagShareAStream()
    {
        Run run;
        run.declare({u"101"_s});
        run.declare({u"301"_s}, u"spa"_s);
        const QByteArray scenario = R"js({"streams": {
            "harbourview": [{"steps": [{"type": "update", "status": "101"}]}],
            "spa": [{"steps": [{"type": "update", "status": "301"}]}]
        }})js";
        QVERIFY(run.scenario(scenario));
        run.start({rule(12, u"HarbourView"_s, u"views"_s), rule(11, u"#harbourview"_s), rule(13, u"Spa"_s, u"spa"_s)});

        QTRY_COMPARE_WITH_TIMEOUT(run.storedIds(), QStringList({u"101"_s, u"301"_s}), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Connected, kTimeoutMs);
        QCOMPARE(run.client->streams().size(), 2);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 1);
        QCOMPARE(run.server.streamRequestCount(u"spa"_s), 1);
        // The lower rule id wins a shared hashtag.
        QCOMPARE(run.stored.value(u"101"_s).ruleId, 11);
        QCOMPARE(run.stored.value(u"101"_s).ruleTag, u"lobby"_s);
        QCOMPARE(run.stored.value(u"301"_s).ruleId, 13);
    }

    void combinedStatus()
    {
        Run run;
        const QByteArray scenario = R"js({"streams": {
            "harbourview": [{"status": 429, "rateLimitResetMs": 60000}],
            "spa": [{}]
        }})js";
        QVERIFY(run.scenario(scenario));
        run.start({rule(11, u"HarbourView"_s), rule(13, u"Spa"_s)});

        // One stream is up, the other waits: the feed says when it retries.
        QTRY_COMPARE_WITH_TIMEOUT(run.server.timelineQueries(u"spa"_s).size(), 1, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Reconnecting, kTimeoutMs);
        QCOMPARE(run.client->status().httpStatus, 429);
        QVERIFY(run.client->status().retryInMs > 1'000);
        QVERIFY(run.client->status().reason.contains(u"hotel.example"_s));

        run.client->stop();
        QCOMPARE(run.client->status().state, State::Stopped);

        // A refused stream makes the whole client Failed.
        Run refused;
        const QByteArray refusedScenario = R"js({"streams": {"harbourview": [{"status": 403}]}})js";
        QVERIFY(refused.scenario(refusedScenario));
        refused.start({rule(11, u"HarbourView"_s), rule(13, u"Spa"_s)});
        QTRY_COMPARE_WITH_TIMEOUT(refused.client->status().state, State::Failed, kTimeoutMs);
        QCOMPARE(refused.client->status().httpStatus, 403);
    }

    void unusableRulesAreRejected()
    {
        Run run;
        run.start({rule(21, u"not a hashtag!"_s), rule(22, u"2026"_s)});
        QCOMPARE(run.rejected.size(), 2);
        QCOMPARE(run.rejected.at(0).first, 21);
        QVERIFY(run.rejected.at(0).second.contains(u"not a hashtag!"_s));
        QCOMPARE(run.client->status().state, State::Failed);
        QVERIFY(run.client->status().reason.contains(u"listening rule"_s));
        QTest::qWait(100);
        QVERIFY(run.server.requests().isEmpty());

        // Without apiBase, a rule needs its instance.
        Run noInstance;
        noInstance.options.apiBase = QUrl();
        ListeningRule homeless = rule(23, u"Spa"_s);
        homeless.instance.clear();
        noInstance.start({homeless});
        QCOMPARE(noInstance.rejected.size(), 1);
        QCOMPARE(noInstance.client->status().state, State::Failed);
    }

    void noTokenFailsAtOnce()
    {
        Run run;
        run.options.token.clear();
        run.start();
        QCOMPARE(run.client->status().state, State::Failed);
        QVERIFY(run.client->status().reason.contains(u"TWEETWORTHY_MASTODON_TOKEN"_s));
        QTest::qWait(100);
        QVERIFY(run.server.requests().isEmpty());
    }

    void stopClosesTheStream()
    {
        Run run;
        run.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Connected, kTimeoutMs);
        QCOMPARE(run.server.openStreamCount(u"harbourview"_s), 1);

        run.client->stop();
        QCOMPARE(run.client->status().state, State::Stopped);
        QTRY_COMPARE_WITH_TIMEOUT(run.server.openStreamCount(u"harbourview"_s), 0, kTimeoutMs);
        const qsizetype requests = run.server.requests().size();
        QTest::qWait(300);
        QCOMPARE(run.server.requests().size(), requests);

        // And it starts again.
        run.client->start();
        QTRY_COMPARE_WITH_TIMEOUT(run.client->status().state, State::Connected, kTimeoutMs);
        QCOMPARE(run.server.streamRequestCount(u"harbourview"_s), 2);
    }
};

QTEST_GUILESS_MAIN(TestMastodonStreamClient)
#include "test_mastodonstreamclient.moc"
