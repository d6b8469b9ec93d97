#include "amenityrepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalue.h"

#include <core/money.h>

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect
    = u"SELECT id, name, department, unit_cost_cents, note_template, active, version FROM amenities "_s;

constexpr qsizetype kMaxNameLength = 80;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::storage::AmenityRepository", text);
}

// "Bath salts", "bath  salts " and "BATH SALTS" are one item.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

core::Amenity amenityFrom(const PreparedQuery &q)
{
    core::Amenity a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.department = core::departmentFromKey(q.value(2).toString()).value_or(core::Department::Housekeeping);
    a.unitCostCents = q.value(3).toLongLong();
    a.noteTemplate = q.value(4).toString();
    a.active = q.value(5).toInt() != 0;
    a.version = q.value(6).toInt();
    return a;
}

core::Result<core::Amenity> validated(core::Amenity amenity)
{
    using R = core::Result<core::Amenity>;
    amenity.name = amenity.name.simplified();
    if (amenity.name.isEmpty())
        return R::failure(tr("A catalog item needs a name, such as \"Bath salts\"."));
    if (amenity.name.size() > kMaxNameLength)
        return R::failure(tr("The item name \"%1\" is %2 characters long; use at most %3.")
                              .arg(amenity.name)
                              .arg(amenity.name.size())
                              .arg(kMaxNameLength));
    if (amenity.unitCostCents < 0)
        return R::failure(
            tr("\"%1\" cannot cost less than nothing; enter 0 for an item that is free.").arg(amenity.name));
    if (amenity.unitCostCents > core::Money::MaxCents)
        return R::failure(tr("The cost of \"%1\" is too large.").arg(amenity.name));
    amenity.noteTemplate = amenity.noteTemplate.trimmed();
    return amenity;
}

QString duplicate(const core::Amenity &existing)
{
    if (!existing.active)
        return tr("The catalog already has \"%1\", retired; edit it to offer it again.").arg(existing.name);
    return tr("The catalog already has \"%1\"; choose another name or edit that item.").arg(existing.name);
}

QString noSuchItem(core::Id id)
{
    return tr("There is no catalog item #%1. Reload the catalog.").arg(id);
}

// "Bath salts, housekeeping, 18.00", for the audit log.
QString summary(const core::Amenity &a)
{
    return u"%1, %2, %3"_s.arg(a.name, core::departmentKey(a.department), core::Money::plain(a.unitCostCents));
}

core::AuditEntry audit(const QString &action, core::Id id, const QString &actor, const QString &detail)
{
    core::AuditEntry entry;
    entry.actor = actor.trimmed();
    entry.action = action;
    entry.entityType = u"amenity"_s;
    entry.entityId = id;
    entry.detail = detail;
    return entry;
}

// "Maria changed “Flowers” since you opened it; ...", naming whoever last
// changed the item as the audit log has it.
QString changedMeanwhile(Database &db, const core::Amenity &now)
{
    QString who;
    const QList<core::AuditEntry> entries = AuditLog(db).forEntity(u"amenity"_s, now.id);
    for (auto it = entries.crbegin(); it != entries.crend() && who.isEmpty(); ++it)
        who = it->actor.trimmed();
    return tr("%1 changed the catalog item \"%2\" since you opened it; reload the catalog and apply your change "
              "again.")
        .arg(who.isEmpty() ? tr("Someone else") : who, now.name);
}

} // namespace

AmenityRepository::AmenityRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::Amenity> AmenityRepository::add(core::Amenity amenity, const QString &actor)
{
    using R = core::Result<core::Amenity>;
    core::Result<core::Amenity> checked = validated(std::move(amenity));
    if (!checked)
        return checked;
    amenity = std::move(checked).value();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (const auto existing = byName(amenity.name))
        return R::failure(duplicate(*existing));

    // ON CONFLICT: the same item added from another desk meanwhile is a duplicate,
    // not a failed transaction.
    PreparedQuery q = m_db.prepare(u"INSERT INTO amenities (name, name_key, department, unit_cost_cents, "
                                   "note_template, active, version) VALUES (?, ?, ?, ?, ?, ?, 1) "
                                   "ON CONFLICT (name_key) DO NOTHING RETURNING id"_s);
    q.bind(amenity.name)
        .bind(nameKey(amenity.name))
        .bind(core::departmentKey(amenity.department))
        .bind(qint64(amenity.unitCostCents))
        .bind(amenity.noteTemplate)
        .bind(amenity.active ? 1 : 0);
    const std::optional<QVariant> id = q.scalar();
    if (!id) {
        if (q.lastError().isValid())
            return R::failure(tr("\"%1\" was not added to the catalog: %2.").arg(amenity.name, q.errorText()));
        core::Amenity other = amenity;
        other.active = true;
        return R::failure(duplicate(other));
    }
    amenity.id = id->toLongLong();
    amenity.version = 1;

    if (auto audited = AuditLog(m_db).append(audit(u"amenity.add"_s, amenity.id, actor, summary(amenity))); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"amenities"_s, amenity.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return amenity;
}

core::Result<core::Amenity> AmenityRepository::update(const core::Amenity &input, const QString &actor)
{
    using R = core::Result<core::Amenity>;
    core::Result<core::Amenity> checked = validated(input);
    if (!checked)
        return checked;
    core::Amenity amenity = std::move(checked).value();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Amenity> stored = byId(amenity.id);
    if (!stored)
        return R::failure(noSuchItem(amenity.id));
    if (stored->version != amenity.version)
        return R::failure(changedMeanwhile(m_db, *stored));
    if (nameKey(amenity.name) != nameKey(stored->name)) {
        if (const auto other = byName(amenity.name); other && other->id != amenity.id)
            return R::failure(duplicate(*other));
    }

    QStringList changed;
    if (amenity.name != stored->name)
        changed.append(u"name %1 -> %2"_s.arg(stored->name, amenity.name));
    if (amenity.department != stored->department)
        changed.append(u"department %1 -> %2"_s.arg(core::departmentKey(stored->department),
                                                    core::departmentKey(amenity.department)));
    if (amenity.unitCostCents != stored->unitCostCents)
        changed.append(u"cost %1 -> %2"_s.arg(core::Money::plain(stored->unitCostCents),
                                              core::Money::plain(amenity.unitCostCents)));
    if (amenity.noteTemplate != stored->noteTemplate)
        changed.append(u"note"_s);
    if (amenity.active != stored->active)
        changed.append(amenity.active ? u"offered again"_s : u"retired"_s);
    if (changed.isEmpty())
        return *stored; // nothing to write, no audit row

    PreparedQuery q = m_db.prepare(u"UPDATE amenities SET name = ?, name_key = ?, department = ?, "
                                   "unit_cost_cents = ?, note_template = ?, active = ?, version = version + 1 "
                                   "WHERE id = ? AND version = ?"_s);
    q.bind(amenity.name)
        .bind(nameKey(amenity.name))
        .bind(core::departmentKey(amenity.department))
        .bind(qint64(amenity.unitCostCents))
        .bind(amenity.noteTemplate)
        .bind(amenity.active ? 1 : 0)
        .bind(qint64(amenity.id))
        .bind(stored->version);
    if (!q.exec())
        return R::failure(tr("\"%1\" was not saved: %2.").arg(amenity.name, q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) { // changed between our read and our write
        const std::optional<core::Amenity> now = byId(amenity.id);
        return R::failure(now ? changedMeanwhile(m_db, *now) : noSuchItem(amenity.id));
    }
    amenity.version = stored->version + 1;

    if (auto audited = AuditLog(m_db).append(
            audit(u"amenity.update"_s, amenity.id, actor, u"%1: %2"_s.arg(stored->name, changed.join(u"; "_s))));
        !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"amenities"_s, amenity.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return amenity;
}

core::Status AmenityRepository::retire(core::Id id, const QString &actor, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    const std::optional<core::Amenity> stored = byId(id);
    if (!stored)
        return core::Status::failure(noSuchItem(id));
    if (expectedVersion >= 0 && stored->version != expectedVersion)
        return core::Status::failure(changedMeanwhile(m_db, *stored));
    if (!stored->active)
        return {}; // already retired: nothing to write, no audit row

    PreparedQuery q
        = m_db.prepare(u"UPDATE amenities SET active = 0, version = version + 1 WHERE id = ? AND version = ?"_s);
    q.bind(qint64(id)).bind(stored->version);
    if (!q.exec())
        return core::Status::failure(tr("\"%1\" was not retired: %2.").arg(stored->name, q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) { // changed between our read and our write
        const std::optional<core::Amenity> now = byId(id);
        return core::Status::failure(now ? changedMeanwhile(m_db, *now) : noSuchItem(id));
    }

    if (auto audited = AuditLog(m_db).append(audit(u"amenity.retire"_s, id, actor, summary(*stored))); !audited)
        return core::Status::failure(audited.error());
    m_db.notifyChanged(u"amenities"_s, id);
    return tx.commit();
}

std::optional<core::Amenity> AmenityRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return amenityFrom(q);
    return std::nullopt;
}

std::optional<core::Amenity> AmenityRepository::byName(const QString &name) const
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return std::nullopt;
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE name_key = ?"_s);
    q.bind(key);
    if (q.exec() && q.next())
        return amenityFrom(q);
    return std::nullopt;
}

QList<core::Amenity> AmenityRepository::all(bool includeRetired) const
{
    PreparedQuery q
        = m_db.prepare(kSelect + (includeRetired ? QString() : u"WHERE active = 1 "_s) + u"ORDER BY name_key, id"_s);
    QList<core::Amenity> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(amenityFrom(q));
    return list;
}

} // namespace tw::storage
