#include <storage/database.h>

#include <QFile>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

// Everything logged while a test runs, to prove that secrets stay out of logs.
QMutex s_logMutex;
QStringList s_log;
QtMessageHandler s_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&s_logMutex);
        s_log.append(message);
    }
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

storage::DatabaseUrl sqliteUrl(const QString &path)
{
    storage::DatabaseUrl url;
    url.engine = storage::Engine::Sqlite;
    url.path = path;
    return url;
}

} // namespace

// Opening connections, without a test database: errors people see, SQLite
// settings, connection names.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refusedServerIsExplained();
    void missingFolderIsExplained();
    void notADatabaseIsExplained();
    void sqliteSettings();
    void connectionNamesAreUniqueAndRemoved();
    void inMemoryDatabasesArePrivate();
};

void TestDatabase::initTestCase()
{
    s_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestDatabase::cleanupTestCase()
{
    qInstallMessageHandler(s_previousHandler);
}

void TestDatabase::refusedServerIsExplained()
{
    {
        const QMutexLocker lock(&s_logMutex);
        s_log.clear();
    }
    // Port 1 on the loopback interface: nothing listens there.
    const auto url = storage::DatabaseUrl::parse(u"postgresql://anna:hunter2@127.0.0.1:1/tw"_s);
    QVERIFY(url);
    const auto db = storage::Database::open(url.value());
    QVERIFY(!db);
    QVERIFY2(db.error().startsWith(u"cannot connect to PostgreSQL at 127.0.0.1:1 as anna: "_s), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"Check that the server is running"_s), qPrintable(db.error()));
    QVERIFY(!db.error().contains(u"hunter2"_s));
    const QMutexLocker lock(&s_logMutex);
    QVERIFY(!s_log.isEmpty()); // the failure was logged...
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(u"hunter2"_s), qPrintable(line)); // ...without the password
}

void TestDatabase::missingFolderIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no/such/folder/tw.db"_s);
    const auto db = storage::Database::open(sqliteUrl(path));
    QVERIFY(!db);
    QVERIFY2(db.error().contains(u"does not exist"_s), qPrintable(db.error()));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::notADatabaseIsExplained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    const auto db = storage::Database::open(sqliteUrl(path));
    QVERIFY(!db);
    QVERIFY2(db.error().contains(path), qPrintable(db.error()));
    QVERIFY2(db.error().contains(u"Tweetworthy database"_s), qPrintable(db.error()));
}

void TestDatabase::sqliteSettings()
{
    QTemporaryDir dir;
    auto db = storage::Database::open(sqliteUrl(dir.filePath(u"tw.db"_s)));
    QVERIFY2(db, qPrintable(db.error()));
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
}

void TestDatabase::connectionNamesAreUniqueAndRemoved()
{
    QTemporaryDir dir;
    const storage::DatabaseUrl url = sqliteUrl(dir.filePath(u"tw.db"_s));
    QString firstName;
    {
        auto first = storage::Database::open(url);
        auto second = storage::Database::open(url);
        QVERIFY(first && second);
        firstName = first.value()->connectionName();
        QVERIFY(firstName != second.value()->connectionName());
        QVERIFY(QSqlDatabase::contains(firstName));
        QVERIFY(first.value()->connection().isOpen());
    }
    QVERIFY(!QSqlDatabase::contains(firstName));
}

void TestDatabase::inMemoryDatabasesArePrivate()
{
    auto first = storage::Database::open(sqliteUrl(u":memory:"_s));
    auto second = storage::Database::open(sqliteUrl(u":memory:"_s));
    QVERIFY(first && second);
    QVERIFY(first.value()->migrate());
    QCOMPARE(first.value()->schemaVersion(), storage::Database::latestSchemaVersion());
    QCOMPARE(second.value()->schemaVersion(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
