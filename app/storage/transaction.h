#pragma once

#include <core/result.h>

#include <QString>

namespace tw::storage {

class Database;

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
//
// A caller that treats a group of repository calls as all-or-nothing (one
// record of an import) opens the group with Nesting::Joined: the calls inside
// then join it instead of each opening a savepoint of their own, which saves
// statements (and, on SQLite, copying pages) on every write.
class Transaction
{
public:
    enum class Nesting {
        // Each transaction opened inside this one is a savepoint of its own.
        Savepoints,
        // Transactions opened inside this one join it. If one of them rolls
        // back, all of this one is undone: its commit() fails and rolls back.
        Joined,
    };

    explicit Transaction(Database &db, Nesting nesting = Nesting::Savepoints);
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
    bool m_joined = false; // part of an enclosing Nesting::Joined transaction: no SQL of its own
    QString m_error;
};

} // namespace tw::storage
