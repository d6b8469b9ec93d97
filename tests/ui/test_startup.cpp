#include <testdatabase.h>

#include <ui/commandline.h>
#include <ui/settings.h>
#include <ui/startup.h>

#include <QFile>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::storage::DatabaseUrl;
using tw::storage::Engine;
using tw::ui::CommandLine;
using tw::ui::Settings;
using tw::ui::Startup;

Q_DECLARE_METATYPE(tw::ui::Startup::Source)

namespace {

QProcessEnvironment noEnvironment()
{
    return QProcessEnvironment();
}

QProcessEnvironment environmentWith(const QString &databaseUrl)
{
    QProcessEnvironment environment;
    environment.insert(u"TWEETWORTHY_DB"_s, databaseUrl);
    return environment;
}

} // namespace

// Which database the desktop app opens (--db, then $TWEETWORTHY_DB, then the
// settings, then the default file), when that is a first start, and what it
// tells people when it cannot open one.
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
    void precedence_data();
    void precedence();
    void invalidEnvironmentUrlSaysWhatToDo();
    void firstStartOnlyForAMissingDefaultFile();
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
    const auto url = Startup::chooseDatabaseUrl(commandLine, settings, noEnvironment());
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->path, u"/srv/given.db"_s);
}

void TestStartup::settingsWhenNoCommandLine()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"postgresql://desk@db.example:5433/hotel"_s);
    const auto url = Startup::chooseDatabaseUrl(CommandLine::parse({u"tweetworthy"_s}), settings, noEnvironment());
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->engine, Engine::Postgres);
    QCOMPARE(url->host, u"db.example"_s);
    QCOMPARE(url->port, 5433);
}

void TestStartup::defaultWhenNothingConfigured()
{
    const Settings settings;
    const auto url = Startup::chooseDatabaseUrl(CommandLine::parse({u"tweetworthy"_s}), settings, noEnvironment());
    QVERIFY2(url, qPrintable(url.error()));
    QCOMPARE(url->toDisplayString(), DatabaseUrl::defaultUrl().toDisplayString());
    QCOMPARE(url->engine, Engine::Sqlite);
}

void TestStartup::invalidConfiguredUrlSaysWhereAndWhatToDo()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"not a database"_s);
    const auto url = Startup::chooseDatabaseUrl(CommandLine::parse({u"tweetworthy"_s}), settings, noEnvironment());
    QVERIFY(!url);
    QVERIFY2(url.error().contains(settings.fileName()), qPrintable(url.error()));
    QVERIFY2(url.error().contains(Settings::name(Settings::Key::DatabaseUrl)), qPrintable(url.error()));
    QVERIFY2(url.error().contains(u"--db"_s), qPrintable(url.error()));
}

void TestStartup::precedence_data()
{
    QTest::addColumn<QString>("commandLineUrl");
    QTest::addColumn<QString>("environmentUrl");
    QTest::addColumn<QString>("configuredUrl");
    QTest::addColumn<QString>("expectedPath"); // empty: the default file
    QTest::addColumn<Startup::Source>("expectedSource");

    const QString given = u"sqlite:///srv/given.db"_s;
    const QString environment = u"sqlite:///srv/environment.db"_s;
    const QString configured = u"sqlite:///srv/configured.db"_s;
    QTest::newRow("all three: --db") << given << environment << configured << u"/srv/given.db"_s
                                     << Startup::Source::CommandLine;
    QTest::newRow("--db over the environment")
        << given << environment << QString() << u"/srv/given.db"_s << Startup::Source::CommandLine;
    QTest::newRow("environment over the settings")
        << QString() << environment << configured << u"/srv/environment.db"_s << Startup::Source::Environment;
    QTest::newRow("blank environment is unset")
        << QString() << u"  "_s << configured << u"/srv/configured.db"_s << Startup::Source::Settings;
    QTest::newRow("settings") << QString() << QString() << configured << u"/srv/configured.db"_s
                              << Startup::Source::Settings;
    QTest::newRow("default") << QString() << QString() << QString() << QString() << Startup::Source::Default;
}

void TestStartup::precedence()
{
    QFETCH(QString, commandLineUrl);
    QFETCH(QString, environmentUrl);
    QFETCH(QString, configuredUrl);
    QFETCH(QString, expectedPath);
    QFETCH(Startup::Source, expectedSource);

    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, configuredUrl);
    QStringList arguments{u"tweetworthy"_s};
    if (!commandLineUrl.isEmpty())
        arguments << u"--db"_s << commandLineUrl;
    const QProcessEnvironment environment = environmentUrl.isNull() ? noEnvironment() : environmentWith(environmentUrl);

    const auto choice = Startup::chooseDatabase(CommandLine::parse(arguments), settings, environment);
    QVERIFY2(choice, qPrintable(choice.error()));
    QCOMPARE(choice->source, expectedSource);
    QCOMPARE(choice->url.path, expectedPath.isEmpty() ? DatabaseUrl::defaultUrl().path : expectedPath);
    // Only the default file can be a first start.
    if (expectedSource != Startup::Source::Default)
        QVERIFY(!choice->firstStart);
}

void TestStartup::invalidEnvironmentUrlSaysWhatToDo()
{
    Settings settings;
    settings.setValue(Settings::Key::DatabaseUrl, u"sqlite:///srv/configured.db"_s);
    const auto choice
        = Startup::chooseDatabase(CommandLine::parse({u"tweetworthy"_s}), settings, environmentWith(u"desk.db"_s));
    QVERIFY(!choice);
    QVERIFY2(choice.error().contains(u"TWEETWORTHY_DB"_s), qPrintable(choice.error()));
    QVERIFY2(choice.error().contains(u"--db"_s), qPrintable(choice.error()));
    // --db still rescues the start.
    const auto rescued
        = Startup::chooseDatabase(CommandLine::parse({u"tweetworthy"_s, u"--db"_s, u"sqlite:///srv/given.db"_s}),
                                  settings, environmentWith(u"desk.db"_s));
    QVERIFY2(rescued, qPrintable(rescued.error()));
}

void TestStartup::firstStartOnlyForAMissingDefaultFile()
{
    const QString defaultPath = DatabaseUrl::defaultUrl().path;
    QFile::remove(defaultPath);
    Settings settings;
    const CommandLine plain = CommandLine::parse({u"tweetworthy"_s});

    auto choice = Startup::chooseDatabase(plain, settings, noEnvironment());
    QVERIFY2(choice, qPrintable(choice.error()));
    QCOMPARE(choice->source, Startup::Source::Default);
    QVERIFY(choice->firstStart);

    // Opening creates the file: the next start is not a first one.
    {
        const auto opened = Startup::openDatabase(choice->url);
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    QVERIFY(QFile::exists(defaultPath));
    choice = Startup::chooseDatabase(plain, settings, noEnvironment());
    QVERIFY2(choice, qPrintable(choice.error()));
    QVERIFY(!choice->firstStart);

    // A database someone named is never a first start, even when it is new.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    settings.setValue(Settings::Key::DatabaseUrl, QString(u"sqlite://"_s + dir.filePath(u"new.db"_s)));
    choice = Startup::chooseDatabase(plain, settings, noEnvironment());
    QVERIFY2(choice, qPrintable(choice.error()));
    QCOMPARE(choice->source, Startup::Source::Settings);
    QVERIFY(!choice->firstStart);
    QFile::remove(defaultPath);
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
