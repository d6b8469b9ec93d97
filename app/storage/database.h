#pragma once

#include "changebus.h"
#include "databaseurl.h"
#include "preparedquery.h"

#include <core/result.h>
#include <core/types.h>

#include <QList>
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
    // Runs one statement without parameters (DDL, pragmas); failures are logged.
    core::Status exec(const QString &sql);

    // Records that a row changed, for ChangeNotifier. Inside a transaction it is
    // delivered once the outermost transaction commits (and dropped if it rolls
    // back); outside of one, at once. Repositories call it for every row they
    // write.
    void notifyChanged(const QString &table, core::Id id);

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
    QList<ChangeBus::Change> m_pendingChanges;
    std::map<QString, CachedStatement> m_statements;
};

// Commits on commit(), rolls back on destruction otherwise.
//
// Transactions nest: the outermost one is a real transaction (on SQLite
// "BEGIN IMMEDIATE", so two writers queue on the busy timeout instead of
// deadlocking when both upgrade a read lock), and every inner one is a
// savepoint. Repository methods open their own Transaction, so they work alone
// and inside a caller's (an import wraps thousands of upserts in one). An inner
// failure rolls back only its savepoint: the outer transaction stays usable,
// which matters on PostgreSQL, where any failed statement would otherwise
// abort the whole transaction.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Why the transaction could not start, when !isActive().
    const QString &error() const { return m_error; }
    core::Status commit();
    // Undoes now what the destructor would undo.
    void rollback();

private:
    Database &m_db;
    int m_level = 0;
    qsizetype m_changeMark = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace tw::storage
