#pragma once

#include <storage/databaseurl.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace tw::test {

// What one run of tweetworthy-cli produced.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    // stdout parsed as JSON; a null document when it is not JSON.
    QJsonDocument json() const;
    QStringList errLines() const;
    // "--- exit N\n--- stdout\n...\n--- stderr\n..." for failure messages.
    QByteArray describe() const;
};

// Runs the real tweetworthy-cli executable against one database, as a script
// would: a clean environment (no TWEETWORTHY_DB or TWEETWORTHY_ACTOR unless the
// test sets them, a private HOME) and --db naming the database under test.
class CliRunner
{
public:
    explicit CliRunner(const storage::DatabaseUrl &url);

    CliResult run(const QStringList &arguments) const;
    // Without the leading --db, for tests of the global options themselves.
    CliResult runWithoutDb(const QStringList &arguments) const;

    void setEnvironment(const QString &name, const QString &value) { m_environment.insert(name, value); }

    QString urlString() const { return m_url; }
    // A file path in a folder that lives as long as the runner.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes bytes as they are (BOMs, CRLF) to filePath(name) and returns the path.
    QString writeFile(const QString &name, const QByteArray &content) const;

    // The URL as a string, password included: what a script would pass to --db.
    static QString toUrlString(const storage::DatabaseUrl &url);
    static QString executable();

private:
    QString m_url;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

// The keys of a JSON object, for exact comparisons.
QSet<QString> keysOf(const QJsonObject &object);

} // namespace tw::test

// Fails the current test unless the run ended with `expected`, showing what the
// tool printed. Evaluates `result` once: it is usually the run itself.
#define TW_EXPECT_EXIT(result, expected)                                                                               \
    do {                                                                                                               \
        const tw::test::CliResult &twResult_ = (result);                                                               \
        QVERIFY2(!twResult_.crashed && twResult_.exitCode == (expected), twResult_.describe().constData());            \
    } while (false)
