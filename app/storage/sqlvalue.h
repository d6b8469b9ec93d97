#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

namespace tw::storage {

// How values are written to and read from columns, the same on both engines:
// instants are ISO 8601 UTC text with milliseconds ("2024-05-01T18:30:00.000Z"),
// calendar dates are "YYYY-MM-DD", times of day "HH:MM". Fixed-width text in UTC
// sorts chronologically under byte-wise comparison, reads the same in sqlite3
// and psql, and needs no engine-specific type (SQLite has no timestamp type, and
// timestamptz would make PostgreSQL convert on every read).
class SqlValue
{
public:
    static QString timestamp(const QDateTime &instant);    // empty for invalid
    static QDateTime timestampFrom(const QVariant &value); // UTC, invalid for NULL
    static QVariant nullableTimestamp(const std::optional<QDateTime> &instant);
    static std::optional<QDateTime> optionalTimestampFrom(const QVariant &value);
    // The current instant, truncated to what the columns store.
    static QDateTime now();
    static QDateTime truncated(const QDateTime &instant);

    static QString date(const QDate &date);
    static QDate dateFrom(const QVariant &value);
    static QString timeOfDay(const QTime &time);
    static QTime timeOfDayFrom(const QVariant &value);

    // Empty text as NULL, for optional keys that must not collide in unique indexes.
    static QVariant nullableText(const QString &text);
    // Qt 6 treats QVariant(QString()) as a non-null empty string; this is a real NULL.
    static QVariant nullText();
    static QVariant nullId();
    static QVariant id(qint64 id); // NULL for 0 (core::InvalidId)
};

} // namespace tw::storage
