#include <desk/importing/importjob.h>

#include <storage/auditlog.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <testdatabase.h>

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace tw;
using desk::ImportJob;

namespace {

// Comma-separated with an unknown column, a quoted name with a comma, a blank
// line, a quoted field over two lines, and five rows the import must refuse.
const QByteArray kMessy
    = "confirmation,first_name,last_name,email,arrival,departure,room,status,Rate Code,x_handle\n" // 1
      "C1,Anna,Berg,anna@example.com,2026-03-04,2026-03-06,101,reserved,BAR,@annaberg\n"           // 2
      "C2,Bruno,Costa,bruno@example.com,2026-03-06,2026-03-04,102,,BAR,\n"                         // 3
      ",Chloe,Dubois,chloe@example.com,2026-03-05,2026-03-08,103,,BAR,\n"                          // 4
      "\"C4\",\"Dan\",\"Evans, Jr.\",dan@example.com,2026-03-05,2026-03-08,104,in_house,BAR,\n"    // 5
      "\n"                                                                                         // 6
      "C5,Eva,Fox,eva@example,2026-03-05,2026-03-08,105,,BAR,\n"                                   // 7
      "C6,Finn,Gray,finn@example.com,2026-03-05,2026-03-08,106,\"Late\n"                           // 8
      "arrival\",BAR,\n"                                                                           // 9
      "C7,Gil,Hart,gil@example.com,2026-13-01,2026-03-08,107,,BAR,\n"                              // 10
      "C8,Hana,Ito,hana@example.com,2026-03-05,2026-03-08,108,,BAR,\n";                            // 11

QByteArray manyRows(int count)
{
    QByteArray csv = "confirmation,first_name,last_name,email,room,arrival,departure\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "R" + n + ",Guest,Number " + n + ",guest" + n + "@example.com,1" + QByteArray::number(i % 90)
            + ",2026-05-01,2026-05-03\n";
    }
    return csv;
}

core::Property addProperty(storage::Database &db, const QString &code)
{
    core::Property p;
    p.code = code;
    p.name = u"Hotel "_s + code;
    p.timeZone = u"Europe/Lisbon"_s;
    auto added = storage::PropertyRepository(db).add(p);
    if (!added)
        qFatal("cannot add property %s: %s", qPrintable(code), qPrintable(added.error()));
    return added.value();
}

pms::ImportOptions options(const QString &propertyCode, bool dryRun = false)
{
    pms::ImportOptions o;
    o.propertyCode = propertyCode;
    o.dryRun = dryRun;
    o.actor = u"Maria at the desk"_s;
    return o;
}

int auditRows(storage::Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM audit_log"_s) || !query.next())
        qFatal("cannot count the audit log");
    return query.value(0).toInt();
}

QList<int> rejectedLines(const pms::ImportReport &report)
{
    QList<int> lines;
    for (const pms::RejectedRow &row : report.rejected)
        lines.append(row.line);
    return lines;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void importsMessyFileOffTheMainThread();
    void reimportReportsUnchanged();
    void cancelAfterFirstProgressWritesNothing();
    void dryRunWritesNothing();
    void missingColumnsFailWithoutWriting();
    void unreachableDatabaseSaysWhatToDo();
    void unreadableFileSaysSo();
    void secondStartWhileRunningIsRefused();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    bool runToEnd(ImportJob &job, const QString &path, const pms::ImportOptions &o);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportJob::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestImportJob::writeFile(const QString &name, const QByteArray &content)
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

bool TestImportJob::runToEnd(ImportJob &job, const QString &path, const pms::ImportOptions &o)
{
    QSignalSpy finished(&job, &ImportJob::finished);
    if (!job.start(path, o))
        return false;
    return finished.wait(60000) && job.hasResult();
}

void TestImportJob::importsMessyFileOffTheMainThread()
{
    TW_TEST_DATABASE(t);
    const core::Property pal = addProperty(t->db(), u"PAL"_s);
    const QString path = writeFile(u"messy.csv"_s, kMessy);

    ImportJob job(t->url());
    QThread *const mainThread = QThread::currentThread();
    QList<QThread *> emittingThreads;
    QList<QThread *> receivingThreads;
    QList<QPair<qint64, qint64>> progress;
    // Direct: runs where the signal is emitted. Auto: where the job lives.
    connect(
        &job, &ImportJob::progressed, this,
        [&emittingThreads](qint64, qint64) { emittingThreads.append(QThread::currentThread()); }, Qt::DirectConnection);
    connect(&job, &ImportJob::progressed, this, [&](qint64 done, qint64 total) {
        receivingThreads.append(QThread::currentThread());
        progress.append({done, total});
    });
    QSignalSpy finished(&job, &ImportJob::finished);

    QVERIFY(job.start(path, options(u"PAL"_s)));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!job.isRunning());

    QVERIFY(!emittingThreads.isEmpty());
    for (QThread *thread : std::as_const(emittingThreads))
        QVERIFY(thread != mainThread);
    QCOMPARE(receivingThreads.size(), emittingThreads.size());
    for (QThread *thread : std::as_const(receivingThreads))
        QCOMPARE(thread, mainThread);
    // The last report covers the whole file.
    QCOMPARE(progress.constLast().first, qint64(kMessy.size()));
    QCOMPARE(progress.constLast().second, qint64(kMessy.size()));

    QVERIFY(job.hasResult());
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    const pms::ImportReport &report = job.result().value();
    QVERIFY(!report.cancelled);
    QCOMPARE(report.created, 3);
    QCOMPARE(report.updated, 0);
    QCOMPARE(report.unchanged, 0);
    QCOMPARE(report.records, 8);
    QCOMPARE(rejectedLines(report), (QList<int>{3, 4, 7, 8, 10}));
    QCOMPARE(report.rejected.at(0).reason, u"departure 2026-03-04 is before arrival 2026-03-06"_s);
    QCOMPARE(report.rejected.at(1).reason, u"missing confirmation number"_s);
    QCOMPARE(report.ignoredColumns, QStringList{u"Rate Code"_s});

    storage::StayRepository stays(t->db());
    QCOMPARE(stays.count(), 3);
    QVERIFY(stays.byConfirmation(pal.id, u"C1"_s));
    QVERIFY(stays.byConfirmation(pal.id, u"C8"_s));
    const auto dan = storage::GuestRepository(t->db()).byEmail(u"dan@example.com"_s);
    QVERIFY(dan);
    QCOMPARE(dan->lastName, u"Evans, Jr."_s);
    QCOMPARE(stays.byConfirmation(pal.id, u"C4"_s)->status, core::StayStatus::InHouse);
    // The staff member is the actor of what the import wrote.
    const QList<core::AuditEntry> audit = storage::AuditLog(t->db()).forGuest(dan->id);
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.constFirst().actor, u"Maria at the desk"_s);
}

void TestImportJob::reimportReportsUnchanged()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const QString path = writeFile(u"messy.csv"_s, kMessy);

    ImportJob job(t->url());
    QVERIFY(runToEnd(job, path, options(u"PAL"_s)));
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    // The same job object runs again.
    QVERIFY(runToEnd(job, path, options(u"PAL"_s)));
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    QCOMPARE(job.result()->created, 0);
    QCOMPARE(job.result()->updated, 0);
    QCOMPARE(job.result()->unchanged, 3);
    QCOMPARE(job.result()->rejected.size(), 5);
}

void TestImportJob::cancelAfterFirstProgressWritesNothing()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const int rows = 6 * pms::StayImporter::ProgressInterval;
    const QString path = writeFile(u"large.csv"_s, manyRows(rows));

    ImportJob job(t->url());
    int progressSignals = 0;
    // Cancelling where the progress is reported, in the worker, makes the
    // point where the import stops exact: the record after the first report.
    connect(
        &job, &ImportJob::progressed, this,
        [&job, &progressSignals](qint64 done, qint64 total) {
            ++progressSignals;
            QVERIFY(done < total);
            job.cancel();
        },
        Qt::DirectConnection);

    QVERIFY(runToEnd(job, path, options(u"PAL"_s)));
    QCOMPARE(progressSignals, 1);
    QVERIFY(job.isCancelRequested());
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    QVERIFY(job.result()->cancelled);
    QCOMPARE(job.result()->records, pms::StayImporter::ProgressInterval);

    QCOMPARE(storage::StayRepository(t->db()).count(), 0);
    QCOMPARE(storage::GuestRepository(t->db()).count(), 0);
    QCOMPARE(auditRows(t->db()), 0);

    // Nothing is left half-open: the same file imports in full afterwards.
    disconnect(&job, &ImportJob::progressed, this, nullptr);
    QVERIFY(runToEnd(job, path, options(u"PAL"_s)));
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    QVERIFY(!job.result()->cancelled);
    QCOMPARE(job.result()->created, rows);
    QCOMPARE(storage::StayRepository(t->db()).count(), qint64(rows));
}

void TestImportJob::dryRunWritesNothing()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const QString path = writeFile(u"messy.csv"_s, kMessy);

    ImportJob job(t->url());
    QVERIFY(runToEnd(job, path, options(u"PAL"_s, true)));
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    QVERIFY(job.result()->dryRun);
    QCOMPARE(job.result()->created, 3);
    QCOMPARE(job.result()->rejected.size(), 5);
    QCOMPARE(storage::StayRepository(t->db()).count(), 0);
    QCOMPARE(storage::GuestRepository(t->db()).count(), 0);
}

void TestImportJob::missingColumnsFailWithoutWriting()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const QString path = writeFile(u"names.csv"_s, "first_name,last_name,email\nAnna,Berg,anna@example.com\n");

    ImportJob job(t->url());
    QVERIFY(runToEnd(job, path, options(u"PAL"_s)));
    QVERIFY(!job.result().ok());
    QVERIFY2(job.result().error().contains(u"confirmation"_s), qPrintable(job.result().error()));
    QVERIFY2(job.result().error().contains(u"arrival"_s), qPrintable(job.result().error()));
    QCOMPARE(storage::GuestRepository(t->db()).count(), 0);
}

void TestImportJob::unreachableDatabaseSaysWhatToDo()
{
    const QString path = writeFile(u"messy.csv"_s, kMessy);
    // A SQLite file inside something that is a file, not a folder, cannot be opened.
    const QString notAFolder = writeFile(u"plain.txt"_s, "x");
    storage::DatabaseUrl url;
    url.engine = storage::Engine::Sqlite;
    url.path = notAFolder + u"/tweetworthy.db"_s;

    ImportJob job(url);
    QVERIFY(runToEnd(job, path, options(u"PAL"_s)));
    QVERIFY(!job.result().ok());
    QVERIFY2(job.result().error().contains(u"Nothing was imported"_s), qPrintable(job.result().error()));
    QVERIFY2(job.result().error().contains(u"settings"_s), qPrintable(job.result().error()));
}

void TestImportJob::unreadableFileSaysSo()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    ImportJob job(t->url());
    QVERIFY(runToEnd(job, m_dir->filePath(u"gone.csv"_s), options(u"PAL"_s)));
    QVERIFY(!job.result().ok());
    QVERIFY2(job.result().error().contains(u"gone.csv"_s), qPrintable(job.result().error()));
}

void TestImportJob::secondStartWhileRunningIsRefused()
{
    TW_TEST_DATABASE(t);
    addProperty(t->db(), u"PAL"_s);
    const QString path = writeFile(u"large.csv"_s, manyRows(2 * pms::StayImporter::ProgressInterval));

    ImportJob job(t->url());
    QSignalSpy finished(&job, &ImportJob::finished);
    QVERIFY(job.start(path, options(u"PAL"_s)));
    QVERIFY(!job.start(path, options(u"PAL"_s)));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(job.result().ok(), qPrintable(job.result().error()));
    QCOMPARE(job.result()->created, 2 * pms::StayImporter::ProgressInterval);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "test_importjob.moc"
