#include <ui/mainwindow.h>
#include <ui/page.h>
#include <ui/settings.h>
#include <ui/shell/screenshottour.h>
#include <ui/startup.h>

#include <pms/demohotel.h>
#include <storage/database.h>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::ui::MainWindow;
using tw::ui::ScreenshotTour;
using tw::ui::Settings;

// The tour behind scripts/screenshots, offscreen on the demo hotel: one
// picture per page (named by the page) and per registered dialog, each a
// real image of the window or dialog, and the tour ends by itself.
class TestScreenshotTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void picturesEveryPageAndDialog();
};

void TestScreenshotTour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"test_screenshottour"_s);
    QFile::remove(Settings().fileName());
}

void TestScreenshotTour::picturesEveryPageAndDialog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    tw::storage::DatabaseUrl url;
    url.engine = tw::storage::Engine::Sqlite;
    url.path = dir.filePath(u"demo.db"_s);
    auto database = tw::ui::Startup::openDatabase(url);
    QVERIFY2(database, qPrintable(database.error()));
    const auto seeded = tw::pms::DemoHotel::seed(*database.value(), QDate::currentDate());
    QVERIFY2(seeded, qPrintable(seeded.error()));

    Settings settings;
    settings.setValue(Settings::Key::StaffName, u"Maria"_s);
    MainWindow window(*database.value(), settings);
    window.resize(1280, 800);
    window.show();
    QTRY_VERIFY(window.arePropertiesLoaded());

    const QString shots = dir.filePath(u"shots"_s);
    ScreenshotTour tour(window, shots);
    QSignalSpy finished(&tour, &ScreenshotTour::finished);
    tour.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(tour.problems().join(u"; "_s)));
    QVERIFY(tour.sample().guestId != tw::core::InvalidId);
    QVERIFY(!tour.sample().searchText.isEmpty());

    QStringList expected;
    for (int i = 0; i < window.pageCount(); ++i)
        expected.append(window.page(i)->screenshotName());
    expected << u"profile"_s << u"new-order"_s << u"import-wizard"_s << u"settings"_s;
    QVERIFY(expected.contains(u"orders"_s));
    QVERIFY(expected.contains(u"today"_s));
    QVERIFY(expected.contains(u"guests"_s));
    for (const QString &name : std::as_const(expected)) {
        const QImage image(shots + u'/' + name + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(name));
        QVERIFY2(image.width() >= 300 && image.height() >= 200, qPrintable(name));
    }
    // The main window's pictures are the window, at the size it was given.
    QCOMPARE(QImage(shots + u"/today.png"_s).size(), window.size() * window.devicePixelRatio());
    // Every dialog the tour opened is closed again.
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
}

QTEST_MAIN(TestScreenshotTour)
#include "test_screenshottour.moc"
