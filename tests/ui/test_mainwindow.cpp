#include <testdatabase.h>

#include <ui/mainwindow.h>
#include <ui/page.h>
#include <ui/settings.h>
#include <ui/todaypage.h>

#include <desk/today/todayboard.h>

#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::ui::MainWindow;
using tw::ui::Settings;

namespace {

// A second page, so switching between pages can be observed.
class ProbePage : public tw::ui::Page
{
public:
    QString title() const override { return u"Probe"_s; }
    void refresh() override { ++refreshes; }
    int refreshes = 0;
};

tw::core::Id addProperty(tw::storage::Database &db, const QString &code = u"PAL"_s,
                         const QString &name = u"Palace Hotel"_s)
{
    tw::core::Property property;
    property.code = code;
    property.name = name;
    property.timeZone = u"Europe/Berlin"_s;
    const auto added = tw::storage::PropertyRepository(db).add(property);
    return added ? added->id : tw::core::InvalidId;
}

tw::core::Id addGuest(tw::storage::Database &db, const QString &lastName)
{
    tw::core::Guest guest;
    guest.firstName = u"Anna"_s;
    guest.lastName = lastName;
    guest.email = lastName.toLower() + u"@guest.example"_s;
    const auto created = tw::storage::GuestRepository(db).create(guest, u"test"_s);
    return created ? created->id : tw::core::InvalidId;
}

bool addStay(tw::storage::Database &db, tw::core::Id propertyId, tw::core::Id guestId, const QString &confirmation)
{
    tw::core::Stay stay;
    stay.propertyId = propertyId;
    stay.guestId = guestId;
    stay.confirmation = confirmation;
    stay.room = u"101"_s;
    stay.arrival = QDate(2026, 11, 20);
    stay.departure = QDate(2026, 11, 23);
    return tw::storage::StayRepository(db).upsert(stay, u"test"_s).ok();
}

QString statusText(const MainWindow &window, const char *name)
{
    const auto *label = window.statusBar()->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : u"<no label %1>"_s.arg(QString::fromLatin1(name));
}

// A list heading of the Today page, e.g. "Arrivals (2)".
QString todayHeading(const MainWindow &window, const char *list)
{
    const auto *label = window.findChild<QLabel *>(QString::fromLatin1(list) + u"Heading"_s);
    return label ? label->text().remove(u'&') : u"<no heading %1>"_s.arg(QString::fromLatin1(list));
}

} // namespace

// The main window on a real database: what it says about the database, the
// Today page's lists loaded off the UI thread, page shortcuts, and the window
// state it remembers.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void statusBarNamesTheDatabase();
    void todayShowsTheBoard();
    void refreshReloadsThePage();
    void shortcutsSwitchPages();
    void sidebarSwitchesPages();
    void propertyFollowsTheSettings();
    void guidesToAPropertyWhenThereIsNone();
    void remembersGeometryAndPage();
    void controlsHaveAccessibleNames();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per engine: both variants of this test may run at once.
    QCoreApplication::setApplicationName(u"test_mainwindow_"_s + tw::test::TestDatabase::engineName());
}

void TestMainWindow::init()
{
    QFile::remove(Settings().fileName());
}

void TestMainWindow::statusBarNamesTheDatabase()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString shown = t->url().toDisplayString();
    QVERIFY2(statusText(window, "databaseStatus").contains(shown), qPrintable(statusText(window, "databaseStatus")));
    QVERIFY(window.windowTitle().contains(shown));
    QVERIFY(!statusText(window, "databaseStatus").contains(u"password"_s));
}

void TestMainWindow::todayShowsTheBoard()
{
    TW_TEST_DATABASE(t);
    const tw::core::Id property = addProperty(t->db());
    QVERIFY(property != tw::core::InvalidId);
    const tw::core::Id anna = addGuest(t->db(), u"Berg"_s);
    QVERIFY(anna != tw::core::InvalidId);
    QVERIFY(addStay(t->db(), property, anna, u"C-1"_s));
    QVERIFY(addStay(t->db(), property, anna, u"C-2"_s));

    Settings settings;
    MainWindow window(t->db(), settings);
    QCOMPARE(window.page(0)->objectName(), u"todayPage"_s);
    auto *today = qobject_cast<tw::ui::TodayPage *>(window.page(0));
    QVERIFY(today);
    // The stays arrive on 20 November 2026; the board loads once the window runs.
    today->board()->setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC); });
    window.show();
    QCOMPARE(window.currentPageIndex(), 0);
    QTRY_COMPARE(todayHeading(window, "todayArrivals"), u"Arrivals (2)"_s);
    QCOMPARE(todayHeading(window, "todayInHouse"), u"In house (0)"_s);
    QCOMPARE(todayHeading(window, "todayDepartures"), u"Departures (0)"_s);
}

void TestMainWindow::refreshReloadsThePage()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db()) != tw::core::InvalidId);
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *today = qobject_cast<tw::ui::TodayPage *>(window.page(0));
    QVERIFY(today);
    QTRY_VERIFY(today->board()->hasLoaded() && !today->isLoading());

    QSignalSpy refreshed(today, &tw::ui::TodayPage::refreshed);
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(today->isLoading());
    QTRY_COMPARE(refreshed.size(), 1);
}

void TestMainWindow::shortcutsSwitchPages()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db()) != tw::core::InvalidId);
    Settings settings;
    MainWindow window(t->db(), settings);
    // The probe comes after the window's own pages.
    const int own = window.pageCount();
    QVERIFY(own >= 1 && own < 8);
    auto *probe = new ProbePage;
    window.addPage(probe);
    QCOMPARE(window.pageCount(), own + 1);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.arePropertiesLoaded());
    QVERIFY(!window.isShowingWelcome());
    QCOMPARE(window.currentPageIndex(), 0);

    const auto probeKey = Qt::Key(Qt::Key_1 + own);
    QTest::keyClick(&window, probeKey, Qt::ControlModifier);
    QCOMPARE(window.currentPageIndex(), own);
    QVERIFY(probe->isVisible());
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(probe->refreshes, 1);

    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPageIndex(), 0);
    QVERIFY(!probe->isVisible());
    // The refresh goes to the page on screen only.
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(probe->refreshes, 1);

    // There is no page after the probe: its key changes nothing.
    QTest::keyClick(&window, Qt::Key(probeKey + 1), Qt::ControlModifier);
    QCOMPARE(window.currentPageIndex(), 0);

    // The View menu lists the pages with their shortcuts.
    const auto *showProbe = window.findChild<QAction *>(u"showPage%1Action"_s.arg(own + 1));
    QVERIFY(showProbe);
    QCOMPARE(showProbe->text(), u"Probe"_s);
    QCOMPARE(showProbe->shortcut(), QKeySequence(Qt::CTRL | probeKey));
}

void TestMainWindow::sidebarSwitchesPages()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    MainWindow window(t->db(), settings);
    const int own = window.pageCount();
    window.addPage(new ProbePage);
    window.show();

    auto *sidebar = window.findChild<QListWidget *>(u"pageList"_s);
    QVERIFY(sidebar);
    QCOMPARE(sidebar->count(), own + 1);
    QCOMPARE(sidebar->item(own)->text(), u"Probe"_s);
    sidebar->setCurrentRow(own);
    QCOMPARE(window.currentPageIndex(), own);
    QVERIFY(window.findChild<QAction *>(u"showPage%1Action"_s.arg(own + 1))->isChecked());
    window.showPage(0);
    QCOMPARE(sidebar->currentRow(), 0);
}

void TestMainWindow::propertyFollowsTheSettings()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db(), u"PAL"_s, u"Palace Hotel"_s) != tw::core::InvalidId);
    QVERIFY(addProperty(t->db(), u"LIS"_s, u"Lisbon Riverside"_s) != tw::core::InvalidId);
    Settings settings;
    MainWindow window(t->db(), settings);
    QTRY_VERIFY(window.arePropertiesLoaded());
    QCOMPARE(window.properties().size(), 2);

    // Nothing chosen: the first property, by name.
    QVERIFY(window.currentProperty().has_value());
    QCOMPARE(window.currentProperty()->code, window.properties().constFirst().code);
    QVERIFY2(statusText(window, "propertyStatus").contains(window.properties().constFirst().name),
             qPrintable(statusText(window, "propertyStatus")));

    settings.setValue(Settings::Key::PropertyCode, u"lis"_s);
    QCOMPARE(window.currentProperty()->code, u"LIS"_s);
    QVERIFY2(statusText(window, "propertyStatus").contains(u"Lisbon Riverside (LIS)"_s),
             qPrintable(statusText(window, "propertyStatus")));
    QVERIFY(statusText(window, "staffStatus").isEmpty());
    settings.setValue(Settings::Key::StaffName, u"Zoë"_s);
    QVERIFY2(statusText(window, "staffStatus").contains(u"Zoë"_s), qPrintable(statusText(window, "staffStatus")));
}

void TestMainWindow::guidesToAPropertyWhenThereIsNone()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();
    QTRY_VERIFY(window.arePropertiesLoaded());
    QVERIFY(window.isShowingWelcome());
    const auto *guide = window.findChild<QWidget *>(u"welcomePanel"_s);
    QVERIFY(guide && guide->isVisible());
    QVERIFY(!window.findChild<QWidget *>(u"pageList"_s)->isVisible());
    QVERIFY2(statusText(window, "propertyStatus").contains(u"No property"_s),
             qPrintable(statusText(window, "propertyStatus")));
    // Page keys and Find have nothing to act on.
    QVERIFY(!window.findChild<QAction *>(u"showPage1Action"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"findAction"_s)->isEnabled());

    // A property added anywhere (here: another connection) brings the pages back.
    auto other = t->openAnother();
    QVERIFY(other);
    QVERIFY(addProperty(*other) != tw::core::InvalidId);
    QTRY_VERIFY(!window.isShowingWelcome());
    QVERIFY(window.findChild<QWidget *>(u"pageList"_s)->isVisible());
    QVERIFY(window.findChild<QAction *>(u"showPage1Action"_s)->isEnabled());
    QVERIFY2(statusText(window, "propertyStatus").contains(u"Palace Hotel (PAL)"_s),
             qPrintable(statusText(window, "propertyStatus")));
}

void TestMainWindow::remembersGeometryAndPage()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    {
        MainWindow window(t->db(), settings);
        window.addPage(new ProbePage);
        window.resize(912, 613);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(1);
        QVERIFY(window.close());
    }
    QVERIFY(!settings.mainWindowGeometry().isEmpty());
    QVERIFY(!settings.mainWindowState().isEmpty());
    QCOMPARE(settings.mainWindowPage(), 1);

    // A new window on another Settings instance reads what was written.
    Settings reread;
    MainWindow window(t->db(), reread);
    window.addPage(new ProbePage);
    QCOMPARE(window.size(), QSize(912, 613));
    QCOMPARE(window.currentPageIndex(), 1);
}

void TestMainWindow::controlsHaveAccessibleNames()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    MainWindow window(t->db(), settings);
    for (const char *name : {"pageList", "pageStack", "databaseStatus", "propertyStatus", "staffStatus", "todayPage",
                             "todayProperty", "todayDate", "todayArrivals", "welcomePanel", "welcomeText"}) {
        const auto *widget = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Every menu entry can be reached from the keyboard.
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
