#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>

#include <optional>

namespace tw::storage {

class Database;

// The listening rules of every property. Adding and removing a rule is audited;
// learning the server's id for a rule is not (nobody decides it).
class ListeningRuleRepository
{
public:
    explicit ListeningRuleRepository(Database &db);

    // Validates what can be checked without the network: a non-empty value of at
    // most 512 characters on X (the filtered stream's limit for most access
    // levels); on Mastodon a hashtag (leading "#" dropped, letters, digits and
    // "_" only) and an instance host name. The same value twice for one property
    // and network fails with a message that names it.
    core::Result<core::ListeningRule> add(core::ListeningRule rule, const QString &actor);
    // Fails with "no listening rule with id N" when there is none.
    core::Status remove(core::Id id, const QString &actor);
    core::Status setRemoteId(core::Id id, const QString &remoteId);

    std::optional<core::ListeningRule> byId(core::Id id) const;
    // Ordered by property, then id.
    QList<core::ListeningRule> all() const;
    QList<core::ListeningRule> forNetwork(core::Network network) const;
    QList<core::ListeningRule> forProperty(core::Id propertyId) const;

private:
    Database &m_db;
};

} // namespace tw::storage
