#include "propertyaddcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"

#include <storage/propertyrepository.h>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

// "HH:MM" (or "H:MM") on a 24-hour clock.
std::optional<QTime> parseClockTime(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,2}):(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QTime time(match.captured(1).toInt(), match.captured(2).toInt());
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

QStringList PropertyAddCommand::path() const
{
    return {u"property"_s, u"add"_s};
}

QStringList PropertyAddCommand::positionalNames() const
{
    return {u"CODE"_s};
}

QList<OptionSpec> PropertyAddCommand::options() const
{
    return {
        {u"name"_s, u"NAME"_s, tr("The hotel's name as guests know it."), true},
        {u"time-zone"_s, u"IANA"_s, tr("The hotel's IANA time zone, e.g. Europe/Lisbon."), true},
        {u"check-in"_s, u"HH:MM"_s, tr("Standard check-in time (default 15:00).")},
        {u"check-out"_s, u"HH:MM"_s, tr("Standard check-out time (default 11:00).")},
        jsonOption(),
    };
}

QString PropertyAddCommand::summary() const
{
    return tr("Add a property (hotel) with its time zone and check-in/check-out times.");
}

QString PropertyAddCommand::description() const
{
    return tr("CODE is the short, unique name that imports and other commands use for the property (e.g. LIS). "
              "The check-in and check-out times decide who counts as in house on arrival and departure days.");
}

int PropertyAddCommand::run(Context &context, const Arguments &arguments)
{
    core::Property property;
    property.code = arguments.positional().constFirst().trimmed();
    property.name = arguments.value(u"name"_s).trimmed();
    property.timeZone = arguments.value(u"time-zone"_s).trimmed();
    if (property.code.isEmpty())
        return context.usageError(tr("CODE must not be empty"), name());
    if (property.name.isEmpty())
        return context.usageError(tr("--name must not be empty"), name());
    if (property.timeZone.isEmpty())
        return context.usageError(tr("--time-zone must not be empty"), name());
    for (const auto &[option, target] :
         {std::pair{u"check-in"_s, &property.checkIn}, std::pair{u"check-out"_s, &property.checkOut}}) {
        if (!arguments.isSet(option))
            continue;
        const auto time = parseClockTime(arguments.value(option));
        if (!time) {
            return context.usageError(
                tr("--%1 \"%2\" is not a time; write it as HH:MM, e.g. 15:00").arg(option, arguments.value(option)),
                name());
        }
        *target = *time;
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    storage::PropertyRepository properties(*db);
    auto added = properties.add(property);
    if (!added)
        return context.fail(tr("cannot add property %1: %2").arg(property.code, added.error()));

    if (arguments.isSet(u"json"_s)) {
        context.printJson(JsonFormat::property(*added));
    } else {
        context.out() << tr("Added property %1 (%2), time zone %3, check-in %4, check-out %5.")
                             .arg(added->code, added->name, added->timeZone, JsonFormat::time(added->checkIn),
                                  JsonFormat::time(added->checkOut))
                      << Qt::endl;
    }
    return ExitCode::Success;
}

} // namespace tw::cli
