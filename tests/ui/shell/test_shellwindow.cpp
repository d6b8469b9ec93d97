#include <testdatabase.h>

#include <ui/mainwindow.h>
#include <ui/page.h>
#include <ui/settings.h>
#include <ui/shell/aboutdialog.h>
#include <ui/shell/appcontroller.h>
#include <ui/shell/settingsdialog.h>

#include <storage/propertyrepository.h>

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using tw::ui::MainWindow;
using tw::ui::Page;
using tw::ui::Settings;

namespace {

// A page without a search.
class PlainPage : public Page
{
public:
    QString title() const override { return u"Plain"_s; }
};

// A page with a search field, declared the way pages do it: a focusSearch() slot.
class SearchPage : public Page
{
    Q_OBJECT

public:
    SearchPage()
    {
        setObjectName(u"searchProbePage"_s);
        m_search = new QLineEdit(this);
        m_search->setObjectName(u"probeSearch"_s);
        m_search->setText(u"earlier search"_s);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(new QLineEdit(this));
        layout->addWidget(m_search);
    }
    QString title() const override { return u"Search"_s; }
    QLineEdit *search() const { return m_search; }

public Q_SLOTS:
    void focusSearch() override
    {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }

private:
    QLineEdit *m_search = nullptr;
};

bool addProperty(tw::storage::Database &db)
{
    tw::core::Property property;
    property.code = u"PAL"_s;
    property.name = u"Palace Hotel"_s;
    property.timeZone = u"Europe/Berlin"_s;
    return tw::storage::PropertyRepository(db).add(property).ok();
}

bool isInside(const QWidget *widget, const QWidget *ancestor)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w == ancestor)
            return true;
    }
    return false;
}

} // namespace

// The window's frame around the pages: Ctrl+F to the search of a page that
// has one (the Guests page among the real ones), Settings on Ctrl+comma, the
// About dialog, and reopening on another database.
class TestShellWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pagesDeclareTheirSearch();
    void ctrlFFocusesTheSearch();
    void ctrlFFocusesTheGuestsSearch();
    void ctrlCommaOpensSettings();
    void aboutNamesVersionAndDatabase();
    void reopensOnAnotherDatabase();
    void reopenFailureKeepsTheWindow();
};

void TestShellWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_shellwindow_"_s + tw::test::TestDatabase::engineName());
}

void TestShellWindow::init()
{
    QFile::remove(Settings().fileName());
}

void TestShellWindow::pagesDeclareTheirSearch()
{
    PlainPage plain;
    SearchPage search;
    QVERIFY(!plain.hasSearch());
    QVERIFY(search.hasSearch());
    search.setObjectName(u"guestsPage"_s);
    QCOMPARE(search.screenshotName(), u"guests"_s);
}

void TestShellWindow::ctrlFFocusesTheSearch()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db()));
    Settings settings;
    MainWindow window(t->db(), settings);
    const int plain = window.pageCount();
    window.addPage(new PlainPage);
    auto *searchPage = new SearchPage;
    window.addPage(searchPage);
    const int search = window.pageCount() - 1;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.arePropertiesLoaded());

    // On a page with a search, Ctrl+F stays there and focuses it.
    window.showPage(search);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPageIndex(), search);
    QTRY_COMPARE(QApplication::focusWidget(), searchPage->search());
    // Typing replaces the earlier search.
    QCOMPARE(searchPage->search()->selectedText(), u"earlier search"_s);
    QTest::keyClicks(QApplication::focusWidget(), u"Berg"_s);
    QCOMPARE(searchPage->search()->text(), u"Berg"_s);

    // From a page without one, Ctrl+F goes to the first page that has one.
    int first = -1;
    for (int i = 0; i < window.pageCount() && first < 0; ++i) {
        if (window.page(i)->hasSearch())
            first = i;
    }
    window.showPage(plain);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPageIndex(), first);
    QTRY_VERIFY(isInside(QApplication::focusWidget(), window.page(first)));
}

void TestShellWindow::ctrlFFocusesTheGuestsSearch()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db()));
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(window.arePropertiesLoaded());

    // The window's own pages: the Guests page is the one with a search.
    int guests = -1;
    for (int i = 0; i < window.pageCount(); ++i) {
        if (window.page(i)->hasSearch()) {
            guests = i;
            break;
        }
    }
    QVERIFY2(guests >= 0, "no page of the window has a search (the Guests page declares focusSearch())");
    QCOMPARE(window.page(guests)->screenshotName(), u"guests"_s);
    window.showPage(0);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.currentPageIndex(), guests);
    QTRY_VERIFY(isInside(QApplication::focusWidget(), window.page(guests)));
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
}

void TestShellWindow::ctrlCommaOpensSettings()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db()));
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<tw::ui::SettingsDialog *>());
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    auto *dialog = window.findChild<tw::ui::SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // One at a time.
    QCOMPARE(window.openSettings(tw::ui::SettingsDialog::Tab::Desk), dialog);
    QCOMPARE(dialog->currentTab(), tw::ui::SettingsDialog::Tab::Desk);
    QTRY_VERIFY(dialog->isLoaded());
    dialog->reject();
    QTRY_VERIFY(!window.findChild<tw::ui::SettingsDialog *>());
}

void TestShellWindow::aboutNamesVersionAndDatabase()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    MainWindow window(t->db(), settings);
    window.showAbout();
    auto *about = window.findChild<tw::ui::AboutDialog *>();
    QVERIFY(about);
    QVERIFY(about->isVisible());
    QVERIFY2(about->details().contains(t->url().toDisplayString()), qPrintable(about->details()));
    QVERIFY(about->details().contains(QString::fromLatin1(qVersion())));
    const auto *icon = about->findChild<QLabel *>(u"aboutIcon"_s);
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
}

void TestShellWindow::reopensOnAnotherDatabase()
{
    TW_TEST_DATABASE(t);
    QVERIFY(addProperty(t->db()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Settings settings;
    tw::ui::AppController controller(settings);
    const auto started = controller.start({t->url(), tw::ui::Startup::Source::CommandLine, false});
    QVERIFY2(started, qPrintable(started.error()));
    QPointer<MainWindow> first = controller.window();
    first->resize(876, 543);
    QVERIFY(QTest::qWaitForWindowExposed(first));

    // Settings saves another database; the window reopens on it.
    tw::ui::SettingsDialog *dialog = first->openSettings();
    dialog->findChild<QRadioButton *>(u"sqliteChoice"_s)->setChecked(true);
    const QString path = dir.filePath(u"second.db"_s);
    dialog->findChild<QLineEdit *>(u"sqlitePath"_s)->setText(path);
    QSignalSpy opened(&controller, &tw::ui::AppController::windowOpened);
    dialog->save();
    QTRY_COMPARE(opened.size(), 1);

    QTRY_VERIFY(first.isNull());
    MainWindow *second = controller.window();
    QVERIFY(second);
    QVERIFY(second->isVisible());
    QCOMPARE(second->databaseUrl().path, path);
    QCOMPARE(controller.database()->url().path, path);
    // Same place and size as the window it replaces.
    QCOMPARE(second->size(), QSize(876, 543));
    // The new database has no property yet: the guide shows.
    QTRY_VERIFY(second->arePropertiesLoaded());
    QVERIFY(second->isShowingWelcome());
}

void TestShellWindow::reopenFailureKeepsTheWindow()
{
    TW_TEST_DATABASE(t);
    Settings settings;
    tw::ui::AppController controller(settings);
    QVERIFY(controller.start({t->url(), tw::ui::Startup::Source::CommandLine, false}));
    MainWindow *window = controller.window();

    QSignalSpy failed(&controller, &tw::ui::AppController::reopenFailed);
    const auto unreachable = tw::storage::DatabaseUrl::parse(u"postgresql://desk@127.0.0.1:1/hotel"_s);
    QVERIFY(unreachable);
    controller.reopen(unreachable.value());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(u"127.0.0.1"_s));
    QCOMPARE(controller.window(), window);
    QCOMPARE(controller.database()->url().toDisplayString(), t->url().toDisplayString());
}

QTEST_MAIN(TestShellWindow)
#include "test_shellwindow.moc"
