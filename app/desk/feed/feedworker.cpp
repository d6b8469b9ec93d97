#include "feedworker.h"

#include <desk/logging.h>

#include <core/inhouserule.h>
#include <storage/database.h>
#include <storage/guestrepository.h>
#include <storage/listeningrulerepository.h>
#include <storage/propertyrepository.h>
#include <storage/stayrepository.h>

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

bool newerFirst(const FeedRow &a, const FeedRow &b)
{
    if (a.post.createdAt != b.post.createdAt)
        return a.post.createdAt > b.post.createdAt;
    return a.post.id > b.post.id;
}

} // namespace

FeedWorker::FeedWorker(storage::DatabaseUrl url, std::shared_ptr<std::atomic<quint64>> latestGeneration,
                       QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_latestGeneration(std::move(latestGeneration))
{
}

FeedWorker::~FeedWorker() = default;

bool FeedWorker::matches(const core::Post &post, const storage::PostFilter &filter)
{
    if (filter.propertyId && post.propertyId != *filter.propertyId)
        return false;
    if (filter.network && post.network != *filter.network)
        return false;
    if (filter.inHouseOnly && !post.inHouse)
        return false;
    if (filter.unhandledOnly && post.state != core::PostState::New && post.state != core::PostState::Seen)
        return false;
    if (!filter.ruleTag.isEmpty() && post.ruleTag != filter.ruleTag)
        return false;
    if (filter.guestId && post.guestId != *filter.guestId)
        return false;
    return filter.includeDeleted || !post.deleted;
}

void FeedWorker::close()
{
    m_db.reset();
}

bool FeedWorker::ensureOpen(QString *error)
{
    if (m_db)
        return true;
    auto opened = storage::Database::open(m_url);
    if (!opened) {
        *error = opened.error();
        qCWarning(lcDesk) << "the live feed cannot open" << m_url.toDisplayString() << ':' << opened.error();
        return false;
    }
    m_db = std::move(opened).value();
    return true;
}

void FeedWorker::loadProperties()
{
    m_properties = storage::PropertyRepository(*m_db).list();
}

std::optional<core::Property> FeedWorker::propertyFor(const QString &code)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (const core::Property &p : std::as_const(m_properties)) {
            if (code.isEmpty() || p.code.compare(code, Qt::CaseInsensitive) == 0)
                return p;
        }
        if (attempt == 0)
            loadProperties(); // added since the list was read
    }
    // A code no longer in the database: the first property, as everywhere.
    if (!m_properties.isEmpty())
        return m_properties.constFirst();
    return std::nullopt;
}

const core::Property *FeedWorker::propertyById(core::Id id)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (const core::Property &p : std::as_const(m_properties)) {
            if (p.id == id)
                return &p;
        }
        if (attempt == 0)
            loadProperties();
    }
    return nullptr;
}

QStringList FeedWorker::ruleTags(core::Id propertyId) const
{
    QSet<QString> seen;
    QStringList tags;
    for (const core::ListeningRule &rule : storage::ListeningRuleRepository(*m_db).forProperty(propertyId)) {
        const QString tag = rule.tag.trimmed();
        if (!tag.isEmpty() && !seen.contains(tag)) {
            seen.insert(tag);
            tags.append(tag);
        }
    }
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return tags;
}

FeedRow FeedWorker::complete(const core::Post &post, QHash<core::Id, std::optional<core::Guest>> &guests)
{
    const auto guestOf = [&](core::Id id) -> const std::optional<core::Guest> & {
        auto it = guests.find(id);
        if (it == guests.end())
            it = guests.insert(id, storage::GuestRepository(*m_db).byId(id));
        return it.value();
    };

    FeedRow row;
    row.post = post;
    if (post.guestId != core::InvalidId) {
        if (const auto &guest = guestOf(post.guestId)) {
            row.guestName = guest->displayName();
            row.vipCode = guest->vipCode;
        }
    }
    if (post.suggestedGuestId != core::InvalidId) {
        if (const auto &guest = guestOf(post.suggestedGuestId)) {
            row.suggestedName = guest->displayName();
            row.suggestedVipCode = guest->vipCode;
            // The room the resembling guest was in when the post was made:
            // what staff compare with the post before linking.
            if (const core::Property *property = propertyById(post.propertyId)) {
                const core::InHouseRule rule(*property);
                for (const core::Stay &stay : storage::StayRepository(*m_db).forGuest(guest->id)) {
                    if (stay.propertyId == property->id && rule.isInHouse(stay, post.createdAt)) {
                        row.suggestedRoom = stay.room;
                        break;
                    }
                }
            }
        }
    }
    return row;
}

FeedRow FeedWorker::complete(const core::Post &post)
{
    QHash<core::Id, std::optional<core::Guest>> guests;
    return complete(post, guests);
}

void FeedWorker::run(const Request &request)
{
    // A lookup for a notification is never stale: the post arrived either way.
    if (request.kind != Kind::Lookup && request.generation < m_latestGeneration->load())
        return;

    Reply reply;
    reply.kind = request.kind;
    reply.generation = request.generation;
    reply.replace = request.replace;
    QString error;
    if (!ensureOpen(&error)) {
        reply.error = error;
        Q_EMIT finished(reply);
        return;
    }
    if (request.replace || m_properties.isEmpty())
        loadProperties();

    const std::optional<core::Property> property = propertyFor(request.propertyCode);
    if (!property) {
        // No hotel yet: nothing to show, and nothing more to fetch.
        reply.exhausted = true;
        Q_EMIT finished(reply);
        return;
    }
    reply.property = *property;
    storage::PostFilter filter = request.filter;
    filter.propertyId = property->id;

    storage::PostRepository posts(*m_db);
    QHash<core::Id, std::optional<core::Guest>> guests;
    switch (request.kind) {
    case Kind::Page:
    case Kind::Top: {
        const int limit = std::max(1, request.limit);
        const auto after = request.kind == Kind::Page ? request.after : std::nullopt;
        const QList<core::Post> found = posts.list(filter, limit, after);
        reply.exhausted = found.size() < limit;
        reply.rows.reserve(found.size());
        for (const core::Post &post : found)
            reply.rows.append(complete(post, guests));
        if (request.replace || request.kind == Kind::Top)
            reply.ruleTags = ruleTags(property->id);
        break;
    }
    case Kind::Posts:
    case Kind::Lookup:
        for (const core::Id id : request.ids) {
            const std::optional<core::Post> post = posts.byId(id);
            if (post && (request.kind == Kind::Lookup || matches(*post, filter)))
                reply.rows.append(complete(*post, guests));
            else
                reply.gone.append(id);
        }
        std::sort(reply.rows.begin(), reply.rows.end(), newerFirst);
        break;
    }
    Q_EMIT finished(reply);
}

void FeedWorker::act(const Action &action)
{
    ActionReply reply;
    reply.action = action;
    QString error;
    if (!ensureOpen(&error)) {
        reply.message = error;
        Q_EMIT acted(reply);
        return;
    }

    storage::PostRepository posts(*m_db);
    core::Result<core::Post> result = core::Result<core::Post>::failure({});
    switch (action.kind) {
    case ActionKind::SetState:
        result = posts.setState(action.postId, action.state, action.actor, action.expectedVersion);
        break;
    case ActionKind::ConfirmSuggestion:
        result = posts.confirmSuggestion(action.postId, action.actor);
        break;
    case ActionKind::DismissSuggestion:
        result = posts.dismissSuggestion(action.postId, action.actor);
        break;
    }

    std::optional<core::Post> stored;
    if (result) {
        reply.ok = true;
        stored = result.value();
    } else {
        reply.message = result.error();
        stored = posts.byId(action.postId);
        reply.conflict = action.kind == ActionKind::SetState && stored && stored->version != action.expectedVersion;
        qCInfo(lcDesk) << "post" << action.postId << "action refused:" << result.error();
    }
    if (stored) {
        reply.hasRow = true;
        reply.row = complete(*stored);
        reply.rowMatches = matches(*stored, action.filter);
    }
    Q_EMIT acted(reply);
}

} // namespace tw::desk
