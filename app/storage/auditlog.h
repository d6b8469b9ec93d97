#pragma once

#include <core/types.h>

#include <QList>

namespace tw::storage {

class Database;

// Append-only record of staff actions; the guest timeline reads from it.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Call inside the transaction of the change it records.
    bool record(const core::AuditEntry &entry);
    QList<core::AuditEntry> forGuest(core::Id guestId) const;
    QList<core::AuditEntry> forEntity(const QString &entityType, core::Id entityId) const;

private:
    Database &m_db;
};

} // namespace tw::storage
