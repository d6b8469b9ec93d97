#include <testdatabase.h>

#include <ui/commandline.h>
#include <ui/settings.h>
#include <ui/startup.h>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::storage::DatabaseUrl;
using tw::storage::Engine;
using tw::ui::CommandLine;
using tw::ui::Settings;
using tw::ui::Startup;

// Which database the desktop app opens (--db, then the settings, then the
// default file) and what it tells people when it cannot.
class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void commandLineWins();
    void settingsWhenNoCommandLine();
    void defaultWhenNothingConfigured();
    void invalidConfiguredUrlSaysWhereAndWhatToDo();
    void opensAndMigrates();
    void reopeningMigratesNothing();
    void createsTheFolderOfANewSqliteFile();
    void unreachableDatabaseSaysWhatToDo();
    void unreachableServerSaysWhatToDo();
};

void TestStartup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // One settings file per engine: both variants of this test may run at once.
    QCoreApplication::setApplicationName(u"test_startup_"_s + tw::test::TestDatabase::engineName());
}

void TestStartup::init()
{
    QFile::remove(Settings().fileName());
}

void TestStartup::commandLineWins()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"sqlite:///srv/configured.db"_s);
    const auto commandLine = CommandLine::parse({u"tweetworthy"_s, u"--db"_s, u"sqlite:///srv/given.db"_s});
    const auto url = Startup::chooseDatabaseUrl(commandLine, settings);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->path, u"/srv/given.db"_s);
}

void TestStartup::settingsWhenNoCommandLine()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"postgresql://desk@db.example:5433/hotel"_s);
    const auto url = Startup::chooseDatabaseUrl(CommandLine::parse({u"tweetworthy"_s}), settings);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->engine, Engine::Postgres);
    QCOMPARE(url->host, u"db.example"_s);
    QCOMPARE(url->port, 5433);
}

void TestStartup::defaultWhenNothingConfigured()
{
    const Settings settings;
    const auto url = Startup::chooseDatabaseUrl(CommandLine::parse({u"tweetworthy"_s}), settings);
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->toDisplayString(), DatabaseUrl::defaultUrl().toDisplayString());
    QCOMPARE(url->engine, Engine::Sqlite);
}

void TestStartup::invalidConfiguredUrlSaysWhereAndWhatToDo()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"not a database"_s);
    const auto url = Startup::chooseDatabaseUrl(CommandLine::parse({u"tweetworthy"_s}), settings);
    QVERIFY(!url);
    QVERIFY2(url.error().contains(settings.fileName()), qPrintable(url.error()));
    QVERIFY2(url.error().contains(Settings::name(Settings::Key::DatabaseUrl)), qPrintable(url.error()));
    QVERIFY2(url.error().contains(u"--db"_s), qPrintable(url.error()));
}

void TestStartup::opensAndMigrates()
{
    // An empty database, as on a first start against a new server.
    QString error;
    auto fresh = tw::test::TestDatabase::create(&error, /*migrate=*/false);
    QVERIFY2(fresh, qPrintable(error));
    QCOMPARE(fresh->db().schemaVersion(), 0);

    const auto opened = Startup::openDatabase(fresh->url());
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), tw::storage::Database::latestSchemaVersion());
    QCOMPARE(fresh->db().schemaVersion(), tw::storage::Database::latestSchemaVersion());
}

void TestStartup::reopeningMigratesNothing()
{
    TW_TEST_DATABASE(t);
    const int before = t->db().schemaVersion();
    const auto opened = Startup::openDatabase(t->url());
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened.value()->schemaVersion(), before);
}

void TestStartup::createsTheFolderOfANewSqliteFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    url.path = dir.filePath(u"first/start/tweetworthy.db"_s);
    const auto opened = Startup::openDatabase(url);
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(QFile::exists(url.path));
}

void TestStartup::unreachableDatabaseSaysWhatToDo()
{
    // A "folder" that is a file: neither the folder nor the database can be made.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DatabaseUrl url;
    url.engine = Engine::Sqlite;
    url.path = dir.filePath(u"blocker/tweetworthy.db"_s);

    const auto opened = Startup::openDatabase(url);
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(dir.filePath(u"blocker"_s)), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"--db"_s), qPrintable(opened.error()));
}

void TestStartup::unreachableServerSaysWhatToDo()
{
    // Nothing listens on port 1 of the loopback interface: refused at once.
    const auto url = DatabaseUrl::parse(u"postgresql://desk@127.0.0.1:1/hotel"_s);
    QVERIFY2(url, qPrintable(url.error()));
    const auto opened = Startup::openDatabase(url.value());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(url->toDisplayString()), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(u"--db"_s), qPrintable(opened.error()));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "test_startup.moc"
