#include <ui/feed/connectionindicator.h>

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using State = social::ConnectionStatus::State;
using ui::ConnectionIndicator;

Q_DECLARE_METATYPE(tw::social::ConnectionStatus::State)

// The feed's connection indicator: one line per network, in words, with the
// reconnect countdown and the reason in the tooltip.
class TestConnectionIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhereEachNetworkStands_data();
    void saysWhereEachNetworkStands();
    void countsDownToTheReconnect();
    void showsTheNetworksItIsGiven();
};

void TestConnectionIndicator::saysWhereEachNetworkStands_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("retryInMs");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tip");

    QTest::newRow("connected") << State::Connected << 0 << QString() << 0 << false << u"X: connected"_s << QString();
    QTest::newRow("connecting") << State::Connecting << 0 << QString() << 0 << false << u"X: connecting…"_s
                                << QString();
    QTest::newRow("catching up") << State::Backfilling << 0 << QString() << 0 << false
                                 << u"X: connected, catching up on missed posts…"_s << QString();
    QTest::newRow("reconnecting") << State::Reconnecting << 60'000 << u"X answered 429."_s << 429 << false
                                  << u"X: reconnecting in 60 s"_s << u"X answered 429. (HTTP status 429)"_s;
    QTest::newRow("stopped") << State::Stopped << 0 << u"no X token yet."_s << 0 << false
                             << u"X: stopped: no X token yet."_s << u"no X token yet."_s;
    QTest::newRow("failed") << State::Failed << 0 << u"X refused the token."_s << 401 << false
                            << u"X: stopped: X refused the token."_s << u"X refused the token. (HTTP status 401)"_s;
    QTest::newRow("demo") << State::Connected << 0 << u"Demo"_s << 0 << true << u"X demo feed: sample posts, not live"_s
                          << QString();
}

void TestConnectionIndicator::saysWhereEachNetworkStands()
{
    QFETCH(State, state);
    QFETCH(int, retryInMs);
    QFETCH(QString, reason);
    QFETCH(int, httpStatus);
    QFETCH(bool, demo);
    QFETCH(QString, text);
    QFETCH(QString, tip);

    ConnectionIndicator indicator;
    social::ConnectionStatus status;
    status.state = state;
    status.retryInMs = retryInMs;
    status.reason = reason;
    status.httpStatus = httpStatus;
    indicator.setStatus(core::Network::X, status, demo);
    QCOMPARE(indicator.text(core::Network::X), text);
    if (!tip.isEmpty())
        QCOMPARE(indicator.toolTip(core::Network::X), tip);
    if (demo)
        QVERIFY(indicator.toolTip(core::Network::X).contains(u"demo"_s, Qt::CaseInsensitive));
    // Screen readers hear the same words.
    auto *row = indicator.findChild<QWidget *>(u"connection_x"_s);
    QVERIFY(row);
    QCOMPARE(row->accessibleName(), text);
}

void TestConnectionIndicator::countsDownToTheReconnect()
{
    ConnectionIndicator indicator;
    social::ConnectionStatus status;
    status.state = State::Reconnecting;
    status.retryInMs = 3000;
    indicator.setStatus(core::Network::Mastodon, status);
    QCOMPARE(indicator.text(core::Network::Mastodon), u"Mastodon: reconnecting in 3 s"_s);
    // The count goes down by itself, second by second.
    QTRY_COMPARE_WITH_TIMEOUT(indicator.text(core::Network::Mastodon), u"Mastodon: reconnecting in 2 s"_s, 5000);
    status.state = State::Connected;
    indicator.setStatus(core::Network::Mastodon, status);
    QCOMPARE(indicator.text(core::Network::Mastodon), u"Mastodon: connected"_s);
}

void TestConnectionIndicator::showsTheNetworksItIsGiven()
{
    ConnectionIndicator indicator;
    auto *none = indicator.findChild<QLabel *>(u"connectionNone"_s);
    QVERIFY(none);
    QVERIFY(!none->isHidden());
    indicator.setNetworks({core::Network::X, core::Network::Mastodon});
    QCOMPARE(indicator.networks(), (QList<core::Network>{core::Network::X, core::Network::Mastodon}));
    QVERIFY(none->isHidden());
    QCOMPARE(indicator.text(core::Network::Mastodon), u"Mastodon: not listening"_s);
    indicator.setNetworks({core::Network::Mastodon});
    QCOMPARE(indicator.networks(), QList<core::Network>{core::Network::Mastodon});
    QVERIFY(indicator.text(core::Network::X).isEmpty());
    indicator.setNetworks({});
    QVERIFY(!none->isHidden());
}

QTEST_MAIN(TestConnectionIndicator)
#include "test_connectionindicator.moc"
