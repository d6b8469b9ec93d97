#include <fakemastodonserver.h>
#include <social/mastodon/mastodonapi.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using tw::fakeapis::FakeMastodonServer;
using tw::social::MastodonApi;

namespace {

constexpr int kTimeoutMs = 10'000;

struct Answer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;

    QStringList ids() const
    {
        QStringList result;
        for (const QJsonValue &status : QJsonDocument::fromJson(body).array())
            result.append(status.toObject().value(u"id"_s).toString());
        return result;
    }
};

} // namespace

// The fake must behave like Mastodon where the client depends on it; these
// checks hold it to the documented behaviour.
class TestFakeMastodonServer : public QObject
{
    Q_OBJECT

private:
    Answer get(const QUrl &url, const QByteArray &token = "test-bearer")
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        std::unique_ptr<QNetworkReply> reply(m_access.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, kTimeoutMs))
            return {};
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        return answer;
    }

    QUrl timeline(const FakeMastodonServer &server, const QString &tag, const QString &query = {}) const
    {
        QUrl url = server.baseUrl();
        url.setPath(u"/api/v1/timelines/tag/"_s + tag);
        url.setQuery(query);
        return url;
    }

    void publishRange(FakeMastodonServer &server, int first, int last, const QString &tag = u"harbourview"_s)
    {
        for (int id = first; id <= last; ++id) {
            server.addStatus(QJsonObject{{u"id"_s, QString::number(id)}, {u"tags"_s, QJsonArray{tag}}});
            server.publish(QString::number(id));
        }
    }

    QStringList range(int newest, int oldest) const
    {
        QStringList ids;
        for (int id = newest; id >= oldest; --id)
            ids.append(QString::number(id));
        return ids;
    }

    QNetworkAccessManager m_access;

private Q_SLOTS:
    void timelinePaging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("next"); // max_id of rel="next", empty: no Link
        QTest::addColumn<QString>("prev"); // min_id of rel="prev"

        QTest::newRow("newest first") << u"limit=10"_s << range(150, 141) << u"141"_s << u"150"_s;
        QTest::newRow("older with max_id") << u"limit=10&max_id=141"_s << range(140, 131) << u"131"_s << u"140"_s;
        QTest::newRow("min_id: immediately newer")
            << u"limit=10&min_id=120"_s << range(130, 121) << u"121"_s << u"130"_s;
        QTest::newRow("since_id: the newest above")
            << u"limit=10&since_id=120"_s << range(150, 141) << u"141"_s << u"150"_s;
        QTest::newRow("between max_id and min_id")
            << u"min_id=110&max_id=114"_s << range(113, 111) << u"111"_s << u"113"_s;
        QTest::newRow("default limit 20") << QString() << range(150, 131) << u"131"_s << u"150"_s;
        QTest::newRow("limit at most 40") << u"limit=100"_s << range(150, 111) << u"111"_s << u"150"_s;
        QTest::newRow("nothing newer: empty, no Link") << u"min_id=150"_s << QStringList() << QString() << QString();
    }

    void timelinePaging()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, ids);
        QFETCH(QString, next);
        QFETCH(QString, prev);

        FakeMastodonServer server;
        QVERIFY(server.start());
        publishRange(server, 101, 150);
        publishRange(server, 201, 205, u"spa"_s);

        const Answer answer = get(timeline(server, u"HarbourView"_s, query));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.ids(), ids);
        const auto links = MastodonApi::parseLinkHeader(answer.headers.value("link"));
        QCOMPARE(MastodonApi::queryValue(links.value(u"next"_s), u"max_id"_s), next);
        QCOMPARE(MastodonApi::queryValue(links.value(u"prev"_s), u"min_id"_s), prev);
        if (!links.isEmpty()) {
            QCOMPARE(links.value(u"next"_s).host(), u"127.0.0.1"_s);
            QCOMPARE(links.value(u"next"_s).port(), int(server.port()));
        }
        QCOMPARE(answer.headers.value("x-ratelimit-limit"), "300"_ba);
        QVERIFY(MastodonApi::rateLimitReset(answer.headers.value("x-ratelimit-reset"), {}).has_value());
        QCOMPARE(server.timelineQueries(u"harbourview"_s).size(), 1);
    }

    void statusesLookLikeMastodons()
    {
        FakeMastodonServer server;
        QVERIFY(server.start());
        server.addStatus(QJsonObject{{u"id"_s, u"7"_s},
                                     {u"tags"_s, QJsonArray{u"harbourview"_s}},
                                     {u"spoiler_text"_s, u"review"_s},
                                     {u"account"_s, QJsonObject{{u"id"_s, u"70"_s}, {u"username"_s, u"anna"_s}}}});
        server.publish(u"7"_s);
        const QJsonObject status = server.status(u"7"_s);
        QCOMPARE(status.value(u"id"_s).toString(), u"7"_s);
        QCOMPARE(status.value(u"spoiler_text"_s).toString(), u"review"_s);
        QCOMPARE(status.value(u"visibility"_s).toString(), u"public"_s);
        QVERIFY(status.value(u"edited_at"_s).isNull());
        QVERIFY(status.value(u"content"_s).toString().contains(u"#<span>harbourview</span>"_s));
        QCOMPARE(status.value(u"url"_s).toString(), u"https://hotel.example/@anna/7"_s);
        const QJsonObject account = status.value(u"account"_s).toObject();
        QCOMPARE(account.value(u"acct"_s).toString(), u"anna"_s);
        QCOMPARE(account.value(u"id"_s).toString(), u"70"_s);
        QCOMPARE(status.value(u"tags"_s).toArray().first().toObject().value(u"name"_s).toString(), u"harbourview"_s);
        QVERIFY(QDateTime::fromString(status.value(u"created_at"_s).toString(), Qt::ISODateWithMs).isValid());
    }

    void authentication()
    {
        FakeMastodonServer server;
        QVERIFY(server.start());
        QUrl stream = server.baseUrl();
        stream.setPath(u"/api/v1/streaming/hashtag"_s);
        stream.setQuery(u"tag=harbourview"_s);

        Answer answer = get(stream, "wrong");
        QCOMPARE(answer.status, 401);
        QCOMPARE(MastodonApi::errorMessage(answer.body), u"The access token is invalid"_s);
        answer = get(stream, QByteArray());
        QCOMPARE(answer.status, 401);
        QCOMPARE(MastodonApi::errorMessage(answer.body), u"Missing access token"_s);

        answer = get(timeline(server, u"harbourview"_s), "wrong");
        QCOMPARE(answer.status, 401);
        QCOMPARE(MastodonApi::errorMessage(answer.body), u"The access token is invalid"_s);
        // The hashtag timeline is public unless the server says otherwise.
        QCOMPARE(get(timeline(server, u"harbourview"_s), QByteArray()).status, 200);

        const QList<FakeMastodonServer::Request> requests = server.requests();
        QCOMPARE(requests.size(), 4);
        QCOMPARE(requests.at(0).endpoint, FakeMastodonServer::Endpoint::Stream);
        QVERIFY(!requests.at(0).authorized);
        QCOMPARE(requests.at(0).status, 401);
        QCOMPARE(server.streamRequestCount(u"harbourview"_s), 2);
    }

    void healthAndUnknownPaths()
    {
        FakeMastodonServer server;
        QVERIFY(server.start());
        QUrl url = server.baseUrl();
        url.setPath(u"/api/v1/streaming/health"_s);
        const Answer health = get(url);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.body, "OK"_ba);
        url.setPath(u"/api/v1/accounts/1"_s);
        const Answer missing = get(url);
        QCOMPARE(missing.status, 404);
        QCOMPARE(MastodonApi::errorMessage(missing.body), u"Record not found"_s);
    }

    void scriptedErrorsAndTimelineFaults()
    {
        FakeMastodonServer server;
        QVERIFY(server.start());
        const QByteArray scenario = R"js({"streams": {"harbourview": [{"status": 429, "rateLimitResetMs": 90000},
                                                                      {"status": 503, "error": "Down for a bit"}]},
                                         "timelineFaults": [{"request": 2, "status": 429}]})js";
        QVERIFY(server.loadScenario(scenario));
        QUrl stream = server.baseUrl();
        stream.setPath(u"/api/v1/streaming/hashtag"_s);
        stream.setQuery(u"tag=HarbourView"_s);

        const QDateTime before = QDateTime::currentDateTimeUtc();
        Answer answer = get(stream);
        QCOMPARE(answer.status, 429);
        QCOMPARE(answer.headers.value("x-ratelimit-remaining"), "0"_ba);
        const auto reset = MastodonApi::rateLimitReset(answer.headers.value("x-ratelimit-reset"), {});
        QVERIFY(reset.has_value());
        QVERIFY(before.msecsTo(*reset) > 60'000);
        answer = get(stream);
        QCOMPARE(answer.status, 503);
        QCOMPARE(MastodonApi::errorMessage(answer.body), u"Down for a bit"_s);

        QCOMPARE(get(timeline(server, u"harbourview"_s)).status, 200);
        QCOMPARE(get(timeline(server, u"harbourview"_s)).status, 429);
        QCOMPARE(get(timeline(server, u"harbourview"_s)).status, 200);
    }

    void scenarioMistakesAreReported_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "{"_ba << u"JSON"_s;
        QTest::newRow("status without id") << R"js({"statuses": [{"tags": ["a"]}]})js"_ba << u"id"_s;
        QTest::newRow("undeclared timeline status") << R"js({"timeline": ["5"]})js"_ba << u"5"_s;
        QTest::newRow("unknown step") << R"js({"streams": {"a": [{"steps": [{"type": "explode"}]}]}})js"_ba
                                      << u"explode"_s;
        QTest::newRow("undeclared step status")
            << R"js({"streams": {"a": [{"steps": [{"type": "update", "status": "9"}]}]}})js"_ba << u"9"_s;
        QTest::newRow("fault without request number")
            << R"js({"timelineFaults": [{"status": 503}]})js"_ba << u"request"_s;
    }

    void scenarioMistakesAreReported()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        FakeMastodonServer server;
        QString error;
        QVERIFY(!server.loadScenario(json, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // The contract the command-line tests rely on.
    void executable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scenarioPath = dir.filePath(u"scenario.json"_s);
        QFile file(scenarioPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"js({"token": "cli-bearer", "statuses": [{"id": "1", "tags": ["spa"]}], "timeline": ["1"]})js");
        file.close();

        QProcess process;
        process.start(QStringLiteral(FAKE_MASTODON_SERVER), {u"--scenario"_s, scenarioPath, u"--port"_s, u"0"_s});
        QVERIFY(process.waitForStarted(kTimeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), kTimeoutMs);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QRegularExpression pattern(u"^http://127\\.0\\.0\\.1:(\\d+)$"_s);
        const QRegularExpressionMatch match = pattern.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY(match.captured(1).toInt() > 0);

        QUrl url(line);
        url.setPath(u"/api/v1/timelines/tag/spa"_s);
        Answer answer = get(url, "cli-bearer");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.ids(), QStringList{u"1"_s});
        QCOMPARE(get(url, "test-bearer").status, 401);

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line
    }

    void executableRefusesABadScenario()
    {
        QProcess process;
        process.start(QStringLiteral(FAKE_MASTODON_SERVER), {u"--scenario"_s, u"/nonexistent/scenario.json"_s});
        QVERIFY(process.waitForFinished(kTimeoutMs));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFakeMastodonServer)
#include "test_fakemastodonserver.moc"
