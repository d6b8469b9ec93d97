#include "context.h"

#include "exitcode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {
Q_LOGGING_CATEGORY(lcCli, "tw.cli")
}

Context::Context(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

Context::~Context() = default;

QDateTime Context::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

storage::Database *Context::openDatabase()
{
    if (m_db)
        return m_db.get();
    qCDebug(lcCli) << "opening" << m_url.toDisplayString();
    auto opened = storage::Database::open(m_url);
    if (!opened) {
        fail(tr("cannot open the database %1: %2. Check that it exists and is reachable, or name another one "
                "with --db URL or $TWEETWORTHY_DB.")
                 .arg(m_url.toDisplayString(), opened.error()));
        return nullptr;
    }
    m_db = std::move(opened).value();
    return m_db.get();
}

storage::Database *Context::database()
{
    storage::Database *db = openDatabase();
    if (!db || m_migrated)
        return db;
    if (auto migrated = db->migrate(); !migrated) {
        fail(tr("cannot bring the database %1 up to the current schema: %2. Check that the account may change the "
                "schema, then run tweetworthy-cli migrate.")
                 .arg(m_url.toDisplayString(), migrated.error()));
        return nullptr;
    }
    m_migrated = true;
    return db;
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int Context::fail(const QString &message)
{
    m_err << "tweetworthy-cli: "_L1 << message << Qt::endl;
    return ExitCode::Failure;
}

int Context::usageError(const QString &message, const QString &helpTopic)
{
    const QString help = helpTopic.isEmpty() ? u"tweetworthy-cli help"_s : "tweetworthy-cli help "_L1 + helpTopic;
    // Messages from other layers are sentences; the pointer to the help follows
    // after a semicolon.
    QString text = message.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    m_err << "tweetworthy-cli: "_L1 << tr("%1; see %2").arg(text, help) << Qt::endl;
    return ExitCode::UsageError;
}

} // namespace tw::cli
