#include "database.h"

#include "logging.h"
#include "migrationscript.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

std::atomic<quint64> s_connectionCounter{0};

// Arbitrary, but fixed: serialises migrations of several processes on one
// PostgreSQL database.
constexpr qint64 kMigrationLockKey = 0x74772d6d6967; // "tw-mig"

constexpr int kSqliteBusyTimeoutMs = 5000;

QString simplifiedError(const QSqlError &error)
{
    QString text = error.databaseText().simplified();
    if (text.isEmpty())
        text = error.driverText().simplified();
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString newerSchemaMessage(int version)
{
    return QCoreApplication::translate(
               "tw::storage::Database",
               "this database was written by a newer Tweetworthy (schema %1); update the app. This version "
               "knows schema %2 at most.")
        .arg(version)
        .arg(Database::latestSchemaVersion());
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    if (m_depth > 0)
        qCWarning(lcStorage) << "closing" << m_connectionName << "with a transaction still open; it is rolled back";
    clearStatementCache();
    m_control.reset();
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

core::Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url)
{
    using R = core::Result<std::unique_ptr<Database>>;
    const bool sqlite = url.engine == Engine::Sqlite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return R::failure(sqlite ? QCoreApplication::translate(
                              "tw::storage::Database",
                              "The SQLite driver for Qt (QSQLITE) is not installed. Install the package "
                              "libqt6sql6-sqlite and start Tweetworthy again.")
                                 : QCoreApplication::translate(
                                     "tw::storage::Database",
                                     "The PostgreSQL driver for Qt (QPSQL) is not installed. Install the package "
                                     "libqt6sql6-psql and start Tweetworthy again."));
    }
    if (sqlite && !url.isInMemory()) {
        const QFileInfo file(url.path);
        if (url.path.isEmpty())
            return R::failure(
                QCoreApplication::translate("tw::storage::Database", "No SQLite database file was given."));
        if (!file.absoluteDir().exists()) {
            return R::failure(QCoreApplication::translate(
                                  "tw::storage::Database",
                                  "cannot open the SQLite database %1: the folder %2 does not exist. Create it "
                                  "or choose another location.")
                                  .arg(url.path, QDir::toNativeSeparators(file.absolutePath())));
        }
        if (file.isDir())
            return R::failure(
                QCoreApplication::translate("tw::storage::Database",
                                            "cannot open the SQLite database %1: it is a folder, not a file.")
                    .arg(url.path));
    }

    const QString name = u"tw-storage-%1"_s.arg(s_connectionCounter.fetch_add(1, std::memory_order_relaxed));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (sqlite) {
            db.setDatabaseName(url.path);
        } else {
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setUserName(url.user);
            db.setPassword(url.password);
            db.setDatabaseName(url.database);
            db.setConnectOptions(u"connect_timeout=10;application_name=tweetworthy"_s);
        }
        if (!db.open()) {
            const QString reason = simplifiedError(db.lastError());
            if (sqlite) {
                failure = QCoreApplication::translate(
                              "tw::storage::Database",
                              "cannot open the SQLite database %1: %2. Check that the file is a Tweetworthy "
                              "database and that you may write to it and its folder.")
                              .arg(url.path, reason);
            } else {
                failure = QCoreApplication::translate(
                              "tw::storage::Database",
                              "cannot connect to PostgreSQL at %1:%2 as %3: %4. Check that the server is "
                              "running and accepts connections from this computer, and that the user name, "
                              "password and database name are right.")
                              .arg(url.host)
                              .arg(url.port)
                              .arg(url.user.isEmpty()
                                       ? QCoreApplication::translate("tw::storage::Database", "the default user")
                                       : url.user,
                                   reason);
            }
        }
    }
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        qCWarning(lcStorage).noquote() << "cannot open" << url.toDisplayString();
        return R::failure(failure);
    }

    std::unique_ptr<Database> database(new Database(url, name));
    if (sqlite) {
        const QStringList pragmas{
            u"PRAGMA foreign_keys = ON"_s,
            u"PRAGMA busy_timeout = %1"_s.arg(kSqliteBusyTimeoutMs),
            u"PRAGMA journal_mode = WAL"_s,
            // Savepoints copy each page they are about to change into a
            // sub-journal; in a file, that is a write per page for every record
            // of an import. They are small and short-lived: memory will do.
            u"PRAGMA temp_store = MEMORY"_s,
            // Lookups by handle, account id and stay on a database of a million
            // guests touch pages all over the file: a 64 MB page cache and
            // reading through a memory map (no copy per page read) keep the
            // live feed's matching fast. Address space only; nothing is reserved.
            u"PRAGMA cache_size = -65536"_s,
            u"PRAGMA mmap_size = 1073741824"_s,
        };
        for (const QString &pragma : pragmas) {
            if (auto done = database->exec(pragma); !done) {
                return R::failure(
                    QCoreApplication::translate("tw::storage::Database",
                                                "cannot open the SQLite database %1: %2. Check that the file is a "
                                                "Tweetworthy database and that you may write to it and its folder.")
                        .arg(url.path, done.error()));
            }
        }
        database->m_changeScope = url.isInMemory() ? name : QFileInfo(url.path).canonicalFilePath();
        if (database->m_changeScope.isEmpty())
            database->m_changeScope = QFileInfo(url.path).absoluteFilePath();
    } else {
        database->m_changeScope = url.toDisplayString();
    }

    if (auto fresh = database->checkSchemaNotNewer(); !fresh)
        return R::failure(fresh.error());

    qCInfo(lcStorage).noquote() << "opened" << url.toDisplayString() << "as" << name;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

core::Status Database::exec(const QString &sql)
{
    QSqlQuery query(connection());
    if (query.exec(sql))
        return {};
    const QString reason = simplifiedError(query.lastError());
    qCWarning(lcStorage).noquote() << "statement failed:" << reason << "--" << sql.simplified();
    return core::Status::failure(reason);
}

PreparedQuery Database::prepare(const QString &sql)
{
    const auto it = m_statements.find(sql);
    if (it != m_statements.end() && !it->second.inUse)
        return PreparedQuery(it->second.query.get(), &it->second.inUse);

    auto query = std::make_unique<QSqlQuery>(connection());
    // Results are read once, front to back: without this, the drivers keep
    // every row read so far in a cache for scrolling back.
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        qCWarning(lcStorage).noquote() << "cannot prepare:" << simplifiedError(query->lastError()) << "--"
                                       << sql.simplified();
        PreparedQuery failed(std::move(query));
        failed.m_prepared = false;
        return failed;
    }
    if (it != m_statements.end())
        return PreparedQuery(std::move(query)); // the cached one is busy further up the stack
    CachedStatement &slot = m_statements[sql];
    slot.query = std::move(query);
    return PreparedQuery(slot.query.get(), &slot.inUse);
}

core::Status Database::preferThroughputOverDurability()
{
    if (engine() != Engine::Sqlite)
        return {};
    return exec(u"PRAGMA synchronous = NORMAL"_s);
}

core::Status Database::planForGrowingTables()
{
    if (m_depth == 0) {
        return core::Status::failure(QCoreApplication::translate(
            "tw::storage::Database", "Planning for growing tables needs an open transaction."));
    }
    if (engine() != Engine::Postgres)
        return {};
    return execControl(u"SET LOCAL plan_cache_mode = force_custom_plan"_s);
}

PreparedQuery Database::prepareInsert(const QString &sql)
{
    if (engine() == Engine::Postgres)
        return prepare(sql + u" RETURNING id"_s);
    PreparedQuery query = prepare(sql);
    query.m_idFromDriver = true;
    return query;
}

void Database::clearStatementCache()
{
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it->second.inUse)
            ++it;
        else
            it = m_statements.erase(it);
    }
}

int Database::latestSchemaVersion()
{
    const QList<MigrationScript> &list = MigrationScript::builtIn();
    return list.isEmpty() ? 0 : list.constLast().version;
}

int Database::schemaVersion() const
{
    if (!connection().tables().contains(u"schema_migrations"_s))
        return 0;
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT MAX(version) FROM schema_migrations"_s) || !query.next()) {
        qCWarning(lcStorage) << "cannot read the schema version:" << simplifiedError(query.lastError());
        return 0;
    }
    return query.value(0).toInt();
}

core::Status Database::checkSchemaNotNewer()
{
    const int version = schemaVersion();
    if (version > latestSchemaVersion()) {
        qCWarning(lcStorage) << "database has schema" << version << "but this build knows" << latestSchemaVersion();
        return core::Status::failure(newerSchemaMessage(version));
    }
    return {};
}

core::Status Database::ensureMigrationTable()
{
    // Checked first rather than CREATE TABLE IF NOT EXISTS, which makes
    // PostgreSQL print a notice on every start.
    const auto exists = [this] { return connection().tables().contains(u"schema_migrations"_s); };
    if (exists())
        return {};
    Transaction tx(*this);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    if (engine() == Engine::Postgres) {
        if (auto locked = exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLockKey)); !locked)
            return locked;
    }
    if (!exists()) { // another process may have created it while this one waited
        if (auto created = exec(u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                "applied_at TEXT NOT NULL)"_s);
            !created) {
            return created;
        }
    }
    return tx.commit();
}

core::Status Database::migrate()
{
    const auto fail = [](const QString &text) { return core::Status::failure(text); };
    if (m_depth > 0)
        return fail(QCoreApplication::translate("tw::storage::Database",
                                                "The database cannot be updated inside another transaction."));

    const QList<MigrationScript> &list = MigrationScript::builtIn();
    if (list.isEmpty())
        return fail(QCoreApplication::translate(
            "tw::storage::Database", "No database migrations are built into this program; it was built incorrectly."));
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).version != i + 1) {
            return fail(QCoreApplication::translate(
                            "tw::storage::Database",
                            "The database migrations built into this program are not numbered 1, 2, 3...; "
                            "it was built incorrectly (found %1).")
                            .arg(QFileInfo(list.at(i).path).fileName()));
        }
    }

    if (auto ready = ensureMigrationTable(); !ready)
        return fail(
            QCoreApplication::translate("tw::storage::Database", "The database cannot be prepared for updates: %1.")
                .arg(ready.error()));
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return fail(newerSchemaMessage(current));

    for (const MigrationScript &migration : list) {
        if (migration.version <= current)
            continue;
        const auto statements = migration.statements(engine());
        if (!statements)
            return fail(statements.error());

        Transaction tx(*this);
        if (!tx.isActive())
            return fail(QCoreApplication::translate("tw::storage::Database", "The database cannot be updated: %1.")
                            .arg(tx.error()));
        if (engine() == Engine::Postgres) {
            if (auto locked = exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kMigrationLockKey)); !locked)
                return fail(QCoreApplication::translate("tw::storage::Database", "The database cannot be updated: %1.")
                                .arg(locked.error()));
        }
        // Another process may have applied it while this one waited for the lock.
        QSqlQuery check(connection());
        check.prepare(u"SELECT COUNT(*) FROM schema_migrations WHERE version = ?"_s);
        check.addBindValue(migration.version);
        if (!check.exec() || !check.next())
            return fail(QCoreApplication::translate("tw::storage::Database", "The database cannot be updated: %1.")
                            .arg(simplifiedError(check.lastError())));
        if (check.value(0).toInt() > 0) {
            check.finish();
            if (auto done = tx.commit(); !done)
                return done;
            continue;
        }
        check.finish();

        for (qsizetype i = 0; i < statements->size(); ++i) {
            QSqlQuery query(connection());
            if (!query.exec(statements->at(i))) {
                const QString reason = simplifiedError(query.lastError());
                qCWarning(lcStorage).noquote()
                    << "migration" << migration.version << "statement" << i + 1 << "failed:" << reason;
                return fail(QCoreApplication::translate(
                                "tw::storage::Database",
                                "Updating the database to schema %1 (%2) failed at statement %3: %4. The "
                                "database is unchanged and still at schema %5.")
                                .arg(migration.version)
                                .arg(migration.name)
                                .arg(i + 1)
                                .arg(reason)
                                .arg(migration.version - 1));
            }
        }
        QSqlQuery record(connection());
        record.prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"_s);
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(SqlValue::timestamp(SqlValue::now()));
        if (!record.exec())
            return fail(QCoreApplication::translate("tw::storage::Database", "The database cannot be updated: %1.")
                            .arg(simplifiedError(record.lastError())));
        record.finish();
        if (auto done = tx.commit(); !done)
            return fail(QCoreApplication::translate("tw::storage::Database", "The database cannot be updated: %1.")
                            .arg(done.error()));
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.name;
    }
    clearStatementCache(); // plans prepared against the old schema
    return {};
}

void Database::notifyChanged(const QString &table, core::Id id)
{
    if (m_depth > 0) {
        if (m_collapsedTables.contains(table))
            return;
        QSet<core::Id> &ids = m_pendingIds[table];
        if (ids.contains(id))
            return;
        if (ids.size() >= ChangeCollapseThreshold) {
            // Listeners reload the whole table anyway; the ids need not be kept.
            m_collapsedTables.insert(table);
            m_pendingChanges.append({table, core::InvalidId});
            return;
        }
        ids.insert(id);
        m_pendingChanges.append({table, id});
        return;
    }
    if (engine() == Engine::Postgres) {
        PreparedQuery notify = prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.bind(u"tw_changes"_s).bind(table + u':' + QString::number(id)).exec();
    } else {
        ChangeBus::publish(m_changeScope, {{table, id}});
    }
}

QList<ChangeBus::Change> Database::collapsedPendingChanges() const
{
    if (m_collapsedTables.isEmpty())
        return m_pendingChanges;
    // A collapsed table is announced once, where its first change stood.
    QList<ChangeBus::Change> result;
    QSet<QString> announced;
    for (const ChangeBus::Change &change : m_pendingChanges) {
        if (!m_collapsedTables.contains(change.table)) {
            result.append(change);
        } else if (!announced.contains(change.table)) {
            announced.insert(change.table);
            result.append({change.table, core::InvalidId});
        }
    }
    return result;
}

void Database::dropPendingChangesAfter(qsizetype mark)
{
    if (mark >= m_pendingChanges.size())
        return;
    m_pendingChanges.resize(mark);
    // Rebuilt from what is left: at most ChangeCollapseThreshold + 1 entries per table.
    m_pendingIds.clear();
    m_collapsedTables.clear();
    for (const ChangeBus::Change &change : std::as_const(m_pendingChanges)) {
        if (change.id == core::InvalidId && m_pendingIds.value(change.table).size() >= ChangeCollapseThreshold)
            m_collapsedTables.insert(change.table);
        else
            m_pendingIds[change.table].insert(change.id);
    }
}

void Database::clearPendingChanges()
{
    m_pendingChanges.clear();
    m_pendingIds.clear();
    m_collapsedTables.clear();
}

core::Status Database::execControl(const QString &sql)
{
    if (engine() == Engine::Sqlite) {
        // SQLite prepares these like any statement, so the cache serves them.
        PreparedQuery query = prepare(sql);
        if (query.exec())
            return {};
        return core::Status::failure(query.errorText());
    }
    // PostgreSQL cannot PREPARE transaction control; one query object is
    // reused for it instead.
    if (!m_control)
        m_control = std::make_unique<QSqlQuery>(connection());
    if (m_control->exec(sql)) {
        m_control->finish();
        return {};
    }
    const QString reason = simplifiedError(m_control->lastError());
    qCWarning(lcStorage).noquote() << "statement failed:" << reason << "--" << sql;
    return core::Status::failure(reason);
}

core::Status Database::flushChangesBeforeCommit()
{
    // NOTIFY inside the transaction: PostgreSQL delivers it exactly when, and
    // only if, the transaction commits.
    const QList<ChangeBus::Change> changes = collapsedPendingChanges();
    if (changes.isEmpty()) {
        // COMMIT of a transaction that an earlier failed statement aborted
        // "succeeds" as a rollback; this probe turns that into an error.
        return exec(u"SELECT 1"_s);
    }
    for (const ChangeBus::Change &change : changes) {
        PreparedQuery notify = prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.bind(u"tw_changes"_s).bind(change.table + u':' + QString::number(change.id));
        if (!notify.exec())
            return core::Status::failure(notify.errorText());
    }
    return {};
}

void Database::publishChangesAfterCommit(const QList<ChangeBus::Change> &changes)
{
    ChangeBus::publish(m_changeScope, changes);
}

} // namespace tw::storage
