#include <feedfixture.h>

#include <desk/feed/posttimelinesource.h>
#include <desk/profile/guestprofile.h>
#include <storage/postrepository.h>

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

// A guest's posts on their profile's timeline.
class TestPostTimelineSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheGuestsPosts();
    void isAStandardSource();
};

void TestPostTimelineSource::listsTheGuestsPosts()
{
    TW_TEST_DATABASE(t);
    test::FeedFixture fixture;
    const QString error = fixture.fill(t->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // One of Øystein's posts withdrawn by him: not on the timeline.
    QVERIFY(storage::PostRepository(t->db()).markDeleted(core::Network::Mastodon, u"1005"_s));

    desk::PostTimelineSource source;
    QCOMPARE(source.key(), u"posts"_s);
    QVERIFY(source.tables().contains(u"posts"_s));
    const auto madison = source.entries(t->db(), fixture.madison);
    QVERIFY2(madison, qPrintable(madison.error()));
    QCOMPARE(madison->size(), 2);
    const desk::TimelineEntry &first = madison->constFirst();
    QCOMPARE(first.id, u"post:%1"_s.arg(fixture.posts.at(4)));
    QCOMPARE(first.at, test::FeedFixture::referenceTime().addSecs(-7 * 60));
    QCOMPARE(first.kind, u"post.x"_s);
    QCOMPARE(first.title, u"Post on X while in house"_s);
    QCOMPARE(first.detail, u"@madisonj99: Post number 4 about the hotel"_s);

    const auto oystein = source.entries(t->db(), fixture.oystein);
    QVERIFY(oystein);
    QCOMPARE(oystein->size(), 1);
    QCOMPARE(oystein->constFirst().kind, u"post.mastodon"_s);

    const auto hans = source.entries(t->db(), fixture.hans);
    QCOMPARE(hans->constFirst().title, u"Post on X"_s);
    QVERIFY(source.entries(t->db(), fixture.lena)->isEmpty());
}

void TestPostTimelineSource::isAStandardSource()
{
    QStringList keys;
    for (const auto &source : desk::GuestProfile::standardTimelineSources())
        keys.append(source->key());
    QVERIFY(keys.contains(u"posts"_s));
}

QTEST_GUILESS_MAIN(TestPostTimelineSource)
#include "test_posttimelinesource.moc"
