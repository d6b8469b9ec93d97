#include <ui/commandline.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>
#include <ui/shell/appcontroller.h>
#include <ui/shell/firststartdialog.h>
#include <ui/shell/settingsdialog.h>
#include <ui/startup.h>

#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::ui::AppController;
using tw::ui::FirstStartDialog;
using tw::ui::MainWindow;
using tw::ui::Settings;
using tw::ui::Startup;

namespace {

qint64 guestCount(const tw::storage::DatabaseUrl &url)
{
    auto db = tw::storage::Database::open(url);
    return db ? tw::storage::GuestRepository(*db.value()).count() : -1;
}

// What the app does when started without --db, $TWEETWORTHY_DB or a setting.
tw::core::Result<Startup::DatabaseChoice> plainStart(const Settings &settings)
{
    return Startup::chooseDatabase(tw::ui::CommandLine::parse({u"tweetworthy"_s}), settings, QProcessEnvironment());
}

} // namespace

// The first start: with no database yet the app creates its SQLite default,
// opens the window and offers the demo hotel; answered "demo", the hotel is
// seeded off the UI thread and the board has guests. Answered "start empty",
// the window guides to adding a property. The default file lives under the
// test-mode data folder.
class TestFirstStart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void demoHotelOnFirstStart();
    void startEmptyGuidesToSettings();
    void demoHotelFromTheGuide();
    void noOfferOnLaterStarts();

private:
    QString m_defaultPath;
};

void TestFirstStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_firststart"_s);
    m_defaultPath = tw::storage::DatabaseUrl::defaultUrl().path;
}

void TestFirstStart::init()
{
    QFile::remove(Settings().fileName());
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_defaultPath + suffix);
    FirstStartDialog::setPresetChoice(std::nullopt);
}

void TestFirstStart::cleanup()
{
    FirstStartDialog::setPresetChoice(std::nullopt);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_defaultPath + suffix);
}

void TestFirstStart::demoHotelOnFirstStart()
{
    Settings settings;
    const auto choice = plainStart(settings);
    QVERIFY2(choice, qPrintable(choice.error()));
    QVERIFY(choice->firstStart);
    QCOMPARE(choice->url.path, m_defaultPath);
    QVERIFY(!QFile::exists(m_defaultPath));

    FirstStartDialog::setPresetChoice(FirstStartDialog::Choice::DemoHotel);
    AppController controller(settings);
    QSignalSpy opened(&controller, &AppController::windowOpened);
    const auto started = controller.start(choice.value());
    QVERIFY2(started, qPrintable(started.error()));
    QCOMPARE(opened.size(), 1);

    // The default database exists, and the window is up while the demo is seeded.
    QVERIFY(QFile::exists(m_defaultPath));
    MainWindow *window = controller.window();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    auto *offer = window->findChild<FirstStartDialog *>();
    QVERIFY(offer);
    QVERIFY(offer->findChild<QLabel *>(u"firstStartText"_s)->text().contains(choice->url.toDisplayString()));

    QTRY_VERIFY_WITH_TIMEOUT(guestCount(choice->url) > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<FirstStartDialog *>(), 30000);
    QCOMPARE(settings.propertyCode(), tw::pms::DemoHotel::propertyCode());
    // The board, not the guide: the demo hotel is the property at the desk.
    QTRY_VERIFY(window->arePropertiesLoaded() && !window->properties().isEmpty());
    QVERIFY(!window->isShowingWelcome());
    QCOMPARE(window->currentProperty()->code, tw::pms::DemoHotel::propertyCode());
}

void TestFirstStart::startEmptyGuidesToSettings()
{
    Settings settings;
    const auto choice = plainStart(settings);
    QVERIFY2(choice, qPrintable(choice.error()));
    QVERIFY(choice->firstStart);

    FirstStartDialog::setPresetChoice(FirstStartDialog::Choice::StartEmpty);
    AppController controller(settings);
    QVERIFY(controller.start(choice.value()));
    MainWindow *window = controller.window();
    QTRY_VERIFY(!window->findChild<FirstStartDialog *>());
    QTRY_VERIFY(window->arePropertiesLoaded());
    QVERIFY(window->isShowingWelcome());
    QCOMPARE(guestCount(choice->url), 0);
    QVERIFY(settings.propertyCode().isEmpty());

    // "Add your hotel" opens Settings on a new property.
    auto *add = window->findChild<QPushButton *>(u"addPropertyButton"_s);
    QVERIFY(add);
    add->click();
    auto *dialog = window->findChild<tw::ui::SettingsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentTab(), tw::ui::SettingsDialog::Tab::Property);
    QTRY_VERIFY(dialog->isLoaded());
    auto *code = dialog->findChild<QLineEdit *>(u"propertyCode"_s);
    QVERIFY(!code->isReadOnly());
    code->setText(u"PAL"_s);
    dialog->findChild<QLineEdit *>(u"propertyName"_s)->setText(u"Palace Hotel"_s);
    dialog->findChild<QComboBox *>(u"propertyTimeZone"_s)->setCurrentText(u"Europe/Berlin"_s);
    dialog->findChild<QLineEdit *>(u"staffName"_s)->setText(u"Maria"_s);
    QSignalSpy saved(dialog, &tw::ui::SettingsDialog::saved);
    QSignalSpy failed(dialog, &tw::ui::SettingsDialog::saveFailed);
    dialog->save();
    QTRY_COMPARE(saved.size() + failed.size(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
    // The window leaves the guide for the pages of the new property.
    QTRY_VERIFY(!window->isShowingWelcome());
    QCOMPARE(window->currentProperty()->code, u"PAL"_s);
}

void TestFirstStart::demoHotelFromTheGuide()
{
    Settings settings;
    FirstStartDialog::setPresetChoice(FirstStartDialog::Choice::StartEmpty);
    AppController controller(settings);
    QVERIFY(controller.start(plainStart(settings).value()));
    MainWindow *window = controller.window();
    QTRY_VERIFY(window->arePropertiesLoaded() && window->isShowingWelcome());

    FirstStartDialog::setPresetChoice(FirstStartDialog::Choice::DemoHotel);
    auto *demo = window->findChild<QPushButton *>(u"openDemoHotelButton"_s);
    QVERIFY(demo);
    demo->click();
    QTRY_VERIFY(window->findChild<FirstStartDialog *>());
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<FirstStartDialog *>(), 30000);
    QTRY_VERIFY(!window->isShowingWelcome());
    QVERIFY(guestCount(controller.database()->url()) > 0);
    QCOMPARE(settings.propertyCode(), tw::pms::DemoHotel::propertyCode());
}

void TestFirstStart::noOfferOnLaterStarts()
{
    Settings settings;
    {
        FirstStartDialog::setPresetChoice(FirstStartDialog::Choice::StartEmpty);
        AppController controller(settings);
        QVERIFY(controller.start(plainStart(settings).value()));
        QTRY_VERIFY(!controller.window()->findChild<FirstStartDialog *>());
    }
    FirstStartDialog::setPresetChoice(std::nullopt);
    const auto choice = plainStart(settings);
    QVERIFY2(choice, qPrintable(choice.error()));
    QVERIFY(!choice->firstStart);
    AppController controller(settings);
    QVERIFY(controller.start(choice.value()));
    QVERIFY(!controller.window()->findChild<FirstStartDialog *>());
}

QTEST_MAIN(TestFirstStart)
#include "test_firststart.moc"
