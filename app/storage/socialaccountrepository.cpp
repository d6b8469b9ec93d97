#include "socialaccountrepository.h"

#include "auditlog.h"
#include "database.h"
#include "guestrepository.h"
#include "sqlvalue.h"

#include <core/handlenormalizer.h>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect
    = u"SELECT id, guest_id, network, handle, account_id, state, linked_by, linked_at FROM social_accounts "_s;

core::SocialAccount accountFrom(const PreparedQuery &q)
{
    core::SocialAccount a;
    a.id = q.value(0).toLongLong();
    a.guestId = q.value(1).toLongLong();
    a.network = core::networkFromKey(q.value(2).toString()).value_or(core::Network::X);
    a.handle = q.value(3).toString();
    a.accountId = q.value(4).toString();
    a.state = core::linkStateFromKey(q.value(5).toString()).value_or(core::LinkState::Suggested);
    a.linkedBy = q.value(6).toString();
    a.linkedAt = SqlValue::timestampFrom(q.value(7));
    return a;
}

QString networkName(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return u"X"_s;
    case core::Network::Mastodon:
        return u"Mastodon"_s;
    case core::Network::Bluesky:
        return u"Bluesky"_s;
    }
    return core::networkKey(network);
}

// Values looked up with one "IN (...)" list at most; the lists are padded to a
// power of two (by repeating a value) so that a handful of statements, each
// prepared once per connection, serve every burst.
constexpr qsizetype kMaxInList = 128;

qsizetype paddedSize(qsizetype count)
{
    qsizetype size = 1;
    while (size < count)
        size *= 2;
    return size;
}

QString inList(qsizetype count)
{
    QString marks;
    marks.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? u"?"_s : u", ?"_s;
    return marks;
}

// The links of one network whose `column` holds one of `values`, keyed by that column.
QHash<QString, core::SocialAccount> linksWhereIn(Database &db, core::Network network, const QString &column,
                                                 const QStringList &values)
{
    QHash<QString, core::SocialAccount> found;
    const QString networkKey = core::networkKey(network);
    for (qsizetype from = 0; from < values.size(); from += kMaxInList) {
        const qsizetype count = std::min(kMaxInList, values.size() - from);
        const qsizetype size = paddedSize(count);
        PreparedQuery q
            = db.prepare(kSelect + u"WHERE network = ? AND "_s + column + u" IN ("_s + inList(size) + u")"_s);
        q.bind(networkKey);
        for (qsizetype i = 0; i < size; ++i)
            q.bind(values.at(from + std::min(i, count - 1)));
        if (!q.exec())
            continue;
        while (q.next()) {
            core::SocialAccount account = accountFrom(q);
            const QString key = column == u"handle"_s ? account.handle : account.accountId;
            found.insert(key, std::move(account));
        }
    }
    return found;
}

// "@anna on X", for messages and the timeline.
QString shown(core::Network network, const QString &handle)
{
    return u"%1 on %2"_s.arg(core::HandleNormalizer::display(network, handle), networkName(network));
}

} // namespace

SocialAccountRepository::SocialAccountRepository(Database &db)
    : m_db(db)
{
}

std::optional<core::SocialAccount> SocialAccountRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

std::optional<core::SocialAccount> SocialAccountRepository::byHandle(core::Network network,
                                                                     const QString &normalizedHandle) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE network = ? AND handle = ?"_s);
    q.bind(core::networkKey(network)).bind(normalizedHandle);
    if (q.exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

std::optional<core::SocialAccount> SocialAccountRepository::byAccountId(core::Network network,
                                                                        const QString &accountId) const
{
    if (accountId.trimmed().isEmpty())
        return std::nullopt;
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE network = ? AND account_id = ?"_s);
    q.bind(core::networkKey(network)).bind(accountId.trimmed());
    if (q.exec() && q.next())
        return accountFrom(q);
    return std::nullopt;
}

core::Result<core::SocialAccount> SocialAccountRepository::link(core::Id guestId, core::Network network,
                                                                const QString &handle, core::LinkState state,
                                                                const QString &actor, const QString &accountId)
{
    using R = core::Result<core::SocialAccount>;
    const auto normalized = core::HandleNormalizer::normalize(network, handle);
    if (!normalized)
        return R::failure(normalized.error());
    const QString networkAccountId = accountId.trimmed();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    GuestRepository guests(m_db);
    const std::optional<core::Guest> guest = guests.byId(guestId);
    if (!guest)
        return R::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository", "There is no guest #%1 to link %2 to.")
                .arg(guestId)
                .arg(shown(network, *normalized)));

    const auto otherGuestName = [&guests](core::Id id) {
        const std::optional<core::Guest> other = guests.byId(id);
        return other ? u"%1 (#%2)"_s.arg(other->displayName()).arg(id) : u"#%1"_s.arg(id);
    };
    std::optional<core::SocialAccount> withHandle = byHandle(network, *normalized);
    const std::optional<core::SocialAccount> withAccountId = byAccountId(network, networkAccountId);
    if (withHandle && withHandle->guestId != guestId) {
        return R::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository",
                                        "%1 is already linked to %2. Unlink it there first if it belongs to %3.")
                .arg(shown(network, *normalized), otherGuestName(withHandle->guestId), guest->displayName()));
    }
    if (withAccountId && withAccountId->guestId != guestId) {
        return R::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository",
                                        "This %1 account (now %2) is already linked to %3 as %4. Unlink it there first "
                                        "if it belongs to %5.")
                .arg(networkName(network), shown(network, *normalized), otherGuestName(withAccountId->guestId),
                     core::HandleNormalizer::display(network, withAccountId->handle), guest->displayName()));
    }

    core::AuditEntry entry;
    entry.at = SqlValue::now();
    entry.actor = actor;
    entry.entityType = u"social_account"_s;
    entry.guestId = guestId;

    // The account was renamed: the link that knows its stable id takes the new
    // handle, and a separate link to the new handle (if any) merges into it.
    if (withAccountId && withHandle && withHandle->id != withAccountId->id) {
        PreparedQuery remove = m_db.prepare(u"DELETE FROM social_accounts WHERE id = ?"_s);
        remove.bind(qint64(withHandle->id));
        if (!remove.exec())
            return R::failure(
                QCoreApplication::translate("tw::storage::SocialAccountRepository", "%1 was not linked: %2.")
                    .arg(shown(network, *normalized), remove.errorText()));
        remove.finish();
        m_db.notifyChanged(u"social_accounts"_s, withHandle->id);
        if (withHandle->state == core::LinkState::Confirmed)
            state = core::LinkState::Confirmed;
        withHandle.reset();
    }

    core::SocialAccount account;
    if (const std::optional<core::SocialAccount> existing = withAccountId ? withAccountId : withHandle) {
        account = *existing;
        QStringList changes;
        if (account.handle != *normalized) {
            changes.append(u"renamed %1 -> %2"_s.arg(core::HandleNormalizer::display(network, account.handle),
                                                     core::HandleNormalizer::display(network, *normalized)));
            account.handle = *normalized;
        }
        if (account.accountId.isEmpty() && !networkAccountId.isEmpty()) {
            changes.append(u"account id %1"_s.arg(networkAccountId));
            account.accountId = networkAccountId;
        }
        // A suggestion never downgrades a link that staff confirmed.
        const bool confirming = account.state == core::LinkState::Suggested && state == core::LinkState::Confirmed;
        if (confirming) {
            changes.append(u"confirmed"_s);
            account.state = core::LinkState::Confirmed;
        }
        if (changes.isEmpty()) {
            if (auto done = tx.commit(); !done)
                return R::failure(done.error());
            return account;
        }
        PreparedQuery q
            = m_db.prepare(u"UPDATE social_accounts SET handle = ?, account_id = ?, state = ? WHERE id = ?"_s);
        q.bind(account.handle)
            .bind(SqlValue::nullableText(account.accountId))
            .bind(core::linkStateKey(account.state))
            .bind(qint64(account.id));
        if (!q.exec())
            return R::failure(
                QCoreApplication::translate("tw::storage::SocialAccountRepository", "%1 was not linked: %2.")
                    .arg(shown(network, *normalized), q.errorText()));
        q.finish();
        entry.action = confirming && changes.size() == 1 ? u"handle.confirm"_s : u"handle.update"_s;
        entry.detail = u"%1: %2"_s.arg(shown(network, account.handle), changes.join(u", "_s));
    } else {
        account.guestId = guestId;
        account.network = network;
        account.handle = *normalized;
        account.accountId = networkAccountId;
        account.state = state;
        account.linkedBy = actor;
        account.linkedAt = entry.at;
        PreparedQuery q = m_db.prepareInsert(u"INSERT INTO social_accounts (guest_id, network, handle, account_id, "
                                             "state, linked_by, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(qint64(guestId))
            .bind(core::networkKey(network))
            .bind(account.handle)
            .bind(SqlValue::nullableText(account.accountId))
            .bind(core::linkStateKey(account.state))
            .bind(actor)
            .bind(SqlValue::timestamp(account.linkedAt));
        const std::optional<QVariant> id = q.insert();
        if (!id)
            return R::failure(
                QCoreApplication::translate("tw::storage::SocialAccountRepository", "%1 was not linked: %2.")
                    .arg(shown(network, *normalized), q.errorText()));
        account.id = id->toLongLong();
        entry.action = u"handle.link"_s;
        entry.detail = u"linked %1 (%2)"_s.arg(shown(network, account.handle), core::linkStateKey(account.state));
    }

    entry.entityId = account.id;
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"social_accounts"_s, account.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return account;
}

core::Status SocialAccountRepository::unlink(core::Id guestId, core::Network network, const QString &handle,
                                             const QString &actor)
{
    const auto normalized = core::HandleNormalizer::normalize(network, handle);
    if (!normalized)
        return core::Status::failure(normalized.error());

    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    const std::optional<core::SocialAccount> account = byHandle(network, *normalized);
    if (!account || account->guestId != guestId)
        return core::Status::failure(QCoreApplication::translate("tw::storage::SocialAccountRepository",
                                                                 "%1 is not linked to this guest; nothing was changed.")
                                         .arg(shown(network, *normalized)));

    PreparedQuery q = m_db.prepare(u"DELETE FROM social_accounts WHERE id = ?"_s);
    q.bind(qint64(account->id));
    if (!q.exec())
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository", "%1 was not unlinked: %2.")
                .arg(shown(network, *normalized), q.errorText()));
    q.finish();

    core::AuditEntry entry;
    entry.actor = actor;
    entry.action = u"handle.unlink"_s;
    entry.entityType = u"social_account"_s;
    entry.entityId = account->id;
    entry.guestId = guestId;
    entry.detail = u"unlinked %1"_s.arg(shown(network, account->handle));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return core::Status::failure(audited.error());
    m_db.notifyChanged(u"social_accounts"_s, account->id);
    return tx.commit();
}

core::Status SocialAccountRepository::confirm(core::Id accountId, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    const std::optional<core::SocialAccount> account = byId(accountId);
    if (!account)
        return core::Status::failure(QCoreApplication::translate(
            "tw::storage::SocialAccountRepository", "This social account link no longer exists; reload the guest."));
    if (account->state == core::LinkState::Confirmed)
        return tx.commit();

    PreparedQuery q = m_db.prepare(u"UPDATE social_accounts SET state = ? WHERE id = ?"_s);
    q.bind(core::linkStateKey(core::LinkState::Confirmed)).bind(qint64(accountId));
    if (!q.exec())
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository", "%1 was not confirmed: %2.")
                .arg(shown(account->network, account->handle), q.errorText()));
    q.finish();

    core::AuditEntry entry;
    entry.actor = actor;
    entry.action = u"handle.confirm"_s;
    entry.entityType = u"social_account"_s;
    entry.entityId = accountId;
    entry.guestId = account->guestId;
    entry.detail = u"confirmed %1"_s.arg(shown(account->network, account->handle));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return core::Status::failure(audited.error());
    m_db.notifyChanged(u"social_accounts"_s, accountId);
    return tx.commit();
}

core::Status SocialAccountRepository::setAccountId(core::Id socialAccountId, const QString &networkAccountId)
{
    const QString newId = networkAccountId.trimmed();
    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    const std::optional<core::SocialAccount> account = byId(socialAccountId);
    if (!account)
        return core::Status::failure(QCoreApplication::translate(
            "tw::storage::SocialAccountRepository", "This social account link no longer exists; reload the guest."));
    if (account->accountId == newId)
        return tx.commit();
    if (const auto other = byAccountId(account->network, newId); other && other->id != socialAccountId) {
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository",
                                        "The %1 account id %2 already belongs to %3.")
                .arg(networkName(account->network), newId, shown(other->network, other->handle)));
    }
    PreparedQuery q = m_db.prepare(u"UPDATE social_accounts SET account_id = ? WHERE id = ?"_s);
    q.bind(SqlValue::nullableText(newId)).bind(qint64(socialAccountId));
    if (!q.exec())
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::SocialAccountRepository", "The account id was not saved: %1.")
                .arg(q.errorText()));
    q.finish();
    m_db.notifyChanged(u"social_accounts"_s, socialAccountId);
    return tx.commit();
}

QList<core::SocialAccount> SocialAccountRepository::forGuest(core::Id guestId) const
{
    QList<core::SocialAccount> accounts;
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE guest_id = ? ORDER BY network, handle"_s);
    q.bind(qint64(guestId));
    if (!q.exec())
        return accounts;
    while (q.next())
        accounts.append(accountFrom(q));
    return accounts;
}

std::optional<core::SocialAccount> SocialAccountRepository::find(core::Network network, const QString &accountId,
                                                                 const QString &handle) const
{
    if (auto byId = byAccountId(network, accountId))
        return byId;
    if (handle.trimmed().isEmpty())
        return std::nullopt;
    const auto normalized = core::HandleNormalizer::normalize(network, handle);
    if (!normalized)
        return std::nullopt;
    return byHandle(network, *normalized);
}

QHash<std::pair<QString, QString>, core::SocialAccount>
SocialAccountRepository::findMany(core::Network network, const QList<std::pair<QString, QString>> &authors) const
{
    // Each author's trimmed account id and normalised handle, as find() reads them.
    QList<std::pair<QString, QString>> keys;
    keys.reserve(authors.size());
    QStringList accountIds;
    QStringList handles;
    QSet<QString> seenAccountIds;
    QSet<QString> seenHandles;
    for (const auto &[accountId, handle] : authors) {
        std::pair<QString, QString> key{accountId.trimmed(), QString()};
        if (!key.first.isEmpty() && !seenAccountIds.contains(key.first)) {
            seenAccountIds.insert(key.first);
            accountIds.append(key.first);
        }
        if (!handle.trimmed().isEmpty()) {
            if (const auto normalized = core::HandleNormalizer::normalize(network, handle); normalized) {
                key.second = *normalized;
                if (!seenHandles.contains(key.second)) {
                    seenHandles.insert(key.second);
                    handles.append(key.second);
                }
            }
        }
        keys.append(std::move(key));
    }

    const QHash<QString, core::SocialAccount> byAccount = linksWhereIn(m_db, network, u"account_id"_s, accountIds);
    const QHash<QString, core::SocialAccount> byHandle = linksWhereIn(m_db, network, u"handle"_s, handles);
    QHash<std::pair<QString, QString>, core::SocialAccount> found;
    for (qsizetype i = 0; i < authors.size(); ++i) {
        const auto &[accountId, handle] = keys.at(i);
        if (const auto link = byAccount.constFind(accountId); !accountId.isEmpty() && link != byAccount.cend())
            found.insert(authors.at(i), *link);
        else if (const auto named = byHandle.constFind(handle); !handle.isEmpty() && named != byHandle.cend())
            found.insert(authors.at(i), *named);
    }
    return found;
}

} // namespace tw::storage
