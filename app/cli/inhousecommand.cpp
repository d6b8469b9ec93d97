#include "inhousecommand.h"

#include "context.h"
#include "exitcode.h"
#include "jsonformat.h"
#include "texttable.h"

#include <core/handlenormalizer.h>
#include <core/inhouserule.h>
#include <storage/guestrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

struct InHouseRow
{
    core::Property property;
    core::Stay stay;
    core::Guest guest;
    QList<core::SocialAccount> handles;
};

// Room numbers sort as numbers when both are ("9" before "10"), else as text.
bool roomLess(const QString &a, const QString &b)
{
    bool aNumeric = false;
    bool bNumeric = false;
    const qlonglong an = a.toLongLong(&aNumeric);
    const qlonglong bn = b.toLongLong(&bNumeric);
    if (aNumeric && bNumeric && an != bn)
        return an < bn;
    return a.compare(b, Qt::CaseInsensitive) < 0;
}

} // namespace

QStringList InHouseCommand::path() const
{
    return {u"inhouse"_s};
}

QList<OptionSpec> InHouseCommand::options() const
{
    return {
        {u"property"_s, u"CODE"_s, tr("Only this property (default: all).")},
        {u"at"_s, u"ISO8601_WITH_OFFSET"_s,
         tr("The instant to ask about, e.g. 2026-03-02T08:00:00+01:00 (default: now).")},
        jsonOption(),
    };
}

QString InHouseCommand::summary() const
{
    return tr("List the guests in house now or at a given instant.");
}

QString InHouseCommand::description() const
{
    return tr("A guest is in house from the property's check-in time (or the actual check-in) on the arrival day "
              "until its check-out time (or the actual check-out) on the departure day, in the property's time "
              "zone; cancelled and no-show stays never are.");
}

std::optional<QDateTime> InHouseCommand::parseInstant(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    const QString trimmed = text.trimmed();
    if (!pattern.match(trimmed).hasMatch())
        return std::nullopt;
    const QDateTime instant = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!instant.isValid())
        return std::nullopt;
    return instant.toUTC();
}

int InHouseCommand::run(Context &context, const Arguments &arguments)
{
    QDateTime instant = context.now().toUTC();
    if (arguments.isSet(u"at"_s)) {
        const auto parsed = parseInstant(arguments.value(u"at"_s));
        if (!parsed) {
            return context.usageError(tr("--at \"%1\" is not an ISO 8601 date and time with an offset; write e.g. "
                                         "2026-03-02T08:00:00+01:00 or 2026-03-02T07:00:00Z")
                                          .arg(arguments.value(u"at"_s)),
                                      name());
        }
        instant = *parsed;
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    storage::PropertyRepository propertyRepository(*db);
    QList<core::Property> properties;
    if (arguments.isSet(u"property"_s)) {
        const QString code = arguments.value(u"property"_s).trimmed();
        const auto property = propertyRepository.byCode(code);
        if (!property) {
            return context.fail(
                tr("there is no property \"%1\"; see the codes with tweetworthy-cli property list").arg(code));
        }
        properties.append(*property);
    } else {
        properties = propertyRepository.list();
    }

    storage::StayRepository stays(*db);
    storage::GuestRepository guests(*db);
    storage::SocialAccountRepository accounts(*db);
    QHash<core::Id, core::Guest> guestCache;
    QHash<core::Id, QList<core::SocialAccount>> handleCache;
    QList<InHouseRow> rows;
    for (const core::Property &property : properties) {
        const core::InHouseRule rule(property);
        const QDate today = rule.localDate(instant);
        // A day either side covers actual check-in/out times that fall outside
        // the booked dates; the rule then decides the exact instant.
        const QList<core::Stay> candidates = stays.overlapping(property.id, today.addDays(-1), today.addDays(1));
        for (const core::Stay &stay : candidates) {
            if (!rule.isInHouse(stay, instant))
                continue;
            if (!guestCache.contains(stay.guestId)) {
                const auto guest = guests.byId(stay.guestId);
                if (!guest)
                    continue; // erased between the two reads
                guestCache.insert(stay.guestId, *guest);
                handleCache.insert(stay.guestId, accounts.forGuest(stay.guestId));
            }
            rows.append({property, stay, guestCache.value(stay.guestId), handleCache.value(stay.guestId)});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const InHouseRow &a, const InHouseRow &b) {
        if (a.property.code != b.property.code)
            return a.property.code < b.property.code;
        if (a.stay.room != b.stay.room)
            return roomLess(a.stay.room, b.stay.room);
        return a.guest.lastName.compare(b.guest.lastName, Qt::CaseInsensitive) < 0;
    });

    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const InHouseRow &row : rows) {
            array.append(QJsonObject{
                {u"property"_s, row.property.code},
                {u"confirmation"_s, row.stay.confirmation},
                {u"guest_id"_s, row.guest.id},
                {u"first_name"_s, row.guest.firstName},
                {u"last_name"_s, row.guest.lastName},
                {u"room"_s, row.stay.room},
                {u"arrival"_s, JsonFormat::date(row.stay.arrival)},
                {u"departure"_s, JsonFormat::date(row.stay.departure)},
                {u"status"_s, core::stayStatusKey(row.stay.status)},
                {u"vip"_s, row.guest.vipCode},
                {u"handles"_s, JsonFormat::handles(row.handles)},
            });
        }
        context.printJson(array);
        return ExitCode::Success;
    }

    const QString at = JsonFormat::instant(instant).toString();
    if (rows.isEmpty()) {
        context.out() << tr("Nobody is in house at %1.").arg(at) << Qt::endl;
        return ExitCode::Success;
    }
    TextTable table({tr("PROPERTY"), tr("ROOM"), tr("GUEST"), tr("NAME"), tr("VIP"), tr("ARRIVAL"), tr("DEPARTURE"),
                     tr("HANDLES")});
    for (const InHouseRow &row : rows) {
        QStringList handles;
        for (const core::SocialAccount &account : row.handles)
            handles.append(core::HandleNormalizer::display(account.network, account.handle));
        table.addRow({row.property.code, row.stay.room, QString::number(row.guest.id), row.guest.displayName(),
                      row.guest.vipCode, row.stay.arrival.toString(Qt::ISODate),
                      row.stay.departure.toString(Qt::ISODate), handles.join(", "_L1)});
    }
    context.out() << tr("In house at %1").arg(at) << u'\n';
    table.print(context.out());
    context.out() << tr("Total: %1").arg(rows.size()) << Qt::endl;
    return ExitCode::Success;
}

} // namespace tw::cli
