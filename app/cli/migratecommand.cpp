#include "migratecommand.h"

#include "context.h"
#include "exitcode.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tw::cli {

QStringList MigrateCommand::path() const
{
    return {u"migrate"_s};
}

QList<OptionSpec> MigrateCommand::options() const
{
    return {jsonOption()};
}

QString MigrateCommand::summary() const
{
    return tr("Bring the database to the newest schema and report the version reached.");
}

QString MigrateCommand::description() const
{
    return tr("Every other command does this on its own first, so a new database file just works; run it "
              "explicitly after an upgrade or to create a PostgreSQL schema ahead of time.");
}

int MigrateCommand::run(Context &context, const Arguments &arguments)
{
    storage::Database *db = context.openDatabase();
    if (!db)
        return ExitCode::Failure;
    const int before = db->schemaVersion();
    if (auto migrated = db->migrate(); !migrated) {
        return context.fail(tr("cannot migrate the database %1: %2. The schema is now at version %3; fix the cause and "
                               "run migrate again.")
                                .arg(context.databaseUrl().toDisplayString(), migrated.error())
                                .arg(db->schemaVersion()));
    }
    const int after = db->schemaVersion();
    if (arguments.isSet(u"json"_s)) {
        context.printJson(QJsonObject{{u"database"_s, context.databaseUrl().toDisplayString()},
                                      {u"previous_version"_s, before},
                                      {u"schema_version"_s, after}});
    } else if (before == after) {
        context.out() << tr("%1 is at schema version %2 (already up to date).")
                             .arg(context.databaseUrl().toDisplayString())
                             .arg(after)
                      << Qt::endl;
    } else {
        context.out() << tr("%1 is at schema version %2 (migrated from %3).")
                             .arg(context.databaseUrl().toDisplayString())
                             .arg(after)
                             .arg(before)
                      << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace tw::cli
