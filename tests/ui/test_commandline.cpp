#include <ui/commandline.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::storage::Engine;
using tw::ui::CommandLine;

Q_DECLARE_METATYPE(tw::storage::Engine)
Q_DECLARE_METATYPE(tw::ui::CommandLine::Action)

// The desktop app's command line: --db picks the database, --help and
// --version print and stop, anything else is a usage error (exit code 2).
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void databaseOption_data();
    void databaseOption();
    void noOptionsRuns();
    void printsAndStops_data();
    void printsAndStops();
    void usageErrors_data();
    void usageErrors();
    void screenshotDirectoryIsHidden();
    void needsWindow_data();
    void needsWindow();
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(u"tweetworthy"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestCommandLine::databaseOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");

    QTest::newRow("sqlite, separate value")
        << QStringList{u"--db"_s, u"sqlite:///srv/tweetworthy/desk.db"_s} << Engine::Sqlite
        << u"/srv/tweetworthy/desk.db"_s << QString() << 5432 << QString();
    QTest::newRow("sqlite, joined value") << QStringList{u"--db=sqlite:///tmp/a b.db"_s} << Engine::Sqlite
                                          << u"/tmp/a b.db"_s << QString() << 5432 << QString();
    QTest::newRow("postgresql with port") << QStringList{u"--db"_s, u"postgresql://desk@db.example:5433/hotel"_s}
                                          << Engine::Postgres << QString() << u"db.example"_s << 5433 << u"hotel"_s;
    QTest::newRow("postgresql default port") << QStringList{u"--db=postgresql://desk@localhost/tw"_s}
                                             << Engine::Postgres << QString() << u"localhost"_s << 5432 << u"tw"_s;
}

void TestCommandLine::databaseOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(Engine, engine);

    const CommandLine commandLine = CommandLine::parse(QStringList{u"tweetworthy"_s} + arguments);
    QCOMPARE(commandLine.action(), CommandLine::Action::Run);
    QCOMPARE(commandLine.exitCode(), 0);
    QVERIFY(commandLine.databaseUrl().has_value());
    const tw::storage::DatabaseUrl &url = *commandLine.databaseUrl();
    QCOMPARE(url.engine, engine);
    if (engine == Engine::Sqlite) {
        QTEST(url.path, "path");
    } else {
        QTEST(url.host, "host");
        QTEST(url.port, "port");
        QTEST(url.database, "database");
    }
}

void TestCommandLine::noOptionsRuns()
{
    const CommandLine commandLine = CommandLine::parse({u"tweetworthy"_s});
    QCOMPARE(commandLine.action(), CommandLine::Action::Run);
    QVERIFY(!commandLine.databaseUrl().has_value());
    QVERIFY(commandLine.output().isEmpty());
}

void TestCommandLine::printsAndStops_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("expectedOutput");

    QTest::newRow("--help") << u"--help"_s << CommandLine::Action::ShowHelp << u"--db <url>"_s;
    QTest::newRow("-h") << u"-h"_s << CommandLine::Action::ShowHelp << u"--version"_s;
    QTest::newRow("--version") << u"--version"_s << CommandLine::Action::ShowVersion << u"tweetworthy 9.8.7\n"_s;
    QTest::newRow("-v") << u"-v"_s << CommandLine::Action::ShowVersion << u"tweetworthy 9.8.7\n"_s;
}

void TestCommandLine::printsAndStops()
{
    QFETCH(QString, argument);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, expectedOutput);

    // Printing wins over a --db that would otherwise be opened.
    const CommandLine commandLine
        = CommandLine::parse({u"tweetworthy"_s, argument, u"--db"_s, u"sqlite:///tmp/x.db"_s});
    QCOMPARE(commandLine.action(), action);
    QCOMPARE(commandLine.exitCode(), 0);
    QVERIFY2(commandLine.output().contains(expectedOutput), qPrintable(commandLine.output()));
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");

    QTest::newRow("--db without value") << QStringList{u"--db"_s} << u"db"_s;
    QTest::newRow("--db not a URL") << QStringList{u"--db"_s, u"desk.db"_s} << u"--db"_s;
    QTest::newRow("--db unknown scheme") << QStringList{u"--db"_s, u"mysql://host/db"_s} << u"--db"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("positional argument") << QStringList{u"guests.csv"_s} << u"guests.csv"_s;
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);

    const CommandLine commandLine = CommandLine::parse(QStringList{u"tweetworthy"_s} + arguments);
    QCOMPARE(commandLine.action(), CommandLine::Action::Fail);
    QCOMPARE(commandLine.exitCode(), 2);
    QVERIFY(!commandLine.databaseUrl().has_value());
    QVERIFY2(commandLine.output().contains(expectedMessage), qPrintable(commandLine.output()));
    // Says what to do next.
    QVERIFY2(commandLine.output().contains(u"tweetworthy --help"_s), qPrintable(commandLine.output()));
}

void TestCommandLine::screenshotDirectoryIsHidden()
{
    const CommandLine commandLine = CommandLine::parse(
        {u"tweetworthy"_s, u"--db"_s, u"sqlite:///tmp/x.db"_s, u"--screenshot-dir"_s, u"/tmp/shots"_s});
    QCOMPARE(commandLine.action(), CommandLine::Action::Run);
    QCOMPARE(commandLine.screenshotDirectory(), u"/tmp/shots"_s);
    QVERIFY(CommandLine::parse({u"tweetworthy"_s}).screenshotDirectory().isEmpty());
    QCOMPARE(CommandLine::parse({u"tweetworthy"_s, u"--screenshot-dir="_s}).action(), CommandLine::Action::Fail);
    // Only scripts/screenshots uses it: --help does not offer it.
    const QString help = CommandLine::parse({u"tweetworthy"_s, u"--help"_s}).output();
    QVERIFY(!help.contains(u"screenshot"_s));
    // The help names where the database comes from without --db.
    QVERIFY2(help.contains(u"TWEETWORTHY_DB"_s), qPrintable(help));
}

void TestCommandLine::needsWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("expected");

    QTest::newRow("nothing") << QStringList{} << true;
    QTest::newRow("--db") << QStringList{u"--db"_s, u"sqlite:///tmp/x.db"_s} << true;
    QTest::newRow("--help") << QStringList{u"--help"_s} << false;
    QTest::newRow("-h after --db") << QStringList{u"--db"_s, u"sqlite:///tmp/x.db"_s, u"-h"_s} << false;
    QTest::newRow("--version") << QStringList{u"--version"_s} << false;
    QTest::newRow("-v") << QStringList{u"-v"_s} << false;
    QTest::newRow("--help-all") << QStringList{u"--help-all"_s} << false;
}

void TestCommandLine::needsWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, expected);
    QCOMPARE(CommandLine::needsWindow(QStringList{u"tweetworthy"_s} + arguments), expected);
    // The program name itself never counts, whatever it is called.
    QCOMPARE(CommandLine::needsWindow(QStringList{u"--help"_s} + arguments), expected);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
