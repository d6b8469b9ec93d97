#include "clifixtures.h"
#include "clirunner.h"

#include <testdatabase.h>

#include <storage/guestrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using tw::test::CliResult;
using tw::test::CliRunner;

// "import stays" on a file as hotels' systems write them: counts, rejected rows
// with their line on stderr, exit code 3, idempotent re-import, dry run.
class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messyFileThenReimportUnchanged();
    void cleanFileExitsZero();
    void dryRunWritesNothing();
    void jsonReport();
    void unknownPropertyFails();
};

namespace {

// BOM, CRLF, semicolons, headers in another order and case, an unknown column,
// a quoted field with the delimiter, one with a line break and doubled quotes
// (so the records after it start one line later), UTF-8 names, and three bad
// records: an impossible date (line 5), departure before arrival (line 6) and
// no confirmation number (line 8).
const QByteArray MessyCsv = "\xEF\xBB\xBF"
                            "Last_Name;First_Name;Confirmation;Arrival;Departure;Room;EMAIL;Status;X_Handle;Notes;"
                            "Rate Code;VIP\r\n"
                            "Smith;Anna;C-1001;2026-03-01;2026-03-04;412;anna.smith@example.com;in_house;@AnnaSmith;"
                            "\"Allergic; feathers\";BAR;V1\r\n"
                            "O'Brien;Liam;C-1002;2026-03-02;2026-03-05;305;liam@example.com;reserved;;"
                            "\"Late arrival\r\nafter \"\"midnight\"\"\";BAR;\r\n"
                            "Garcia;Sofia;C-1003;2026-13-01;2026-03-05;210;sofia@example.com;reserved;;;BAR;\r\n"
                            "Kim;Jae;C-1004;2026-03-06;2026-03-04;220;jae@example.com;reserved;;;BAR;\r\n"
                            "Smith;Anna;C-1005;2026-04-10;2026-04-12;512;ANNA.SMITH@example.com;reserved;;;BAR;V1\r\n"
                            "Novak;Petra;;2026-03-01;2026-03-02;101;petra@example.com;reserved;;;;\r\n"
                            "M\xC3\xBCller;J\xC3\xBCrgen;C-1006;2026-03-01;2026-03-03;118;juergen@example.com;"
                            "checked_out;;;;\r\n";

const QByteArray CleanCsv = "confirmation,first_name,last_name,email,room,arrival,departure,status\n"
                            "R-1,Ada,Lovelace,ada@example.com,101,2026-05-01,2026-05-03,reserved\n"
                            "R-2,Alan,Turing,alan@example.com,102,2026-05-02,2026-05-04,reserved\n";

int count(const CliResult &result, const char *label)
{
    const QRegularExpression pattern("^"_L1 + QLatin1StringView(label) + R"(\s+(\d+)\s*$)"_L1,
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(result.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<int> rejectedLines(const CliResult &result)
{
    static const QRegularExpression pattern(u"^line (\\d+): \\S.*$"_s);
    QList<int> lines;
    const QStringList errLines = result.errLines();
    for (const QString &line : errLines) {
        if (const QRegularExpressionMatch match = pattern.match(line); match.hasMatch())
            lines.append(match.captured(1).toInt());
    }
    return lines;
}

bool addLisbon(tw::storage::Database &db)
{
    return tw::test::CliFixtures::addProperty(db, u"LIS"_s, u"Europe/Lisbon"_s) != tw::core::InvalidId;
}

} // namespace

void TestCliImport::messyFileThenReimportUnchanged()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    QVERIFY(addLisbon(t->db()));
    const QString file = cli.writeFile(u"export.csv"_s, MessyCsv);
    const QStringList import{u"import"_s, u"stays"_s, file, u"--property"_s, u"LIS"_s};

    const CliResult first = cli.run(import);
    TW_EXPECT_EXIT(first, 3);
    QCOMPARE(count(first, "created"), 4);
    QCOMPARE(count(first, "updated"), 0);
    QCOMPARE(count(first, "unchanged"), 0);
    QCOMPARE(count(first, "rejected"), 3);
    QCOMPARE(rejectedLines(first), (QList<int>{5, 6, 8}));
    // stderr holds the rejected rows, one per line, and the note on unused columns.
    static const QRegularExpression expectedLine(u"^(line \\d+: \\S.*|ignored columns: Rate Code)$"_s);
    for (const QString &line : first.errLines())
        QVERIFY2(expectedLine.match(line).hasMatch(), qPrintable(line));

    tw::storage::GuestRepository guests(t->db());
    const auto anna = guests.byEmail(u"anna.smith@example.com"_s);
    QVERIFY(anna);
    QCOMPARE(anna->vipCode, u"V1"_s);
    QCOMPARE(tw::storage::StayRepository(t->db()).forGuest(anna->id).size(), 2);
    const QList<tw::core::SocialAccount> handles = tw::storage::SocialAccountRepository(t->db()).forGuest(anna->id);
    QCOMPARE(handles.size(), 1);
    QCOMPARE(handles.constFirst().handle, u"annasmith"_s);
    QCOMPARE(tw::storage::StayRepository(t->db()).count(), 4);

    const CliResult again = cli.run(import);
    TW_EXPECT_EXIT(again, 3);
    QCOMPARE(count(again, "created"), 0);
    QCOMPARE(count(again, "updated"), 0);
    QCOMPARE(count(again, "unchanged"), 4);
    QCOMPARE(count(again, "rejected"), 3);
    QCOMPARE(rejectedLines(again), (QList<int>{5, 6, 8}));
    QCOMPARE(tw::storage::StayRepository(t->db()).count(), 4);
}

void TestCliImport::cleanFileExitsZero()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    QVERIFY(addLisbon(t->db()));
    const CliResult result
        = cli.run({u"import"_s, u"stays"_s, cli.writeFile(u"clean.csv"_s, CleanCsv), u"--property"_s, u"LIS"_s});
    TW_EXPECT_EXIT(result, 0);
    QCOMPARE(count(result, "created"), 2);
    QCOMPARE(count(result, "rejected"), 0);
    QVERIFY(rejectedLines(result).isEmpty());
}

void TestCliImport::dryRunWritesNothing()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    QVERIFY(addLisbon(t->db()));
    const CliResult result = cli.run(
        {u"import"_s, u"stays"_s, cli.writeFile(u"export.csv"_s, MessyCsv), u"--property"_s, u"LIS"_s, u"--dry-run"_s});
    TW_EXPECT_EXIT(result, 3);
    QCOMPARE(count(result, "created"), 4);
    QCOMPARE(count(result, "rejected"), 3);
    QCOMPARE(tw::storage::StayRepository(t->db()).count(), 0);
    QCOMPARE(tw::storage::GuestRepository(t->db()).count(), 0);
}

void TestCliImport::jsonReport()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    QVERIFY(addLisbon(t->db()));
    const CliResult result = cli.run(
        {u"import"_s, u"stays"_s, cli.writeFile(u"export.csv"_s, MessyCsv), u"--property"_s, u"LIS"_s, u"--json"_s});
    TW_EXPECT_EXIT(result, 3);
    const QJsonObject report = result.json().object();
    QCOMPARE(
        tw::test::keysOf(report),
        (QSet<QString>{u"created"_s, u"updated"_s, u"unchanged"_s, u"rejected"_s, u"records"_s, u"guests_created"_s,
                       u"guests_updated"_s, u"handles_linked"_s, u"dry_run"_s, u"rejected_rows"_s}));
    QCOMPARE(report.value(u"created"_s).toInt(), 4);
    QCOMPARE(report.value(u"rejected"_s).toInt(), 3);
    QCOMPARE(report.value(u"records"_s).toInt(), 7);
    QCOMPARE(report.value(u"dry_run"_s).toBool(), false);
    const QJsonArray rows = report.value(u"rejected_rows"_s).toArray();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(tw::test::keysOf(rows.at(0).toObject()), (QSet<QString>{u"line"_s, u"reason"_s}));
    QCOMPARE(rows.at(0).toObject().value(u"line"_s).toInt(), 5);
    QVERIFY(!rows.at(0).toObject().value(u"reason"_s).toString().isEmpty());
    // The rejected rows still go to stderr for people watching.
    QCOMPARE(rejectedLines(result), (QList<int>{5, 6, 8}));
}

void TestCliImport::unknownPropertyFails()
{
    TW_TEST_DATABASE(t);
    const CliRunner cli(t->url());
    const CliResult result
        = cli.run({u"import"_s, u"stays"_s, cli.writeFile(u"clean.csv"_s, CleanCsv), u"--property"_s, u"NOPE"_s});
    TW_EXPECT_EXIT(result, 1);
    QVERIFY2(result.err.contains("NOPE"_L1), result.describe().constData());
    QCOMPARE(tw::storage::StayRepository(t->db()).count(), 0);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
