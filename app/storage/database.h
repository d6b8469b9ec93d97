#pragma once

#include "changebus.h"
#include "databaseurl.h"
#include "preparedquery.h"
#include "transaction.h"

#include <core/result.h>
#include <core/types.h>

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

namespace tw::storage {

// An open connection to the Tweetworthy database. Each thread opens its own
// (QSqlDatabase connections are per thread); the connection name is unique per
// instance and removed on destruction.
//
// SQLite connections run with foreign keys enforced, WAL journaling (readers
// never wait for the writer) and a busy timeout so concurrent writers queue
// instead of failing at once.
class Database
{
public:
    // Fails with a message for people: unknown driver, unreachable server, or a
    // database written by a newer Tweetworthy.
    static core::Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // Brings the schema to the newest migration; idempotent. Each migration runs
    // in its own transaction, so a failure leaves the previous version intact.
    // Safe against other processes migrating the same database at the same time.
    core::Status migrate();
    // 0 for an empty database.
    int schemaVersion() const;
    // The newest schema this build knows: the number of the last migration.
    static int latestSchemaVersion();

    // A prepared statement, kept per connection and reused: preparing costs a
    // round trip on PostgreSQL and a parse on SQLite. If the cached one is still
    // borrowed (nested use), a fresh one is prepared.
    PreparedQuery prepare(const QString &sql);
    // An INSERT into a table with an "id" key, for PreparedQuery::insert().
    // SQLite answers the new id without RETURNING, which would make it collect
    // the statement's output in a temporary table first.
    PreparedQuery prepareInsert(const QString &sql);
    // Runs one statement without parameters (DDL, pragmas); failures are logged.
    core::Status exec(const QString &sql);

    // Records that a row changed, for ChangeNotifier. Inside a transaction it is
    // delivered once the outermost transaction commits (and dropped if it rolls
    // back); outside of one, at once. Repositories call it for every row they
    // write. Past a number of rows of one table in one transaction, the table is
    // kept as a single "many rows changed" entry (id core::InvalidId), so that
    // what is held until the commit stays small however large the transaction.
    void notifyChanged(const QString &table, core::Id id);
    // Distinct rows of one table, per transaction, announced one by one.
    static constexpr int ChangeCollapseThreshold = 100;
    // Changes held until the open transaction commits.
    qsizetype pendingChangeCount() const { return m_pendingChanges.size(); }

    // For an open transaction about to add many rows to tables that may still be
    // small (an import into a new database). On PostgreSQL, until it ends, each
    // statement is planned for the tables' current size: a plan made while a
    // table was nearly empty, which prepared statements would otherwise keep,
    // can read every row of a table that has since grown, for every row added.
    // Nothing to do on SQLite, whose planner goes by the indexes alone.
    core::Status planForGrowingTables();

    // For a connection that writes what can be fetched again (the listener,
    // whose gap fill brings back any post a crash lost): on SQLite, commits no
    // longer wait for the disk (synchronous=NORMAL under WAL), so a power cut
    // may lose the last commits but never the database's integrity. Nothing
    // changes on PostgreSQL, whose server decides.
    core::Status preferThroughputOverDurability();

    // Depth of nested Transaction objects on this connection (0: none open).
    int transactionDepth() const { return m_depth; }

private:
    friend class Transaction;
    friend class ChangeNotifier;

    explicit Database(DatabaseUrl url, QString connectionName);
    core::Status checkSchemaNotNewer();
    core::Status ensureMigrationTable();
    core::Status flushChangesBeforeCommit();
    void publishChangesAfterCommit(const QList<ChangeBus::Change> &changes);
    QList<ChangeBus::Change> collapsedPendingChanges() const;
    void dropPendingChangesAfter(qsizetype mark);
    void clearPendingChanges();
    // Transaction control (BEGIN, SAVEPOINT, RELEASE...): run often, so reused.
    core::Status execControl(const QString &sql);
    void clearStatementCache();

    struct CachedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };

    DatabaseUrl m_url;
    QString m_connectionName;
    QString m_changeScope;
    int m_depth = 0;
    // Level of the open transaction that inner ones join (Transaction::Nesting::Joined); 0 for none.
    int m_joinLevel = 0;
    bool m_joinedFailed = false; // an inner transaction that joined it rolled back
    // In order of first change; per table at most ChangeCollapseThreshold ids,
    // then one entry with core::InvalidId (the table is then in m_collapsedTables).
    QList<ChangeBus::Change> m_pendingChanges;
    QHash<QString, QSet<core::Id>> m_pendingIds;
    QSet<QString> m_collapsedTables;
    std::map<QString, CachedStatement> m_statements;
    std::unique_ptr<QSqlQuery> m_control;
};

} // namespace tw::storage
