#include <social/x/xpostparser.h>
#include <social/x/xruletag.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::ListeningRule;
using tw::core::Post;
using tw::social::XPostParser;
using tw::social::XRuleTag;
using tw::social::XSearchPage;
using tw::social::XStreamEvent;

Q_DECLARE_METATYPE(XStreamEvent::Kind)

namespace {

ListeningRule rule(tw::core::Id id, tw::core::Id propertyId, const QString &value, const QString &tag,
                   const QString &remoteId)
{
    ListeningRule r;
    r.id = id;
    r.propertyId = propertyId;
    r.value = value;
    r.tag = tag;
    r.remoteId = remoteId;
    return r;
}

QList<ListeningRule> localRules()
{
    return {rule(7, 3, u"#HarbourView"_s, u"spa"_s, u"900"_s), rule(8, 4, u"@HarbourLisbon"_s, {}, u"901"_s)};
}

// A stream line around one post, with Alice as its author.
QByteArray line(const QByteArray &tweetFields, const QByteArray &matchingRules,
                const QByteArray &includes = R"({"users":[{"id":"42","name":"Alice Doe","username":"Alice_Doe"}]})")
{
    QByteArray json = R"({"data":{)" + tweetFields + "}";
    if (!includes.isEmpty())
        json += R"(,"includes":)" + includes;
    if (!matchingRules.isEmpty())
        json += R"(,"matching_rules":)" + matchingRules;
    return json + "}";
}

const QByteArray kTweet = R"("id":"1001","text":"Spa day!","created_at":"2026-05-01T12:34:56.789Z","author_id":"42")";

QDateTime utc(int h, int m, int s, int ms)
{
    return QDateTime(QDate(2026, 5, 1), QTime(h, m, s, ms), Qt::UTC);
}

} // namespace

class TestXPostParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamLine_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<XStreamEvent::Kind>("kind");
        QTest::addColumn<QString>("postId");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("handle");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<qint64>("ruleId");
        QTest::addColumn<QString>("ruleTag");
        QTest::addColumn<qint64>("propertyId");
        QTest::addColumn<QString>("message"); // part of the event's message

        const QString aliceUrl = u"https://x.com/Alice_Doe/status/1001"_s;
        using Kind = XStreamEvent::Kind;

        QTest::newRow("matched by our tag")
            << line(kTweet, R"([{"id":"900","tag":"tw:7:spa"}])") << Kind::Post << u"1001"_s << u"Spa day!"_s
            << u"alice_doe"_s << u"Alice Doe"_s << aliceUrl << qint64(7) << u"spa"_s << qint64(3) << QString();
        QTest::newRow("our tag wins over a stale server id")
            << line(kTweet, R"([{"id":"12345","tag":"tw:8"}])") << Kind::Post << u"1001"_s << u"Spa day!"_s
            << u"alice_doe"_s << u"Alice Doe"_s << aliceUrl << qint64(8) << QString() << qint64(4) << QString();
        QTest::newRow("shared rule found by server id")
            << line(kTweet, R"([{"id":"901","tag":"brand-team"}])") << Kind::Post << u"1001"_s << u"Spa day!"_s
            << u"alice_doe"_s << u"Alice Doe"_s << aliceUrl << qint64(8) << QString() << qint64(4) << QString();
        QTest::newRow("first of several rules that is ours")
            << line(kTweet, R"([{"id":"555","tag":"other"},{"id":"1","tag":"tw:8"},{"id":"900","tag":"tw:7:spa"}])")
            << Kind::Post << u"1001"_s << u"Spa day!"_s << u"alice_doe"_s << u"Alice Doe"_s << aliceUrl << qint64(8)
            << QString() << qint64(4) << QString();
        QTest::newRow("only another tool's rule")
            << line(kTweet, R"([{"id":"555","tag":"other"}])") << Kind::Foreign << QString() << QString() << QString()
            << QString() << QString() << qint64(0) << QString() << qint64(0) << QString();
        QTest::newRow("X's entities undone") << line(
            R"("id":"1001","text":"Spa &amp; pool &lt;3 &gt; &amp;amp;","created_at":"2026-05-01T12:34:56.789Z","author_id":"42")",
            R"([{"id":"900","tag":"tw:7:spa"}])")
                                             << Kind::Post << u"1001"_s << u"Spa & pool <3 > &amp;"_s << u"alice_doe"_s
                                             << u"Alice Doe"_s << aliceUrl << qint64(7) << u"spa"_s << qint64(3)
                                             << QString();
        QTest::newRow("long post's whole text") << line(
            R"("id":"1001","text":"Short…","note_tweet":{"text":"The whole story of our stay"},"created_at":"2026-05-01T12:34:56.789Z","author_id":"42")",
            R"([{"id":"900","tag":"tw:7:spa"}])")
                                                << Kind::Post << u"1001"_s << u"The whole story of our stay"_s
                                                << u"alice_doe"_s << u"Alice Doe"_s << aliceUrl << qint64(7) << u"spa"_s
                                                << qint64(3) << QString();
        QTest::newRow("author not included")
            << line(kTweet, R"([{"id":"900","tag":"tw:7:spa"}])", {}) << Kind::Post << u"1001"_s << u"Spa day!"_s
            << QString() << QString() << u"https://x.com/i/web/status/1001"_s << qint64(7) << u"spa"_s << qint64(3)
            << QString();
        QTest::newRow("not JSON") << QByteArray(R"({"data":{"id":"10)") << Kind::Malformed << QString() << QString()
                                  << QString() << QString() << QString() << qint64(0) << QString() << qint64(0)
                                  << u"not JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1,2]") << Kind::Malformed << QString() << QString() << QString()
                                       << QString() << QString() << qint64(0) << QString() << qint64(0)
                                       << u"not a JSON object"_s;
        QTest::newRow("neither data nor errors")
            << QByteArray("{}") << Kind::Malformed << QString() << QString() << QString() << QString() << QString()
            << qint64(0) << QString() << qint64(0) << u"without data"_s;
        QTest::newRow("no id") << line(R"("text":"x","created_at":"2026-05-01T12:34:56.789Z")", {}) << Kind::Malformed
                               << QString() << QString() << QString() << QString() << QString() << qint64(0)
                               << QString() << qint64(0) << u"without an id"_s;
        QTest::newRow("no created_at") << line(R"("id":"1001","text":"x")", {}) << Kind::Malformed << QString()
                                       << QString() << QString() << QString() << QString() << qint64(0) << QString()
                                       << qint64(0) << u"created_at"_s;
        QTest::newRow("unreadable created_at")
            << line(R"("id":"1001","text":"x","created_at":"yesterday")", {}) << Kind::Malformed << QString()
            << QString() << QString() << QString() << QString() << qint64(0) << QString() << qint64(0)
            << u"unreadable created_at"_s;
        QTest::newRow("operational disconnect") << QByteArray(
            R"({"errors":[{"title":"operational-disconnect","disconnect_type":"UpstreamOperationalDisconnect","detail":"This stream has been disconnected upstream for operational reasons.","type":"https://api.twitter.com/2/problems/operational-disconnect"}]})")
                                                << Kind::Disconnect << QString() << QString() << QString() << QString()
                                                << QString() << qint64(0) << QString() << qint64(0)
                                                << u"operational reasons"_s;
        QTest::newRow("too many connections") << QByteArray(
            R"({"title":"ConnectionException","detail":"This stream is currently at the maximum allowed connection limit.","connection_issue":"TooManyConnections","type":"https://api.twitter.com/2/problems/streaming-connection"})")
                                              << Kind::Disconnect << QString() << QString() << QString() << QString()
                                              << QString() << qint64(0) << QString() << qint64(0)
                                              << u"maximum allowed connection limit"_s;
        QTest::newRow("another error object")
            << QByteArray(R"({"errors":[{"title":"Partial","detail":"A user could not be expanded."}]})")
            << Kind::ServerError << QString() << QString() << QString() << QString() << QString() << qint64(0)
            << QString() << qint64(0) << u"could not be expanded"_s;
    }

    void streamLine()
    {
        QFETCH(QByteArray, input);
        QFETCH(XStreamEvent::Kind, kind);
        QFETCH(QString, postId);
        QFETCH(QString, text);
        QFETCH(QString, handle);
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(qint64, ruleId);
        QFETCH(QString, ruleTag);
        QFETCH(qint64, propertyId);
        QFETCH(QString, message);

        const XPostParser parser(localRules());
        const XStreamEvent event = parser.parseStreamLine(input);
        QCOMPARE(event.kind, kind);
        QVERIFY2(event.message.contains(message), qPrintable(event.message));
        if (kind != XStreamEvent::Kind::Post) {
            QVERIFY(event.posts.isEmpty());
            return;
        }
        QCOMPARE(event.posts.size(), 1);
        const Post &post = event.posts.constFirst();
        QCOMPARE(post.network, tw::core::Network::X);
        QCOMPARE(post.postId, postId);
        QCOMPARE(post.text, text);
        QCOMPARE(post.authorHandle, handle);
        QCOMPARE(post.authorName, name);
        QCOMPARE(post.url, url);
        QCOMPARE(post.createdAt, utc(12, 34, 56, 789));
        QCOMPARE(post.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(post.ruleId, ruleId);
        QCOMPARE(post.ruleTag, ruleTag);
        QCOMPARE(post.propertyId, propertyId);
        QCOMPARE(post.authorId, u"42"_s);
    }

    void rawHoldsThePostWithItsAuthorAndReadsBack()
    {
        const QByteArray input = line(
            kTweet, R"([{"id":"900","tag":"tw:7:spa"}])",
            R"({"users":[{"id":"42","name":"Alice Doe","username":"Alice_Doe"},{"id":"77","name":"Someone Else","username":"else"}]})");
        const XPostParser parser(localRules());
        const Post post = parser.parseStreamLine(input).posts.value(0);
        QVERIFY(!post.raw.contains('\n'));
        const QJsonObject raw = QJsonDocument::fromJson(post.raw).object();
        QCOMPARE(raw.value("data"_L1).toObject().value("id"_L1).toString(), u"1001"_s);
        const QJsonArray users = raw.value("includes"_L1).toObject().value("users"_L1).toArray();
        QCOMPARE(users.size(), 1); // the author only
        QCOMPARE(users.at(0).toObject().value("username"_L1).toString(), u"Alice_Doe"_s);
        QVERIFY(raw.contains("matching_rules"_L1));

        const Post again = parser.parseStreamLine(post.raw).posts.value(0);
        QCOMPARE(again.postId, post.postId);
        QCOMPARE(again.authorHandle, post.authorHandle);
        QCOMPARE(again.ruleId, post.ruleId);
        QCOMPARE(again.raw, post.raw);
    }

    void withoutLocalRulesEveryPostIsKept()
    {
        const XPostParser parser;
        const XStreamEvent event = parser.parseStreamLine(line(kTweet, R"([{"id":"555","tag":"other"}])"));
        QCOMPARE(event.kind, XStreamEvent::Kind::Post);
        QCOMPARE(event.posts.value(0).ruleId, tw::core::InvalidId);
    }

    void numericIdsAreAccepted()
    {
        const XPostParser parser;
        const XStreamEvent event
            = parser.parseStreamLine(R"({"data":{"id":1001,"text":"x","created_at":"2026-05-01T12:34:56Z"}})");
        QCOMPARE(event.kind, XStreamEvent::Kind::Post);
        QCOMPARE(event.posts.value(0).postId, u"1001"_s);
        QCOMPARE(event.posts.value(0).createdAt, utc(12, 34, 56, 0));
    }

    void searchPage()
    {
        const QByteArray body = R"({"data":[
            {"id":"1003","text":"Newest","created_at":"2026-05-01T12:00:03.000Z","author_id":"42"},
            {"id":"1002","text":"No time"},
            {"id":"1001","text":"Oldest","created_at":"2026-05-01T12:00:01.000Z","author_id":"77"}],
            "includes":{"users":[{"id":"42","name":"Alice Doe","username":"Alice_Doe"},{"id":"77","name":"Bob","username":"BOB"}]},
            "meta":{"newest_id":"1003","oldest_id":"1001","result_count":3,"next_token":"b26v89c19zqg8o3f"}})";
        const XPostParser parser;
        const XSearchPage page = parser.parseSearchPage(body, localRules().at(1));
        QVERIFY(page.ok());
        QCOMPARE(page.nextToken, u"b26v89c19zqg8o3f"_s);
        QCOMPARE(page.resultCount, 3);
        QCOMPARE(page.posts.size(), 2);
        QCOMPARE(page.skipped.size(), 1);
        QVERIFY(page.skipped.at(0).contains(u"1002"_s));
        QCOMPARE(page.posts.at(0).postId, u"1003"_s);
        QCOMPARE(page.posts.at(1).authorHandle, u"bob"_s);
        QCOMPARE(page.posts.at(1).url, u"https://x.com/BOB/status/1001"_s);
        for (const Post &post : page.posts) {
            QCOMPARE(post.ruleId, qint64(8));
            QCOMPARE(post.propertyId, qint64(4));
            QVERIFY(!post.raw.contains("matching_rules"));
        }
    }

    void searchPageWithoutResults()
    {
        const XSearchPage page = XPostParser().parseSearchPage(R"({"meta":{"result_count":0}})", {});
        QVERIFY(page.ok());
        QVERIFY(page.posts.isEmpty());
        QVERIFY(page.nextToken.isEmpty());
    }

    void searchPageThatIsNoPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("<html>") << u"not a JSON object"_s;
        QTest::newRow("errors only") << QByteArray(
            R"({"errors":[{"message":"Invalid query"}],"title":"Invalid Request"})")
                                     << u"Invalid query"_s;
        QTest::newRow("empty object") << QByteArray("{}") << u"without data"_s;
    }

    void searchPageThatIsNoPage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const XSearchPage page = XPostParser().parseSearchPage(body, {});
        QVERIFY(!page.ok());
        QVERIFY2(page.error.contains(message), qPrintable(page.error));
    }

    void ruleTags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<qint64>("localId"); // 0: not ours
        QTest::newRow("id only") << u"tw:12"_s << qint64(12);
        QTest::newRow("with own tag") << u"tw:12:spa"_s << qint64(12);
        QTest::newRow("own tag with colons") << u"tw:12:a:b"_s << qint64(12);
        QTest::newRow("other tool") << u"brand-team"_s << qint64(0);
        QTest::newRow("prefix only") << u"tw:"_s << qint64(0);
        QTest::newRow("zero") << u"tw:0"_s << qint64(0);
        QTest::newRow("leading zero") << u"tw:012"_s << qint64(0);
        QTest::newRow("letters") << u"tw:abc"_s << qint64(0);
        QTest::newRow("upper case") << u"TW:12"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }

    void ruleTags()
    {
        QFETCH(QString, tag);
        QFETCH(qint64, localId);
        const std::optional<tw::core::Id> id = XRuleTag::localRuleId(tag);
        QCOMPARE(id.value_or(0), localId);
    }

    void ruleTagFormatRoundTrips()
    {
        ListeningRule r = rule(31, 1, u"#x"_s, u" pool bar "_s, {});
        QCOMPARE(XRuleTag::format(r), u"tw:31:pool bar"_s);
        QCOMPARE(XRuleTag::localRuleId(XRuleTag::format(r)).value_or(0), 31);
        r.tag.clear();
        QCOMPARE(XRuleTag::format(r), u"tw:31"_s);
    }
};

QTEST_GUILESS_MAIN(TestXPostParser)
#include "test_xpostparser.moc"
