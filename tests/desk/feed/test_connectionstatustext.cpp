#include <desk/feed/connectionstatustext.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::ConnectionStatusText;
using State = social::ConnectionStatus::State;

Q_DECLARE_METATYPE(tw::social::ConnectionStatus::State)

// How the connection indicator words each state of a network's listener.
class TestConnectionStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_data();
    void describe();
    void detailsNameTheHttpStatus();
    void secondsRoundUp();
};

void TestConnectionStatusText::describe_data()
{
    QTest::addColumn<int>("network");
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("retryInMs");
    QTest::addColumn<int>("remainingMs");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("expected");

    const int x = int(core::Network::X);
    const int mastodon = int(core::Network::Mastodon);
    QTest::newRow("connected") << x << State::Connected << 0 << 0 << QString() << false << u"X: connected"_s;
    QTest::newRow("connecting") << mastodon << State::Connecting << 0 << 0 << QString() << false
                                << u"Mastodon: connecting…"_s;
    QTest::newRow("backfilling") << x << State::Backfilling << 0 << 0 << QString() << false
                                 << u"X: connected, catching up on missed posts…"_s;
    QTest::newRow("reconnecting") << x << State::Reconnecting << 16000 << 12400 << u"HTTP 503"_s << false
                                  << u"X: reconnecting in 13 s"_s;
    QTest::newRow("reconnecting, time up")
        << x << State::Reconnecting << 5000 << 0 << QString() << false << u"X: reconnecting…"_s;
    QTest::newRow("stopped with reason") << x << State::Stopped << 0 << 0 << u"no X token yet."_s << false
                                         << u"X: stopped: no X token yet."_s;
    QTest::newRow("stopped") << mastodon << State::Stopped << 0 << 0 << QString() << false
                             << u"Mastodon: not listening"_s;
    QTest::newRow("failed") << x << State::Failed << 0 << 0 << u"X refused the token (401)."_s << false
                            << u"X: stopped: X refused the token (401)."_s;
    QTest::newRow("demo") << x << State::Connected << 0 << 0 << u"Demo feed"_s << true
                          << u"X demo feed: sample posts, not live"_s;
    QTest::newRow("demo starting") << mastodon << State::Connecting << 0 << 0 << QString() << true
                                   << u"Mastodon demo: starting…"_s;
}

void TestConnectionStatusText::describe()
{
    QFETCH(int, network);
    QFETCH(State, state);
    QFETCH(int, retryInMs);
    QFETCH(int, remainingMs);
    QFETCH(QString, reason);
    QFETCH(bool, demo);
    QFETCH(QString, expected);
    social::ConnectionStatus status;
    status.state = state;
    status.retryInMs = retryInMs;
    status.reason = reason;
    QCOMPARE(ConnectionStatusText::describe(core::Network(network), status, remainingMs, demo), expected);
}

void TestConnectionStatusText::detailsNameTheHttpStatus()
{
    social::ConnectionStatus status;
    status.state = State::Reconnecting;
    status.reason = u"X is busy."_s;
    status.httpStatus = 503;
    QCOMPARE(ConnectionStatusText::details(status), u"X is busy. (HTTP status 503)"_s);
    QVERIFY(ConnectionStatusText::details(status, true).contains(u"demo"_s, Qt::CaseInsensitive));
}

void TestConnectionStatusText::secondsRoundUp()
{
    QCOMPARE(ConnectionStatusText::secondsLeft(0), 0);
    QCOMPARE(ConnectionStatusText::secondsLeft(1), 1);
    QCOMPARE(ConnectionStatusText::secondsLeft(1000), 1);
    QCOMPARE(ConnectionStatusText::secondsLeft(1001), 2);
    QCOMPARE(ConnectionStatusText::secondsLeft(-50), 0);
}

QTEST_GUILESS_MAIN(TestConnectionStatusText)
#include "test_connectionstatustext.moc"
