#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>
#include <QString>

#include <optional>

namespace tw::storage {

class Database;

// Note card templates: the built-in ones a new database starts with (welcome,
// thank_you, apology, birthday, anniversary) and the staff's own. Every change
// is audited; an edit names the version it read, and a template changed by
// someone else since fails with a message that says who changed it.
class CardTemplateRepository
{
public:
    explicit CardTemplateRepository(Database &db);

    // Names are unique case-insensitively, 1 to 60 characters; the body must not
    // be empty. Fails with a message naming a duplicate.
    core::Result<core::CardTemplate> add(core::CardTemplate tmpl, const QString &actor);
    // tmpl.version is the version the caller read.
    core::Result<core::CardTemplate> update(core::CardTemplate tmpl, const QString &actor);
    // Built-in templates can be edited but not removed.
    core::Status remove(core::Id id, const QString &actor);

    std::optional<core::CardTemplate> byId(core::Id id) const;
    // Case-insensitive.
    std::optional<core::CardTemplate> byName(const QString &name) const;
    // Built-in first, then by name.
    QList<core::CardTemplate> all() const;

private:
    Database &m_db;
};

} // namespace tw::storage
