#include "stayrepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect = u"SELECT id, property_id, guest_id, confirmation, room, arrival, departure, status, "
                        "actual_check_in, actual_check_out, version FROM stays "_s;

// Stays that never put anyone in a room; lists of arrivals, departures and
// overlapping stays leave them out.
const QString kLiveStatus = u"status NOT IN ('cancelled', 'no_show')"_s;

core::Stay stayFrom(const PreparedQuery &q)
{
    core::Stay s;
    s.id = q.value(0).toLongLong();
    s.propertyId = q.value(1).toLongLong();
    s.guestId = q.value(2).toLongLong();
    s.confirmation = q.value(3).toString();
    s.room = q.value(4).toString();
    s.arrival = SqlValue::dateFrom(q.value(5));
    s.departure = SqlValue::dateFrom(q.value(6));
    s.status = core::stayStatusFromKey(q.value(7).toString()).value_or(core::StayStatus::Reserved);
    s.actualCheckIn = SqlValue::optionalTimestampFrom(q.value(8));
    s.actualCheckOut = SqlValue::optionalTimestampFrom(q.value(9));
    s.version = q.value(10).toInt();
    return s;
}

QList<core::Stay> readAll(PreparedQuery &q)
{
    QList<core::Stay> stays;
    if (!q.exec())
        return stays;
    while (q.next())
        stays.append(stayFrom(q));
    return stays;
}

// Ids looked up with one "IN (...)" list at most; the lists are padded to a
// power of two (by repeating an id) so that a handful of statements, each
// prepared once per connection, serve every size.
constexpr qsizetype kMaxInList = 128;

qsizetype paddedSize(qsizetype count)
{
    qsizetype size = 1;
    while (size < count)
        size *= 2;
    return size;
}

QString inList(qsizetype count)
{
    QString marks;
    marks.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? u"?"_s : u", ?"_s;
    return marks;
}

std::optional<QDateTime> truncated(const std::optional<QDateTime> &instant)
{
    if (!instant || !instant->isValid())
        return std::nullopt;
    return SqlValue::truncated(*instant);
}

QString describe(const std::optional<QDateTime> &instant)
{
    return instant ? SqlValue::timestamp(*instant) : u"none"_s;
}

// What changed, in words for the guest's timeline ("room 412 -> 514").
QStringList differences(const core::Stay &before, const core::Stay &after)
{
    QStringList changes;
    if (before.guestId != after.guestId)
        changes.append(u"guest #%1 -> #%2"_s.arg(before.guestId).arg(after.guestId));
    if (before.room != after.room)
        changes.append(u"room %1 -> %2"_s.arg(before.room.isEmpty() ? u"none"_s : before.room,
                                              after.room.isEmpty() ? u"none"_s : after.room));
    if (before.arrival != after.arrival)
        changes.append(u"arrival %1 -> %2"_s.arg(SqlValue::date(before.arrival), SqlValue::date(after.arrival)));
    if (before.departure != after.departure)
        changes.append(u"departure %1 -> %2"_s.arg(SqlValue::date(before.departure), SqlValue::date(after.departure)));
    if (before.status != after.status)
        changes.append(u"status %1 -> %2"_s.arg(core::stayStatusKey(before.status), core::stayStatusKey(after.status)));
    if (before.actualCheckIn != after.actualCheckIn)
        changes.append(u"checked in %1"_s.arg(describe(after.actualCheckIn)));
    if (before.actualCheckOut != after.actualCheckOut)
        changes.append(u"checked out %1"_s.arg(describe(after.actualCheckOut)));
    return changes;
}

void bindFields(PreparedQuery &q, const core::Stay &s)
{
    q.bind(qint64(s.guestId))
        .bind(s.room)
        .bind(SqlValue::date(s.arrival))
        .bind(SqlValue::date(s.departure))
        .bind(int(s.arrival.daysTo(s.departure)))
        .bind(core::stayStatusKey(s.status))
        .bind(SqlValue::nullableTimestamp(s.actualCheckIn))
        .bind(SqlValue::nullableTimestamp(s.actualCheckOut));
}

} // namespace

StayRepository::StayRepository(Database &db)
    : m_db(db)
{
}

core::Result<StayRepository::UpsertOutcome> StayRepository::upsert(core::Stay &stay, const QString &actor)
{
    return save(stay, nullptr, actor);
}

core::Result<StayRepository::UpsertOutcome>
StayRepository::upsert(core::Stay &stay, const std::optional<core::Stay> &stored, const QString &actor)
{
    return save(stay, &stored, actor);
}

core::Result<StayRepository::UpsertOutcome>
StayRepository::save(core::Stay &stay, const std::optional<core::Stay> *stored, const QString &actor)
{
    using R = core::Result<UpsertOutcome>;
    core::Stay s = stay;
    s.confirmation = s.confirmation.trimmed();
    s.room = s.room.trimmed();
    s.actualCheckIn = truncated(s.actualCheckIn);
    s.actualCheckOut = truncated(s.actualCheckOut);
    if (s.confirmation.isEmpty())
        return R::failure(
            QCoreApplication::translate("tw::storage::StayRepository", "The stay has no confirmation number."));
    if (s.propertyId == core::InvalidId)
        return R::failure(QCoreApplication::translate("tw::storage::StayRepository", "The stay %1 names no property.")
                              .arg(s.confirmation));
    if (s.guestId == core::InvalidId)
        return R::failure(QCoreApplication::translate("tw::storage::StayRepository", "The stay %1 names no guest.")
                              .arg(s.confirmation));
    if (!s.arrival.isValid() || !s.departure.isValid())
        return R::failure(QCoreApplication::translate("tw::storage::StayRepository",
                                                      "The stay %1 needs valid arrival and departure dates.")
                              .arg(s.confirmation));
    if (s.departure < s.arrival) {
        return R::failure(QCoreApplication::translate("tw::storage::StayRepository",
                                                      "The stay %1 departs (%2) before it arrives (%3).")
                              .arg(s.confirmation, SqlValue::date(s.departure), SqlValue::date(s.arrival)));
    }

    if (stored && *stored && ((*stored)->propertyId != s.propertyId || (*stored)->confirmation != s.confirmation)) {
        return R::failure(QCoreApplication::translate("tw::storage::StayRepository",
                                                      "The stay %1 was not saved: it was compared with another stay.")
                              .arg(s.confirmation));
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Stay> existing = stored ? *stored : byConfirmation(s.propertyId, s.confirmation);
    const QDateTime now = SqlValue::now();

    core::AuditEntry entry;
    entry.at = now;
    entry.actor = actor;
    entry.entityType = u"stay"_s;
    entry.guestId = s.guestId;
    UpsertOutcome outcome = UpsertOutcome::Created;

    if (!existing) {
        PreparedQuery q = m_db.prepareInsert(
            u"INSERT INTO stays (guest_id, room, arrival, departure, nights, status, actual_check_in, "
            "actual_check_out, property_id, confirmation, created_at, updated_at, version) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
        bindFields(q, s);
        q.bind(qint64(s.propertyId)).bind(s.confirmation).bind(SqlValue::timestamp(now)).bind(SqlValue::timestamp(now));
        const std::optional<QVariant> id = q.insert();
        if (!id)
            return R::failure(
                QCoreApplication::translate("tw::storage::StayRepository", "The stay %1 was not saved: %2.")
                    .arg(s.confirmation, q.errorText()));
        s.id = id->toLongLong();
        s.version = 1;
        entry.action = u"stay.create"_s;
        entry.detail = u"stay %1: room %2, %3 to %4, %5"_s.arg(s.confirmation, s.room.isEmpty() ? u"none"_s : s.room,
                                                               SqlValue::date(s.arrival), SqlValue::date(s.departure),
                                                               core::stayStatusKey(s.status));
    } else {
        const QStringList changes = differences(*existing, s);
        if (changes.isEmpty()) {
            stay.id = existing->id;
            stay.version = existing->version;
            if (auto done = tx.commit(); !done)
                return R::failure(done.error());
            return UpsertOutcome::Unchanged;
        }
        PreparedQuery q = m_db.prepare(
            u"UPDATE stays SET guest_id = ?, room = ?, arrival = ?, departure = ?, nights = ?, status = ?, "
            "actual_check_in = ?, actual_check_out = ?, updated_at = ?, version = version + 1 WHERE id = ?"_s);
        bindFields(q, s);
        q.bind(SqlValue::timestamp(now)).bind(qint64(existing->id));
        if (!q.exec())
            return R::failure(
                QCoreApplication::translate("tw::storage::StayRepository", "The stay %1 was not saved: %2.")
                    .arg(s.confirmation, q.errorText()));
        q.finish();
        s.id = existing->id;
        s.version = existing->version + 1;
        entry.action = u"stay.update"_s;
        entry.detail = u"stay %1: %2"_s.arg(s.confirmation, changes.join(u", "_s));
        outcome = UpsertOutcome::Updated;
    }

    entry.entityId = s.id;
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"stays"_s, s.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    stay = s;
    return outcome;
}

std::optional<core::Stay> StayRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return stayFrom(q);
    return std::nullopt;
}

std::optional<core::Stay> StayRepository::byConfirmation(core::Id propertyId, const QString &confirmation) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE property_id = ? AND confirmation = ?"_s);
    q.bind(qint64(propertyId)).bind(confirmation.trimmed());
    if (q.exec() && q.next())
        return stayFrom(q);
    return std::nullopt;
}

QList<core::Stay> StayRepository::forGuest(core::Id guestId) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE guest_id = ? ORDER BY arrival DESC, id DESC"_s);
    q.bind(qint64(guestId));
    return readAll(q);
}

QHash<core::Id, QList<core::Stay>> StayRepository::forGuests(const QList<core::Id> &guestIds) const
{
    QHash<core::Id, QList<core::Stay>> stays;
    QList<core::Id> ids;
    ids.reserve(guestIds.size());
    for (const core::Id id : guestIds) {
        if (!stays.contains(id)) {
            stays.insert(id, {});
            ids.append(id);
        }
    }
    for (qsizetype from = 0; from < ids.size(); from += kMaxInList) {
        const qsizetype count = std::min(kMaxInList, ids.size() - from);
        const qsizetype size = paddedSize(count);
        PreparedQuery q = m_db.prepare(kSelect + u"WHERE guest_id IN ("_s + inList(size)
                                       + u") ORDER BY guest_id, arrival DESC, id DESC"_s);
        for (qsizetype i = 0; i < size; ++i)
            q.bind(qint64(ids.at(from + std::min(i, count - 1))));
        if (!q.exec())
            continue;
        while (q.next()) {
            core::Stay stay = stayFrom(q);
            stays[stay.guestId].append(std::move(stay));
        }
    }
    return stays;
}

QList<core::Stay> StayRepository::overlapping(core::Id propertyId, const QDate &first, const QDate &last) const
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    // The longest stay bounds how early an overlapping stay can have arrived,
    // which turns the search into a bounded range on (property_id, arrival).
    int longest = 0;
    {
        PreparedQuery q
            = m_db.prepare(u"SELECT nights FROM stays WHERE property_id = ? ORDER BY nights DESC LIMIT 1"_s);
        q.bind(qint64(propertyId));
        const std::optional<QVariant> nights = q.scalar();
        if (!nights)
            return {};
        longest = nights->toInt();
    }
    PreparedQuery q = m_db.prepare(kSelect
                                   + u"WHERE property_id = ? AND arrival >= ? AND arrival <= ? "
                                     "AND departure >= ? AND "_s
                                   + kLiveStatus + u" ORDER BY arrival, id"_s);
    q.bind(qint64(propertyId))
        .bind(SqlValue::date(first.addDays(-longest)))
        .bind(SqlValue::date(last))
        .bind(SqlValue::date(first));
    return readAll(q);
}

QList<core::Stay> StayRepository::arrivingOn(core::Id propertyId, const QDate &date) const
{
    PreparedQuery q
        = m_db.prepare(kSelect + u"WHERE property_id = ? AND arrival = ? AND "_s + kLiveStatus + u" ORDER BY id"_s);
    q.bind(qint64(propertyId)).bind(SqlValue::date(date));
    return readAll(q);
}

QList<core::Stay> StayRepository::departingOn(core::Id propertyId, const QDate &date) const
{
    PreparedQuery q
        = m_db.prepare(kSelect + u"WHERE property_id = ? AND departure = ? AND "_s + kLiveStatus + u" ORDER BY id"_s);
    q.bind(qint64(propertyId)).bind(SqlValue::date(date));
    return readAll(q);
}

qint64 StayRepository::count() const
{
    PreparedQuery q = m_db.prepare(u"SELECT COUNT(*) FROM stays"_s);
    const std::optional<QVariant> n = q.scalar();
    return n ? n->toLongLong() : 0;
}

} // namespace tw::storage
