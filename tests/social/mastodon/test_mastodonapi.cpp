#include <social/mastodon/mastodonapi.h>

#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using tw::social::MastodonApi;

class TestMastodonApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseUrl()
    {
        QCOMPARE(MastodonApi::baseUrl(QUrl(), u"mastodon.social"_s), QUrl(u"https://mastodon.social"_s));
        const QUrl local(u"http://127.0.0.1:8080"_s);
        QCOMPARE(MastodonApi::baseUrl(local, u"mastodon.social"_s), local);
        QVERIFY(!MastodonApi::baseUrl(QUrl(), QString()).isValid());
    }

    void endpoints()
    {
        const QUrl base(u"https://proxy.example/mastodon/"_s);
        QCOMPARE(MastodonApi::hashtagStreamUrl(base, u"HarbourView"_s).toString(),
                 u"https://proxy.example/mastodon/api/v1/streaming/hashtag?tag=HarbourView"_s);
        QCOMPARE(MastodonApi::hashtagTimelineUrl(QUrl(u"https://hotel.example"_s), u"spa"_s, 40, u"100"_s).toString(),
                 u"https://hotel.example/api/v1/timelines/tag/spa?limit=40&min_id=100"_s);
        QCOMPARE(
            MastodonApi::hashtagTimelineUrl(QUrl(u"https://hotel.example"_s), u"spa"_s, 20, {}, u"99"_s).toString(),
            u"https://hotel.example/api/v1/timelines/tag/spa?limit=20&max_id=99"_s);
        const QUrl encoded
            = MastodonApi::hashtagTimelineUrl(QUrl(u"https://hotel.example"_s), u"Qualitätskatzen"_s, 40);
        QCOMPARE(encoded.toEncoded(), "https://hotel.example/api/v1/timelines/tag/Qualit%C3%A4tskatzen?limit=40"_ba);
    }

    void requestCarriesTheTokenAsBearer()
    {
        const QNetworkRequest request
            = MastodonApi::request(QUrl(u"https://hotel.example/x"_s), u"test-bearer"_s, true);
        QCOMPARE(request.rawHeader("Authorization"), "Bearer test-bearer"_ba);
        QCOMPARE(request.rawHeader("Accept"), "text/event-stream"_ba);
    }

    void normalizeHashtag_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("tag");
        QTest::newRow("plain") << u"harbourview"_s << u"harbourview"_s;
        QTest::newRow("hash and case kept") << u" #HarbourView "_s << u"HarbourView"_s;
        QTest::newRow("underscore and digits") << u"spa_2026"_s << u"spa_2026"_s;
        QTest::newRow("letters of any script") << u"Qualitätskatzen"_s << u"Qualitätskatzen"_s;
        QTest::newRow("digits only are no hashtag") << u"2026"_s << QString();
        QTest::newRow("space") << u"harbour view"_s << QString();
        QTest::newRow("punctuation") << u"harbour-view"_s << QString();
        QTest::newRow("query characters") << u"spa?x=1"_s << QString();
        QTest::newRow("empty") << u"#"_s << QString();
    }

    void normalizeHashtag()
    {
        QFETCH(QString, value);
        QFETCH(QString, tag);
        QCOMPARE(MastodonApi::normalizeHashtag(value), tag);
    }

    void compareIds_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("sign");
        QTest::newRow("longer is newer") << u"109348677773283527"_s << u"99999999999999999"_s << 1;
        QTest::newRow("same length") << u"1002"_s << u"1010"_s << -1;
        QTest::newRow("equal") << u"1002"_s << u"1002"_s << 0;
    }

    void compareIds()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, sign);
        const int result = MastodonApi::compareIds(a, b);
        QCOMPARE((result > 0) - (result < 0), sign);
        QCOMPARE(MastodonApi::newerId(a, b), sign >= 0 ? a : b);
        QCOMPARE(MastodonApi::newerId(QString(), b), b);
    }

    void linkHeaderAsMastodonSendsIt()
    {
        const QByteArray header
            = "<https://hotel.example/api/v1/timelines/tag/spa?limit=40&max_id=1001>; rel=\"next\", "
              "<https://hotel.example/api/v1/timelines/tag/spa?limit=40&min_id=1040>; rel=\"prev\"";
        const auto links = MastodonApi::parseLinkHeader(header);
        QCOMPARE(links.size(), 2);
        QCOMPARE(MastodonApi::queryValue(links.value(u"next"_s), u"max_id"_s), u"1001"_s);
        QCOMPARE(MastodonApi::queryValue(links.value(u"prev"_s), u"min_id"_s), u"1040"_s);
    }

    void linkHeaderVariants()
    {
        const auto links = MastodonApi::parseLinkHeader(
            "<https://a.example/x?a=1,2>;rel=\"prev start\" , <https://a.example/y>; title=\"a, b\"; REL=next");
        QCOMPARE(links.value(u"prev"_s), QUrl(u"https://a.example/x?a=1,2"_s));
        QCOMPARE(links.value(u"start"_s), QUrl(u"https://a.example/x?a=1,2"_s));
        QCOMPARE(links.value(u"next"_s), QUrl(u"https://a.example/y"_s));
        QVERIFY(MastodonApi::parseLinkHeader(QByteArray()).isEmpty());
        QVERIFY(MastodonApi::parseLinkHeader("garbage").isEmpty());
    }

    void errorMessage()
    {
        QCOMPARE(MastodonApi::errorMessage("{\"error\":\"The access token is invalid\"}"),
                 u"The access token is invalid"_s);
        QCOMPARE(MastodonApi::errorMessage("<html>Bad gateway</html>"), QString());
        QCOMPARE(MastodonApi::errorMessage(QByteArray("{\"error\":\"") + QByteArray(500, 'x') + "\"}").size(), 200);
    }

    void rateLimitReset_data()
    {
        const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QTest::addColumn<QByteArray>("reset");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("mastodon iso with microseconds") << "2026-05-01T12:05:00.060123Z"_ba << QByteArray() << now
                                                        << QDateTime(QDate(2026, 5, 1), QTime(12, 5, 0, 60), Qt::UTC);
        QTest::newRow("unix seconds") << "1777636800"_ba << QByteArray() << now
                                      << QDateTime::fromSecsSinceEpoch(1777636800, Qt::UTC);
        QTest::newRow("retry-after seconds") << QByteArray() << "90"_ba << now << now.addSecs(90);
        QTest::newRow("retry-after http date") << QByteArray() << "Fri, 01 May 2026 12:10:00 GMT"_ba << now
                                               << QDateTime(QDate(2026, 5, 1), QTime(12, 10), Qt::UTC);
        QTest::newRow("none") << QByteArray() << QByteArray() << now << QDateTime();
        QTest::newRow("unreadable") << "soon"_ba << QByteArray() << now << QDateTime();
    }

    void rateLimitReset()
    {
        QFETCH(QByteArray, reset);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        const auto at = MastodonApi::rateLimitReset(reset, retryAfter, now);
        QCOMPARE(at.has_value(), expected.isValid());
        if (at)
            QCOMPARE(*at, expected);
    }
};

QTEST_APPLESS_MAIN(TestMastodonApi)
#include "test_mastodonapi.moc"
