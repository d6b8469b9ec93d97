#include "auditlog.h"

#include "database.h"
#include "sqlvalue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kColumns = u"id, at, actor, action, entity_type, entity_id, guest_id, detail"_s;

core::AuditEntry entryFrom(const PreparedQuery &q)
{
    core::AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = SqlValue::timestampFrom(q.value(1));
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entityType = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.guestId = q.value(6).toLongLong();
    e.detail = q.value(7).toString();
    return e;
}

QList<core::AuditEntry> readAll(PreparedQuery &q)
{
    QList<core::AuditEntry> entries;
    if (!q.exec())
        return entries;
    while (q.next())
        entries.append(entryFrom(q));
    return entries;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{
}

bool AuditLog::record(const core::AuditEntry &entry)
{
    return append(entry).ok();
}

core::Result<core::Id> AuditLog::append(const core::AuditEntry &entry)
{
    if (entry.action.isEmpty() || entry.entityType.isEmpty()) {
        return core::Result<core::Id>::failure(QCoreApplication::translate(
            "tw::storage::AuditLog", "An audit entry needs an action and the type of what it is about."));
    }
    PreparedQuery q = m_db.prepareInsert(u"INSERT INTO audit_log (at, actor, action, entity_type, entity_id, "
                                         "guest_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(SqlValue::timestamp(entry.at.isValid() ? entry.at : SqlValue::now()))
        .bind(entry.actor)
        .bind(entry.action)
        .bind(entry.entityType)
        .bind(SqlValue::id(entry.entityId))
        .bind(SqlValue::id(entry.guestId))
        .bind(entry.detail);
    const std::optional<QVariant> id = q.insert();
    if (!id) {
        return core::Result<core::Id>::failure(
            QCoreApplication::translate("tw::storage::AuditLog", "The audit log cannot be written: %1.")
                .arg(q.errorText()));
    }
    return core::Id(id->toLongLong());
}

QList<core::AuditEntry> AuditLog::forGuest(core::Id guestId) const
{
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns + u" FROM audit_log WHERE guest_id = ? ORDER BY at, id"_s);
    q.bind(qint64(guestId));
    return readAll(q);
}

QList<core::AuditEntry> AuditLog::forEntity(const QString &entityType, core::Id entityId) const
{
    PreparedQuery q = m_db.prepare(u"SELECT "_s + kColumns
                                   + u" FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY at, id"_s);
    q.bind(entityType).bind(qint64(entityId));
    return readAll(q);
}

} // namespace tw::storage
