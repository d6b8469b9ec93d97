#pragma once

#include <storage/database.h>
#include <storage/databaseurl.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

namespace tw::cli {

// What a running command needs from its surroundings: the output streams, the
// database (opened and migrated on first use), the acting staff member and the
// clock. Commands report failures through it so every message looks the same.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::Context)

public:
    Context(QTextStream &out, QTextStream &err);
    ~Context();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void setDatabaseUrl(const storage::DatabaseUrl &url) { m_url = url; }
    const storage::DatabaseUrl &databaseUrl() const { return m_url; }

    void setActor(const QString &actor) { m_actor = actor; }
    const QString &actor() const { return m_actor; }

    // Progress goes to stderr only when a person is watching it.
    void setStderrIsTerminal(bool terminal) { m_stderrIsTerminal = terminal; }
    bool stderrIsTerminal() const { return m_stderrIsTerminal; }

    // A fixed "now" makes time-dependent commands reproducible; unset, the clock.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const;

    // The database at the newest schema, or nullptr after printing why not.
    storage::Database *database();
    // The database as it is, without migrating (for "migrate" itself).
    storage::Database *openDatabase();

    // Writes a JSON document (object or array) to stdout as UTF-8.
    void printJson(const QJsonValue &value);

    // Prints "tweetworthy-cli: MESSAGE" on stderr and returns ExitCode::Failure.
    int fail(const QString &message);
    // Prints a one-line usage error pointing at "help TOPIC" (the command's
    // name; empty for the program as a whole) and returns ExitCode::UsageError.
    int usageError(const QString &message, const QString &helpTopic = {});

private:
    QTextStream &m_out;
    QTextStream &m_err;
    storage::DatabaseUrl m_url;
    QString m_actor;
    bool m_stderrIsTerminal = false;
    QDateTime m_now;
    std::unique_ptr<storage::Database> m_db;
    bool m_migrated = false;
};

} // namespace tw::cli
