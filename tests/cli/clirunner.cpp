#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tw::test {

QJsonDocument CliResult::json() const
{
    return QJsonDocument::fromJson(out.toUtf8());
}

QStringList CliResult::errLines() const
{
    return err.split(u'\n', Qt::SkipEmptyParts);
}

QByteArray CliResult::describe() const
{
    return ("--- exit "_L1 + (crashed ? u"(crashed)"_s : QString::number(exitCode)) + "\n--- stdout\n"_L1 + out
            + "--- stderr\n"_L1 + err)
        .toUtf8();
}

CliRunner::CliRunner(const storage::DatabaseUrl &url)
    : m_url(toUrlString(url))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(u"TWEETWORTHY_DB"_s);
    m_environment.remove(u"TWEETWORTHY_ACTOR"_s);
    // Keeps a mistaken fallback to the default database out of the real home.
    m_environment.insert(u"HOME"_s, m_dir.path());
    m_environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_environment.insert(u"USER"_s, u"nightauditor"_s);
}

QString CliRunner::executable()
{
    return QStringLiteral(TW_CLI_EXECUTABLE);
}

QString CliRunner::toUrlString(const storage::DatabaseUrl &url)
{
    if (url.engine == storage::Engine::Sqlite)
        return "sqlite://"_L1 + QString::fromUtf8(QUrl::toPercentEncoding(url.path, "/"));
    QString text = u"postgresql://"_s;
    if (!url.user.isEmpty()) {
        text += QString::fromUtf8(QUrl::toPercentEncoding(url.user));
        if (!url.password.isEmpty())
            text += u':' + QString::fromUtf8(QUrl::toPercentEncoding(url.password));
        text += u'@';
    }
    text += url.host + u':' + QString::number(url.port) + u'/'
        + QString::fromUtf8(QUrl::toPercentEncoding(url.database));
    return text;
}

CliResult CliRunner::run(const QStringList &arguments) const
{
    return runWithoutDb(QStringList{u"--db"_s, m_url} + arguments);
}

CliResult CliRunner::runWithoutDb(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProgram(executable());
    process.setArguments(arguments);
    process.start();
    CliResult result;
    if (!process.waitForStarted()) {
        result.crashed = true;
        result.err = "cannot start "_L1 + executable() + ": "_L1 + process.errorString();
        return result;
    }
    process.closeWriteChannel();
    // Generous: the demo hotel on a busy PostgreSQL cluster takes a while.
    if (!process.waitForFinished(180'000)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString CliRunner::writeFile(const QString &name, const QByteArray &content) const
{
    QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace tw::test
