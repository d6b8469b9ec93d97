#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>

namespace tw::storage {

class Database;

// Append-only record of staff actions; the guest timeline reads from it.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    // Call inside the transaction of the change it records. An invalid entry.at
    // means now. False on failure (logged); append() says why.
    bool record(const core::AuditEntry &entry);
    // Like record(), with the new row's id or the reason it failed.
    core::Result<core::Id> append(const core::AuditEntry &entry);

    // Oldest first.
    QList<core::AuditEntry> forGuest(core::Id guestId) const;
    QList<core::AuditEntry> forEntity(const QString &entityType, core::Id entityId) const;

private:
    Database &m_db;
};

} // namespace tw::storage
