#include "demoseedcommand.h"

#include "context.h"
#include "exitcode.h"

#include <pms/demohotel.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

QStringList DemoSeedCommand::path() const
{
    return {u"demo"_s, u"seed"_s};
}

QList<OptionSpec> DemoSeedCommand::options() const
{
    return {
        {u"seed"_s, u"N"_s,
         tr("Random seed; the same seed and day give the same hotel (default %1).").arg(pms::DemoHotel::DefaultSeed)},
        {u"today"_s, u"YYYY-MM-DD"_s, tr("The day the stays are arranged around (default: today).")},
    };
}

QString DemoSeedCommand::summary() const
{
    return tr("Add a believable demo hotel: a property, a few hundred guests with stays around today, handles.");
}

QString DemoSeedCommand::description() const
{
    return tr("Meant for trying the app on a database of its own, e.g. --db sqlite:///tmp/demo.db. Seeding "
              "again with the same seed and day changes nothing.");
}

int DemoSeedCommand::run(Context &context, const Arguments &arguments)
{
    quint32 seed = pms::DemoHotel::DefaultSeed;
    if (arguments.isSet(u"seed"_s)) {
        bool ok = false;
        seed = arguments.value(u"seed"_s).toUInt(&ok);
        if (!ok) {
            return context.usageError(tr("--seed must be a whole number, not \"%1\"").arg(arguments.value(u"seed"_s)),
                                      name());
        }
    }
    // The hotel's date, not this computer's: the two differ around midnight.
    QDate today = pms::DemoHotel::today(context.now());
    if (arguments.isSet(u"today"_s)) {
        today = QDate::fromString(arguments.value(u"today"_s).trimmed(), Qt::ISODate);
        if (!today.isValid()) {
            return context.usageError(
                tr("--today \"%1\" is not a date; write it as YYYY-MM-DD").arg(arguments.value(u"today"_s)), name());
        }
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    auto seeded = pms::DemoHotel::seed(*db, today, seed);
    if (!seeded)
        return context.fail(tr("cannot add the demo hotel: %1").arg(seeded.error()));
    const pms::DemoSummary &summary = *seeded;

    QTextStream &out = context.out();
    out << (summary.propertyCreated ? tr("Added the demo hotel %1 (%2) around %3.")
                                    : tr("The demo hotel %1 (%2) is up to date for %3."))
               .arg(summary.propertyCode, summary.propertyName, today.toString(Qt::ISODate))
        << u'\n';
    out << Command::formatColumns({
        {tr("guests"), QString::number(summary.guests)},
        {tr("stays"), QString::number(summary.stays)},
        {tr("in house"), QString::number(summary.inHouse)},
        {tr("arrivals today"), QString::number(summary.arrivalsToday)},
        {tr("departures today"), QString::number(summary.departuresToday)},
        {tr("handles"),
         tr("%1 confirmed, %2 suggested")
             .arg(QString::number(summary.confirmedHandles), QString::number(summary.suggestedHandles))},
    });
    out << tr("Try: tweetworthy-cli inhouse --property %1").arg(summary.propertyCode) << Qt::endl;
    return ExitCode::Success;
}

} // namespace tw::cli
