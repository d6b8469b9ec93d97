#include "orderboardloader.h"

#include <core/inhouserule.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/orderrepository.h>
#include <storage/propertyrepository.h>

#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

std::optional<core::Property> chooseProperty(const QList<core::Property> &properties,
                                             const OrderBoardLoader::Request &request)
{
    if (request.propertyId != core::InvalidId) {
        for (const core::Property &property : properties) {
            if (property.id == request.propertyId)
                return property;
        }
    }
    const QString code = request.propertyCode.trimmed();
    if (!code.isEmpty()) {
        for (const core::Property &property : properties) {
            if (property.code.compare(code, Qt::CaseInsensitive) == 0)
                return property;
        }
    }
    if (properties.isEmpty())
        return std::nullopt;
    return properties.constFirst();
}

// How far back delivered and cancelled orders stay on the board when asked:
// a shift's worth and then some, so the desk can answer "did it go up?".
constexpr qint64 kClosedWindowSeconds = qint64(24) * 60 * 60;

} // namespace

bool OrderBoardLoader::boardLess(const core::AmenityOrder &a, const core::AmenityOrder &b)
{
    if (a.department != b.department)
        return int(a.department) < int(b.department);
    if (a.dueAt != b.dueAt)
        return a.dueAt < b.dueAt;
    return a.id < b.id;
}

core::Result<OrderBoardSnapshot> OrderBoardLoader::load(const storage::DatabaseUrl &url, const Request &request)
{
    auto database = storage::Database::open(url);
    if (!database) {
        return core::Result<OrderBoardSnapshot>::failure(
            tr("Could not read the orders board from %1: %2").arg(url.toDisplayString(), database.error()));
    }
    return load(*database.value(), request);
}

core::Result<OrderBoardSnapshot> OrderBoardLoader::load(storage::Database &db, const Request &request)
{
    OrderBoardSnapshot snapshot;
    snapshot.now = (request.now.isValid() ? request.now : QDateTime::currentDateTimeUtc()).toUTC();
    snapshot.properties = storage::PropertyRepository(db).list();
    const std::optional<core::Property> property = chooseProperty(snapshot.properties, request);
    if (!property)
        return snapshot;
    snapshot.property = *property;
    const core::InHouseRule rule(snapshot.property);
    snapshot.timeZone = rule.hasValidTimeZone() ? snapshot.property.timeZone.trimmed() : u"UTC"_s;

    storage::OrderRepository orders(db);
    storage::OrderFilter open;
    open.propertyId = snapshot.property.id;
    open.openOnly = true;
    QList<core::AmenityOrder> found = orders.list(open);
    if (request.includeClosed) {
        storage::OrderFilter recent;
        recent.propertyId = snapshot.property.id;
        recent.dueFrom = snapshot.now.addSecs(-kClosedWindowSeconds);
        QSet<core::Id> seen;
        for (const core::AmenityOrder &order : std::as_const(found))
            seen.insert(order.id);
        for (const core::AmenityOrder &order : orders.list(recent)) {
            if (!order.isOpen() && !seen.contains(order.id))
                found.append(order);
        }
    }
    std::sort(found.begin(), found.end(), boardLess);

    QList<core::Id> guestIds;
    QSet<core::Id> wanted;
    for (const core::AmenityOrder &order : std::as_const(found)) {
        if (!wanted.contains(order.guestId)) {
            wanted.insert(order.guestId);
            guestIds.append(order.guestId);
        }
    }
    const QHash<core::Id, core::Guest> guests = storage::GuestRepository(db).byIds(guestIds);
    snapshot.rows.reserve(found.size());
    for (const core::AmenityOrder &order : std::as_const(found)) {
        OrderBoardRow row;
        row.order = order;
        row.guest = guests.value(order.guestId);
        row.vipCode = row.guest.vipCode.trimmed();
        row.overdue = order.isOpen() && order.dueAt.isValid() && order.dueAt < snapshot.now;
        snapshot.rows.append(row);
    }
    return snapshot;
}

} // namespace tw::desk
