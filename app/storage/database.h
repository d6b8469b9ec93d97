#pragma once

#include "databaseurl.h"

#include <core/result.h>

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tw::storage {

// An open connection to the Tweetworthy database. Each thread opens its own
// (QSqlDatabase connections are per thread); the connection name is unique per
// instance and removed on destruction.
class Database
{
public:
    static core::Result<std::unique_ptr<Database>> open(const DatabaseUrl &url);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Engine engine() const { return m_url.engine; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    // Brings the schema to the newest migration; idempotent.
    core::Status migrate();
    int schemaVersion() const;

private:
    explicit Database(DatabaseUrl url, QString connectionName);

    DatabaseUrl m_url;
    QString m_connectionName;
};

// Commits on commit(), rolls back on destruction otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    core::Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace tw::storage
