#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tw::storage {

class Database;

// What the orders board and `order list` show; every field is optional.
struct OrderFilter
{
    std::optional<core::Id> propertyId;
    std::optional<core::Department> department;
    bool openOnly = false; // requested, accepted or in progress
    std::optional<core::Id> guestId;
    std::optional<QDateTime> dueFrom; // UTC, inclusive
    std::optional<QDateTime> dueTo;   // UTC, exclusive
};

// One item of an order as staff ask for it: a catalog name and a quantity.
struct OrderRequestItem
{
    QString name;
    int quantity = 1;
};

// What staff ask for when they create an order.
struct OrderRequest
{
    core::Id guestId = core::InvalidId;
    core::Id stayId = core::InvalidId; // invalid: the guest's stay in house now, else the next arrival
    QList<OrderRequestItem> items;
    std::optional<core::Department> department; // absent: the first item's department
    QDateTime dueAt;                            // UTC; invalid: DefaultLeadMinutes from now
    // Merged like a card (staff may write {first_name}); a field that cannot be
    // filled refuses the order. Empty: the first item's note template, merged,
    // with a sentence whose field cannot be filled left out.
    QString note;
    core::Id cardId = core::InvalidId;
    // The time the order is asked for (UTC): chooses the stay and the default due
    // time. Invalid: the current time.
    QDateTime now;
};

// Amenity orders and their lines. Creating an order and every change of state
// is one transaction with an audit row on the guest's timeline naming the staff
// member, the items and the cost.
class OrderRepository
{
public:
    // An order nobody gave a due time to is due this long after it was asked for,
    // so that it is not overdue the moment it reaches the board.
    static constexpr int DefaultLeadMinutes = 30;
    // The most of one item on an order, after the same item asked for twice is
    // added up; more is a typing slip, not a room delivery.
    static constexpr int MaxQuantity = 999;

    explicit OrderRepository(Database &db);

    // Refuses an item that is not in the catalog (or retired) with a message that
    // names it, a quantity below 1 or above MaxQuantity, a total above
    // Money::MaxCents, a guest without a stay to deliver to, a note with a field
    // that cannot be filled, and an order without items. Prices and names are copied from the catalog.
    core::Result<core::AmenityOrder> create(const OrderRequest &request, const QString &actor);
    // Moves an order on (OrderStateMachine decides what is allowed).
    // expectedVersion is the version the caller read (-1: whatever is stored, for
    // the command line); an order changed since fails with a message saying who
    // changed it to what, and nothing is written.
    core::Result<core::AmenityOrder> advance(core::Id id, core::OrderState to, const QString &actor,
                                             int expectedVersion = -1);

    std::optional<core::AmenityOrder> byId(core::Id id) const;
    // By due time, then id.
    QList<core::AmenityOrder> list(const OrderFilter &filter = {}) const;
    // Oldest first, for the timeline.
    QList<core::AmenityOrder> forGuest(core::Id guestId) const;
    // Open orders per stay, for the Today board's badges.
    QHash<core::Id, int> openCountsByStay(const QList<core::Id> &stayIds) const;

private:
    Database &m_db;
};

} // namespace tw::storage
