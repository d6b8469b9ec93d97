#include "clirunner.h"

#include <testdatabase.h>

#include <QTest>

using namespace Qt::StringLiterals;
using tw::test::CliResult;
using tw::test::CliRunner;

// The parts of the contract every command shares: exit codes, one-line usage
// errors that point at the right help, help and version, the global options.
class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void helpOverviewListsEveryCommand();
    void helpForOneCommand_data();
    void helpForOneCommand();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();
    void failureNeverShowsThePassword();
    void migrateReportsTheSchemaVersion();
    void successKeepsStderrEmpty();
    void databaseFromEnvironment();
    void badDatabaseInEnvironmentIsAFailure();
};

void TestCliUsage::version()
{
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).runWithoutDb({u"--version"_s});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.startsWith("tweetworthy-cli 0."_L1), result.describe().constData());
    QVERIFY(result.err.isEmpty());
}

void TestCliUsage::helpOverviewListsEveryCommand()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    for (const QStringList &arguments : {QStringList{u"--help"_s}, QStringList{u"help"_s}}) {
        const CliResult result = cli.runWithoutDb(arguments);
        TW_EXPECT_EXIT(result, 0);
        for (const char *command :
             {"migrate",       "property add",   "property list", "import stays", "guests search",  "guest show",
              "handles link",  "handles unlink", "inhouse",       "demo seed",    "card render",    "card batch",
              "card reprint",  "card list",      "catalog list",  "catalog add",  "catalog retire", "order create",
              "order advance", "order list",     "order slip"}) {
            QVERIFY2(result.out.contains(QLatin1StringView(command)), command);
        }
        QVERIFY(result.out.contains("--db URL"_L1));
        QVERIFY(result.out.contains("--actor NAME"_L1));
    }
}

void TestCliUsage::helpForOneCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("synopsis");

    const QString propertyAdd
        = u"property add CODE --name NAME --time-zone IANA [--check-in HH:MM] [--check-out HH:MM]"_s;
    QTest::newRow("help property add") << QStringList{u"help"_s, u"property"_s, u"add"_s} << propertyAdd;
    QTest::newRow("property add --help") << QStringList{u"property"_s, u"add"_s, u"--help"_s} << propertyAdd;
    QTest::newRow("help import stays") << QStringList{u"help"_s, u"import"_s, u"stays"_s}
                                       << u"import stays FILE [--property CODE] [--mapping NAME_OR_FILE] [--dry-run]"_s;
    QTest::newRow("help inhouse") << QStringList{u"help"_s, u"inhouse"_s}
                                  << u"inhouse [--property CODE] [--at ISO8601_WITH_OFFSET] [--json]"_s;
    QTest::newRow("help handles link") << QStringList{u"help"_s, u"handles"_s, u"link"_s}
                                       << u"handles link GUEST_ID NETWORK HANDLE"_s;
    QTest::newRow("help guest show") << QStringList{u"help"_s, u"guest"_s, u"show"_s} << u"guest show ID [--json]"_s;
    QTest::newRow("help card render")
        << QStringList{u"help"_s, u"card"_s, u"render"_s}
        << u"card render --guest ID --template NAME --format FORMAT --out FILE.pdf [--signed-by NAME] [--text TEXT]"_s;
    QTest::newRow("card batch --help") << QStringList{
        u"card"_s, u"batch"_s,
        u"--help"_s} << u"card batch --date YYYY-MM-DD --template NAME --format FORMAT --out FILE.pdf [--vip CODE]"_s;
    QTest::newRow("help catalog add") << QStringList{u"help"_s, u"catalog"_s, u"add"_s}
                                      << u"catalog add NAME... --department D --cost AMOUNT"_s;
    QTest::newRow("help order create") << QStringList{u"help"_s, u"order"_s, u"create"_s}
                                       << u"order create --guest ID --item NAME[:QTY] [--department D] [--due ISO8601] "
                                          "[--note TEXT]"_s;
    QTest::newRow("help order lists all four")
        << QStringList{u"help"_s, u"order"_s} << u"order slip ID --format FORMAT --out FILE.pdf"_s;
    QTest::newRow("help property lists both") << QStringList{u"help"_s, u"property"_s} << u"property list [--json]"_s;
}

void TestCliUsage::helpForOneCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, synopsis);
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run(arguments);
    TW_EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.contains(synopsis), result.describe().constData());
    QVERIFY(result.err.isEmpty());
}

void TestCliUsage::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("helpTopic");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no command") << QStringList{} << u""_s << u"no command"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u""_s << u"frobnicate"_s;
    QTest::newRow("group without subcommand") << QStringList{u"property"_s} << u"property"_s << u"add, list"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"property"_s, u"delete"_s} << u"property"_s << u"delete"_s;
    QTest::newRow("unknown global option") << QStringList{u"--frob"_s, u"migrate"_s} << u""_s << u"--frob"_s;
    QTest::newRow("missing CODE") << QStringList{u"property"_s, u"add"_s} << u"property add"_s << u"CODE"_s;
    QTest::newRow("missing required option") << QStringList{u"property"_s, u"add"_s, u"PAL"_s, u"--name"_s, u"Palace"_s}
                                             << u"property add"_s << u"--time-zone"_s;
    QTest::newRow("option without value")
        << QStringList{u"property"_s, u"add"_s, u"PAL"_s, u"--name"_s} << u"property add"_s << u"--name"_s;
    QTest::newRow("bad check-in time") << QStringList{u"property"_s,     u"add"_s,        u"PAL"_s,
                                                      u"--name"_s,       u"Palace"_s,     u"--time-zone"_s,
                                                      u"Europe/Paris"_s, u"--check-in"_s, u"25:00"_s}
                                       << u"property add"_s << u"25:00"_s;
    QTest::newRow("unknown option") << QStringList{u"property"_s, u"list"_s, u"--bogus"_s} << u"property list"_s
                                    << u"--bogus"_s;
    QTest::newRow("flag with a value") << QStringList{u"property"_s, u"list"_s, u"--json=yes"_s} << u"property list"_s
                                       << u"--json"_s;
    QTest::newRow("extra argument") << QStringList{u"property"_s, u"list"_s, u"extra"_s} << u"property list"_s
                                    << u"extra"_s;
    QTest::newRow("missing ID") << QStringList{u"guest"_s, u"show"_s} << u"guest show"_s << u"ID"_s;
    QTest::newRow("ID not a number") << QStringList{u"guest"_s, u"show"_s, u"anna"_s} << u"guest show"_s << u"anna"_s;
    QTest::newRow("missing TEXT") << QStringList{u"guests"_s, u"search"_s} << u"guests search"_s << u"TEXT"_s;
    QTest::newRow("missing FILE") << QStringList{u"import"_s, u"stays"_s} << u"import stays"_s << u"FILE"_s;
    QTest::newRow("unknown network") << QStringList{u"handles"_s, u"link"_s, u"1"_s, u"myspace"_s, u"@anna"_s}
                                     << u"handles link"_s << u"myspace"_s;
    QTest::newRow("missing HANDLE") << QStringList{u"handles"_s, u"unlink"_s, u"1"_s, u"x"_s} << u"handles unlink"_s
                                    << u"HANDLE"_s;
    QTest::newRow("--at without offset") << QStringList{u"inhouse"_s, u"--at"_s, u"2026-03-02T08:00:00"_s}
                                         << u"inhouse"_s << u"2026-03-02T08:00:00"_s;
    QTest::newRow("--at not a time") << QStringList{u"inhouse"_s, u"--at"_s, u"tomorrow"_s} << u"inhouse"_s
                                     << u"tomorrow"_s;
    QTest::newRow("--at impossible date")
        << QStringList{u"inhouse"_s, u"--at"_s, u"2026-02-30T08:00:00Z"_s} << u"inhouse"_s << u"2026-02-30"_s;
    QTest::newRow("--db without value") << QStringList{u"property"_s, u"list"_s, u"--db"_s} << u""_s << u"--db"_s;
    QTest::newRow("--db not a URL") << QStringList{u"--db"_s, u"mysql://db/x"_s, u"property"_s, u"list"_s}
                                    << u"property list"_s << u"mysql"_s;
    QTest::newRow("help for unknown command") << QStringList{u"help"_s, u"frobnicate"_s} << u""_s << u"frobnicate"_s;
}

void TestCliUsage::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, helpTopic);
    QFETCH(QString, mentions);
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run(arguments);
    TW_EXPECT_EXIT(result, 2);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QCOMPARE(result.errLines().size(), 1);
    const QString line = result.errLines().constFirst();
    QVERIFY2(line.startsWith("tweetworthy-cli: "_L1), qPrintable(line));
    const QString help
        = helpTopic.isEmpty() ? u"see tweetworthy-cli help"_s : "see tweetworthy-cli help "_L1 + helpTopic;
    QVERIFY2(line.endsWith(help), qPrintable(line));
    QVERIFY2(line.contains(mentions), qPrintable(line));
}

void TestCliUsage::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unknown guest") << QStringList{u"guest"_s, u"show"_s, u"987654"_s} << u"987654"_s;
    QTest::newRow("link to unknown guest")
        << QStringList{u"handles"_s, u"link"_s, u"987654"_s, u"x"_s, u"@anna"_s} << u"987654"_s;
    QTest::newRow("unknown property") << QStringList{u"inhouse"_s, u"--property"_s, u"NOPE"_s} << u"NOPE"_s;
    QTest::newRow("missing import file") << QStringList{u"import"_s, u"stays"_s, u"/nonexistent/folder/stays.csv"_s}
                                         << u"/nonexistent/folder/stays.csv"_s;
    QTest::newRow("unknown time zone") << QStringList{u"property"_s,        u"add"_s,      u"ATL"_s,
                                                      u"--name"_s,          u"Atlantis"_s, u"--time-zone"_s,
                                                      u"Atlantis/Central"_s}
                                       << u"ATL"_s;
    QTest::newRow("unknown mapping") << QStringList{u"import"_s, u"stays"_s, CliRunner::executable(), u"--mapping"_s,
                                                    u"no-such-mapping"_s}
                                     << u"no-such-mapping"_s;
}

void TestCliUsage::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run(arguments);
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QVERIFY2(result.err.startsWith("tweetworthy-cli: "_L1), result.describe().constData());
    QVERIFY2(result.err.contains(mentions), result.describe().constData());
    QVERIFY2(!result.err.contains("see tweetworthy-cli help"_L1), result.describe().constData());
}

void TestCliUsage::failureNeverShowsThePassword()
{
    TW_TEST_DATABASE(t);
    // Nothing listens on port 1, so opening fails after the URL was accepted.
    const CliResult result = CliRunner(t->url()).runWithoutDb(
        {u"--db"_s, u"postgresql://anna:s3cr3t-pw@127.0.0.1:1/tweetworthy"_s, u"property"_s, u"list"_s});
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains("127.0.0.1"_L1), result.describe().constData());
    QVERIFY2(!result.err.contains("s3cr3t-pw"_L1), result.describe().constData());
    QVERIFY(!result.out.contains("s3cr3t-pw"_L1));
}

void TestCliUsage::migrateReportsTheSchemaVersion()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    const int expected = t->db().schemaVersion();
    QVERIFY(expected > 0);

    const CliResult human = cli.run({u"migrate"_s});
    TW_EXPECT_EXIT(human, 0);
    QVERIFY2(human.out.contains("schema version "_L1 + QString::number(expected)), human.describe().constData());

    const CliResult json = cli.run({u"migrate"_s, u"--json"_s});
    TW_EXPECT_EXIT(json, 0);
    const QJsonObject object = json.json().object();
    QCOMPARE(tw::test::keysOf(object), (QSet<QString>{u"database"_s, u"previous_version"_s, u"schema_version"_s}));
    QCOMPARE(object.value(u"schema_version"_s).toInt(), expected);
    QCOMPARE(object.value(u"previous_version"_s).toInt(), expected);
}

void TestCliUsage::successKeepsStderrEmpty()
{
    // Scripts treat anything on stderr as a problem worth showing.
    TW_TEST_DATABASE(t);
    const CliResult result = CliRunner(t->url()).run({u"property"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
}

void TestCliUsage::databaseFromEnvironment()
{
    TW_TEST_DATABASE(t);
    CliRunner cli(t->url());
    QVERIFY(
        cli.run({u"property"_s, u"add"_s, u"ENV"_s, u"--name"_s, u"Env Hotel"_s, u"--time-zone"_s, u"UTC"_s}).exitCode
        == 0);
    cli.setEnvironment(u"TWEETWORTHY_DB"_s, cli.urlString());
    const CliResult result = cli.runWithoutDb({u"property"_s, u"list"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 0);
    QCOMPARE(result.json().array().size(), 1);
    QCOMPARE(result.json().array().at(0).toObject().value(u"code"_s).toString(), u"ENV"_s);
}

void TestCliUsage::badDatabaseInEnvironmentIsAFailure()
{
    TW_TEST_DATABASE(t);
    CliRunner cli(t->url());
    cli.setEnvironment(u"TWEETWORTHY_DB"_s, u"nonsense"_s);
    const CliResult result = cli.runWithoutDb({u"property"_s, u"list"_s});
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains("TWEETWORTHY_DB"_L1), result.describe().constData());
}

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cli_usage.moc"
