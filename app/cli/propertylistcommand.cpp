#include "propertylistcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <storage/propertyrepository.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

QStringList PropertyListCommand::path() const
{
    return {u"property"_s, u"list"_s};
}

QList<OptionSpec> PropertyListCommand::options() const
{
    return {jsonOption()};
}

QString PropertyListCommand::summary() const
{
    return tr("List the properties with their codes, time zones and check-in/check-out times.");
}

int PropertyListCommand::run(Context &context, const Arguments &arguments)
{
    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const QList<core::Property> properties = storage::PropertyRepository(*db).list();

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::Property &property : properties)
            array.append(JsonFormat::property(property));
        context.printJson(array);
        return ExitCode::Success;
    }
    if (properties.isEmpty()) {
        context.out() << tr("No properties yet; add one with tweetworthy-cli property add CODE --name NAME "
                            "--time-zone IANA.")
                      << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table({tr("CODE"), tr("NAME"), tr("TIME ZONE"), tr("CHECK-IN"), tr("CHECK-OUT")});
    for (const core::Property &property : properties) {
        table.addRow({property.code, property.name, property.timeZone, JsonFormat::time(property.checkIn),
                      JsonFormat::time(property.checkOut)});
    }
    table.print(context.out());
    return ExitCode::Success;
}

} // namespace tw::cli
