#include "ordercommand.h"

#include "catalogcommand.h"
#include "context.h"
#include "exitcode.h"
#include "inhousecommand.h"
#include "jsonformat.h"
#include "texttable.h"

#include <core/money.h>
#include <print/sliprenderer.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

QString stateChoices()
{
    return u"requested, accepted, in_progress, delivered, cancelled"_s;
}

QString itemsText(const core::AmenityOrder &order)
{
    QStringList items;
    for (const core::OrderLine &line : order.lines)
        items.append(line.quantity == 1 ? line.name : u"%1 × %2"_s.arg(line.quantity).arg(line.name));
    return items.join(u", "_s);
}

} // namespace

OrderCommand::OrderCommand(Mode mode)
    : m_mode(mode)
{
}

QStringList OrderCommand::path() const
{
    switch (m_mode) {
    case Mode::Create:
        return {u"order"_s, u"create"_s};
    case Mode::Advance:
        return {u"order"_s, u"advance"_s};
    case Mode::List:
        return {u"order"_s, u"list"_s};
    case Mode::Slip:
        return {u"order"_s, u"slip"_s};
    }
    return {};
}

QStringList OrderCommand::positionalNames() const
{
    switch (m_mode) {
    case Mode::Create:
    case Mode::List:
        return {};
    case Mode::Advance:
        return {u"ID"_s, u"STATE"_s};
    case Mode::Slip:
        return {u"ID"_s};
    }
    return {};
}

QList<OptionSpec> OrderCommand::options() const
{
    switch (m_mode) {
    case Mode::Create:
        return {
            {u"guest"_s, u"ID"_s, tr("The guest the order is for."), true},
            {u"item"_s, u"NAME[:QTY]"_s,
             tr("A catalog item and how many (default 1), e.g. \"Bath salts\" or \"Fruit plate:2\"; repeat for "
                "more items."),
             true},
            {u"department"_s, u"D"_s,
             tr("Who delivers it: %1 (default: the first item's department).")
                 .arg(CatalogCommand::departmentChoices())},
            {u"due"_s, u"ISO8601"_s,
             tr("When it is due, with an offset, e.g. 2026-03-02T18:30:00+01:00 (default: %1 minutes from now).")
                 .arg(storage::OrderRepository::DefaultLeadMinutes)},
            {u"note"_s, u"TEXT"_s,
             tr("The note to include; fields such as {first_name} are filled in as on a card (default: the "
                "first item's note).")},
            {u"card"_s, u"CARD_ID"_s, tr("A note card that goes with the order.")},
            jsonOption(),
        };
    case Mode::Advance:
        return {jsonOption()};
    case Mode::List:
        return {
            {u"open"_s, {}, tr("Only open orders (requested, accepted or in progress).")},
            {u"department"_s, u"D"_s, tr("Only this department: %1.").arg(CatalogCommand::departmentChoices())},
            {u"guest"_s, u"ID"_s, tr("Only this guest's orders.")},
            {u"property"_s, u"CODE"_s, tr("Only this property (default: all).")},
            jsonOption(),
        };
    case Mode::Slip:
        return {
            {u"format"_s, u"FORMAT"_s, tr("The paper: a6, or receipt-80mm for a receipt printer."), true},
            {u"out"_s, u"FILE.pdf"_s, tr("The PDF to write; an existing file is replaced."), true},
        };
    }
    return {};
}

QString OrderCommand::summary() const
{
    switch (m_mode) {
    case Mode::Create:
        return tr("Order amenities for a guest's room and print the order number.");
    case Mode::Advance:
        return tr("Move an order on: accepted, in_progress, delivered or cancelled.");
    case Mode::List:
        return tr("List amenity orders by due time.");
    case Mode::Slip:
        return tr("Write an order's slip for the department to a PDF.");
    }
    return {};
}

QString OrderCommand::description() const
{
    switch (m_mode) {
    case Mode::Create:
        return tr("The order goes to the guest's stay in house now, else the next arrival. Prices and names are "
                  "taken from the catalog; an item that is not in it is refused.");
    case Mode::Advance:
        return tr("STATE is one of %1. Orders go requested, accepted, in progress, delivered, and may skip ahead "
                  "but never back; delivered and cancelled orders are final.")
            .arg(stateChoices());
    case Mode::List:
        return tr("Times are UTC. An open order past its due time is marked overdue.");
    case Mode::Slip:
        return tr("The slip shows the order number, room, guest, items, due time in the property's time zone and "
                  "the note to include.");
    }
    return {};
}

std::optional<core::OrderState> OrderCommand::parseState(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    if (key == "canceled"_L1)
        key = u"cancelled"_s;
    return core::orderStateFromKey(key);
}

int OrderCommand::run(Context &context, const Arguments &arguments)
{
    switch (m_mode) {
    case Mode::Create:
        return create(context, arguments);
    case Mode::Advance:
        return advance(context, arguments);
    case Mode::List:
        return list(context, arguments);
    case Mode::Slip:
        return slip(context, arguments);
    }
    return ExitCode::Failure;
}

int OrderCommand::create(Context &context, const Arguments &arguments)
{
    storage::OrderRequest request;
    const auto guestId = parseId(arguments.value(u"guest"_s));
    if (!guestId)
        return context.usageError(tr("--guest needs a guest number, not \"%1\"").arg(arguments.value(u"guest"_s)),
                                  name());
    request.guestId = *guestId;

    // "Fruit plate:2"; a colon not followed by a number is part of the name.
    static const QRegularExpression withQuantity(u"^(.*\\S)\\s*:\\s*(-?\\d+)$"_s);
    const QStringList items = arguments.values(u"item"_s);
    for (const QString &item : items) {
        storage::OrderRequestItem requested;
        const QRegularExpressionMatch match = withQuantity.match(item.trimmed());
        if (match.hasMatch()) {
            requested.name = match.captured(1).simplified();
            bool ok = false;
            requested.quantity = match.captured(2).toInt(&ok);
            if (!ok || requested.quantity < 1 || requested.quantity > storage::OrderRepository::MaxQuantity) {
                return context.usageError(tr("--item \"%1\": the quantity must be a whole number from 1 to %2")
                                              .arg(item)
                                              .arg(storage::OrderRepository::MaxQuantity),
                                          name());
            }
        } else {
            requested.name = item.simplified();
        }
        if (requested.name.isEmpty())
            return context.usageError(tr("--item needs a catalog item name"), name());
        request.items.append(requested);
    }
    if (arguments.isSet(u"department"_s)) {
        const QString text = arguments.value(u"department"_s);
        request.department = CatalogCommand::parseDepartment(text);
        if (!request.department) {
            return context.usageError(
                tr("unknown department \"%1\"; use one of %2").arg(text, CatalogCommand::departmentChoices()), name());
        }
    }
    if (arguments.isSet(u"due"_s)) {
        const auto due = InHouseCommand::parseInstant(arguments.value(u"due"_s));
        if (!due) {
            return context.usageError(tr("--due \"%1\" is not an ISO 8601 date and time with an offset; write e.g. "
                                         "2026-03-02T18:30:00+01:00 or 2026-03-02T17:30:00Z")
                                          .arg(arguments.value(u"due"_s)),
                                      name());
        }
        request.dueAt = *due;
    }
    // Without --due the repository makes it due a little after now.
    request.now = context.now().toUTC();
    request.note = arguments.value(u"note"_s).trimmed();
    if (arguments.isSet(u"card"_s)) {
        const auto cardId = parseId(arguments.value(u"card"_s));
        if (!cardId)
            return context.usageError(tr("--card needs a card number, not \"%1\"").arg(arguments.value(u"card"_s)),
                                      name());
        request.cardId = *cardId;
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    if (!findGuest(context, *db, *guestId))
        return ExitCode::Failure;
    auto created = storage::OrderRepository(*db).create(request, context.actor());
    if (!created)
        return context.fail(tr("the order was not created: %1").arg(created.error()));
    if (arguments.isSet(u"json"_s)) {
        const auto guest = storage::GuestRepository(*db).byId(created->guestId);
        const auto property = storage::PropertyRepository(*db).byId(created->propertyId);
        context.printJson(JsonFormat::order(*created, guest ? guest->displayName() : QString(),
                                            property ? property->code : QString(), false));
    } else {
        context.out() << created->id << Qt::endl;
    }
    return ExitCode::Success;
}

int OrderCommand::advance(Context &context, const Arguments &arguments)
{
    const QString &idText = arguments.positional().at(0);
    const auto id = parseId(idText);
    if (!id)
        return context.usageError(tr("ID must be an order number, not \"%1\"").arg(idText), name());
    const QString &stateText = arguments.positional().at(1);
    const auto state = parseState(stateText);
    if (!state)
        return context.usageError(tr("unknown state \"%1\"; use one of %2").arg(stateText, stateChoices()), name());

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    storage::OrderRepository orders(*db);
    const auto before = orders.byId(*id);
    if (!before)
        return context.fail(tr("there is no order %1; see tweetworthy-cli order list").arg(*id));
    auto advanced = orders.advance(*id, *state, context.actor());
    if (!advanced)
        return context.fail(advanced.error());
    if (arguments.isSet(u"json"_s)) {
        const auto guest = storage::GuestRepository(*db).byId(advanced->guestId);
        const auto property = storage::PropertyRepository(*db).byId(advanced->propertyId);
        const bool overdue = advanced->isOpen() && advanced->dueAt.isValid() && advanced->dueAt < context.now();
        context.printJson(JsonFormat::order(*advanced, guest ? guest->displayName() : QString(),
                                            property ? property->code : QString(), overdue));
    } else {
        context.out() << tr("Order %1: %2 → %3.")
                             .arg(QString::number(*id), core::orderStateKey(before->state),
                                  core::orderStateKey(advanced->state))
                      << Qt::endl;
    }
    return ExitCode::Success;
}

int OrderCommand::list(Context &context, const Arguments &arguments)
{
    storage::OrderFilter filter;
    filter.openOnly = arguments.isSet(u"open"_s);
    if (arguments.isSet(u"department"_s)) {
        const QString text = arguments.value(u"department"_s);
        filter.department = CatalogCommand::parseDepartment(text);
        if (!filter.department) {
            return context.usageError(
                tr("unknown department \"%1\"; use one of %2").arg(text, CatalogCommand::departmentChoices()), name());
        }
    }
    if (arguments.isSet(u"guest"_s)) {
        const auto guestId = parseId(arguments.value(u"guest"_s));
        if (!guestId)
            return context.usageError(tr("--guest needs a guest number, not \"%1\"").arg(arguments.value(u"guest"_s)),
                                      name());
        filter.guestId = *guestId;
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    QHash<core::Id, QString> codes;
    const QList<core::Property> properties = storage::PropertyRepository(*db).list();
    for (const core::Property &property : properties)
        codes.insert(property.id, property.code);
    if (arguments.isSet(u"property"_s)) {
        const QString code = arguments.value(u"property"_s).trimmed();
        const auto property = storage::PropertyRepository(*db).byCode(code);
        if (!property)
            return context.fail(
                tr("there is no property \"%1\"; see the codes with tweetworthy-cli property list").arg(code));
        filter.propertyId = property->id;
    }

    const QList<core::AmenityOrder> orders = storage::OrderRepository(*db).list(filter);
    QList<core::Id> guestIds;
    for (const core::AmenityOrder &order : orders)
        guestIds.append(order.guestId);
    const QHash<core::Id, core::Guest> guests = storage::GuestRepository(*db).byIds(guestIds);
    const QDateTime now = context.now().toUTC();
    const auto overdue = [&now](const core::AmenityOrder &order) {
        return order.isOpen() && order.dueAt.isValid() && order.dueAt < now;
    };

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const core::AmenityOrder &order : orders) {
            array.append(JsonFormat::order(order, guests.value(order.guestId).displayName(),
                                           codes.value(order.propertyId), overdue(order)));
        }
        context.printJson(array);
        return ExitCode::Success;
    }
    if (orders.isEmpty()) {
        context.out() << (filter.openOnly ? tr("No open orders.") : tr("No orders.")) << ' '
                      << tr("Create one with tweetworthy-cli order create --guest ID --item NAME.") << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table({tr("ID"), tr("DUE (UTC)"), tr("PROPERTY"), tr("ROOM"), tr("GUEST"), tr("DEPARTMENT"), tr("ITEMS"),
                     tr("COST"), tr("STATE")});
    for (const core::AmenityOrder &order : orders) {
        QString state = core::orderStateKey(order.state);
        if (overdue(order))
            state += u' ' + tr("(overdue)");
        table.addRow({QString::number(order.id), order.dueAt.toUTC().toString(u"yyyy-MM-dd HH:mm"_s),
                      codes.value(order.propertyId), order.room, guests.value(order.guestId).displayName(),
                      core::departmentKey(order.department), itemsText(order), core::Money::format(order.costCents()),
                      state});
    }
    table.print(context.out());
    return ExitCode::Success;
}

int OrderCommand::slip(Context &context, const Arguments &arguments)
{
    const QString &idText = arguments.positional().constFirst();
    const auto id = parseId(idText);
    if (!id)
        return context.usageError(tr("ID must be an order number, not \"%1\"").arg(idText), name());
    const QString formatText = arguments.value(u"format"_s);
    const auto format = print::slipFormatFromKey(formatText);
    if (!format)
        return context.usageError(tr("unknown slip format \"%1\"; use a6 or receipt-80mm").arg(formatText), name());
    const QString path = arguments.value(u"out"_s).trimmed();
    if (path.isEmpty())
        return context.usageError(tr("--out needs a file name"), name());

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const auto order = storage::OrderRepository(*db).byId(*id);
    if (!order)
        return context.fail(tr("there is no order %1; see tweetworthy-cli order list").arg(*id));
    const core::Guest guest = storage::GuestRepository(*db).byId(order->guestId).value_or(core::Guest());
    const core::Property property = storage::PropertyRepository(*db).byId(order->propertyId).value_or(core::Property());
    const print::SlipContent content = print::SlipContent::fromOrder(*order, guest, property);
    if (auto written = print::SlipRenderer(*format).exportPdf(path, {content}); !written)
        return context.fail(
            tr("cannot write the slip of order %1 to %2: %3").arg(QString::number(*id), path, written.error()));
    context.out() << tr("Wrote the slip of order %1 to %2.").arg(QString::number(*id), path) << Qt::endl;
    return ExitCode::Success;
}

} // namespace tw::cli
