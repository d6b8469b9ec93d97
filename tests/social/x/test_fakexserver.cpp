#include <fakexserver.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <optional>

using namespace Qt::StringLiterals;
using tw::fakeapis::FakeXPost;
using tw::fakeapis::FakeXScenario;
using tw::fakeapis::FakeXServer;

namespace {

constexpr int kTimeout = 10'000;

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray resetHeader;
};

// The fake's own behaviour, checked the way a client sees it.
class Client
{
public:
    explicit Client(QUrl base)
        : m_base(std::move(base))
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    Answer get(const QString &path, const QList<QPair<QString, QString>> &parameters = {},
               const QByteArray &token = "test-bearer")
    {
        QUrl url = m_base;
        url.setPath(path);
        QUrlQuery query;
        for (const auto &[name, value] : parameters)
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token);
        return wait(m_network.get(request));
    }

    Answer post(const QString &path, const QJsonObject &body, const QString &query = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer test-bearer");
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return wait(m_network.post(request, QJsonDocument(body).toJson()));
    }

private:
    Answer wait(QNetworkReply *reply)
    {
        Answer answer;
        bool done = false;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = QJsonDocument::fromJson(reply->readAll()).object();
            answer.resetHeader = reply->rawHeader("x-rate-limit-reset");
            done = true;
            reply->deleteLater();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout); }();
        return answer;
    }

    QUrl m_base;
    QNetworkAccessManager m_network;
};

QStringList idsOf(const QJsonObject &page)
{
    QStringList ids;
    const QJsonArray data = page.value("data"_L1).toArray();
    for (const QJsonValue &post : data)
        ids.append(post.toObject().value("id"_L1).toString());
    return ids;
}

FakeXScenario searchScenario()
{
    FakeXScenario scenario;
    for (int id = 101; id <= 125; ++id) {
        FakeXPost post;
        post.id = QString::number(id);
        post.text = u"Post %1"_s.arg(id);
        post.createdAt = QDateTime::currentDateTimeUtc().addSecs(id - 3600).toString(Qt::ISODateWithMs);
        post.author = {u"77"_s, u"GuestOne"_s, u"Guest One"_s};
        post.matches = {id % 5 == 0 ? u"#Other"_s : u"#HarbourView"_s};
        post.published = id != 125; // 125 was never posted as far as search knows
        scenario.posts.append(post);
    }
    return scenario;
}

} // namespace

class TestFakeXServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recentSearchPagesNewestFirstAfterSinceId()
    {
        FakeXServer server(searchScenario());
        QVERIFY(server.start());
        Client client(server.baseUrl());

        // Posts 106..124 that match, newest first, 10 a page.
        const QList<QPair<QString, QString>> query{{u"query"_s, u"#HarbourView"_s},
                                                   {u"since_id"_s, u"105"_s},
                                                   {u"max_results"_s, u"10"_s},
                                                   {u"expansions"_s, u"author_id"_s},
                                                   {u"tweet.fields"_s, u"created_at,author_id"_s}};
        const Answer first = client.get(u"/2/tweets/search/recent"_s, query);
        QCOMPARE(first.status, 200);
        QCOMPARE(idsOf(first.body),
                 (QStringList{u"124"_s, u"123"_s, u"122"_s, u"121"_s, u"119"_s, u"118"_s, u"117"_s, u"116"_s, u"114"_s,
                              u"113"_s}));
        const QJsonObject meta = first.body.value("meta"_L1).toObject();
        QCOMPARE(meta.value("newest_id"_L1).toString(), u"124"_s);
        QCOMPARE(meta.value("result_count"_L1).toInt(), 10);
        const QString token = meta.value("next_token"_L1).toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject tweet = first.body.value("data"_L1).toArray().at(0).toObject();
        QVERIFY(tweet.contains("created_at"_L1));
        QCOMPARE(tweet.value("author_id"_L1).toString(), u"77"_s);
        QCOMPARE(first.body.value("includes"_L1).toObject().value("users"_L1).toArray().size(), 1);

        QList<QPair<QString, QString>> next = query;
        next.append({u"next_token"_s, token});
        const Answer second = client.get(u"/2/tweets/search/recent"_s, next);
        QCOMPARE(idsOf(second.body), (QStringList{u"112"_s, u"111"_s, u"109"_s, u"108"_s, u"107"_s, u"106"_s}));
        QVERIFY(!second.body.value("meta"_L1).toObject().contains("next_token"_L1));

        // The same token answers the same page, even after more posts appeared.
        server.publish(u"125"_s);
        QCOMPARE(idsOf(client.get(u"/2/tweets/search/recent"_s, next).body), idsOf(second.body));

        const QList<FakeXServer::SearchRecord> searches = server.searches();
        QCOMPARE(searches.size(), 3);
        QCOMPARE(searches.at(0).sinceId, u"105"_s);
        QVERIFY(searches.at(0).nextToken.isEmpty());
        QCOMPARE(searches.at(1).nextToken, token);
        QCOMPARE(searches.at(1).maxResults, 10);
    }

    void recentSearchRefusesWhatXRefuses_data()
    {
        QTest::addColumn<QString>("maxResults");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("nextToken");
        QTest::newRow("too few") << u"5"_s << u"#HarbourView"_s << QString();
        QTest::newRow("too many") << u"101"_s << u"#HarbourView"_s << QString();
        QTest::newRow("no query") << u"10"_s << QString() << QString();
        QTest::newRow("made-up token") << u"10"_s << u"#HarbourView"_s << u"nonsense"_s;
    }

    void recentSearchRefusesWhatXRefuses()
    {
        QFETCH(QString, maxResults);
        QFETCH(QString, query);
        QFETCH(QString, nextToken);
        FakeXServer server(searchScenario());
        QVERIFY(server.start());
        QList<QPair<QString, QString>> parameters{{u"query"_s, query}, {u"max_results"_s, maxResults}};
        if (!nextToken.isEmpty())
            parameters.append({u"next_token"_s, nextToken});
        const Answer answer = Client(server.baseUrl()).get(u"/2/tweets/search/recent"_s, parameters);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body.value("title"_L1).toString(), u"Invalid Request"_s);
        QVERIFY(!answer.body.value("errors"_L1).toArray().isEmpty());
    }

    void aWrongTokenGetsXs401Body()
    {
        FakeXServer server;
        QVERIFY(server.start());
        const Answer answer = Client(server.baseUrl()).get(u"/2/tweets/search/stream/rules"_s, {}, "nope");
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.body.value("title"_L1).toString(), u"Unauthorized"_s);
        QCOMPARE(answer.body.value("status"_L1).toInt(), 401);
        QCOMPARE(answer.body.value("type"_L1).toString(), u"about:blank"_s);
        QCOMPARE(server.unauthorizedRequests(), 1);
        QVERIFY(server.requests().constLast().status == 401);
    }

    void rulesAddDryRunDeleteAndErrors()
    {
        FakeXServer server;
        server.setInvalidRule(u"bad rule"_s, u"Rule is not valid."_s);
        QVERIFY(server.start());
        Client client(server.baseUrl());
        const QString path = u"/2/tweets/search/stream/rules"_s;

        const QJsonArray add{QJsonObject{{"value"_L1, "#a"_L1}, {"tag"_L1, "tw:1"_L1}},
                             QJsonObject{{"value"_L1, "bad rule"_L1}}, QJsonObject{{"value"_L1, "#a"_L1}}};
        const Answer dry = client.post(path, {{"add"_L1, add}}, u"dry_run=true"_s);
        QCOMPARE(dry.status, 200);
        QVERIFY(server.rules().isEmpty());
        QCOMPARE(server.dryRunValues(), (QStringList{u"#a"_s, u"bad rule"_s, u"#a"_s}));

        const Answer added = client.post(path, {{"add"_L1, add}});
        QCOMPARE(added.status, 201);
        const QJsonObject summary = added.body.value("meta"_L1).toObject().value("summary"_L1).toObject();
        QCOMPARE(summary.value("created"_L1).toInt(), 1);
        QCOMPARE(summary.value("not_created"_L1).toInt(), 2);
        QCOMPARE(summary.value("invalid"_L1).toInt(), 1);
        const QJsonArray errors = added.body.value("errors"_L1).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).toObject().value("title"_L1).toString(), u"UnprocessableEntity"_s);
        QCOMPARE(errors.at(0).toObject().value("details"_L1).toArray().at(0).toString(), u"Rule is not valid."_s);
        QCOMPARE(errors.at(1).toObject().value("title"_L1).toString(), u"DuplicateRule"_s);
        QCOMPARE(server.rules().size(), 1);
        const QString id = server.rules().at(0).id;
        QCOMPARE(errors.at(1).toObject().value("id"_L1).toString(), id);

        const Answer listed = client.get(path);
        QCOMPARE(listed.body.value("data"_L1).toArray().at(0).toObject().value("tag"_L1).toString(), u"tw:1"_s);

        const Answer removed = client.post(path, {{"delete"_L1, QJsonObject{{"ids"_L1, QJsonArray{id, u"404"_s}}}}});
        QCOMPARE(removed.status, 200);
        const QJsonObject removedSummary = removed.body.value("meta"_L1).toObject().value("summary"_L1).toObject();
        QCOMPARE(removedSummary.value("deleted"_L1).toInt(), 1);
        QCOMPARE(removedSummary.value("not_deleted"_L1).toInt(), 1);
        QVERIFY(server.rules().isEmpty());
        QCOMPARE(server.deletedRuleIds(), QStringList{id});
    }

    void rateLimitFaultCarriesTheResetHeader()
    {
        FakeXServer server;
        server.appendConnection({{429, 30, {}, {}}, {}});
        QVERIFY(server.start());
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const Answer answer = Client(server.baseUrl()).get(u"/2/tweets/search/stream"_s);
        QCOMPARE(answer.status, 429);
        const qint64 reset = answer.resetHeader.toLongLong();
        QVERIFY(reset >= before + 30 && reset <= before + 32);
    }

    void scenarioErrorsNameTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{") << u"not a JSON object"_s;
        QTest::newRow("post without id") << QByteArray(R"({"posts":[{"text":"x"}]})") << u"post 0"_s;
        QTest::newRow("unknown step") << QByteArray(R"({"connections":[{"steps":[{"dance":1}]}]})")
                                      << u"connection 0: step 0"_s;
    }

    void scenarioErrorsNameTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!FakeXScenario::fromJson(json, &message));
        QVERIFY2(message.contains(error), qPrintable(message));
    }

    void theExecutablePrintsItsAddressAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile scenario(dir.filePath(u"scenario.json"_s));
        QVERIFY(scenario.open(QIODevice::WriteOnly));
        const QJsonObject rule{{"value"_L1, "#HarbourView"_L1}, {"tag"_L1, "tw:1"_L1}};
        scenario.write(
            QJsonDocument(QJsonObject{{"token"_L1, "cli-bearer"_L1}, {"rules"_L1, QJsonArray{rule}}}).toJson());
        scenario.close();

        QProcess process;
        process.start(QStringLiteral(FAKE_X_SERVER), {u"--scenario"_s, scenario.fileName(), u"--port"_s, u"0"_s});
        QVERIFY(process.waitForStarted(kTimeout));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), kTimeout);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QUrl base(line);
        QCOMPARE(base.scheme(), u"http"_s);
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);
        QCOMPARE(line, u"http://127.0.0.1:%1"_s.arg(base.port()));

        Client client(base);
        QCOMPARE(client.get(u"/2/tweets/search/stream/rules"_s, {}, "test-bearer").status, 401);
        const Answer rules = client.get(u"/2/tweets/search/stream/rules"_s, {}, "cli-bearer");
        QCOMPARE(rules.status, 200);
        QCOMPARE(rules.body.value("data"_L1).toArray().size(), 1);

        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(kTimeout));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void theExecutableRefusesABadScenario()
    {
        QProcess process;
        process.start(QStringLiteral(FAKE_X_SERVER), {u"--scenario"_s, u"/nonexistent/scenario.json"_s});
        QVERIFY(process.waitForFinished(kTimeout));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains("cannot read"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFakeXServer)
#include "test_fakexserver.moc"
