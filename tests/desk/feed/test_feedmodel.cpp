#include <feedfixture.h>

#include <desk/feed/feedmodel.h>
#include <storage/postrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::FeedModel;

namespace {

QList<core::Id> shownIds(const FeedModel &model)
{
    QList<core::Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.postId(row));
    return ids;
}

// The fixture's posts by index, newest first, as the feed lists them.
QList<core::Id> newestFirst(const test::FeedFixture &fixture, const QList<int> &indexes)
{
    QList<core::Id> ids;
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it)
        ids.append(fixture.posts.at(*it));
    return ids;
}

} // namespace

// The live feed's model on both engines: newest first a page at a time,
// filters, new posts taken in at the top without a reset, changes in place,
// handling actions with the staff name and their conflicts, link suggestions.
class TestFeedModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstPageIsNewestFirst();
    void fetchesMoreAsTheViewAsks();
    void rolesCarryGuestRoomAndVip();
    void filters_data();
    void filters();
    void newPostsGoInAtTheTop();
    void olderPostsWaitForTheirPage();
    void newPostsPushOutTheOldestBeyondTheLimit();
    void changesElsewhereUpdateInPlace();
    void refreshMergesWithoutReset();
    void setStateRecordsTheStaffName();
    void stateChangeConflictKeepsTheOtherChange();
    void handledPostLeavesTheUnhandledList();
    void confirmSuggestionLinksTheGuest();
    void dismissSuggestionClearsIt();
    void lookUpReadsPostsWhateverTheFilter();

private:
    std::unique_ptr<FeedModel> makeModel(int pageSize = 50);
    bool waitLoaded(FeedModel &model);

    std::unique_ptr<test::TestDatabase> m_db;
    test::FeedFixture m_fixture;
};

void TestFeedModel::init()
{
    QString error;
    m_db = test::TestDatabase::create(&error);
    QVERIFY2(m_db, qPrintable(error));
    m_fixture = {};
    error = m_fixture.fill(m_db->db());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestFeedModel::cleanup()
{
    m_db.reset();
}

std::unique_ptr<FeedModel> TestFeedModel::makeModel(int pageSize)
{
    auto model = std::make_unique<FeedModel>(m_db->url());
    model->setPageSize(pageSize);
    model->setChangeDelay(0);
    model->setActor(u"Maria Santos"_s);
    return model;
}

bool TestFeedModel::waitLoaded(FeedModel &model)
{
    QSignalSpy loaded(&model, &FeedModel::loaded);
    model.reload();
    if (!loaded.wait(10000))
        return false;
    // A view (or the model tester) may ask for the next page at once.
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 10000);
}

void TestFeedModel::firstPageIsNewestFirst()
{
    auto model = makeModel(5);
    QVERIFY(waitLoaded(*model));
    QVERIFY(model->errorText().isEmpty());
    QCOMPARE(model->property().code, u"HVL"_s);
    QCOMPARE(shownIds(*model), newestFirst(m_fixture, {7, 8, 9, 10, 11}));
    QVERIFY(model->canFetchMore({}));
    // Tags of the rows loaded so far, sorted.
    QVERIFY(model->ruleTags().contains(u"rooftop bar"_s));
}

void TestFeedModel::fetchesMoreAsTheViewAsks()
{
    auto model = makeModel(5);
    QVERIFY(waitLoaded(*model));
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->fetchMore({});
    QVERIFY(!model->canFetchMore({})); // one page at a time
    QTRY_COMPARE(model->rowCount(), 10);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 5); // appended below
    QTRY_VERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QTRY_COMPARE(model->rowCount(), 12);
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(shownIds(*model), newestFirst(m_fixture, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestFeedModel::rolesCarryGuestRoomAndVip()
{
    auto model = makeModel();
    QVERIFY(waitLoaded(*model));
    const QModelIndex madison = model->index(model->rowOf(m_fixture.posts.at(7)));
    QCOMPARE(madison.data(FeedModel::AuthorNameRole).toString(), u"Madison Johnson"_s);
    QCOMPARE(madison.data(FeedModel::HandleRole).toString(), u"@madisonj99"_s);
    QCOMPARE(madison.data(FeedModel::NetworkNameRole).toString(), u"X"_s);
    QCOMPARE(madison.data(FeedModel::InHouseRole).toBool(), true);
    QCOMPARE(madison.data(FeedModel::RoomRole).toString(), u"512"_s);
    QCOMPARE(madison.data(FeedModel::VipCodeRole).toString(), u"VIP1"_s); // joined through the guest
    QCOMPARE(madison.data(FeedModel::GuestIdRole).toLongLong(), m_fixture.madison);
    QCOMPARE(madison.data(FeedModel::GuestNameRole).toString(), u"Madison Johnson"_s);
    QCOMPARE(madison.data(FeedModel::StateRole).toInt(), int(core::PostState::New));
    QCOMPARE(madison.data(FeedModel::CreatedAtRole).toDateTime(), test::FeedFixture::referenceTime().addSecs(-4 * 60));
    QVERIFY(madison.data(Qt::AccessibleTextRole).toString().contains(u"room 512"_s));

    const QModelIndex oystein = model->index(model->rowOf(m_fixture.posts.at(9)));
    QCOMPARE(oystein.data(FeedModel::HandleRole).toString(), u"@oystein@hachyderm.io"_s);
    QCOMPARE(oystein.data(FeedModel::NetworkNameRole).toString(), u"Mastodon"_s);
    QCOMPARE(oystein.data(FeedModel::RuleTagRole).toString(), u"#HarbourViewLisbon"_s);
    QVERIFY(oystein.data(FeedModel::VipCodeRole).toString().isEmpty());

    const QModelIndex hans = model->index(model->rowOf(m_fixture.posts.at(6)));
    QCOMPARE(hans.data(FeedModel::InHouseRole).toBool(), false);
    QVERIFY(hans.data(FeedModel::RoomRole).toString().isEmpty());
    QCOMPARE(hans.data(FeedModel::StateNameRole).toString(), u"Replied"_s);
    QCOMPARE(hans.data(FeedModel::HandledByRole).toString(), u"Maria Santos"_s);

    const QModelIndex lena = model->index(model->rowOf(m_fixture.posts.at(8)));
    QCOMPARE(lena.data(FeedModel::GuestIdRole).toLongLong(), core::InvalidId);
    QCOMPARE(lena.data(FeedModel::SuggestedGuestIdRole).toLongLong(), m_fixture.lena);
    QCOMPARE(lena.data(FeedModel::SuggestedGuestNameRole).toString(), u"Lena Groß"_s);
    QCOMPARE(lena.data(FeedModel::SuggestedRoomRole).toString(), u"409"_s); // in house when posting
}

void TestFeedModel::filters_data()
{
    QTest::addColumn<bool>("inHouseOnly");
    QTest::addColumn<bool>("unhandledOnly");
    QTest::addColumn<int>("network"); // -1: any
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("everything") << false << false << -1 << QString()
                                << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    QTest::newRow("in house only") << true << false << -1 << QString() << QList<int>{4, 5, 7, 9};
    QTest::newRow("not yet handled") << false << true << -1 << QString() << QList<int>{0, 1, 2, 3, 4, 5, 7, 8, 9, 11};
    QTest::newRow("mastodon") << false << false << int(core::Network::Mastodon) << QString() << QList<int>{5, 9, 10};
    QTest::newRow("x, in house") << true << false << int(core::Network::X) << QString() << QList<int>{4, 7};
    QTest::newRow("tag") << false << false << -1 << u"rooftop bar"_s << QList<int>{11};
    QTest::newRow("tag, not yet handled") << false << true << -1 << u"#HarbourViewLisbon"_s << QList<int>{5, 9};
}

void TestFeedModel::filters()
{
    QFETCH(bool, inHouseOnly);
    QFETCH(bool, unhandledOnly);
    QFETCH(int, network);
    QFETCH(QString, tag);
    QFETCH(QList<int>, expected);

    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*model));
    QSignalSpy loaded(model.get(), &FeedModel::loaded);
    // Each filter reloads at once; the last answer is the one that counts.
    model->setInHouseOnly(inHouseOnly);
    model->setUnhandledOnly(unhandledOnly);
    model->setNetwork(network < 0 ? std::nullopt : std::optional<core::Network>(core::Network(network)));
    model->setRuleTag(tag);
    if (loaded.isEmpty() && (inHouseOnly || unhandledOnly || network >= 0 || !tag.isEmpty()))
        QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(shownIds(*model), newestFirst(m_fixture, expected));
    const storage::PostFilter applied = model->filter();
    QCOMPARE(applied.inHouseOnly, inHouseOnly);
    QCOMPARE(applied.propertyId.value_or(0), m_fixture.property);
}

void TestFeedModel::newPostsGoInAtTheTop()
{
    auto model = makeModel();
    model->watch(m_db->db());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*model));
    QCOMPARE(model->rowCount(), 12);
    const QPersistentModelIndex newest = model->index(0);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);

    // Stored by another connection, as the listener's thread does.
    auto other = m_db->openAnother();
    QString error;
    const core::Id first
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(30), u"Just arrived"_s, &error);
    QVERIFY2(first != core::InvalidId, qPrintable(error));
    QTRY_COMPARE(model->rowCount(), 13);
    QCOMPARE(model->postId(0), first);
    QCOMPARE(newest.row(), 1); // what was on top moved down by one, not rebuilt
    QCOMPARE(reset.size(), 0);
    QCOMPARE(inserted.constLast().at(1).toInt(), 0);

    // Two at once, in order.
    const core::Id second
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(40), u"Second"_s, &error);
    const core::Id third
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(50), u"Third"_s, &error);
    QTRY_COMPARE(model->rowCount(), 15);
    QCOMPARE(model->postId(0), third);
    QCOMPARE(model->postId(1), second);
    QCOMPARE(model->postId(2), first);
    QCOMPARE(newest.row(), 3);

    // A gap fill brings an older post: it goes to its place in time.
    const core::Id old
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addDays(-1), u"Backfilled"_s, &error);
    QTRY_COMPARE(model->rowOf(old), 15);
    QCOMPARE(reset.size(), 0);
}

void TestFeedModel::olderPostsWaitForTheirPage()
{
    auto model = makeModel(5);
    model->watch(m_db->db());
    QVERIFY(waitLoaded(*model));
    QCOMPARE(model->rowCount(), 5);
    QString error;
    auto other = m_db->openAnother();
    const core::Id old
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addDays(-1), u"Backfilled"_s, &error);
    const core::Id fresh = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(1), u"Fresh"_s, &error);
    QTRY_COMPARE(model->rowOf(fresh), 0);
    // The older one belongs to a page not read yet; it comes with that page.
    QCOMPARE(model->rowOf(old), -1);
    QCOMPARE(model->rowCount(), 6);
    while (model->canFetchMore({})) {
        model->fetchMore({});
        QTRY_VERIFY(!model->isLoading());
    }
    QCOMPARE(model->rowOf(old), 13);
}

void TestFeedModel::newPostsPushOutTheOldestBeyondTheLimit()
{
    auto model = makeModel();
    model->setMaxKeptRows(12);
    model->watch(m_db->db());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*model));
    QCOMPARE(model->rowCount(), 12);
    QVERIFY(!model->canFetchMore({}));
    QString error;
    auto other = m_db->openAnother();
    const core::Id fresh
        = m_fixture.addPost(*other, test::FeedFixture::referenceTime().addSecs(30), u"Just arrived"_s, &error);
    QTRY_COMPARE(model->rowOf(fresh), 0);
    QCOMPARE(model->rowCount(), 12);
    QCOMPARE(model->rowOf(m_fixture.posts.at(0)), -1); // the oldest made way
    QVERIFY(model->canFetchMore({}));                  // and comes back on request
    model->fetchMore({});
    QTRY_COMPARE(model->rowOf(m_fixture.posts.at(0)), 12);
}

void TestFeedModel::changesElsewhereUpdateInPlace()
{
    auto model = makeModel();
    model->watch(m_db->db());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*model));
    const core::Id id = m_fixture.posts.at(7);
    const int row = model->rowOf(id);
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);

    auto other = m_db->openAnother();
    const auto post = storage::PostRepository(*other).byId(id);
    QVERIFY(post);
    QVERIFY(storage::PostRepository(*other).setState(id, core::PostState::Seen, u"Ana Lima"_s, post->version));
    QTRY_COMPARE(model->index(row).data(FeedModel::StateRole).toInt(), int(core::PostState::Seen));
    QCOMPARE(model->index(row).data(FeedModel::HandledByRole).toString(), u"Ana Lima"_s);
    QCOMPARE(model->rowOf(id), row);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(reset.size(), 0);
}

void TestFeedModel::refreshMergesWithoutReset()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setUnhandledOnly(true);
    QTRY_VERIFY(model->isLoaded() && !model->isLoading());
    QCOMPARE(model->rowCount(), 10);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);

    // Behind the model's back (no notifications): one handled, one new.
    storage::PostRepository posts(m_db->db());
    const auto handled = posts.byId(m_fixture.posts.at(2));
    QVERIFY(posts.setState(handled->id, core::PostState::Ignored, u"Ana Lima"_s, handled->version));
    QString error;
    const core::Id fresh
        = m_fixture.addPost(m_db->db(), test::FeedFixture::referenceTime().addSecs(5), u"Fresh"_s, &error);
    model->refresh();
    QTRY_COMPARE(model->rowOf(fresh), 0);
    QTRY_COMPARE(model->rowOf(handled->id), -1);
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
}

void TestFeedModel::setStateRecordsTheStaffName()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*model));
    const core::Id id = m_fixture.posts.at(4);
    QSignalSpy done(model.get(), &FeedModel::actionDone);
    QSignalSpy failed(model.get(), &FeedModel::actionFailed);
    QVERIFY(model->setState(model->rowOf(id), core::PostState::Replied));
    QVERIFY(model->isBusy(id));
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(done.constFirst().at(0).value<core::Id>(), id);
    const QModelIndex index = model->index(model->rowOf(id));
    QCOMPARE(index.data(FeedModel::StateRole).toInt(), int(core::PostState::Replied));
    QCOMPARE(index.data(FeedModel::HandledByRole).toString(), u"Maria Santos"_s);
    QVERIFY(index.data(FeedModel::HandledAtRole).toDateTime().isValid());
    const auto stored = storage::PostRepository(m_db->db()).byId(id);
    QCOMPARE(stored->state, core::PostState::Replied);
    QCOMPARE(stored->handledBy, u"Maria Santos"_s);

    // A second action right after the first follows it on the version it left.
    QVERIFY(model->setState(model->rowOf(id), core::PostState::Seen));
    QVERIFY(model->setState(model->rowOf(id), core::PostState::Resolved));
    QTRY_COMPARE(done.size(), 3);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(storage::PostRepository(m_db->db()).byId(id)->state, core::PostState::Resolved);
}

void TestFeedModel::stateChangeConflictKeepsTheOtherChange()
{
    auto model = makeModel();
    QVERIFY(waitLoaded(*model));
    const core::Id id = m_fixture.posts.at(5);
    // Another desk marks it first; this model has not heard of it.
    auto other = m_db->openAnother();
    const auto post = storage::PostRepository(*other).byId(id);
    QVERIFY(storage::PostRepository(*other).setState(id, core::PostState::Resolved, u"Ana Lima"_s, post->version));

    QSignalSpy failed(model.get(), &FeedModel::actionFailed);
    QVERIFY(model->setState(model->rowOf(id), core::PostState::Ignored));
    QTRY_COMPARE(failed.size(), 1);
    const QString message = failed.constFirst().at(1).toString();
    QVERIFY2(message.contains(u"Ana Lima"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Resolved"_s), qPrintable(message));
    QVERIFY2(message.contains(u"not saved"_s), qPrintable(message));
    // Nothing overwritten, and the row shows what is stored.
    QCOMPARE(storage::PostRepository(m_db->db()).byId(id)->state, core::PostState::Resolved);
    const QModelIndex index = model->index(model->rowOf(id));
    QCOMPARE(index.data(FeedModel::StateRole).toInt(), int(core::PostState::Resolved));
    QCOMPARE(index.data(FeedModel::HandledByRole).toString(), u"Ana Lima"_s);
}

void TestFeedModel::handledPostLeavesTheUnhandledList()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setUnhandledOnly(true);
    QTRY_VERIFY(model->isLoaded() && !model->isLoading());
    const core::Id id = m_fixture.posts.at(9);
    QVERIFY(model->rowOf(id) >= 0);
    QSignalSpy done(model.get(), &FeedModel::actionDone);
    QVERIFY(model->setState(model->rowOf(id), core::PostState::Resolved));
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(model->rowOf(id), -1);
    QCOMPARE(model->rowCount(), 9);
}

void TestFeedModel::confirmSuggestionLinksTheGuest()
{
    auto model = makeModel();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitLoaded(*model));
    const core::Id id = m_fixture.posts.at(8);
    QVERIFY(!model->confirmSuggestion(model->rowOf(m_fixture.posts.at(7)))); // no suggestion there
    QSignalSpy done(model.get(), &FeedModel::actionDone);
    QSignalSpy failed(model.get(), &FeedModel::actionFailed);
    QVERIFY(model->confirmSuggestion(model->rowOf(id)));
    QTRY_COMPARE(done.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().at(1).toString()));
    QCOMPARE(done.constFirst().at(1).value<desk::FeedWorker::ActionKind>(),
             desk::FeedWorker::ActionKind::ConfirmSuggestion);
    const QModelIndex index = model->index(model->rowOf(id));
    QCOMPARE(index.data(FeedModel::GuestIdRole).toLongLong(), m_fixture.lena);
    QCOMPARE(index.data(FeedModel::GuestNameRole).toString(), u"Lena Groß"_s);
    QCOMPARE(index.data(FeedModel::SuggestedGuestIdRole).toLongLong(), core::InvalidId);
}

void TestFeedModel::dismissSuggestionClearsIt()
{
    auto model = makeModel();
    QVERIFY(waitLoaded(*model));
    const core::Id id = m_fixture.posts.at(8);
    QSignalSpy done(model.get(), &FeedModel::actionDone);
    QVERIFY(model->dismissSuggestion(model->rowOf(id)));
    QTRY_COMPARE(done.size(), 1);
    const QModelIndex index = model->index(model->rowOf(id));
    QCOMPARE(index.data(FeedModel::SuggestedGuestIdRole).toLongLong(), core::InvalidId);
    QCOMPARE(index.data(FeedModel::GuestIdRole).toLongLong(), core::InvalidId);
    QCOMPARE(storage::PostRepository(m_db->db()).byId(id)->suggestedGuestId, core::InvalidId);
}

void TestFeedModel::lookUpReadsPostsWhateverTheFilter()
{
    auto model = makeModel();
    model->setInHouseOnly(true);
    QTRY_VERIFY(model->isLoaded() && !model->isLoading());
    QSignalSpy lookedUp(model.get(), &FeedModel::lookedUp);
    model->lookUp({m_fixture.posts.at(0), m_fixture.posts.at(7)});
    QTRY_COMPARE(lookedUp.size(), 1);
    const auto rows = lookedUp.constFirst().at(0).value<QList<desk::FeedRow>>();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).post.id, m_fixture.posts.at(7)); // newest first
    QCOMPARE(rows.at(0).vipCode, u"VIP1"_s);
    QCOMPARE(rows.at(1).post.id, m_fixture.posts.at(0));
}

QTEST_GUILESS_MAIN(TestFeedModel)
#include "test_feedmodel.moc"
