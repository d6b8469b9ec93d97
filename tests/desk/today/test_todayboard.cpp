#include "todayfixture.h"

#include <desk/today/attentionprovider.h>
#include <desk/today/todayboard.h>
#include <desk/today/todaylistmodel.h>

#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::TodayBoard;
using desk::TodayList;
using desk::TodayListModel;
using test::TodayFixture;

namespace {

QStringList lastNames(const TodayListModel *model)
{
    QStringList names;
    for (const desk::TodayRow &row : model->rows())
        names.append(row.guest.lastName);
    return names;
}

// A board on the test database with every model under QAbstractItemModelTester
// and "now" fixed at 08:00 on the fixture's day in Auckland.
struct Harness
{
    explicit Harness(test::TestDatabase &t)
        : board(t.url())
    {
        for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures}) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                board.model(list), QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        board.setClock([] { return TodayFixture::auckland(TodayFixture::day(), QTime(8, 0)); });
        board.setAutoRefreshInterval(std::chrono::milliseconds(0));
    }

    TodayBoard board;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

// Badges that depend on a table of a later feature.
class PostsAttention : public desk::AttentionProvider
{
public:
    QList<Finding> collect(storage::Database &, const desk::TodaySnapshot &) const override { return {}; }
    QStringList watchedTables() const override { return {u"posts"_s}; }
};

} // namespace

// The Today board's presenter: loads off the UI thread into its three models,
// moves between dates and properties, reloads on changes and on request, and
// drops loads that are no longer wanted.
class TestTodayBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsOffTheUiThread();
    void setUpBeforeTheFirstLoad();
    void movesBetweenDates();
    void followsTheWorkstationsPropertyUntilOneIsChosen();
    void reloadsWhenStaysChange();
    void unchangedReloadKeepsRows();
    void dropsLoadsNoLongerWanted();
    void failureKeepsWhatItShowed();
};

void TestTodayBoard::loadsOffTheUiThread()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    QSignalSpy loading(&h.board, &TodayBoard::loadingChanged);
    QSignalSpy updated(&h.board, &TodayBoard::updated);
    h.board.setPreferredPropertyCode(u"AKL"_s);
    QVERIFY(!h.board.hasLoaded());
    h.board.refresh();
    // refresh() returns at once; the rows arrive through the event loop.
    QVERIFY(h.board.isLoading());
    QCOMPARE(h.board.arrivals()->rowCount(), 0);
    QTRY_COMPARE(updated.size(), 1);
    QTRY_VERIFY(!h.board.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.at(0).at(0).toBool(), true);
    QCOMPARE(loading.at(1).at(0).toBool(), false);

    QVERIFY(h.board.hasLoaded());
    QVERIFY(h.board.errorText().isEmpty());
    QCOMPARE(h.board.snapshot().property.code, u"AKL"_s);
    QCOMPARE(h.board.snapshot().date, TodayFixture::day());
    QVERIFY(h.board.isFollowingToday());
    QCOMPARE(lastNames(h.board.arrivals()), (QStringList{u"Diaz"_s, u"Evans"_s}));
    QCOMPARE(lastNames(h.board.inHouse()), (QStringList{u"Hart"_s, u"Carter"_s, u"Berg"_s}));
    QCOMPARE(lastNames(h.board.departures()), (QStringList{u"Hart"_s, u"Berg"_s}));
    // The default providers are on: Diaz is a VIP arriving.
    QCOMPARE(h.board.arrivals()->row(0).attentionCount(), 1);
}

void TestTodayBoard::setUpBeforeTheFirstLoad()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    QSignalSpy loading(&h.board, &TodayBoard::loadingChanged);
    h.board.setPreferredPropertyCode(u"BER"_s);
    h.board.setDate(TodayFixture::day().addDays(1));
    h.board.showNextDay();
    QVERIFY(!h.board.isLoading());
    QTest::qWait(50);
    QCOMPARE(loading.size(), 0);

    h.board.refresh();
    QTRY_VERIFY(h.board.hasLoaded());
    QCOMPARE(h.board.snapshot().property.code, u"BER"_s);
    QCOMPARE(h.board.snapshot().date, TodayFixture::day().addDays(2));
    QCOMPARE(lastNames(h.board.departures()), QStringList{u"Klein"_s});
}

void TestTodayBoard::movesBetweenDates()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    QSignalSpy updated(&h.board, &TodayBoard::updated);
    h.board.refresh();
    QTRY_COMPARE(updated.size(), 1);
    const QDate d = TodayFixture::day();

    h.board.showPreviousDay();
    QTRY_COMPARE(updated.size(), 2);
    QVERIFY(!h.board.isFollowingToday());
    QCOMPARE(h.board.snapshot().date, d.addDays(-1));
    QCOMPARE(h.board.snapshot().instant, TodayFixture::auckland(d.addDays(-1), QTime(12, 0)));
    QCOMPARE(lastNames(h.board.arrivals()), QStringList{u"Carter"_s});

    h.board.showNextDay();
    QTRY_COMPARE(updated.size(), 3);
    // Back on today's date the board follows today again, at the current instant.
    QVERIFY(h.board.isFollowingToday());
    QCOMPARE(h.board.snapshot().date, d);
    QCOMPARE(h.board.snapshot().instant, h.board.now());

    h.board.setDate(d.addDays(2));
    QTRY_COMPARE(updated.size(), 4);
    QCOMPARE(lastNames(h.board.departures()), QStringList{u"Carter"_s});
    QCOMPARE(h.board.arrivals()->rowCount(), 0);

    h.board.showToday();
    QTRY_COMPARE(updated.size(), 5);
    QCOMPARE(h.board.snapshot().date, d);
    QCOMPARE(lastNames(h.board.arrivals()), (QStringList{u"Diaz"_s, u"Evans"_s}));

    // Asking for the date already shown loads nothing.
    h.board.setDate(d);
    QTest::qWait(50);
    QCOMPARE(updated.size(), 5);
    QVERIFY(!h.board.isLoading());
}

void TestTodayBoard::followsTheWorkstationsPropertyUntilOneIsChosen()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    QSignalSpy updated(&h.board, &TodayBoard::updated);
    h.board.refresh();
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(h.board.snapshot().property.code, u"AKL"_s); // no code: the first
    QCOMPARE(h.board.snapshot().properties.size(), 2);

    h.board.setPreferredPropertyCode(u"BER"_s);
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(h.board.snapshot().property.code, u"BER"_s);
    // 08:00 in Auckland is still the evening before in Berlin: today follows
    // the property shown.
    QCOMPARE(h.board.snapshot().date, TodayFixture::day().addDays(-1));
    QVERIFY(h.board.isFollowingToday());
    QCOMPARE(h.board.arrivals()->rowCount(), 0);
    h.board.showNextDay();
    QTRY_COMPARE(updated.size(), 3);
    QCOMPARE(lastNames(h.board.arrivals()), QStringList{u"Klein"_s});

    // A property chosen on the board keeps the date.
    h.board.chooseProperty(fixture->akl);
    QTRY_COMPARE(updated.size(), 4);
    QCOMPARE(h.board.snapshot().property.code, u"AKL"_s);
    QCOMPARE(h.board.snapshot().date, TodayFixture::day());
    QCOMPARE(lastNames(h.board.arrivals()), (QStringList{u"Diaz"_s, u"Evans"_s}));

    // The workstation's property changing again takes over from the choice.
    h.board.setPreferredPropertyCode(u"ber"_s);
    QTRY_COMPARE(updated.size(), 5);
    QCOMPARE(h.board.snapshot().property.code, u"BER"_s);
}

void TestTodayBoard::reloadsWhenStaysChange()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    h.board.watch(t->db());
    h.board.addAttentionProvider(std::make_shared<PostsAttention>());
    QCOMPARE(h.board.attentionProviders().size(), TodayBoard::defaultAttentionProviders().size() + 1);
    QSignalSpy updated(&h.board, &TodayBoard::updated);
    h.board.refresh();
    QTRY_COMPARE(updated.size(), 1);
    QCOMPARE(h.board.arrivals()->rowCount(), 2);

    // Another connection (a worker, another workstation) adds an arrival.
    const auto other = t->openAnother();
    QVERIFY(other);
    core::Stay stay;
    stay.propertyId = fixture->akl;
    stay.guestId = fixture->guests.value(u"Carter"_s);
    stay.confirmation = u"C-LATE"_s;
    stay.arrival = TodayFixture::day();
    stay.departure = TodayFixture::day().addDays(1);
    QVERIFY(storage::StayRepository(*other).upsert(stay, u"test"_s));
    QTRY_COMPARE(h.board.arrivals()->rowCount(), 3);
    QCOMPARE(h.board.arrivals()->rowOfStay(stay.id), 0); // Carter, before Diaz and Evans
}

void TestTodayBoard::unchangedReloadKeepsRows()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    QSignalSpy updated(&h.board, &TodayBoard::updated);
    h.board.refresh();
    QTRY_COMPARE(updated.size(), 1);
    const QPersistentModelIndex selected = h.board.inHouse()->index(1, 0);
    QSignalSpy resets(h.board.inHouse(), &QAbstractItemModel::modelReset);
    QSignalSpy aboutToUpdate(&h.board, &TodayBoard::aboutToUpdate);

    h.board.refresh();
    QTRY_COMPARE(updated.size(), 2);
    QCOMPARE(aboutToUpdate.size(), 1);
    QCOMPARE(resets.size(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(TodayListModel::StayIdRole).toLongLong(), fixture->stays.value(u"Carter"_s));
}

void TestTodayBoard::dropsLoadsNoLongerWanted()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));

    Harness h(*t);
    QSignalSpy updated(&h.board, &TodayBoard::updated);
    QSignalSpy loading(&h.board, &TodayBoard::loadingChanged);
    h.board.refresh();
    // Three days on before the first load is back: only the last date is shown.
    h.board.setDate(TodayFixture::day().addDays(1));
    h.board.showNextDay();
    h.board.showNextDay();
    QTRY_VERIFY(!h.board.isLoading());
    QTRY_COMPARE(loading.size(), 2);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(h.board.snapshot().date, TodayFixture::day().addDays(3));
    QCOMPARE(lastNames(h.board.departures()), (QStringList{u"Diaz"_s, u"Ives"_s}));
}

void TestTodayBoard::failureKeepsWhatItShowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto url = storage::DatabaseUrl::parse(u"sqlite://"_s + dir.path() + u"/missing/folder/x.db"_s);
    QVERIFY2(url, qPrintable(url.error()));
    TodayBoard board(url.value());
    QSignalSpy failed(&board, &TodayBoard::loadFailed);
    QSignalSpy updated(&board, &TodayBoard::updated);
    board.refresh();
    QTRY_COMPARE(failed.size(), 1);
    QTRY_VERIFY(!board.isLoading());
    QCOMPARE(updated.size(), 0);
    QVERIFY(!board.hasLoaded());
    QCOMPARE(board.errorText(), failed.at(0).at(0).toString());
    QVERIFY2(board.errorText().contains(u"missing/folder"_s), qPrintable(board.errorText()));
}

QTEST_GUILESS_MAIN(TestTodayBoard)
#include "test_todayboard.moc"
