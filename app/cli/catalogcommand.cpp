#include "catalogcommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <core/money.h>
#include <storage/amenityrepository.h>

using namespace Qt::StringLiterals;

namespace tw::cli {

CatalogCommand::CatalogCommand(Mode mode)
    : m_mode(mode)
{
}

QStringList CatalogCommand::path() const
{
    switch (m_mode) {
    case Mode::List:
        return {u"catalog"_s, u"list"_s};
    case Mode::Add:
        return {u"catalog"_s, u"add"_s};
    case Mode::Retire:
        return {u"catalog"_s, u"retire"_s};
    }
    return {};
}

QStringList CatalogCommand::positionalNames() const
{
    return m_mode == Mode::List ? QStringList{} : QStringList{u"NAME"_s};
}

QList<OptionSpec> CatalogCommand::options() const
{
    switch (m_mode) {
    case Mode::List:
        return {{u"all"_s, {}, tr("Include retired items.")}, jsonOption()};
    case Mode::Add:
        return {
            {u"department"_s, u"D"_s, tr("Who delivers it: %1.").arg(departmentChoices()), true},
            {u"cost"_s, u"AMOUNT"_s, tr("Unit cost, e.g. 12.50 (or 12,50)."), true},
            {u"note"_s, u"TEXT"_s,
             tr("The note that goes with it by default; may hold card merge fields such as {first_name}.")},
            jsonOption(),
        };
    case Mode::Retire:
        return {};
    }
    return {};
}

QString CatalogCommand::summary() const
{
    switch (m_mode) {
    case Mode::List:
        return tr("List the amenity catalog.");
    case Mode::Add:
        return tr("Add an item to the amenity catalog.");
    case Mode::Retire:
        return tr("Retire an item: earlier orders keep it, new orders cannot use it.");
    }
    return {};
}

QString CatalogCommand::description() const
{
    if (m_mode == Mode::Add)
        return tr("NAME may be several words (\"catalog add Bath salts ...\"); names are unique whatever their case.");
    if (m_mode == Mode::List)
        return tr("Costs are shown in your locale; --json gives them as \"12.50\" and in cents.");
    return {};
}

std::optional<core::Department> CatalogCommand::parseDepartment(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    if (key == "fnb"_L1 || key == "f&b"_L1 || key == "food"_L1)
        return core::Department::FoodAndBeverage;
    return core::departmentFromKey(key);
}

QString CatalogCommand::departmentChoices()
{
    return u"housekeeping, food_and_beverage, concierge"_s;
}

int CatalogCommand::run(Context &context, const Arguments &arguments)
{
    switch (m_mode) {
    case Mode::List:
        return list(context, arguments);
    case Mode::Add:
        return add(context, arguments);
    case Mode::Retire:
        return retire(context, arguments);
    }
    return ExitCode::Failure;
}

int CatalogCommand::list(Context &context, const Arguments &arguments)
{
    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const QList<core::Amenity> items = storage::AmenityRepository(*db).all(arguments.isSet(u"all"_s));
    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::Amenity &item : items)
            array.append(JsonFormat::amenity(item));
        context.printJson(array);
        return ExitCode::Success;
    }
    if (items.isEmpty()) {
        context.out() << tr("The catalog is empty; add items with tweetworthy-cli catalog add NAME --department D "
                            "--cost AMOUNT.")
                      << Qt::endl;
        return ExitCode::Success;
    }
    const bool withRetired = arguments.isSet(u"all"_s);
    QStringList headers{tr("ID"), tr("NAME"), tr("DEPARTMENT"), tr("UNIT COST"), tr("NOTE")};
    if (withRetired)
        headers.append(tr("STATE"));
    TextTable table(headers);
    for (const core::Amenity &item : items) {
        QStringList row{QString::number(item.id), item.name, core::departmentKey(item.department),
                        core::Money::format(item.unitCostCents), item.noteTemplate.simplified()};
        if (withRetired)
            row.append(item.active ? tr("active") : tr("retired"));
        table.addRow(row);
    }
    table.print(context.out());
    return ExitCode::Success;
}

int CatalogCommand::add(Context &context, const Arguments &arguments)
{
    core::Amenity item;
    item.name = arguments.positional().join(u' ').simplified();
    if (item.name.isEmpty())
        return context.usageError(tr("NAME must not be empty"), name());
    const QString departmentText = arguments.value(u"department"_s);
    const auto department = parseDepartment(departmentText);
    if (!department) {
        return context.usageError(
            tr("unknown department \"%1\"; use one of %2").arg(departmentText, departmentChoices()), name());
    }
    item.department = *department;
    const auto cost = core::Money::parse(arguments.value(u"cost"_s));
    if (!cost)
        return context.usageError(tr("--cost \"%1\": %2").arg(arguments.value(u"cost"_s), cost.error()), name());
    item.unitCostCents = *cost;
    item.noteTemplate = arguments.value(u"note"_s).trimmed();

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    auto added = storage::AmenityRepository(*db).add(item, context.actor());
    if (!added)
        return context.fail(tr("cannot add \"%1\" to the catalog: %2").arg(item.name, added.error()));
    if (arguments.isSet(u"json"_s)) {
        context.printJson(JsonFormat::amenity(*added));
    } else {
        context.out() << tr("Added item %1: %2, %3, %4.")
                             .arg(QString::number(added->id), added->name, core::departmentKey(added->department),
                                  core::Money::format(added->unitCostCents))
                      << Qt::endl;
    }
    return ExitCode::Success;
}

int CatalogCommand::retire(Context &context, const Arguments &arguments)
{
    const QString itemName = arguments.positional().join(u' ').simplified();
    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    storage::AmenityRepository amenities(*db);
    const auto item = amenities.byName(itemName);
    if (!item)
        return context.fail(tr("there is no \"%1\" in the catalog; see tweetworthy-cli catalog list").arg(itemName));
    if (!item->active) {
        context.out() << tr("%1 was already retired.").arg(item->name) << Qt::endl;
        return ExitCode::Success;
    }
    if (auto retired = amenities.retire(item->id, context.actor()); !retired)
        return context.fail(tr("cannot retire \"%1\": %2").arg(item->name, retired.error()));
    context.out() << tr("Retired %1; earlier orders keep it.").arg(item->name) << Qt::endl;
    return ExitCode::Success;
}

} // namespace tw::cli
