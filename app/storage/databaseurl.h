#pragma once

#include <core/result.h>

#include <QString>

namespace tw::storage {

enum class Engine { Sqlite, Postgres };

// The one way to name a database. Accepted forms:
//   sqlite:///abs/path.db        absolute file path (percent-encoded where needed)
//   sqlite:relative/path.db      relative to the current folder at parse time;
//   sqlite:~/path.db             relative to the home folder; both are stored as
//                                absolute paths so later folder changes do not
//                                move the database
//   sqlite::memory:              a private in-memory database (tests, dry runs)
//   postgresql://[user[:password]@]host[:port]/dbname   (also postgres://)
// User, password, host and database name are percent-decoded. The password, if
// any, is never part of toDisplayString() and never logged.
struct DatabaseUrl
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite file path, or ":memory:"
    QString host;
    int port = 5432;
    QString user; // empty: the PostgreSQL client's default (the login name)
    QString password;
    QString database;

    static core::Result<DatabaseUrl> parse(const QString &text);
    // SQLite file in QStandardPaths::AppDataLocation ("tweetworthy.db"); the
    // folder is created if missing.
    static DatabaseUrl defaultUrl();

    // Parses back to the same URL, minus the password.
    QString toDisplayString() const;
    bool isInMemory() const { return engine == Engine::Sqlite && path == QLatin1StringView(":memory:"); }
};

} // namespace tw::storage
