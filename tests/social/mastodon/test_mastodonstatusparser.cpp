#include <social/mastodon/mastodonstatusparser.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::core::ListeningRule;
using tw::core::Network;
using tw::core::Post;
using tw::social::MastodonStatusParser;

namespace {

ListeningRule harbourViewRule()
{
    ListeningRule rule;
    rule.id = 11;
    rule.propertyId = 3;
    rule.network = Network::Mastodon;
    rule.value = u"HarbourView"_s;
    rule.tag = u"lobby"_s;
    rule.instance = u"hotel.example"_s;
    return rule;
}

// A status shaped like the examples in Mastodon's documentation.
QJsonObject sampleStatus()
{
    return QJsonObject{
        {u"id"_s, u"109348677773283527"_s},
        {u"created_at"_s, u"2026-05-01T08:15:30.250Z"_s},
        {u"in_reply_to_id"_s, QJsonValue::Null},
        {u"sensitive"_s, false},
        {u"spoiler_text"_s, QString()},
        {u"visibility"_s, u"public"_s},
        {u"uri"_s, u"https://hotel.example/users/Anna_K/statuses/109348677773283527"_s},
        {u"url"_s, u"https://hotel.example/@Anna_K/109348677773283527"_s},
        {u"edited_at"_s, QJsonValue::Null},
        {u"content"_s,
         u"<p>Room with a view at <a href=\"https://hotel.example/tags/harbourview\" class=\"mention "
         "hashtag\" rel=\"tag\">#<span>HarbourView</span></a> &amp; a great bath</p>"_s},
        {u"reblog"_s, QJsonValue::Null},
        {u"account"_s,
         QJsonObject{{u"id"_s, u"109334860508022726"_s},
                     {u"username"_s, u"Anna_K"_s},
                     {u"acct"_s, u"Anna_K"_s},
                     {u"display_name"_s, u"Anna Keller"_s},
                     {u"url"_s, u"https://hotel.example/@Anna_K"_s}}},
        {u"tags"_s, QJsonArray{QJsonObject{{u"name"_s, u"harbourview"_s}}}},
    };
}

} // namespace

class TestMastodonStatusParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        const QJsonObject status = sampleStatus();
        const auto post = MastodonStatusParser::parse(status, harbourViewRule());
        QVERIFY2(post.ok(), qPrintable(post.error()));
        QCOMPARE(post->network, Network::Mastodon);
        QCOMPARE(post->postId, u"109348677773283527"_s);
        QCOMPARE(post->authorId, u"109334860508022726"_s);
        QCOMPARE(post->authorHandle, u"anna_k@hotel.example"_s);
        QCOMPARE(post->authorName, u"Anna Keller"_s);
        QCOMPARE(post->text, u"Room with a view at #HarbourView & a great bath"_s);
        QCOMPARE(post->url, u"https://hotel.example/@Anna_K/109348677773283527"_s);
        QCOMPARE(post->createdAt, QDateTime(QDate(2026, 5, 1), QTime(8, 15, 30, 250), Qt::UTC));
        QCOMPARE(post->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(!post->editedAt);
        QCOMPARE(post->ruleId, 11);
        QCOMPARE(post->ruleTag, u"lobby"_s);
        QCOMPARE(post->propertyId, 3);
        QCOMPARE(post->raw, QJsonDocument(status).toJson(QJsonDocument::Compact));
    }

    void authorHandle_data()
    {
        QTest::addColumn<QJsonObject>("account");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("handle");
        QTest::newRow("local account gets the rule's instance")
            << QJsonObject{{u"acct"_s, u"anna"_s}} << u"hotel.example"_s << u"anna@hotel.example"_s;
        QTest::newRow("remote account keeps its domain")
            << QJsonObject{{u"acct"_s, u"Bob@Other.Example"_s}} << u"hotel.example"_s << u"bob@other.example"_s;
        QTest::newRow("without acct, the username")
            << QJsonObject{{u"username"_s, u"carla"_s}} << u"hotel.example"_s << u"carla@hotel.example"_s;
        QTest::newRow("without instance, the profile's host")
            << QJsonObject{{u"acct"_s, u"dan"_s}, {u"url"_s, u"https://social.example/@dan"_s}} << QString()
            << u"dan@social.example"_s;
        QTest::newRow("nothing to go by") << QJsonObject{{u"acct"_s, u"eve"_s}} << QString() << QString();
        QTest::newRow("internationalised domain in ASCII form") << QJsonObject{{u"acct"_s, u"fay@bücher.example"_s}}
                                                                << u"hotel.example"_s << u"fay@xn--bcher-kva.example"_s;
    }

    void authorHandle()
    {
        QFETCH(QJsonObject, account);
        QFETCH(QString, instance);
        QFETCH(QString, handle);
        QCOMPARE(MastodonStatusParser::authorHandle(account, instance), handle);
    }

    void contentWarningComesFirst()
    {
        QJsonObject status = sampleStatus();
        status.insert(u"spoiler_text"_s, u"Hotel review"_s);
        status.insert(u"content"_s, u"<p>The pool was cold</p>"_s);
        const auto post = MastodonStatusParser::parse(status, harbourViewRule());
        QVERIFY(post.ok());
        QCOMPARE(post->text, u"Hotel review\n\nThe pool was cold"_s);
    }

    void editTimeAndOffsetsInUtc()
    {
        QJsonObject status = sampleStatus();
        status.insert(u"created_at"_s, u"2026-05-01T10:00:00+02:00"_s);
        status.insert(u"edited_at"_s, u"2026-05-01T08:30:00.000Z"_s);
        const auto post = MastodonStatusParser::parse(status, harbourViewRule());
        QVERIFY(post.ok());
        QCOMPARE(post->createdAt, QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC));
        QVERIFY(post->editedAt);
        QCOMPARE(*post->editedAt, QDateTime(QDate(2026, 5, 1), QTime(8, 30), Qt::UTC));
    }

    void onlyWebAddressesAreKept()
    {
        QJsonObject status = sampleStatus();
        status.insert(u"url"_s, u"javascript:alert(1)"_s);
        auto post = MastodonStatusParser::parse(status, harbourViewRule());
        QVERIFY(post.ok());
        QCOMPARE(post->url, u"https://hotel.example/users/Anna_K/statuses/109348677773283527"_s);
        status.insert(u"uri"_s, u"tag:hotel.example,2026:objectId=1"_s);
        post = MastodonStatusParser::parse(status, harbourViewRule());
        QVERIFY(post.ok());
        QCOMPARE(post->url, QString());
    }

    void boostCarriesTheBoostedPost()
    {
        QJsonObject inner = sampleStatus();
        QJsonObject boost{{u"id"_s, u"2"_s},
                          {u"created_at"_s, u"2026-05-01T09:00:00.000Z"_s},
                          {u"content"_s, QString()},
                          {u"account"_s, QJsonObject{{u"id"_s, u"5"_s}, {u"acct"_s, u"booster"_s}}},
                          {u"reblog"_s, inner}};
        const auto post = MastodonStatusParser::parse(boost, harbourViewRule());
        QVERIFY(post.ok());
        QCOMPARE(post->postId, u"109348677773283527"_s);
        QCOMPARE(post->authorId, u"109334860508022726"_s);
    }

    void refusesWhatCannotBeAPost_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << "{\"id\":"_ba;
        QTest::newRow("not an object") << "[1,2]"_ba;
        QTest::newRow("no id") << "{\"created_at\":\"2026-05-01T08:00:00Z\",\"account\":{\"id\":\"1\"}}"_ba;
        QTest::newRow("no creation time") << "{\"id\":\"1\",\"account\":{\"id\":\"1\"}}"_ba;
        QTest::newRow("a date is no creation time")
            << "{\"id\":\"1\",\"created_at\":\"2026-05-01\",\"account\":{\"id\":\"1\"}}"_ba;
        QTest::newRow("no account") << "{\"id\":\"1\",\"created_at\":\"2026-05-01T08:00:00Z\"}"_ba;
    }

    void refusesWhatCannotBeAPost()
    {
        QFETCH(QByteArray, json);
        const auto post = MastodonStatusParser::parse(QByteArrayView(json), harbourViewRule());
        QVERIFY(!post.ok());
        QVERIFY(!post.error().isEmpty());
    }

    void numericIdsFromOtherServers()
    {
        const auto post = MastodonStatusParser::parse(
            QByteArrayView("{\"id\":12345,\"created_at\":\"2026-05-01T08:00:00Z\",\"account\":{\"id\":77,"
                           "\"acct\":\"gus\"}}"),
            harbourViewRule());
        QVERIFY(post.ok());
        QCOMPARE(post->postId, u"12345"_s);
        QCOMPARE(post->authorId, u"77"_s);
    }
};

QTEST_APPLESS_MAIN(TestMastodonStatusParser)
#include "test_mastodonstatusparser.moc"
