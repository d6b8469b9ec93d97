#include <core/types.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::Guest;
using tw::core::LinkState;
using tw::core::Network;
using tw::core::PostState;
using tw::core::Stay;
using tw::core::StayStatus;

Q_DECLARE_METATYPE(tw::core::StayStatus)
Q_DECLARE_METATYPE(tw::core::Network)
Q_DECLARE_METATYPE(tw::core::LinkState)
Q_DECLARE_METATYPE(tw::core::PostState)

class TestTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stayStatusKeys_data();
    void stayStatusKeys();
    void networkKeys_data();
    void networkKeys();
    void linkStateKeys_data();
    void linkStateKeys();
    void postStateKeys_data();
    void postStateKeys();
    void keysAreLenient_data();
    void keysAreLenient();
    void unknownKeys_data();
    void unknownKeys();
    void guestDisplayName_data();
    void guestDisplayName();
    void stayNights();
};

void TestTypes::stayStatusKeys_data()
{
    QTest::addColumn<StayStatus>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("reserved") << StayStatus::Reserved << u"reserved"_s;
    QTest::newRow("in house") << StayStatus::InHouse << u"in_house"_s;
    QTest::newRow("checked out") << StayStatus::CheckedOut << u"checked_out"_s;
    QTest::newRow("cancelled") << StayStatus::Cancelled << u"cancelled"_s;
    QTest::newRow("no-show") << StayStatus::NoShow << u"no_show"_s;
}

void TestTypes::stayStatusKeys()
{
    QFETCH(StayStatus, status);
    QFETCH(QString, key);
    QCOMPARE(tw::core::stayStatusKey(status), key);
    const auto back = tw::core::stayStatusFromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, status);
}

void TestTypes::networkKeys_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("key");
    QTest::newRow("x") << Network::X << u"x"_s;
    QTest::newRow("mastodon") << Network::Mastodon << u"mastodon"_s;
    QTest::newRow("bluesky") << Network::Bluesky << u"bluesky"_s;
}

void TestTypes::networkKeys()
{
    QFETCH(Network, network);
    QFETCH(QString, key);
    QCOMPARE(tw::core::networkKey(network), key);
    const auto back = tw::core::networkFromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, network);
}

void TestTypes::linkStateKeys_data()
{
    QTest::addColumn<LinkState>("state");
    QTest::addColumn<QString>("key");
    QTest::newRow("suggested") << LinkState::Suggested << u"suggested"_s;
    QTest::newRow("confirmed") << LinkState::Confirmed << u"confirmed"_s;
}

void TestTypes::linkStateKeys()
{
    QFETCH(LinkState, state);
    QFETCH(QString, key);
    QCOMPARE(tw::core::linkStateKey(state), key);
    const auto back = tw::core::linkStateFromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, state);
}

void TestTypes::postStateKeys_data()
{
    QTest::addColumn<PostState>("state");
    QTest::addColumn<QString>("key");
    QTest::newRow("new") << PostState::New << u"new"_s;
    QTest::newRow("seen") << PostState::Seen << u"seen"_s;
    QTest::newRow("replied") << PostState::Replied << u"replied"_s;
    QTest::newRow("resolved") << PostState::Resolved << u"resolved"_s;
    QTest::newRow("ignored") << PostState::Ignored << u"ignored"_s;
}

void TestTypes::postStateKeys()
{
    QFETCH(PostState, state);
    QFETCH(QString, key);
    QCOMPARE(tw::core::postStateKey(state), key);
    const auto back = tw::core::postStateFromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, state);
    QCOMPARE(tw::core::postStateFromKey(key.toUpper()), std::optional(state));
}

void TestTypes::keysAreLenient_data()
{
    QTest::addColumn<QString>("statusKey");
    QTest::addColumn<StayStatus>("status");
    QTest::newRow("upper case") << u"IN_HOUSE"_s << StayStatus::InHouse;
    QTest::newRow("mixed case") << u"Checked_Out"_s << StayStatus::CheckedOut;
    QTest::newRow("spaces around") << u"  no_show \t"_s << StayStatus::NoShow;
}

void TestTypes::keysAreLenient()
{
    QFETCH(QString, statusKey);
    QFETCH(StayStatus, status);
    const auto parsed = tw::core::stayStatusFromKey(statusKey);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, status);

    QCOMPARE(tw::core::networkFromKey(u" Mastodon "_s), std::optional(Network::Mastodon));
    QCOMPARE(tw::core::linkStateFromKey(u"CONFIRMED"_s), std::optional(LinkState::Confirmed));
}

void TestTypes::unknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("made up") << u"teleported"_s;
    QTest::newRow("words instead of key") << u"in house"_s;
    QTest::newRow("prefix of a key") << u"in_hou"_s;
    QTest::newRow("key with suffix") << u"xx"_s;
    QTest::newRow("old network name") << u"twitter"_s;
    QTest::newRow("state in words") << u"handled"_s;
    QTest::newRow("prefix of a state") << u"resolv"_s;
}

void TestTypes::unknownKeys()
{
    QFETCH(QString, key);
    QVERIFY(!tw::core::stayStatusFromKey(key).has_value());
    QVERIFY(!tw::core::networkFromKey(key).has_value());
    QVERIFY(!tw::core::linkStateFromKey(key).has_value());
    QVERIFY(!tw::core::postStateFromKey(key).has_value());
}

void TestTypes::guestDisplayName_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("shown");
    QTest::newRow("both") << u"Anna"_s << u"Smith"_s << u"Anna Smith"_s;
    QTest::newRow("first only") << u"Anna"_s << QString() << u"Anna"_s;
    QTest::newRow("last only") << QString() << u"Smith"_s << u"Smith"_s;
    QTest::newRow("neither") << QString() << QString() << QString();
}

void TestTypes::guestDisplayName()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, shown);
    Guest g;
    g.firstName = first;
    g.lastName = last;
    QCOMPARE(g.displayName(), shown);
}

void TestTypes::stayNights()
{
    Stay s;
    s.arrival = QDate(2024, 2, 27);
    s.departure = QDate(2024, 3, 2); // over a leap day
    QCOMPARE(s.nights(), 4);
    s.departure = s.arrival;
    QCOMPARE(s.nights(), 0);
}

QTEST_GUILESS_MAIN(TestTypes)
#include "test_types.moc"
