#include "cardtemplaterepository.h"

#include "auditlog.h"
#include "database.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect = u"SELECT id, name, body, built_in, updated_at, updated_by, version FROM card_templates "_s;

constexpr qsizetype kMaxNameLength = 60;

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::storage::CardTemplateRepository", text);
}

// Unique case-insensitively: "Welcome" and "welcome " are one template.
QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

core::CardTemplate templateFrom(const PreparedQuery &q)
{
    core::CardTemplate t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.body = q.value(2).toString();
    t.builtIn = q.value(3).toInt() != 0;
    t.updatedAt = SqlValue::timestampFrom(q.value(4));
    t.updatedBy = q.value(5).toString();
    t.version = q.value(6).toInt();
    return t;
}

QList<core::CardTemplate> readAll(PreparedQuery &q)
{
    QList<core::CardTemplate> list;
    if (!q.exec())
        return list;
    while (q.next())
        list.append(templateFrom(q));
    return list;
}

core::Result<core::CardTemplate> validated(core::CardTemplate tmpl)
{
    using R = core::Result<core::CardTemplate>;
    tmpl.name = tmpl.name.simplified();
    if (tmpl.name.isEmpty())
        return R::failure(tr("A card template needs a name, such as \"welcome\" or \"spa_day\"."));
    if (tmpl.name.size() > kMaxNameLength)
        return R::failure(tr("The template name \"%1\" is %2 characters long; use at most %3.")
                              .arg(tmpl.name)
                              .arg(tmpl.name.size())
                              .arg(kMaxNameLength));
    if (tmpl.body.trimmed().isEmpty())
        return R::failure(tr("The template \"%1\" has no text; write what the card should say.").arg(tmpl.name));
    return tmpl;
}

QString duplicate(const QString &name)
{
    return tr("There is already a card template named \"%1\"; choose another name or edit that one.").arg(name);
}

QString noSuchTemplate(core::Id id)
{
    return tr("There is no card template #%1; someone may have removed it. Reload the list.").arg(id);
}

core::AuditEntry audit(const QString &action, const core::CardTemplate &tmpl, const QString &actor,
                       const QString &detail)
{
    core::AuditEntry entry;
    entry.at = tmpl.updatedAt;
    entry.actor = actor;
    entry.action = action;
    entry.entityType = u"card_template"_s;
    entry.entityId = tmpl.id;
    entry.detail = detail;
    return entry;
}

} // namespace

CardTemplateRepository::CardTemplateRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::CardTemplate> CardTemplateRepository::add(core::CardTemplate tmpl, const QString &actor)
{
    using R = core::Result<core::CardTemplate>;
    core::Result<core::CardTemplate> checked = validated(std::move(tmpl));
    if (!checked)
        return checked;
    tmpl = std::move(checked).value();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    if (const auto existing = byName(tmpl.name))
        return R::failure(duplicate(existing->name));

    tmpl.builtIn = false;
    tmpl.updatedAt = SqlValue::now();
    tmpl.updatedBy = actor.trimmed();
    tmpl.version = 1;
    // ON CONFLICT: a template of the same name added from another desk in the
    // meantime is a duplicate, not a failed transaction.
    PreparedQuery q = m_db.prepare(u"INSERT INTO card_templates (name, name_key, body, built_in, updated_at, "
                                   "updated_by, version) VALUES (?, ?, ?, 0, ?, ?, 1) "
                                   "ON CONFLICT (name_key) DO NOTHING RETURNING id"_s);
    q.bind(tmpl.name)
        .bind(nameKey(tmpl.name))
        .bind(tmpl.body)
        .bind(SqlValue::timestamp(tmpl.updatedAt))
        .bind(tmpl.updatedBy);
    const std::optional<QVariant> id = q.scalar();
    if (!id) {
        if (q.lastError().isValid())
            return R::failure(tr("The card template \"%1\" was not added: %2.").arg(tmpl.name, q.errorText()));
        return R::failure(duplicate(tmpl.name));
    }
    tmpl.id = id->toLongLong();

    if (auto audited = AuditLog(m_db).append(audit(u"card_template.add"_s, tmpl, tmpl.updatedBy, tmpl.name)); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"card_templates"_s, tmpl.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return tmpl;
}

core::Result<core::CardTemplate> CardTemplateRepository::update(core::CardTemplate tmpl, const QString &actor)
{
    using R = core::Result<core::CardTemplate>;
    core::Result<core::CardTemplate> checked = validated(std::move(tmpl));
    if (!checked)
        return checked;
    tmpl = std::move(checked).value();
    const QString who = actor.trimmed();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::CardTemplate> stored = byId(tmpl.id);
    if (!stored)
        return R::failure(noSuchTemplate(tmpl.id));
    const auto conflict = [](const core::CardTemplate &now) {
        return R::failure(tr("%1 changed the template \"%2\" since you opened it; reload it and apply your change "
                             "again.")
                              .arg(now.updatedBy.isEmpty() ? tr("Someone else") : now.updatedBy, now.name));
    };
    if (stored->version != tmpl.version)
        return conflict(*stored);

    QStringList changed;
    if (tmpl.name != stored->name) {
        // Scripts and the command line name built-in templates ("--template welcome").
        if (stored->builtIn && nameKey(tmpl.name) != nameKey(stored->name))
            return R::failure(tr("The built-in template \"%1\" keeps its name, which scripts use; change its "
                                 "wording, or add a template of your own under the new name.")
                                  .arg(stored->name));
        if (const auto other = byName(tmpl.name); other && other->id != tmpl.id)
            return R::failure(duplicate(other->name));
        changed.append(u"renamed from \"%1\""_s.arg(stored->name));
    }
    if (tmpl.body != stored->body)
        changed.append(u"wording"_s);
    if (changed.isEmpty())
        return *stored; // nothing to write, no audit row, same version

    const QDateTime now = SqlValue::now();
    PreparedQuery q = m_db.prepare(u"UPDATE card_templates SET name = ?, name_key = ?, body = ?, updated_at = ?, "
                                   "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"_s);
    q.bind(tmpl.name)
        .bind(nameKey(tmpl.name))
        .bind(tmpl.body)
        .bind(SqlValue::timestamp(now))
        .bind(who)
        .bind(qint64(tmpl.id))
        .bind(tmpl.version);
    if (!q.exec())
        return R::failure(tr("The card template \"%1\" was not saved: %2.").arg(tmpl.name, q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0) { // changed between our read and our write
        const std::optional<core::CardTemplate> now = byId(tmpl.id);
        return conflict(now ? *now : *stored);
    }

    tmpl.builtIn = stored->builtIn;
    tmpl.updatedAt = now;
    tmpl.updatedBy = who;
    tmpl.version = stored->version + 1;
    if (auto audited = AuditLog(m_db).append(
            audit(u"card_template.update"_s, tmpl, who, u"%1: %2"_s.arg(tmpl.name, changed.join(u", "_s))));
        !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"card_templates"_s, tmpl.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return tmpl;
}

core::Status CardTemplateRepository::remove(core::Id id, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    std::optional<core::CardTemplate> stored = byId(id);
    if (!stored)
        return core::Status::failure(noSuchTemplate(id));
    if (stored->builtIn)
        return core::Status::failure(tr("\"%1\" is a built-in template and cannot be removed; you can change its "
                                        "wording instead.")
                                         .arg(stored->name));

    PreparedQuery q = m_db.prepare(u"DELETE FROM card_templates WHERE id = ?"_s);
    q.bind(qint64(id));
    if (!q.exec())
        return core::Status::failure(
            tr("The card template \"%1\" was not removed: %2.").arg(stored->name, q.errorText()));
    q.finish();

    stored->updatedAt = SqlValue::now();
    if (auto audited = AuditLog(m_db).append(audit(u"card_template.remove"_s, *stored, actor.trimmed(), stored->name));
        !audited)
        return core::Status::failure(audited.error());
    m_db.notifyChanged(u"card_templates"_s, id);
    return tx.commit();
}

std::optional<core::CardTemplate> CardTemplateRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return templateFrom(q);
    return std::nullopt;
}

std::optional<core::CardTemplate> CardTemplateRepository::byName(const QString &name) const
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return std::nullopt;
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE name_key = ?"_s);
    q.bind(key);
    if (q.exec() && q.next())
        return templateFrom(q);
    return std::nullopt;
}

QList<core::CardTemplate> CardTemplateRepository::all() const
{
    PreparedQuery q = m_db.prepare(kSelect + u"ORDER BY built_in DESC, name_key, id"_s);
    return readAll(q);
}

} // namespace tw::storage
