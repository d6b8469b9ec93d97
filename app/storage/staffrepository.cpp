#include "staffrepository.h"

#include "database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tw::storage {

StaffRepository::StaffRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::Staff> StaffRepository::ensure(const QString &name)
{
    using R = core::Result<core::Staff>;
    const QString cleaned = name.simplified();
    if (cleaned.isEmpty())
        return R::failure(QCoreApplication::translate("tw::storage::StaffRepository", "A staff member needs a name."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    // ON CONFLICT: two workstations adding the same name at once both succeed.
    PreparedQuery insert
        = m_db.prepare(u"INSERT INTO staff (name, active) VALUES (?, 1) ON CONFLICT (name) DO NOTHING"_s);
    insert.bind(cleaned);
    if (!insert.exec()) {
        return R::failure(
            QCoreApplication::translate("tw::storage::StaffRepository", "The staff member %1 was not saved: %2.")
                .arg(cleaned, insert.errorText()));
    }
    const bool added = insert.numRowsAffected() > 0;
    insert.finish();

    PreparedQuery q = m_db.prepare(u"SELECT id, name, active FROM staff WHERE name = ?"_s);
    q.bind(cleaned);
    if (!q.exec() || !q.next()) {
        return R::failure(
            QCoreApplication::translate("tw::storage::StaffRepository", "The staff member %1 was not saved: %2.")
                .arg(cleaned, q.errorText()));
    }
    core::Staff staff;
    staff.id = q.value(0).toLongLong();
    staff.name = q.value(1).toString();
    staff.active = q.value(2).toInt() != 0;
    q.finish();
    if (added)
        m_db.notifyChanged(u"staff"_s, staff.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return staff;
}

QList<core::Staff> StaffRepository::list() const
{
    QList<core::Staff> members;
    PreparedQuery q = m_db.prepare(u"SELECT id, name, active FROM staff ORDER BY name"_s);
    if (!q.exec())
        return members;
    while (q.next()) {
        core::Staff staff;
        staff.id = q.value(0).toLongLong();
        staff.name = q.value(1).toString();
        staff.active = q.value(2).toInt() != 0;
        members.append(staff);
    }
    return members;
}

} // namespace tw::storage
