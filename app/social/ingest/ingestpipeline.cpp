#include "ingestpipeline.h"

#include "inhouseguests.h"

#include <social/logging.h>

#include <core/inhouserule.h>
#include <storage/auditlog.h>
#include <storage/database.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>
#include <storage/propertyrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <map>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

// How long what the pipeline read about properties, rules and in-house guests
// is trusted. Stays and consent change rarely within a minute, and a
// suggestion missed for a just-arrived guest is only a missed hint; links
// between accounts and guests are read afresh for every call.
constexpr qint64 CacheLifetimeMs = 60'000;
// In-house guests of this many property-dates are kept at most.
constexpr qsizetype MaxInHouseEntries = 64;

struct AuthorKey
{
    core::Network network;
    QString authorId;
    QString handle;

    friend bool operator==(const AuthorKey &, const AuthorKey &) = default;
};

size_t qHash(const AuthorKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.network), key.authorId, key.handle);
}

// Staff dismissed the suggestion that this author is that guest, on an earlier
// post (PostRepository::dismissSuggestion audits it on the guest's timeline):
// the same suggestion is not made again. Suggestions are rare, and a guest's
// timeline short, so reading it is cheap enough.
bool dismissedBefore(storage::Database &db, core::Id guestId, const core::Post &post)
{
    storage::PostRepository posts(db);
    for (const core::AuditEntry &entry : storage::AuditLog(db).forGuest(guestId)) {
        if (entry.action != u"post.suggestion.dismiss"_s || entry.entityType != u"post"_s)
            continue;
        const std::optional<core::Post> dismissed = posts.byId(entry.entityId);
        if (!dismissed || dismissed->network != post.network)
            continue;
        const bool sameAuthor = post.authorId.isEmpty() ? dismissed->authorHandle == post.authorHandle
                                                        : dismissed->authorId == post.authorId;
        if (sameAuthor)
            return true;
    }
    return false;
}

} // namespace

struct IngestPipeline::Caches
{
    // The properties' in-house rules (a QTimeZone is costly to make) and the
    // listening rules, read again when they are old or name an unknown id.
    std::map<core::Id, core::InHouseRule> properties;
    QElapsedTimer propertiesRead;
    QHash<core::Id, core::ListeningRule> rules;
    QElapsedTimer rulesRead;

    struct InHouseEntry
    {
        InHouseGuests guests;
        QElapsedTimer read;
    };
    // By property and property-local date (Julian day).
    QHash<std::pair<core::Id, qint64>, InHouseEntry> inHouse;

    void loadProperties(storage::Database &db)
    {
        properties.clear();
        for (const core::Property &property : storage::PropertyRepository(db).list())
            properties.emplace(property.id, core::InHouseRule(property));
        propertiesRead.start();
    }

    void loadRules(storage::Database &db)
    {
        rules.clear();
        for (const core::ListeningRule &rule : storage::ListeningRuleRepository(db).all())
            rules.insert(rule.id, rule);
        rulesRead.start();
    }

    static bool isStale(const QElapsedTimer &timer) { return !timer.isValid() || timer.hasExpired(CacheLifetimeMs); }

    const InHouseGuests &inHouseGuests(storage::Database &db, core::Id propertyId, const core::InHouseRule &rule,
                                       const QDate &localDate)
    {
        const std::pair<core::Id, qint64> key{propertyId, localDate.toJulianDay()};
        auto it = inHouse.find(key);
        if (it != inHouse.end() && !isStale(it->read))
            return it->guests;
        if (it == inHouse.end() && inHouse.size() >= MaxInHouseEntries)
            inHouse.clear();
        InHouseEntry entry{InHouseGuests::load(db, rule, propertyId, localDate), {}};
        entry.read.start();
        it = inHouse.emplace(key, std::move(entry));
        return it->guests;
    }
};

IngestPipeline::IngestPipeline(storage::Database &db)
    : m_db(db)
    , m_caches(std::make_unique<Caches>())
{
}

IngestPipeline::~IngestPipeline() = default;

void IngestPipeline::countMalformed(const QString &reason)
{
    ++m_malformed;
    qCWarning(lcSocial).noquote() << "skipping a post:" << reason;
}

void IngestPipeline::invalidateCaches()
{
    m_caches = std::make_unique<Caches>();
}

core::Result<IngestReport> IngestPipeline::ingest(QList<core::Post> posts)
{
    using R = core::Result<IngestReport>;
    IngestReport report;
    report.received = int(posts.size());

    // Posts that cannot be stored, and the second copy of a post delivered
    // twice in one call, never reach the database.
    QList<core::Post> accepted;
    accepted.reserve(posts.size());
    QSet<std::pair<int, QString>> keys;
    keys.reserve(posts.size());
    for (core::Post &post : posts) {
        post.postId = post.postId.trimmed();
        if (post.postId.isEmpty()) {
            countMalformed(QCoreApplication::translate("tw::social::IngestPipeline", "a %1 post without an id")
                               .arg(core::networkKey(post.network)));
            continue;
        }
        if (!post.createdAt.isValid()) {
            countMalformed(
                QCoreApplication::translate("tw::social::IngestPipeline", "%1 post %2 has no valid creation time")
                    .arg(core::networkKey(post.network), post.postId));
            continue;
        }
        if (!keys.contains({int(post.network), post.postId})) {
            keys.insert({int(post.network), post.postId});
            accepted.append(std::move(post));
        } else {
            ++report.duplicates;
        }
    }
    if (accepted.isEmpty())
        return report;

    storage::Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());

    if (Caches::isStale(m_caches->propertiesRead))
        m_caches->loadProperties(m_db);
    if (Caches::isStale(m_caches->rulesRead))
        m_caches->loadRules(m_db);
    bool reloadedProperties = false;
    bool reloadedRules = false;

    // Read for this call only: a link staff make shows in the next call. The
    // links of all the call's authors are read together, a network at a time.
    storage::SocialAccountRepository accounts(m_db);
    std::map<core::Network, QHash<std::pair<QString, QString>, core::SocialAccount>> links;
    {
        std::map<core::Network, QList<std::pair<QString, QString>>> authorsByNetwork;
        for (const core::Post &post : std::as_const(accepted)) {
            if (!post.authorId.isEmpty() || !post.authorHandle.isEmpty())
                authorsByNetwork[post.network].append({post.authorId, post.authorHandle});
        }
        for (const auto &[network, authorsOfNetwork] : authorsByNetwork)
            links.emplace(network, accounts.findMany(network, authorsOfNetwork));
    }
    // The stays of every linked guest, read together likewise.
    QHash<core::Id, QList<core::Stay>> staysOfGuest;
    {
        QList<core::Id> linkedGuests;
        for (const auto &[network, linksOfNetwork] : links) {
            for (const core::SocialAccount &account : linksOfNetwork)
                linkedGuests.append(account.guestId);
        }
        if (!linkedGuests.isEmpty())
            staysOfGuest = storage::StayRepository(m_db).forGuests(linkedGuests);
    }
    QHash<AuthorKey, std::optional<core::SocialAccount>> authors;
    QHash<std::pair<AuthorKey, core::Id>, bool> dismissedSuggestions;
    // Handle-only links whose account id a post tells: social account id -> network account id.
    QHash<core::Id, QString> learnedAccountIds;

    for (core::Post &post : accepted) {
        // What the database refers to must exist there: a rule removed or a
        // property deleted while its posts were on their way.
        if (post.ruleId != core::InvalidId && !m_caches->rules.contains(post.ruleId) && !reloadedRules) {
            m_caches->loadRules(m_db);
            reloadedRules = true;
        }
        if (const auto rule = m_caches->rules.constFind(post.ruleId); rule != m_caches->rules.cend()) {
            if (post.propertyId == core::InvalidId)
                post.propertyId = rule->propertyId;
            if (post.ruleTag.isEmpty())
                post.ruleTag = rule->tag;
        } else {
            post.ruleId = core::InvalidId;
        }
        if (post.propertyId != core::InvalidId && !m_caches->properties.contains(post.propertyId)
            && !reloadedProperties) {
            m_caches->loadProperties(m_db);
            reloadedProperties = true;
        }
        const auto property = m_caches->properties.find(post.propertyId);
        if (property == m_caches->properties.end())
            post.propertyId = core::InvalidId;

        post.guestId = core::InvalidId;
        post.stayId = core::InvalidId;
        post.inHouse = false;
        post.room.clear();
        post.suggestedGuestId = core::InvalidId;

        const AuthorKey key{post.network, post.authorId, post.authorHandle};
        auto author = authors.find(key);
        if (author == authors.end()) {
            std::optional<core::SocialAccount> account;
            if (const auto ofNetwork = links.find(post.network); ofNetwork != links.end()) {
                if (const auto link = ofNetwork->second.constFind({post.authorId, post.authorHandle});
                    link != ofNetwork->second.cend()) {
                    account = *link;
                }
            }
            // Found by handle only: the account must not be known under another
            // id (the handle passed to someone else after a rename).
            if (account && !post.authorId.isEmpty() && !account->accountId.isEmpty()
                && account->accountId != post.authorId) {
                account.reset();
            }
            if (account && account->accountId.isEmpty() && !post.authorId.isEmpty()) {
                // Learned from an earlier post of this call: only that account is the link's.
                if (const auto learned = learnedAccountIds.constFind(account->id);
                    learned != learnedAccountIds.cend()) {
                    if (*learned != post.authorId)
                        account.reset();
                    else
                        account->accountId = post.authorId;
                } else {
                    learnedAccountIds.insert(account->id, post.authorId);
                    account->accountId = post.authorId;
                }
            }
            author = authors.insert(key, account);
        }

        if (const std::optional<core::SocialAccount> &account = *author) {
            post.guestId = account->guestId;
            auto stays = staysOfGuest.find(post.guestId);
            if (stays == staysOfGuest.end())
                stays = staysOfGuest.insert(post.guestId, storage::StayRepository(m_db).forGuest(post.guestId));
            if (const auto stay
                = core::InHouseRule::stayInHouseAt(*stays, post.propertyId, post.createdAt, m_caches->properties)) {
                post.stayId = stay->id;
                post.inHouse = true;
                post.room = stay->room;
            }
        } else if (property != m_caches->properties.end()
                   && (!post.authorName.isEmpty() || !post.authorHandle.isEmpty())) {
            const core::InHouseRule &rule = property->second;
            const InHouseGuests &inHouse
                = m_caches->inHouseGuests(m_db, post.propertyId, rule, rule.localDate(post.createdAt));
            if (const auto guestId = inHouse.suggestion(post.authorName, post.authorHandle, post.createdAt)) {
                const std::pair<AuthorKey, core::Id> suggestion{key, *guestId};
                auto dismissed = dismissedSuggestions.constFind(suggestion);
                if (dismissed == dismissedSuggestions.cend())
                    dismissed = dismissedSuggestions.insert(suggestion, dismissedBefore(m_db, *guestId, post));
                if (!*dismissed)
                    post.suggestedGuestId = *guestId;
            }
        }
    }

    // Writing: learned account ids, then the posts. If the database refuses a
    // post (which on PostgreSQL spoils the whole transaction), everything is
    // written again with each post on its own, and only that post is skipped.
    const auto write = [&](bool isolated) -> core::Status {
        report.stored = 0;
        report.inHouse = 0;
        report.suggestions = 0;
        report.storedIds.clear();
        report.inHouseIds.clear();
        int duplicates = 0;
        for (auto it = learnedAccountIds.cbegin(); it != learnedAccountIds.cend(); ++it) {
            if (auto learned = accounts.setAccountId(it.key(), it.value()); !learned)
                qCWarning(lcSocial).noquote() << "the account id of a linked handle was not stored:" << learned.error();
        }
        storage::PostRepository repository(m_db);
        for (core::Post &post : accepted) {
            std::optional<storage::Transaction> own;
            if (isolated)
                own.emplace(m_db);
            const auto outcome = repository.insert(post);
            if (!outcome) {
                if (!isolated)
                    return core::Status::failure(outcome.error());
                own->rollback();
                countMalformed(outcome.error());
                continue;
            }
            if (isolated) {
                if (auto done = own->commit(); !done) {
                    countMalformed(done.error());
                    continue;
                }
            }
            if (*outcome == storage::PostRepository::InsertOutcome::Duplicate) {
                ++duplicates;
                continue;
            }
            ++report.stored;
            report.storedIds.append(post.id);
            if (post.inHouse) {
                ++report.inHouse;
                report.inHouseIds.append(post.id);
            }
            if (post.suggestedGuestId != core::InvalidId)
                ++report.suggestions;
        }
        report.duplicates += duplicates;
        return {};
    };

    const int duplicatesInCall = report.duplicates;
    if (auto written = write(false); !written) {
        qCWarning(lcSocial).noquote() << "storing" << accepted.size()
                                      << "posts together failed, storing them one by one:" << written.error();
        tx.rollback();
        report.duplicates = duplicatesInCall;
        storage::Transaction retry(m_db);
        if (!retry.isActive())
            return R::failure(retry.error());
        if (auto again = write(true); !again)
            return R::failure(again.error());
        if (auto done = retry.commit(); !done)
            return R::failure(done.error());
        return report;
    }
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return report;
}

} // namespace tw::social
