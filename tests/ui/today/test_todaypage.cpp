#include <todayfixture.h>

#include <ui/settings.h>
#include <ui/today/todaylistpane.h>
#include <ui/today/todaylistview.h>
#include <ui/todaypage.h>

#include <desk/today/todayboard.h>
#include <desk/today/todaylistmodel.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::TodayList;
using test::TodayFixture;
using ui::Settings;
using ui::TodayPage;

namespace {

// The page on the fixture's database, "now" fixed at 08:00 on the fixture's
// day in Auckland, shown and loaded.
struct Harness
{
    Harness(test::TestDatabase &t, Settings &settings)
        : page(t.db(), settings)
    {
        page.board()->setClock([] { return TodayFixture::auckland(TodayFixture::day(), QTime(8, 0)); });
        page.board()->setAutoRefreshInterval(std::chrono::milliseconds(0));
        page.resize(1000, 800);
    }

    bool showAndLoad()
    {
        page.show();
        if (!QTest::qWaitForWindowActive(&page))
            return false;
        return QTest::qWaitFor([this] { return page.board()->hasLoaded() && !page.isLoading(); });
    }

    QString heading(TodayList list) const { return page.pane(list)->heading()->text().remove(u'&'); }
    ui::TodayListView *view(TodayList list) const { return page.pane(list)->view(); }
    QString cell(TodayList list, int row, int column = 0) const
    {
        const QAbstractItemModel *model = view(list)->model();
        return model->index(row, column).data().toString();
    }
    QStringList guests(TodayList list) const
    {
        QStringList names;
        for (int row = 0; row < view(list)->model()->rowCount(); ++row)
            names.append(cell(list, row));
        return names;
    }

    TodayPage page;
};

} // namespace

// The Today page offscreen on a seeded database: the three lists with their
// counts, switching the date and the property, opening a guest from the
// keyboard and the mouse, and what it keeps between reloads and sessions.
class TestTodayPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsTheThreeListsWithCounts();
    void switchingTheDateChangesTheLists();
    void keysMoveBetweenDays();
    void switchingTheProperty();
    void activatingARowOpensTheGuest();
    void keyboardOnly();
    void reloadsOnChangesAndKeepsTheSelection();
    void refreshReloads();
    void remembersColumnWidths();
    void controlsHaveAccessibleNames();
    void unreachableDatabaseSaysWhatToDo();
};

void TestTodayPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per engine: both variants of this test may run at once.
    QCoreApplication::setApplicationName(u"test_todaypage_"_s + test::TestDatabase::engineName());
}

void TestTodayPage::init()
{
    QFile::remove(Settings().fileName());
}

void TestTodayPage::showsTheThreeListsWithCounts()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    QCOMPARE(h.heading(TodayList::Arrivals), u"Arrivals (2)"_s);
    QCOMPARE(h.heading(TodayList::InHouse), u"In house (3)"_s);
    QCOMPARE(h.heading(TodayList::Departures), u"Departures (2)"_s);
    QCOMPARE(h.guests(TodayList::Arrivals), (QStringList{u"Diaz, Chloe"_s, u"Evans, Dan"_s}));
    // In house and departures come sorted by room, as numbers.
    QCOMPARE(h.guests(TodayList::InHouse), (QStringList{u"Hart, Gina"_s, u"Carter, Ben"_s, u"Berg, Anna"_s}));
    QCOMPARE(h.guests(TodayList::Departures), (QStringList{u"Hart, Gina"_s, u"Berg, Anna"_s}));
    QCOMPARE(h.cell(TodayList::InHouse, 1, 1), u"12"_s);

    // The heading names the property; the status line the time in its zone.
    QCOMPARE(h.page.findChild<QLabel *>(u"todayHeading"_s)->text(), u"Harbour Lights Auckland"_s);
    QVERIFY2(h.page.statusText().contains(u"Pacific/Auckland"_s), qPrintable(h.page.statusText()));
    QVERIFY2(h.page.statusText().contains(u"08:00"_s), qPrintable(h.page.statusText()));
    QCOMPARE(h.page.dateEdit()->date(), TodayFixture::day());
    QCOMPARE(h.page.propertyBox()->count(), 2);
    QCOMPARE(h.page.propertyBox()->currentText(), u"Harbour Lights Auckland (AKL)"_s);
    QVERIFY(!h.page.findChild<QPushButton *>(u"todayToday"_s)->isEnabled());

    // The badges: Diaz is a VIP arriving, Berg has a handle to confirm.
    const auto *arrivals = h.view(TodayList::Arrivals)->model();
    const int attention = h.page.board()->arrivals()->columnOf(desk::TodayListModel::Column::Attention);
    QCOMPARE(arrivals->index(0, attention).data().toString(), u"VIP arriving"_s);
    QCOMPARE(arrivals->index(1, attention).data().toString(), QString());
    const auto *inHouse = h.view(TodayList::InHouse)->model();
    QCOMPARE(inHouse->index(2, attention + 1).data(desk::TodayListModel::AttentionCountRole).toInt(), 1);
}

void TestTodayPage::switchingTheDateChangesTheLists()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    const QDate d = TodayFixture::day();
    h.page.dateEdit()->setDate(d.addDays(2));
    QTRY_COMPARE(h.page.board()->snapshot().date, d.addDays(2));
    QTRY_COMPARE(h.heading(TodayList::Arrivals), u"Arrivals (0)"_s);
    QCOMPARE(h.heading(TodayList::InHouse), u"In house (2)"_s);
    QCOMPARE(h.heading(TodayList::Departures), u"Departures (1)"_s);
    QCOMPARE(h.guests(TodayList::Departures), QStringList{u"Carter, Ben"_s});
    QVERIFY2(h.page.statusText().contains(u"12:00"_s), qPrintable(h.page.statusText()));
    QVERIFY2(h.page.statusText().contains(u"expected"_s), qPrintable(h.page.statusText()));
    QCOMPARE(h.view(TodayList::Arrivals)->placeholderText(), u"No arrivals on this day."_s);

    // Today goes back to the property's today, at the current time.
    auto *today = h.page.findChild<QPushButton *>(u"todayToday"_s);
    QVERIFY(today->isEnabled());
    QTest::mouseClick(today, Qt::LeftButton);
    QTRY_COMPARE(h.page.dateEdit()->date(), d);
    QTRY_COMPARE(h.heading(TodayList::Arrivals), u"Arrivals (2)"_s);
    QVERIFY(h.page.board()->isFollowingToday());
    QVERIFY(!today->isEnabled());
}

void TestTodayPage::keysMoveBetweenDays()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    const QDate d = TodayFixture::day();
    h.view(TodayList::InHouse)->setFocus();
    QTest::keyClick(h.view(TodayList::InHouse), Qt::Key_Left, Qt::AltModifier);
    QTRY_COMPARE(h.page.board()->snapshot().date, d.addDays(-1));
    QCOMPARE(h.page.dateEdit()->date(), d.addDays(-1));
    QTRY_COMPARE(h.guests(TodayList::Arrivals), QStringList{u"Carter, Ben"_s});

    h.page.dateEdit()->setFocus();
    QTest::keyClick(h.page.dateEdit(), Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(h.page.dateEdit(), Qt::Key_Right, Qt::AltModifier);
    QTRY_COMPARE(h.page.board()->snapshot().date, d.addDays(1));
    QTRY_COMPARE(h.guests(TodayList::Arrivals), QStringList{u"Ives, Hugo"_s});
    QTRY_VERIFY(!h.page.isLoading());
}

void TestTodayPage::switchingTheProperty()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    settings.setValue(Settings::Key::PropertyCode, u"BER"_s);
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());
    // The workstation's property, with its own today (still the evening before in Berlin).
    QCOMPARE(h.page.propertyBox()->currentText(), u"Spreeblick Berlin (BER)"_s);
    QCOMPARE(h.page.dateEdit()->date(), TodayFixture::day().addDays(-1));

    QComboBox *box = h.page.propertyBox();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Up); // AKL sorts first
    QTRY_COMPARE(h.page.board()->snapshot().property.code, u"AKL"_s);
    QTRY_COMPARE(h.heading(TodayList::Arrivals), u"Arrivals (2)"_s);
    QCOMPARE(h.page.dateEdit()->date(), TodayFixture::day());

    // The settings changing the workstation's property take over.
    settings.setValue(Settings::Key::PropertyCode, u"BER"_s);
    settings.setValue(Settings::Key::PropertyCode, u"ber"_s);
    QTRY_COMPARE(h.page.board()->snapshot().property.code, u"BER"_s);
    QCOMPARE(h.page.propertyBox()->currentText(), u"Spreeblick Berlin (BER)"_s);
}

void TestTodayPage::activatingARowOpensTheGuest()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());
    QSignalSpy activated(&h.page, &TodayPage::guestActivated);

    // Enter on a row.
    ui::TodayListView *arrivals = h.view(TodayList::Arrivals);
    arrivals->setFocus();
    arrivals->setCurrentIndex(arrivals->model()->index(1, 2));
    QTest::keyClick(arrivals, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<core::Id>(), fixture->guests.value(u"Evans"_s));

    // A double-click on another list.
    ui::TodayListView *departures = h.view(TodayList::Departures);
    const QRect rect = departures->visualRect(departures->model()->index(1, 0));
    QVERIFY(rect.isValid());
    // As a person does it: a click, then the second click of the double-click.
    QTest::mouseClick(departures->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(departures->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).value<core::Id>(), fixture->guests.value(u"Berg"_s));
}

void TestTodayPage::keyboardOnly()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    // Tab goes from list to list.
    h.view(TodayList::Arrivals)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), h.view(TodayList::InHouse));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), h.view(TodayList::Departures));

    // Alt and the heading's letter jump to a list.
    QTest::keyClick(&h.page, Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), h.view(TodayList::InHouse));

    // Type-ahead finds a guest by last name, whichever column the cursor is in.
    ui::TodayListView *inHouse = h.view(TodayList::InHouse);
    inHouse->setCurrentIndex(inHouse->model()->index(0, 3));
    QTest::keyClicks(inHouse, u"car"_s);
    QCOMPARE(inHouse->currentIndex().row(), 1);
    QCOMPARE(h.cell(TodayList::InHouse, inHouse->currentIndex().row()), u"Carter, Ben"_s);
}

void TestTodayPage::reloadsOnChangesAndKeepsTheSelection()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    ui::TodayListPane *arrivals = h.page.pane(TodayList::Arrivals);
    QVERIFY(arrivals->selectStay(fixture->stays.value(u"Evans"_s)));
    QCOMPARE(arrivals->currentStayId(), fixture->stays.value(u"Evans"_s));

    // An arrival added elsewhere (Carter sorts first) shows up; the cursor stays on Evans.
    const auto other = t->openAnother();
    QVERIFY(other);
    core::Stay stay;
    stay.propertyId = fixture->akl;
    stay.guestId = fixture->guests.value(u"Carter"_s);
    stay.confirmation = u"C-LATE"_s;
    stay.arrival = TodayFixture::day();
    stay.departure = TodayFixture::day().addDays(2);
    QVERIFY(storage::StayRepository(*other).upsert(stay, u"test"_s));
    QTRY_COMPARE(h.heading(TodayList::Arrivals), u"Arrivals (3)"_s);
    QCOMPARE(h.guests(TodayList::Arrivals).constFirst(), u"Carter, Ben"_s);
    QCOMPARE(arrivals->currentStayId(), fixture->stays.value(u"Evans"_s));
    QCOMPARE(arrivals->view()->currentIndex().row(), 2);
    QVERIFY(arrivals->view()->selectionModel()->isRowSelected(2, {}));
}

void TestTodayPage::refreshReloads()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());

    QSignalSpy refreshed(&h.page, &TodayPage::refreshed);
    h.page.refresh();
    QVERIFY(h.page.isLoading());
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(h.heading(TodayList::InHouse), u"In house (3)"_s);
}

void TestTodayPage::remembersColumnWidths()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    {
        Harness h(*t, settings);
        QVERIFY(h.showAndLoad());
        QHeaderView *header = h.view(TodayList::InHouse)->header();
        header->resizeSection(0, 333);
        header->setSortIndicator(2, Qt::DescendingOrder);
    }
    Harness h(*t, settings);
    QHeaderView *header = h.view(TodayList::InHouse)->header();
    QCOMPARE(header->sectionSize(0), 333);
    QCOMPARE(header->sortIndicatorSection(), 2);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // The other lists keep their own layout.
    QVERIFY(h.view(TodayList::Arrivals)->header()->sectionSize(0) != 333);
}

void TestTodayPage::controlsHaveAccessibleNames()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());
    for (const char *name :
         {"todayPage", "todayHeading", "todayStatus", "todayProperty", "todayDate", "todayPreviousDay", "todayNextDay",
          "todayToday", "todayArrivals", "todayInHouse", "todayDepartures"}) {
        const auto *widget = h.page.findChild<QWidget *>(QString::fromLatin1(name));
        if (!widget && h.page.objectName() == QString::fromLatin1(name))
            widget = &h.page;
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    QCOMPARE(h.view(TodayList::Departures)->accessibleName(), u"Departures (0)"_s);
    // An empty database: no property yet, and the page says what to do.
    QVERIFY2(h.page.statusText().contains(u"Settings"_s), qPrintable(h.page.statusText()));
    QVERIFY(!h.page.dateEdit()->isEnabled());
}

void TestTodayPage::unreachableDatabaseSaysWhatToDo()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = TodayFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    Harness h(*t, settings);
    QVERIFY(h.showAndLoad());
    QSignalSpy refreshed(&h.page, &TodayPage::refreshed);

    // The board's own connection fails (a database gone away): the lists stay,
    // the status line says what happened and what to do.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto url = storage::DatabaseUrl::parse(u"sqlite://"_s + dir.path() + u"/missing/x.db"_s);
    QVERIFY(url);
    desk::TodayBoard broken(url.value());
    QSignalSpy failed(&broken, &desk::TodayBoard::loadFailed);
    broken.refresh();
    QTRY_COMPARE(failed.size(), 1);
    QMetaObject::invokeMethod(h.page.board(), "loadFailed", Q_ARG(QString, failed.at(0).at(0).toString()));
    QCOMPARE(refreshed.size(), 1);
    QVERIFY2(h.page.statusText().contains(u"missing"_s), qPrintable(h.page.statusText()));
    QVERIFY2(h.page.statusText().contains(u"F5"_s), qPrintable(h.page.statusText()));
    QCOMPARE(h.heading(TodayList::InHouse), u"In house (3)"_s);
}

QTEST_MAIN(TestTodayPage)
#include "test_todaypage.moc"
