#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace tw::storage {

// A prepared statement borrowed from its connection's cache (see
// Database::prepare). Values are bound by position in the order of the "?"
// placeholders; the statement is finished when this object goes away, so a
// pending result never pins an old snapshot (SQLite) or holds a cursor.
class PreparedQuery
{
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    ~PreparedQuery();

    // Binds the next placeholder. A null QString binds as '' (text columns are
    // NOT NULL); bind SqlValue::nullText() for SQL NULL.
    PreparedQuery &bind(const QVariant &value);
    PreparedQuery &bind(const QString &value) { return bind(QVariant(value)); }
    PreparedQuery &bind(qint64 value) { return bind(QVariant(qlonglong(value))); }
    PreparedQuery &bind(int value) { return bind(QVariant(value)); }

    // Runs the statement with the values bound since the last exec(); failures are
    // logged (statement text only, never the values).
    bool exec();
    // exec() and the first column of the first row (INSERT ... RETURNING id,
    // COUNT(*)), then finish(); nullopt on failure or without a row.
    std::optional<QVariant> scalar();
    // For a statement from Database::prepareInsert(): exec() and the id of the
    // new row, then finish(); nullopt on failure.
    std::optional<QVariant> insert();
    // Releases the result. A statement must be finished before its transaction
    // commits (SQLite refuses to commit with INSERT ... RETURNING still open).
    void finish();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    bool isNull(int column) const { return m_query->isNull(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    QSqlError lastError() const { return m_query->lastError(); }
    // The database's own explanation of the last failure, for error messages.
    QString errorText() const;
    QSqlQuery &query() { return *m_query; }

private:
    friend class Database;
    PreparedQuery(QSqlQuery *cached, bool *inUse);
    explicit PreparedQuery(std::unique_ptr<QSqlQuery> owned);

    std::unique_ptr<QSqlQuery> m_owned;
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
    int m_nextIndex = 0;
    bool m_prepared = true;
    bool m_idFromDriver = false; // the new row's id comes from the driver, not from RETURNING
};

} // namespace tw::storage
