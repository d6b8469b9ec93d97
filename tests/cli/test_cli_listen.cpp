#include "clifixtures.h"
#include "clirunner.h"

#include <testdatabase.h>

#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using tw::test::CliFixtures;
using tw::test::CliResult;
using tw::test::CliRunner;

namespace core = tw::core;

// "listen" as a service runs it: the real executable against the fake X and
// Mastodon servers (tests/fakeapis) over loopback HTTP, with a connection that
// breaks mid-line, an HTTP error, posts made while it was away and a
// redelivery; then "posts list" shows each post exactly once, with the in-house
// guest's room.
class TestCliListen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void xGapsFilledOnceEachWithRoom();
    void mastodonGapsFilledOnceEachWithRoom();
    void refusedTokenIsNotRetried();
    void stopsCleanlyOnSigterm();
    void needsRulesAndAToken();

private:
    // Starts a fake server from a scenario; its base URL, or empty after failing.
    QString startServer(const QString &program, const QByteArray &scenario);
    CliRunner runner() const;
    QJsonArray posts() const;
    static QSet<QString> idsOf(const QJsonArray &posts);

    std::unique_ptr<tw::test::TestDatabase> m_db;
    std::unique_ptr<QProcess> m_server;
    QTemporaryDir m_dir;
    core::Id m_anna = core::InvalidId;
};

void TestCliListen::init()
{
    QString error;
    m_db = tw::test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    tw::storage::Database &db = m_db->db();
    const core::Id lisbon = CliFixtures::addProperty(db, u"LIS"_s, u"Europe/Lisbon"_s);
    m_anna = CliFixtures::addGuest(db, CliFixtures::guest(u"Anna"_s, u"Smith"_s, u"anna@example.com"_s));
    QVERIFY(lisbon && m_anna);
    // In house from yesterday to the day after tomorrow, whatever the hour.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Lisbon")).date();
    QVERIFY(CliFixtures::addStay(db, lisbon, m_anna, u"L-1"_s, u"412"_s, today.addDays(-1), today.addDays(2),
                                 core::StayStatus::InHouse));
    QVERIFY(CliFixtures::linkHandle(db, m_anna, core::Network::X, u"@AnnaSmith"_s));
    QVERIFY(CliFixtures::linkHandle(db, m_anna, core::Network::Mastodon, u"@anna@hotel.example"_s));
}

void TestCliListen::cleanup()
{
    if (m_server) {
        m_server->terminate();
        if (!m_server->waitForFinished(10'000))
            m_server->kill();
        m_server.reset();
    }
    m_db.reset();
}

QString TestCliListen::startServer(const QString &program, const QByteArray &scenario)
{
    const QString path = m_dir.filePath(u"scenario-%1.json"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(scenario) != scenario.size())
        return {};
    file.close();
    m_server = std::make_unique<QProcess>();
    m_server->setProgram(program);
    m_server->setArguments({u"--scenario"_s, path});
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    m_server->start();
    if (!m_server->waitForStarted())
        return {};
    while (!m_server->canReadLine()) {
        if (!m_server->waitForReadyRead(10'000)) {
            qWarning().noquote() << "the fake server said nothing:" << m_server->readAllStandardError();
            return {};
        }
    }
    return QString::fromUtf8(m_server->readLine()).trimmed();
}

CliRunner TestCliListen::runner() const
{
    CliRunner cli(m_db->url());
    cli.setEnvironment(u"TWEETWORTHY_X_BEARER_TOKEN"_s, u"test-bearer"_s);
    cli.setEnvironment(u"TWEETWORTHY_MASTODON_TOKEN"_s, u"test-bearer"_s);
    return cli;
}

QJsonArray TestCliListen::posts() const
{
    const CliResult listed = CliRunner(m_db->url()).run({u"posts"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"0"_s});
    return listed.exitCode == 0 ? listed.json().array() : QJsonArray();
}

QSet<QString> TestCliListen::idsOf(const QJsonArray &posts)
{
    QSet<QString> ids;
    for (const auto &post : posts)
        ids.insert(post.toObject().value(u"id"_s).toString());
    return ids;
}

void TestCliListen::xGapsFilledOnceEachWithRoom()
{
    TW_EXPECT_EXIT(runner().run({u"rules"_s, u"add"_s, u"x"_s, u"#HarbourViewLisbon"_s, u"--tag"_s, u"brand"_s}), 0);
    // 2003 breaks off mid-line; 2004 is posted while the listener is away
    // after a 503; the next connection redelivers 2003 before 2005.
    const QString base = startServer(QStringLiteral(TW_FAKE_X_SERVER), R"({
        "posts": [
            {"id": "2001", "text": "Rooftop breakfast at #HarbourViewLisbon",
             "author": {"id": "501", "username": "AnnaSmith", "name": "Anna Smith"}},
            {"id": "2002", "text": "Nice lobby #HarbourViewLisbon", "author": {"username": "bob"}},
            {"id": "2003", "text": "Sunset from the bar #HarbourViewLisbon", "author": {"username": "carla"}},
            {"id": "2004", "text": "Spa day #HarbourViewLisbon", "author": {"username": "dan"}},
            {"id": "2005", "text": "Back again #HarbourViewLisbon", "author": {"username": "erin"}}
        ],
        "connections": [
            {"steps": [{"send": "2001"}, {"keepAlive": 2}, {"send": "2002", "splitAt": 30}, {"dropMidLine": "2003"}]},
            {"status": 503},
            {"steps": [{"publish": "2004"}, {"wait": 300}, {"send": "2003"}, {"send": "2005"}]}
        ]
    })");
    QVERIFY(!base.isEmpty());

    const CliResult listened = runner().run({u"listen"_s, u"x"_s, u"--api-base"_s, base, u"--stop-after-posts"_s,
                                             u"5"_s, u"--stall-timeout"_s, u"10"_s, u"--retry-scale"_s, u"0.001"_s,
                                             u"--stop-after-seconds"_s, u"60"_s});
    TW_EXPECT_EXIT(listened, 0);
    const QStringList lines = listened.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(listened.out.contains(u"2001 @annasmith in house, room 412"_s), listened.describe().constData());
    QVERIFY2(listened.err.contains(u"reconnecting"_s), listened.describe().constData());

    const QJsonArray stored = posts();
    QCOMPARE(stored.size(), 5);
    QCOMPARE(idsOf(stored), (QSet<QString>{u"2001"_s, u"2002"_s, u"2003"_s, u"2004"_s, u"2005"_s}));
    for (const auto &value : stored) {
        const QJsonObject post = value.toObject();
        const bool anna = post.value(u"id"_s).toString() == u"2001"_s;
        QCOMPARE(post.value(u"network"_s).toString(), u"x"_s);
        QCOMPARE(post.value(u"in_house"_s).toBool(), anna);
        if (anna) {
            QCOMPARE(post.value(u"guest_id"_s).toInteger(), m_anna);
            QCOMPARE(post.value(u"room"_s).toString(), u"412"_s);
            QCOMPARE(post.value(u"author_id"_s).toString(), u"501"_s);
            QCOMPARE(post.value(u"text"_s).toString(), u"Rooftop breakfast at #HarbourViewLisbon"_s);
        } else {
            QVERIFY(post.value(u"guest_id"_s).isNull());
        }
    }
    // The rule is now known by its id on the server.
    const QJsonArray rules = runner().run({u"rules"_s, u"list"_s, u"--json"_s}).json().array();
    QCOMPARE(rules.size(), 1);
    QVERIFY(!rules.at(0).toObject().value(u"remote_id"_s).toString().isEmpty());
}

void TestCliListen::mastodonGapsFilledOnceEachWithRoom()
{
    TW_EXPECT_EXIT(runner().run({u"rules"_s, u"add"_s, u"mastodon"_s, u"harbourviewlisbon"_s, u"--instance"_s,
                                 u"hotel.example"_s}),
                   0);
    const QString base = startServer(QStringLiteral(TW_FAKE_MASTODON_SERVER), R"({
        "instance": "hotel.example",
        "statuses": [
            {"id": "3001", "tags": ["harbourviewlisbon"],
             "account": {"id": "7", "username": "anna", "display_name": "Anna Smith"},
             "content": "<p>Lovely <b>stay</b> &amp; view <a href=\"https://hotel.example/tags/harbourviewlisbon\" class=\"mention hashtag\" rel=\"tag\">#<span>harbourviewlisbon</span></a></p>"},
            {"id": "3002", "tags": ["harbourviewlisbon"], "account": {"id": "9", "username": "bob", "acct": "bob@other.example"}},
            {"id": "3003", "tags": ["harbourviewlisbon"], "account": {"id": "11", "username": "carla"}}
        ],
        "streams": {
            "harbourviewlisbon": [
                {"steps": [{"type": "heartbeat"}, {"type": "update", "status": "3001", "splitAt": 25},
                           {"type": "update", "status": "3002", "cutAfter": 40}]},
                {"status": 503},
                {"publish": ["3003"], "steps": [{"type": "wait", "ms": 300}, {"type": "update", "status": "3002"}]}
            ]
        }
    })");
    QVERIFY(!base.isEmpty());

    const CliResult listened
        = runner().run({u"listen"_s, u"mastodon"_s, u"--api-base"_s, base, u"--stop-after-posts"_s, u"3"_s,
                        u"--retry-scale"_s, u"0.001"_s, u"--stop-after-seconds"_s, u"60"_s});
    TW_EXPECT_EXIT(listened, 0);
    const QJsonArray stored = posts();
    QCOMPARE(stored.size(), 3);
    QCOMPARE(idsOf(stored), (QSet<QString>{u"3001"_s, u"3002"_s, u"3003"_s}));
    for (const auto &value : stored) {
        const QJsonObject post = value.toObject();
        if (post.value(u"id"_s).toString() != u"3001"_s) {
            QCOMPARE(post.value(u"in_house"_s).toBool(), false);
            continue;
        }
        QCOMPARE(post.value(u"network"_s).toString(), u"mastodon"_s);
        QCOMPARE(post.value(u"author_handle"_s).toString(), u"anna@hotel.example"_s);
        QCOMPARE(post.value(u"guest_id"_s).toInteger(), m_anna);
        QCOMPARE(post.value(u"in_house"_s).toBool(), true);
        QCOMPARE(post.value(u"room"_s).toString(), u"412"_s);
        // Plain text: no tags, entities decoded.
        const QString text = post.value(u"text"_s).toString();
        QVERIFY2(text.startsWith(u"Lovely stay & view #harbourviewlisbon"_s), qPrintable(text));
        QVERIFY(!text.contains(u'<'));
    }
}

void TestCliListen::refusedTokenIsNotRetried()
{
    TW_EXPECT_EXIT(runner().run({u"rules"_s, u"add"_s, u"x"_s, u"#HarbourViewLisbon"_s}), 0);
    const QString base = startServer(QStringLiteral(TW_FAKE_X_SERVER), R"({"token": "the-right-one"})");
    QVERIFY(!base.isEmpty());
    // Retrying would run into --stop-after-seconds and exit 0.
    const CliResult listened = runner().run({u"listen"_s, u"x"_s, u"--api-base"_s, base, u"--retry-scale"_s, u"0.001"_s,
                                             u"--stop-after-seconds"_s, u"30"_s});
    TW_EXPECT_EXIT(listened, 1);
    QVERIFY2(listened.err.contains(u"token"_s, Qt::CaseInsensitive), listened.describe().constData());
    QVERIFY2(!listened.err.contains(u"test-bearer"_s), "the token must never be printed");
    QVERIFY(listened.out.isEmpty());
}

void TestCliListen::stopsCleanlyOnSigterm()
{
    TW_EXPECT_EXIT(runner().run({u"rules"_s, u"add"_s, u"x"_s, u"#HarbourViewLisbon"_s}), 0);
    const QString base = startServer(QStringLiteral(TW_FAKE_X_SERVER), R"({
        "posts": [{"id": "2001", "text": "Hello #HarbourViewLisbon", "author": {"username": "AnnaSmith"}}],
        "connections": [{"steps": [{"send": "2001"}]}]
    })");
    QVERIFY(!base.isEmpty());

    QProcess listen;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TWEETWORTHY_X_BEARER_TOKEN"_s, u"test-bearer"_s);
    environment.insert(u"HOME"_s, m_dir.path());
    listen.setProcessEnvironment(environment);
    listen.start(CliRunner::executable(),
                 {u"--db"_s, CliRunner::toUrlString(m_db->url()), u"listen"_s, u"x"_s, u"--api-base"_s, base});
    QVERIFY(listen.waitForStarted());
    // Wait for the post to be stored: its line on stdout.
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(listen.readAllStandardOutput())).contains(u"2001"_s), 30'000);
    listen.terminate(); // SIGTERM
    QVERIFY(listen.waitForFinished(30'000));
    QCOMPARE(listen.exitStatus(), QProcess::NormalExit);
    QCOMPARE(listen.exitCode(), 0);
    const QString err = QString::fromUtf8(listen.readAllStandardError());
    QVERIFY2(err.contains(u"new posts stored: 1,"_s), qPrintable(err));
    QCOMPARE(idsOf(posts()), QSet<QString>{u"2001"_s});
}

void TestCliListen::needsRulesAndAToken()
{
    const CliResult noRules = runner().run({u"listen"_s, u"x"_s});
    TW_EXPECT_EXIT(noRules, 1);
    QVERIFY2(noRules.err.contains(u"rules add x"_s), noRules.describe().constData());

    TW_EXPECT_EXIT(runner().run({u"rules"_s, u"add"_s, u"x"_s, u"#HarbourViewLisbon"_s}), 0);
    CliRunner withoutToken(m_db->url());
    const CliResult noToken = withoutToken.run({u"listen"_s, u"x"_s});
    TW_EXPECT_EXIT(noToken, 1);
    QVERIFY2(noToken.err.contains(u"TWEETWORTHY_X_BEARER_TOKEN"_s), noToken.describe().constData());

    TW_EXPECT_EXIT(runner().run({u"listen"_s, u"bluesky"_s}), 2);
    TW_EXPECT_EXIT(runner().run({u"listen"_s, u"x"_s, u"--api-base"_s, u"ftp://nowhere"_s}), 2);
    TW_EXPECT_EXIT(runner().run({u"listen"_s, u"x"_s, u"--stop-after-posts"_s, u"0"_s}), 2);
}

QTEST_GUILESS_MAIN(TestCliListen)
#include "test_cli_listen.moc"
