#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace tw::storage {

class Database;

// Links between guests and their social accounts.
class SocialAccountRepository
{
public:
    explicit SocialAccountRepository(Database &db);

    // Normalises the handle; linking a handle that belongs to another guest fails
    // with a message naming the problem. Linking again the same handle to the same
    // guest updates the state (e.g. suggested -> confirmed); a suggestion never
    // downgrades a confirmed link. With a network account id that is already
    // linked under an older handle, that link takes the new handle (a rename).
    core::Result<core::SocialAccount> link(core::Id guestId, core::Network network, const QString &handle,
                                           core::LinkState state, const QString &actor, const QString &accountId = {});
    core::Status unlink(core::Id guestId, core::Network network, const QString &handle, const QString &actor);
    // accountId is the link's id (SocialAccount::id). Confirming twice is fine.
    core::Status confirm(core::Id accountId, const QString &actor);
    // Records the network's stable id once known (no audit row: the system
    // learns it, nobody decides it).
    core::Status setAccountId(core::Id socialAccountId, const QString &networkAccountId);

    // Ordered by network, then handle.
    QList<core::SocialAccount> forGuest(core::Id guestId) const;
    std::optional<core::SocialAccount> byId(core::Id id) const;
    std::optional<core::SocialAccount> byHandle(core::Network network, const QString &normalizedHandle) const;
    std::optional<core::SocialAccount> byAccountId(core::Network network, const QString &accountId) const;
    // Stable account id first, then the normalised handle.
    std::optional<core::SocialAccount> find(core::Network network, const QString &accountId,
                                            const QString &handle) const;
    // What find() answers for each (account id, handle) pair of one network,
    // keyed by the pair as given; pairs without a link are left out. A burst of
    // posts by hundreds of authors costs a few queries, not two per author.
    QHash<std::pair<QString, QString>, core::SocialAccount>
    findMany(core::Network network, const QList<std::pair<QString, QString>> &authors) const;

private:
    Database &m_db;
};

} // namespace tw::storage
