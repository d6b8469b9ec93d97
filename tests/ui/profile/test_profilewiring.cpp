#include <profilefixture.h>

#include <ui/mainwindow.h>
#include <ui/page.h>
#include <ui/profile/guestprofiledialog.h>
#include <ui/settings.h>

#include <testdatabase.h>

#include <QFile>
#include <QLineEdit>
#include <QMetaMethod>
#include <QPointer>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;
using ui::GuestProfileDialog;
using ui::MainWindow;
using ui::Settings;

namespace {

// A page that opens guests, as the contract between pages and the window says.
class OpeningPage : public ui::Page
{
    Q_OBJECT

public:
    QString title() const override { return u"Opening"_s; }

Q_SIGNALS:
    void guestActivated(tw::core::Id guestId);
};

QList<GuestProfileDialog *> profiles(const MainWindow &window)
{
    return window.findChildren<GuestProfileDialog *>(Qt::FindDirectChildrenOnly);
}

} // namespace

// The main window opens a guest's profile for every page that emits
// guestActivated, one window per guest, and does not quit over unsaved edits.
class TestProfileWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pagesOpenProfiles();
    void everyPageThatOpensGuestsIsWired();
    void closingTheWindowAsksAboutUnsavedEdits();
};

void TestProfileWiring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_profilewiring_"_s + test::TestDatabase::engineName());
}

void TestProfileWiring::init()
{
    QFile::remove(Settings().fileName());
}

void TestProfileWiring::pagesOpenProfiles()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::ProfileFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    MainWindow window(t->db(), settings);
    auto *page = new OpeningPage;
    window.addPage(page);
    window.show();

    Q_EMIT page->guestActivated(fixture->anna.id);
    QCOMPARE(profiles(window).size(), 1);
    GuestProfileDialog *anna = profiles(window).first();
    QCOMPARE(anna->guestId(), fixture->anna.id);
    QCOMPARE(anna->url().toDisplayString(), t->url().toDisplayString());
    QVERIFY(anna->isVisible());
    QTRY_VERIFY(anna->isLoaded());

    // The same guest again raises the open window; another guest gets a second one.
    Q_EMIT page->guestActivated(fixture->anna.id);
    QCOMPARE(profiles(window).size(), 1);
    Q_EMIT page->guestActivated(fixture->carl.id);
    QCOMPARE(profiles(window).size(), 2);
    // The main window stays usable: the profiles are not modal.
    QVERIFY(!anna->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestProfileWiring::everyPageThatOpensGuestsIsWired()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::ProfileFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    MainWindow window(t->db(), settings);
    window.show();

    // Each of the window's own pages that declares the signal opens the profile
    // when it fires, whatever the page's class.
    int opening = 0;
    for (int i = 0; i < window.pageCount(); ++i) {
        ui::Page *page = window.page(i);
        const int index = page->metaObject()->indexOfSignal("guestActivated(tw::core::Id)");
        if (index < 0) {
            const bool misspelt = page->metaObject()->indexOfMethod("guestActivated(core::Id)") >= 0
                || page->metaObject()->indexOfMethod("guestActivated(qint64)") >= 0
                || page->metaObject()->indexOfMethod("guestActivated(qlonglong)") >= 0;
            QVERIFY2(!misspelt, qPrintable(page->objectName() + u": declare guestActivated(tw::core::Id)"_s));
            continue;
        }
        ++opening;
        core::Id id = fixture->carl.id;
        QVERIFY(page->metaObject()->method(index).invoke(page, Qt::DirectConnection, Q_ARG(tw::core::Id, id)));
        QCOMPARE(profiles(window).size(), 1);
        QCOMPARE(profiles(window).first()->guestId(), fixture->carl.id);
    }
    QVERIFY2(opening > 0, "no page of the main window opens guests");
}

void TestProfileWiring::closingTheWindowAsksAboutUnsavedEdits()
{
    TW_TEST_DATABASE(t);
    QString error;
    const auto fixture = test::ProfileFixture::seed(t->db(), &error);
    QVERIFY2(fixture, qPrintable(error));
    Settings settings;
    MainWindow window(t->db(), settings);
    auto *page = new OpeningPage;
    window.addPage(page);
    window.show();
    Q_EMIT page->guestActivated(fixture->anna.id);
    QPointer<GuestProfileDialog> profile = profiles(window).first();
    QTRY_VERIFY(profile->isLoaded());
    int asked = 0;
    auto answer = GuestProfileDialog::UnsavedChangesAnswer::Cancel;
    profile->setUnsavedChangesQuestion([&](GuestProfileDialog *) {
        ++asked;
        return answer;
    });
    profile->findChild<QLineEdit *>(u"vipCodeEdit"_s)->setText(u"V5"_s);

    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    QVERIFY(profile && profile->isVisible());

    answer = GuestProfileDialog::UnsavedChangesAnswer::Discard;
    QVERIFY(window.close());
    QCOMPARE(asked, 2);
}

QTEST_MAIN(TestProfileWiring)
#include "test_profilewiring.moc"
