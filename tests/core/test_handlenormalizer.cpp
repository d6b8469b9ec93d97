#include <core/handlenormalizer.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::HandleNormalizer;
using tw::core::Network;

Q_DECLARE_METATYPE(tw::core::Network)

class TestHandleNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void normalizingTwiceChangesNothing_data();
    void normalizingTwiceChangesNothing();
    void display_data();
    void display();
};

void TestHandleNormalizer::valid_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("x plain") << Network::X << u"anna_smith"_s << u"anna_smith"_s;
    QTest::newRow("x with @") << Network::X << u"@Anna_Smith"_s << u"anna_smith"_s;
    QTest::newRow("x upper case") << Network::X << u"HOTELFAN99"_s << u"hotelfan99"_s;
    QTest::newRow("x surrounding spaces") << Network::X << u"  @bob \t"_s << u"bob"_s;
    QTest::newRow("x one character") << Network::X << u"q"_s << u"q"_s;
    QTest::newRow("x fifteen characters") << Network::X << u"@abcdefghij_1234"_s << u"abcdefghij_1234"_s;
    QTest::newRow("x digits only") << Network::X << u"12345"_s << u"12345"_s;
    QTest::newRow("x profile link") << Network::X << u"https://x.com/Anna_Smith"_s << u"anna_smith"_s;
    QTest::newRow("x twitter link") << Network::X << u"https://twitter.com/anna_smith"_s << u"anna_smith"_s;
    QTest::newRow("x www link, trailing slash")
        << Network::X << u"https://www.twitter.com/Anna_Smith/"_s << u"anna_smith"_s;
    QTest::newRow("x link with query") << Network::X << u"https://x.com/anna_smith?s=21&t=abc"_s << u"anna_smith"_s;
    QTest::newRow("x http link") << Network::X << u"http://twitter.com/anna_smith"_s << u"anna_smith"_s;
    QTest::newRow("x link without scheme") << Network::X << u"x.com/anna_smith"_s << u"anna_smith"_s;
    QTest::newRow("x mobile link") << Network::X << u"https://mobile.twitter.com/anna_smith"_s << u"anna_smith"_s;
    QTest::newRow("x upper-case host") << Network::X << u"HTTPS://X.COM/Anna"_s << u"anna"_s;

    QTest::newRow("mastodon user@instance")
        << Network::Mastodon << u"anna@mastodon.social"_s << u"anna@mastodon.social"_s;
    QTest::newRow("mastodon @user@instance")
        << Network::Mastodon << u"@Anna@Mastodon.Social"_s << u"anna@mastodon.social"_s;
    QTest::newRow("mastodon spaces") << Network::Mastodon << u"  @anna@hachyderm.io  "_s << u"anna@hachyderm.io"_s;
    QTest::newRow("mastodon dots, dashes, underscores")
        << Network::Mastodon << u"anna.m-smith_2@social.example-hotel.co.uk"_s
        << u"anna.m-smith_2@social.example-hotel.co.uk"_s;
    QTest::newRow("mastodon profile link")
        << Network::Mastodon << u"https://mastodon.social/@Anna"_s << u"anna@mastodon.social"_s;
    QTest::newRow("mastodon profile link, trailing slash")
        << Network::Mastodon << u"https://fosstodon.org/@anna/"_s << u"anna@fosstodon.org"_s;
    QTest::newRow("mastodon remote profile link")
        << Network::Mastodon << u"https://mastodon.social/@anna@hachyderm.io"_s << u"anna@hachyderm.io"_s;
    QTest::newRow("mastodon users link") << Network::Mastodon << u"https://mastodon.social/users/anna"_s
                                         << u"anna@mastodon.social"_s;
    QTest::newRow("mastodon link without scheme")
        << Network::Mastodon << u"mastodon.social/@anna"_s << u"anna@mastodon.social"_s;
    QTest::newRow("mastodon internationalised server")
        << Network::Mastodon << u"anna@b\u00fccher.example"_s << u"anna@xn--bcher-kva.example"_s;

    QTest::newRow("bluesky plain") << Network::Bluesky << u"anna.bsky.social"_s << u"anna.bsky.social"_s;
    QTest::newRow("bluesky with @ and case") << Network::Bluesky << u"@Anna.BSky.Social"_s << u"anna.bsky.social"_s;
    QTest::newRow("bluesky own domain") << Network::Bluesky << u" grandhotel-berlin.de "_s << u"grandhotel-berlin.de"_s;
    QTest::newRow("bluesky profile link")
        << Network::Bluesky << u"https://bsky.app/profile/Anna.bsky.social"_s << u"anna.bsky.social"_s;
}

void TestHandleNormalizer::valid()
{
    QFETCH(Network, network);
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    const auto result = HandleNormalizer::normalize(network, raw);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), normalized);
    QVERIFY(result.error().isEmpty());
}

void TestHandleNormalizer::invalid_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("messagePart"); // what the message must mention

    QTest::newRow("x empty") << Network::X << QString() << u"empty"_s;
    QTest::newRow("x only @") << Network::X << u" @ "_s << u"empty"_s;
    QTest::newRow("x sixteen characters") << Network::X << u"abcdefghij_12345"_s << u"15"_s;
    QTest::newRow("x hyphen") << Network::X << u"anna-smith"_s << u"underscores"_s;
    QTest::newRow("x dot") << Network::X << u"anna.smith"_s << u"anna.smith"_s;
    QTest::newRow("x two @") << Network::X << u"@@anna"_s << u"@@anna"_s;
    QTest::newRow("x inner space") << Network::X << u"anna smith"_s << u"anna smith"_s;
    QTest::newRow("x accented letter") << Network::X << u"ren\u00e9e"_s << u"underscores"_s;
    QTest::newRow("x mastodon handle") << Network::X << u"anna@mastodon.social"_s << u"X handle"_s;
    QTest::newRow("x other site link") << Network::X << u"https://example.com/anna"_s << u"X profile"_s;
    QTest::newRow("x post link") << Network::X << u"https://x.com/anna/status/1234"_s << u"X profile"_s;
    QTest::newRow("x link without name") << Network::X << u"https://x.com/"_s << u"X profile"_s;
    QTest::newRow("x ftp link") << Network::X << u"ftp://x.com/anna"_s << u"X profile"_s;

    QTest::newRow("mastodon empty") << Network::Mastodon << u""_s << u"empty"_s;
    QTest::newRow("mastodon no instance") << Network::Mastodon << u"@anna"_s << u"user@instance"_s;
    QTest::newRow("mastodon empty instance") << Network::Mastodon << u"anna@"_s << u"user@instance"_s;
    QTest::newRow("mastodon empty user") << Network::Mastodon << u"@@mastodon.social"_s << u"user name"_s;
    QTest::newRow("mastodon three parts") << Network::Mastodon << u"a@b@c.social"_s << u"user@instance"_s;
    QTest::newRow("mastodon bad user") << Network::Mastodon << u"an na@mastodon.social"_s << u"user name"_s;
    QTest::newRow("mastodon instance without dot") << Network::Mastodon << u"anna@localhost"_s << u"localhost"_s;
    QTest::newRow("mastodon instance with bad label")
        << Network::Mastodon << u"anna@-bad-.social"_s << u"server name"_s;
    QTest::newRow("mastodon ip address") << Network::Mastodon << u"anna@192.168.0.1"_s << u"server name"_s;
    QTest::newRow("mastodon instance with underscore")
        << Network::Mastodon << u"anna@my_server.social"_s << u"server name"_s;
    QTest::newRow("mastodon link without @")
        << Network::Mastodon << u"https://mastodon.social/anna"_s << u"Mastodon profile"_s;
    QTest::newRow("mastodon post link") << Network::Mastodon << u"https://mastodon.social/@anna/1234"_s
                                        << u"Mastodon profile"_s;

    QTest::newRow("bluesky empty") << Network::Bluesky << u"@"_s << u"empty"_s;
    QTest::newRow("bluesky no dot") << Network::Bluesky << u"anna"_s << u"name.bsky.social"_s;
    QTest::newRow("bluesky underscore") << Network::Bluesky << u"anna_smith.bsky.social"_s << u"Bluesky handle"_s;
    QTest::newRow("bluesky empty label") << Network::Bluesky << u"anna..bsky.social"_s << u"Bluesky handle"_s;
    QTest::newRow("bluesky account id") << Network::Bluesky << u"did:plc:abc123xyz"_s << u"account id"_s;
    QTest::newRow("bluesky other link") << Network::Bluesky << u"https://x.com/profile/anna.bsky.social"_s
                                        << u"Bluesky profile"_s;
}

void TestHandleNormalizer::invalid()
{
    QFETCH(Network, network);
    QFETCH(QString, raw);
    QFETCH(QString, messagePart);
    const auto result = HandleNormalizer::normalize(network, raw);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
    QVERIFY2(result.error().contains(messagePart, Qt::CaseInsensitive), qPrintable(result.error()));
}

void TestHandleNormalizer::normalizingTwiceChangesNothing_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("raw");
    QTest::newRow("x") << Network::X << u"@Anna_Smith"_s;
    QTest::newRow("x link") << Network::X << u"https://x.com/Anna_Smith"_s;
    QTest::newRow("mastodon") << Network::Mastodon << u"@Anna@Mastodon.Social"_s;
    QTest::newRow("mastodon link") << Network::Mastodon << u"https://mastodon.social/@Anna"_s;
    QTest::newRow("bluesky") << Network::Bluesky << u"@Anna.bsky.social"_s;
}

void TestHandleNormalizer::normalizingTwiceChangesNothing()
{
    QFETCH(Network, network);
    QFETCH(QString, raw);
    const auto once = HandleNormalizer::normalize(network, raw);
    QVERIFY(once.ok());
    const auto twice = HandleNormalizer::normalize(network, once.value());
    QVERIFY(twice.ok());
    QCOMPARE(twice.value(), once.value());
    // What people see can be typed back in.
    const auto fromDisplay = HandleNormalizer::normalize(network, HandleNormalizer::display(network, once.value()));
    QVERIFY(fromDisplay.ok());
    QCOMPARE(fromDisplay.value(), once.value());
}

void TestHandleNormalizer::display_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("shown");
    QTest::newRow("x") << Network::X << u"anna_smith"_s << u"@anna_smith"_s;
    QTest::newRow("mastodon") << Network::Mastodon << u"anna@mastodon.social"_s << u"@anna@mastodon.social"_s;
    QTest::newRow("bluesky") << Network::Bluesky << u"anna.bsky.social"_s << u"@anna.bsky.social"_s;
    QTest::newRow("empty") << Network::X << QString() << QString();
}

void TestHandleNormalizer::display()
{
    QFETCH(Network, network);
    QFETCH(QString, normalized);
    QFETCH(QString, shown);
    QCOMPARE(HandleNormalizer::display(network, normalized), shown);
}

QTEST_GUILESS_MAIN(TestHandleNormalizer)
#include "test_handlenormalizer.moc"
