#include "openordersattention.h"

#include "todaysnapshot.h"

#include <storage/orderrepository.h>

#include <QHash>

using namespace Qt::StringLiterals;

namespace tw::desk {

QString OpenOrdersAttention::kind()
{
    return u"orders.open"_s;
}

QStringList OpenOrdersAttention::watchedTables() const
{
    return {u"amenity_orders"_s};
}

QList<AttentionProvider::Finding> OpenOrdersAttention::collect(storage::Database &db,
                                                               const TodaySnapshot &snapshot) const
{
    if (!snapshot.hasProperty())
        return {};
    // A property has few open orders at a time: one query for all of them.
    storage::OrderFilter filter;
    filter.propertyId = snapshot.property.id;
    filter.openOnly = true;
    struct Count
    {
        int open = 0;
        int overdue = 0;
    };
    QHash<core::Id, Count> byStay;
    for (const core::AmenityOrder &order : storage::OrderRepository(db).list(filter)) {
        if (!order.isOpen())
            continue;
        Count &count = byStay[order.stayId];
        ++count.open;
        if (order.dueAt.isValid() && order.dueAt < snapshot.now)
            ++count.overdue;
    }
    if (byStay.isEmpty())
        return {};

    QList<Finding> findings;
    for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures}) {
        for (const TodayRow &row : snapshot.rows(list)) {
            const auto found = byStay.constFind(row.stay.id);
            if (found == byStay.constEnd())
                continue;
            Attention attention;
            attention.kind = kind();
            attention.count = found->open;
            if (found->overdue > 0) {
                attention.level = Attention::Level::Urgent;
                attention.label = tr("%n order(s) overdue", nullptr, found->overdue);
                attention.description = tr("%n amenity order(s) open for this stay, %1 of them overdue. See the "
                                           "Orders page.",
                                           nullptr, found->open)
                                            .arg(found->overdue);
            } else {
                attention.label = tr("%n open order(s)", nullptr, found->open);
                attention.description
                    = tr("%n amenity order(s) open for this stay. See the Orders page.", nullptr, found->open);
            }
            findings.append({list, row.stay.id, attention});
        }
    }
    return findings;
}

} // namespace tw::desk
