#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>

namespace tw::storage {

class Database;

// Staff members who sign audit entries and cards.
class StaffRepository
{
public:
    explicit StaffRepository(Database &db);

    // Returns the existing member with that name (spaces simplified, case
    // sensitive) or adds one.
    core::Result<core::Staff> ensure(const QString &name);
    QList<core::Staff> list() const;

private:
    Database &m_db;
};

} // namespace tw::storage
