#include "guestssearchcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <storage/guestrepository.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {
constexpr int DefaultLimit = 50;
constexpr int MaximumLimit = 10'000;
} // namespace

QStringList GuestsSearchCommand::path() const
{
    return {u"guests"_s, u"search"_s};
}

QStringList GuestsSearchCommand::positionalNames() const
{
    return {u"TEXT"_s};
}

QList<OptionSpec> GuestsSearchCommand::options() const
{
    return {
        {u"limit"_s, u"N"_s, tr("Show at most N guests (default %1).").arg(DefaultLimit)},
        jsonOption(),
    };
}

QString GuestsSearchCommand::summary() const
{
    return tr("Find guests by name, e-mail, phone, loyalty number, social handle or room.");
}

QString GuestsSearchCommand::description() const
{
    return tr("Names match by prefix (\"ann smi\" finds Anna Smith); a room number finds its guests, newest stay "
              "first. Put \"--\" before TEXT when it starts with a dash.");
}

int GuestsSearchCommand::run(Context &context, const Arguments &arguments)
{
    const QString text = arguments.positional().join(u' ').trimmed();
    if (text.isEmpty())
        return context.usageError(tr("TEXT must not be empty"), name());
    int limit = DefaultLimit;
    if (arguments.isSet(u"limit"_s)) {
        bool ok = false;
        limit = arguments.value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaximumLimit) {
            return context.usageError(tr("--limit must be a number from 1 to %1, not \"%2\"")
                                          .arg(MaximumLimit)
                                          .arg(arguments.value(u"limit"_s)),
                                      name());
        }
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const QList<core::Guest> guests = storage::GuestRepository(*db).search(text, limit);

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::Guest &guest : guests)
            array.append(JsonFormat::guestSummary(guest));
        context.printJson(array);
        return ExitCode::Success;
    }
    if (guests.isEmpty()) {
        context.out() << tr("No guest matches \"%1\".").arg(text) << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table({tr("ID"), tr("NAME"), tr("EMAIL"), tr("PHONE"), tr("LOYALTY"), tr("VIP")});
    for (const core::Guest &guest : guests) {
        table.addRow({QString::number(guest.id), guest.displayName(), guest.email, guest.phone, guest.loyaltyNumber,
                      guest.vipCode});
    }
    table.print(context.out());
    return ExitCode::Success;
}

} // namespace tw::cli
