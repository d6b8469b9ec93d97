#pragma once

#include <core/result.h>

#include <QString>

namespace tw::storage {

enum class Engine { Sqlite, Postgres };

// The one way to name a database: "sqlite:///abs/path.db", "sqlite::memory:",
// "postgresql://user[:password]@host[:port]/dbname". The password, if any, is
// never part of toDisplayString().
struct DatabaseUrl
{
    Engine engine = Engine::Sqlite;
    QString path;     // SQLite file path, or ":memory:"
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static core::Result<DatabaseUrl> parse(const QString &text);
    // SQLite file in QStandardPaths::AppDataLocation ("tweetworthy.db").
    static DatabaseUrl defaultUrl();

    QString toDisplayString() const; // without the password
};

} // namespace tw::storage
