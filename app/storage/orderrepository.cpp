#include "orderrepository.h"

#include "amenityrepository.h"
#include "auditlog.h"
#include "cardrepository.h"
#include "database.h"
#include "guestrepository.h"
#include "propertyrepository.h"
#include "sqlvalue.h"
#include "stayrepository.h"

#include <core/cardmerge.h>
#include <core/inhouserule.h>
#include <core/money.h>
#include <core/orderstatemachine.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kColumns = u"o.id, o.guest_id, o.stay_id, o.property_id, o.room, o.department, o.due_at, o.note, "
                         "o.card_id, o.state, o.created_at, o.created_by, o.updated_at, o.updated_by, o.version"_s;

// What an open order is, in SQL.
const QString kOpenStates = u"('requested', 'accepted', 'in_progress')"_s;

// Ids per IN list; lists are padded to powers of two so few statements are prepared.
constexpr qsizetype kMaxInList = 128;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::storage::OrderRepository", text);
}

core::AmenityOrder orderFrom(const PreparedQuery &q)
{
    core::AmenityOrder o;
    o.id = q.value(0).toLongLong();
    o.guestId = q.value(1).toLongLong();
    o.stayId = q.value(2).toLongLong();
    o.propertyId = q.value(3).toLongLong();
    o.room = q.value(4).toString();
    o.department = core::departmentFromKey(q.value(5).toString()).value_or(core::Department::Housekeeping);
    o.dueAt = SqlValue::timestampFrom(q.value(6));
    o.note = q.value(7).toString();
    o.cardId = q.value(8).toLongLong();
    o.state = core::orderStateFromKey(q.value(9).toString()).value_or(core::OrderState::Requested);
    o.createdAt = SqlValue::timestampFrom(q.value(10));
    o.createdBy = q.value(11).toString();
    o.updatedAt = SqlValue::timestampFrom(q.value(12));
    o.updatedBy = q.value(13).toString();
    o.version = q.value(14).toInt();
    return o;
}

struct Where
{
    QStringList conditions;
    QVariantList values;

    Where() = default;
    explicit Where(const OrderFilter &filter)
    {
        if (filter.propertyId) {
            conditions.append(u"o.property_id = ?"_s);
            values.append(qlonglong(*filter.propertyId));
        }
        if (filter.department) {
            conditions.append(u"o.department = ?"_s);
            values.append(core::departmentKey(*filter.department));
        }
        if (filter.openOnly)
            conditions.append(u"o.state IN "_s + kOpenStates);
        if (filter.guestId) {
            conditions.append(u"o.guest_id = ?"_s);
            values.append(qlonglong(*filter.guestId));
        }
        if (filter.dueFrom && filter.dueFrom->isValid()) {
            conditions.append(u"o.due_at >= ?"_s);
            values.append(SqlValue::timestamp(*filter.dueFrom));
        }
        if (filter.dueTo && filter.dueTo->isValid()) {
            conditions.append(u"o.due_at < ?"_s);
            values.append(SqlValue::timestamp(*filter.dueTo));
        }
    }

    QString sql() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s); }
};

// Orders and their lines with two statements, whatever the number of orders.
QList<core::AmenityOrder> readOrders(Database &db, const Where &where, const QString &orderBy)
{
    QList<core::AmenityOrder> orders;
    PreparedQuery q
        = db.prepare(u"SELECT "_s + kColumns + u" FROM amenity_orders o"_s + where.sql() + u" ORDER BY "_s + orderBy);
    for (const QVariant &value : where.values)
        q.bind(value);
    if (!q.exec())
        return orders;
    QHash<core::Id, qsizetype> index;
    while (q.next()) {
        orders.append(orderFrom(q));
        index.insert(orders.constLast().id, orders.size() - 1);
    }
    q.finish();
    if (orders.isEmpty())
        return orders;

    PreparedQuery lines = db.prepare(u"SELECT l.order_id, l.amenity_id, l.name, l.quantity, l.unit_cost_cents "
                                     "FROM amenity_order_lines l JOIN amenity_orders o ON o.id = l.order_id"_s
                                     + where.sql() + u" ORDER BY l.order_id, l.line_number"_s);
    for (const QVariant &value : where.values)
        lines.bind(value);
    if (!lines.exec())
        return orders;
    while (lines.next()) {
        const auto it = index.constFind(lines.value(0).toLongLong());
        if (it == index.constEnd())
            continue; // an order added between the two statements
        core::OrderLine line;
        line.amenityId = lines.value(1).toLongLong();
        line.name = lines.value(2).toString();
        line.quantity = lines.value(3).toInt();
        line.unitCostCents = lines.value(4).toLongLong();
        orders[*it].lines.append(line);
    }
    return orders;
}

// "2 × Wine and strawberries, 1 × Flowers", for the audit log.
QString itemsSummary(const QList<core::OrderLine> &lines)
{
    QStringList items;
    for (const core::OrderLine &line : lines)
        items.append(u"%1 \u00d7 %2"_s.arg(line.quantity).arg(line.name));
    return items.join(u", "_s);
}

QString tooMany(const QString &name, qint64 quantity)
{
    return tr("\"%1\" is ordered %2 times; one order takes at most %3 of an item, so check the quantity.")
        .arg(name)
        .arg(quantity)
        .arg(OrderRepository::MaxQuantity);
}

QString noSuchOrder(core::Id id)
{
    return tr("There is no amenity order #%1; reload the orders.").arg(id);
}

// "“Champagne”" or "“Champagne” and “Caviar”", for messages naming items.
QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(u"\"%1\""_s.arg(name));
    if (quoted.size() == 1)
        return quoted.first();
    const QString last = quoted.takeLast();
    return tr("%1 and %2").arg(quoted.join(u", "_s), last);
}

// The stay an order goes to when the request names none: the one the guest is
// in house on now, else the next arrival.
core::Result<core::Stay> stayToDeliverTo(Database &db, const core::Guest &guest, const QDateTime &now)
{
    using R = core::Result<core::Stay>;
    const QList<core::Stay> stays = StayRepository(db).forGuest(guest.id);
    std::map<core::Id, core::InHouseRule> rules;
    PropertyRepository properties(db);
    for (const core::Stay &stay : stays) {
        if (rules.count(stay.propertyId) != 0)
            continue;
        if (const std::optional<core::Property> property = properties.byId(stay.propertyId))
            rules.emplace(stay.propertyId, core::InHouseRule(*property));
    }
    if (const auto inHouse = core::InHouseRule::stayInHouseAt(stays, core::InvalidId, now, rules))
        return *inHouse;

    // A reservation not checked in yet (arriving today counts) whose dates are not over.
    std::optional<core::Stay> next;
    for (const core::Stay &stay : stays) {
        const auto rule = rules.find(stay.propertyId);
        if (rule == rules.end() || stay.status != core::StayStatus::Reserved || !stay.arrival.isValid())
            continue;
        if (stay.departure < rule->second.localDate(now))
            continue;
        if (!next || stay.arrival < next->arrival || (stay.arrival == next->arrival && stay.id < next->id))
            next = stay;
    }
    if (next)
        return *next;
    return R::failure(tr("%1 is not in house and has no arrival ahead, so there is no room to deliver to; choose "
                         "one of the guest's stays.")
                          .arg(guest.displayName()));
}

// A default note whose fields cannot all be filled ("Enjoy, {first_name}." for a
// guest without a first name) reads well without them: a name the note is
// addressed to (", {first_name}") is left out with its comma, any other field
// takes its sentence with it. Empty when nothing is left.
QString defaultNote(const QString &noteTemplate, const core::CardMerge::Values &values)
{
    static const QRegularExpression vocativeComma(u",\\s*$"_s);
    static const QRegularExpression sentenceEnd(u"[.!?\u2026](?=\\s|$)"_s);
    const core::CardMerge merge;
    QString text = noteTemplate;
    // Each round takes one field out; a template has a handful at most.
    for (int round = 0; round < 64; ++round) {
        const core::CardMerge::Outcome merged = merge.merge(text, values);
        if (merged.ok())
            return merged.text.simplified();
        const core::CardMerge::Issue &issue = merged.issues.constLast();
        const qsizetype from = issue.position;
        const qsizetype to = from + issue.length;
        const QString before = text.left(from);
        const QString after = text.mid(to);
        const QRegularExpressionMatch comma = vocativeComma.match(before);
        if (comma.hasMatch()
            && (after.isEmpty() || after.front() == u'.' || after.front() == u'!' || after.front() == u'?'
                || after.front() == u',' || after.front() == u';')) {
            text = before.left(comma.capturedStart()) + after;
            continue;
        }
        // The whole sentence around the field, with the space after it.
        qsizetype start = 0;
        for (QRegularExpressionMatchIterator it = sentenceEnd.globalMatch(before); it.hasNext();)
            start = it.next().capturedEnd();
        const QRegularExpressionMatch end = sentenceEnd.match(text, to);
        const qsizetype stop = end.hasMatch() ? end.capturedEnd() : text.size();
        text = text.left(start) + text.mid(stop);
    }
    return {};
}

} // namespace

OrderRepository::OrderRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::AmenityOrder> OrderRepository::create(const OrderRequest &request, const QString &actor)
{
    using R = core::Result<core::AmenityOrder>;
    const QString who = actor.trimmed();
    if (who.isEmpty())
        return R::failure(tr("Choose who is placing the order before saving it."));
    if (request.items.isEmpty())
        return R::failure(tr("An order needs at least one item from the catalog."));
    for (const OrderRequestItem &item : request.items) {
        if (item.name.trimmed().isEmpty())
            return R::failure(tr("Every item of an order needs a name from the catalog."));
        if (item.quantity < 1)
            return R::failure(tr("\"%1\" is ordered %2 times; a quantity is at least 1.")
                                  .arg(item.name.simplified())
                                  .arg(item.quantity));
        if (item.quantity > MaxQuantity)
            return R::failure(tooMany(item.name.simplified(), item.quantity));
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());

    // The items, priced and named as the catalog has them now; one line per item.
    AmenityRepository catalog(m_db);
    QList<core::OrderLine> lines;
    QList<core::Amenity> amenities;
    QStringList unknown;
    QStringList retired;
    for (const OrderRequestItem &item : request.items) {
        const std::optional<core::Amenity> amenity = catalog.byName(item.name);
        if (!amenity) {
            unknown.append(item.name.simplified());
            continue;
        }
        if (!amenity->active) {
            retired.append(amenity->name);
            continue;
        }
        const auto same = std::find_if(lines.begin(), lines.end(),
                                       [&](const core::OrderLine &line) { return line.amenityId == amenity->id; });
        if (same != lines.end()) {
            // Both are at most MaxQuantity here, so the sum cannot overflow.
            const qint64 merged = qint64(same->quantity) + item.quantity;
            if (merged > MaxQuantity)
                return R::failure(tooMany(same->name, merged));
            same->quantity = int(merged);
            continue;
        }
        core::OrderLine line;
        line.amenityId = amenity->id;
        line.name = amenity->name;
        line.quantity = item.quantity;
        line.unitCostCents = amenity->unitCostCents;
        lines.append(line);
        amenities.append(*amenity);
    }
    if (!unknown.isEmpty()) {
        QStringList offered;
        for (const core::Amenity &a : catalog.all())
            offered.append(a.name);
        return R::failure((unknown.size() == 1 ? tr("%1 is not in the amenity catalog, so the order was not placed.")
                                               : tr("%1 are not in the amenity catalog, so the order was not placed."))
                              .arg(quotedList(unknown))
                          + u' '
                          + (offered.isEmpty()
                                 ? tr("Add the item to the catalog first.")
                                 : tr("Add it to the catalog first, or order one of: %1.").arg(offered.join(u", "_s))));
    }
    if (!retired.isEmpty())
        return R::failure(tr("%1 was retired from the amenity catalog and can no longer be ordered; edit the catalog "
                             "to offer it again.")
                              .arg(quotedList(retired)));

    // Unit costs are at most Money::MaxCents and quantities at most MaxQuantity,
    // so each line fits; the running total is checked before it could overflow.
    qint64 total = 0;
    for (const core::OrderLine &line : std::as_const(lines)) {
        total += line.costCents();
        if (total > core::Money::MaxCents)
            return R::failure(tr("The order would cost more than %1, the most one order can cost; order fewer items.")
                                  .arg(core::Money::plain(core::Money::MaxCents)));
    }

    const std::optional<core::Guest> guest = GuestRepository(m_db).byId(request.guestId);
    if (!guest)
        return R::failure(
            tr("There is no guest #%1 to send the order to; the guest may have been removed.").arg(request.guestId));

    const QDateTime now = SqlValue::now();
    // The time the order is asked for chooses the stay and the default due time.
    const QDateTime asked = request.now.isValid() ? SqlValue::truncated(request.now.toUTC()) : now;
    core::Stay stay;
    if (request.stayId != core::InvalidId) {
        const std::optional<core::Stay> chosen = StayRepository(m_db).byId(request.stayId);
        if (!chosen || chosen->guestId != guest->id)
            return R::failure(tr("Stay #%1 is not a stay of %2; choose one of the guest's stays.")
                                  .arg(QString::number(request.stayId), guest->displayName()));
        stay = *chosen;
    } else {
        core::Result<core::Stay> found = stayToDeliverTo(m_db, *guest, asked);
        if (!found)
            return R::failure(found.error());
        stay = std::move(found).value();
    }

    if (request.cardId != core::InvalidId) {
        const std::optional<core::Card> card = CardRepository(m_db).byId(request.cardId);
        if (!card || card->guestId != guest->id)
            return R::failure(tr("Note card #%1 is not a card for %2; link one of the guest's cards or none.")
                                  .arg(QString::number(request.cardId), guest->displayName()));
    }

    core::AmenityOrder order;
    order.guestId = guest->id;
    order.stayId = stay.id;
    order.propertyId = stay.propertyId;
    order.room = stay.room.trimmed();
    order.department = request.department.value_or(amenities.first().department);
    order.lines = lines;
    order.dueAt = request.dueAt.isValid() ? SqlValue::truncated(request.dueAt.toUTC())
                                          : asked.addSecs(qint64(DefaultLeadMinutes) * 60);
    const QString typedNote = request.note.trimmed();
    if (!typedNote.isEmpty() || !amenities.first().noteTemplate.isEmpty()) {
        const std::optional<core::Property> property = PropertyRepository(m_db).byId(stay.propertyId);
        const core::CardMerge::Values values = core::CardMerge::Values::from(*guest, stay, property, who);
        if (!typedNote.isEmpty()) {
            // Staff may write fields in the note; the slip never shows one raw.
            const core::CardMerge::Outcome merged = core::CardMerge().merge(typedNote, values);
            if (!merged.ok())
                return R::failure(
                    tr("The note cannot go on the slip as written: %1").arg(merged.issues.constFirst().message()));
            order.note = merged.text.trimmed();
        } else {
            order.note = defaultNote(amenities.first().noteTemplate, values);
        }
    }
    order.cardId = request.cardId;
    order.state = core::OrderState::Requested;
    order.createdAt = now;
    order.createdBy = who;
    order.updatedAt = now;
    order.updatedBy = who;
    order.version = 1;

    PreparedQuery q = m_db.prepareInsert(u"INSERT INTO amenity_orders (guest_id, stay_id, property_id, room, "
                                         "department, due_at, note, card_id, state, created_at, created_by, "
                                         "updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, 1)"_s);
    q.bind(qint64(order.guestId))
        .bind(SqlValue::id(order.stayId))
        .bind(SqlValue::id(order.propertyId))
        .bind(order.room)
        .bind(core::departmentKey(order.department))
        .bind(SqlValue::timestamp(order.dueAt))
        .bind(order.note)
        .bind(SqlValue::id(order.cardId))
        .bind(core::orderStateKey(order.state))
        .bind(SqlValue::timestamp(order.createdAt))
        .bind(order.createdBy)
        .bind(SqlValue::timestamp(order.updatedAt))
        .bind(order.updatedBy);
    const std::optional<QVariant> id = q.insert();
    if (!id)
        return R::failure(tr("The order for %1 was not placed: %2.").arg(guest->displayName(), q.errorText()));
    order.id = id->toLongLong();

    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const core::OrderLine &line = order.lines.at(i);
        PreparedQuery l = m_db.prepare(u"INSERT INTO amenity_order_lines (order_id, line_number, amenity_id, name, "
                                       "quantity, unit_cost_cents) VALUES (?, ?, ?, ?, ?, ?)"_s);
        l.bind(qint64(order.id))
            .bind(int(i + 1))
            .bind(SqlValue::id(line.amenityId))
            .bind(line.name)
            .bind(line.quantity)
            .bind(qint64(line.unitCostCents));
        if (!l.exec())
            return R::failure(tr("The order for %1 was not placed: %2.").arg(guest->displayName(), l.errorText()));
        l.finish();
    }

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = who;
    entry.action = u"order.create"_s;
    entry.entityType = u"order"_s;
    entry.entityId = order.id;
    entry.guestId = order.guestId;
    entry.detail
        = u"%1; cost %2; %3; due %4"_s.arg(itemsSummary(order.lines), core::Money::plain(order.costCents()),
                                           core::departmentKey(order.department), SqlValue::timestamp(order.dueAt));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"amenity_orders"_s, order.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return order;
}

core::Result<core::AmenityOrder> OrderRepository::advance(core::Id id, core::OrderState to, const QString &actor,
                                                          int expectedVersion)
{
    using R = core::Result<core::AmenityOrder>;
    const QString who = actor.trimmed();
    if (who.isEmpty())
        return R::failure(tr("Choose who is handling the order before changing its state."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    std::optional<core::AmenityOrder> stored = byId(id);
    if (!stored)
        return R::failure(noSuchOrder(id));
    const auto conflict = [](const core::AmenityOrder &now) {
        return R::failure(tr("%1 marked order %2 as %3 since you opened it; reload it and decide again.")
                              .arg(now.updatedBy.isEmpty() ? tr("Someone else") : now.updatedBy,
                                   QString::number(now.id), core::OrderStateMachine::label(now.state).toLower()));
    };
    if (expectedVersion >= 0 && stored->version != expectedVersion)
        return conflict(*stored);
    if (auto allowed = core::OrderStateMachine::check(id, stored->state, to); !allowed)
        return R::failure(allowed.error());

    const QDateTime now = SqlValue::now();
    PreparedQuery q = m_db.prepare(u"UPDATE amenity_orders SET state = ?, updated_at = ?, updated_by = ?, "
                                   "version = version + 1 WHERE id = ? AND version = ?"_s);
    q.bind(core::orderStateKey(to)).bind(SqlValue::timestamp(now)).bind(who).bind(qint64(id)).bind(stored->version);
    if (!q.exec())
        return R::failure(tr("Order %1 was not updated: %2.").arg(QString::number(id), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) { // changed between our read and our write
        const std::optional<core::AmenityOrder> changed = byId(id);
        return conflict(changed ? *changed : *stored);
    }

    const core::OrderState from = stored->state;
    stored->state = to;
    stored->updatedAt = now;
    stored->updatedBy = who;
    stored->version += 1;

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = who;
    entry.action = u"order."_s + core::orderStateKey(to);
    entry.entityType = u"order"_s;
    entry.entityId = id;
    entry.guestId = stored->guestId;
    entry.detail = u"%1 \u2192 %2; cost %3"_s.arg(core::orderStateKey(from), core::orderStateKey(to),
                                                  core::Money::plain(stored->costCents()));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"amenity_orders"_s, id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return *stored;
}

std::optional<core::AmenityOrder> OrderRepository::byId(core::Id id) const
{
    Where where;
    where.conditions.append(u"o.id = ?"_s);
    where.values.append(qlonglong(id));
    const QList<core::AmenityOrder> orders = readOrders(m_db, where, u"o.id"_s);
    if (orders.isEmpty())
        return std::nullopt;
    return orders.first();
}

QList<core::AmenityOrder> OrderRepository::list(const OrderFilter &filter) const
{
    return readOrders(m_db, Where(filter), u"o.due_at, o.id"_s);
}

QList<core::AmenityOrder> OrderRepository::forGuest(core::Id guestId) const
{
    Where where;
    where.conditions.append(u"o.guest_id = ?"_s);
    where.values.append(qlonglong(guestId));
    return readOrders(m_db, where, u"o.created_at, o.id"_s);
}

QHash<core::Id, int> OrderRepository::openCountsByStay(const QList<core::Id> &stayIds) const
{
    QHash<core::Id, int> counts;
    QList<core::Id> unique;
    {
        QSet<core::Id> seen;
        for (const core::Id id : stayIds) {
            if (id != core::InvalidId && !seen.contains(id)) {
                seen.insert(id);
                unique.append(id);
            }
        }
    }
    for (qsizetype from = 0; from < unique.size(); from += kMaxInList) {
        const qsizetype count = std::min(kMaxInList, unique.size() - from);
        qsizetype size = 1;
        while (size < count)
            size *= 2;
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < size; ++i)
            marks += u", ?"_s;
        PreparedQuery q = m_db.prepare(u"SELECT stay_id, COUNT(*) FROM amenity_orders WHERE state IN "_s + kOpenStates
                                       + u" AND stay_id IN ("_s + marks + u") GROUP BY stay_id"_s);
        for (qsizetype i = 0; i < size; ++i)
            q.bind(qint64(unique.at(from + std::min(i, count - 1))));
        if (!q.exec())
            continue;
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return counts;
}

} // namespace tw::storage
