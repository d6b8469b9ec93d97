#include "feedmodel.h"

#include <desk/logging.h>
#include <desk/profile/actorname.h>

#include <core/handlenormalizer.h>
#include <core/inhouserule.h>
#include <storage/changenotifier.h>
#include <storage/database.h>

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace tw::desk {

FeedModel::FeedModel(storage::DatabaseUrl url, QObject *parent)
    : QAbstractListModel(parent)
    , m_url(std::move(url))
    , m_actor(ActorName::resolve({}))
    , m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<tw::desk::FeedRow>();
    qRegisterMetaType<tw::desk::FeedWorker::Request>();
    qRegisterMetaType<tw::desk::FeedWorker::Reply>();
    qRegisterMetaType<tw::desk::FeedWorker::Action>();
    qRegisterMetaType<tw::desk::FeedWorker::ActionReply>();

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(DefaultChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &FeedModel::applyChanges);

    m_thread.setObjectName(u"live feed"_s);
    m_worker = new FeedWorker(m_url, m_latestGeneration);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &FeedWorker::finished, this, &FeedModel::apply);
    connect(m_worker, &FeedWorker::acted, this, &FeedModel::applyAction);
    // Emitted by the worker thread as it ends: the connection closes in the
    // thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &FeedWorker::close, Qt::DirectConnection);
    m_thread.start();
}

FeedModel::~FeedModel()
{
    m_latestGeneration->store(ULLONG_MAX);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void FeedModel::setPropertyCode(const QString &code)
{
    m_propertyCode = code.trimmed();
}

void FeedModel::setInHouseOnly(bool on)
{
    if (m_filter.inHouseOnly == on)
        return;
    m_filter.inHouseOnly = on;
    reload();
}

void FeedModel::setUnhandledOnly(bool on)
{
    if (m_filter.unhandledOnly == on)
        return;
    m_filter.unhandledOnly = on;
    reload();
}

void FeedModel::setNetwork(std::optional<core::Network> network)
{
    if (m_filter.network == network)
        return;
    m_filter.network = network;
    reload();
}

void FeedModel::setRuleTag(const QString &tag)
{
    if (m_filter.ruleTag == tag)
        return;
    m_filter.ruleTag = tag;
    reload();
}

storage::PostFilter FeedModel::filter() const
{
    storage::PostFilter filter = m_filter;
    if (m_property.id != core::InvalidId)
        filter.propertyId = m_property.id;
    return filter;
}

void FeedModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, MaxMergeRows);
}

void FeedModel::setMaxKeptRows(int rows)
{
    m_maxKeptRows = std::max(rows, 1);
}

void FeedModel::setChangeDelay(int milliseconds)
{
    m_changeTimer.setInterval(std::max(0, milliseconds));
}

void FeedModel::setActor(const QString &staffName)
{
    m_actor = ActorName::resolve(staffName);
}

void FeedModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::AccessibleTextRole});
}

void FeedModel::watch(storage::Database &db)
{
    delete m_notifier;
    m_notifier = new storage::ChangeNotifier(db, this);
    connect(m_notifier, &storage::ChangeNotifier::changed, this, &FeedModel::changed);
}

core::Id FeedModel::postId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).post.id : core::InvalidId;
}

QString FeedModel::stateName(core::PostState state)
{
    switch (state) {
    case core::PostState::New:
        return tr("New");
    case core::PostState::Seen:
        return tr("Seen");
    case core::PostState::Replied:
        return tr("Replied");
    case core::PostState::Resolved:
        return tr("Resolved");
    case core::PostState::Ignored:
        return tr("Ignored");
    }
    return {};
}

QString FeedModel::networkName(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return tr("X");
    case core::Network::Mastodon:
        return tr("Mastodon");
    case core::Network::Bluesky:
        return tr("Bluesky");
    }
    return {};
}

// ---- Loading ---------------------------------------------------------------

void FeedModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void FeedModel::send(FeedWorker::Request request)
{
    request.filter = m_filter;
    request.propertyCode = m_propertyCode;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void FeedModel::reload()
{
    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_changeTimer.stop();
    m_changedIds.clear();
    m_changedMany = false;
    m_awaitingReplace = true;
    m_awaitingPage = false;
    setLoading(true);

    FeedWorker::Request request;
    request.kind = FeedWorker::Kind::Page;
    request.generation = m_generation;
    request.limit = m_pageSize;
    request.replace = true;
    send(request);
}

void FeedModel::refresh()
{
    if (!m_loaded && !m_awaitingReplace) {
        reload();
        return;
    }
    m_changeTimer.stop();
    m_changedIds.clear();
    m_changedMany = false;
    FeedWorker::Request request;
    request.kind = FeedWorker::Kind::Top;
    request.generation = m_generation;
    request.limit = std::clamp(int(m_rows.size()), m_pageSize, MaxMergeRows);
    send(request);
}

void FeedModel::lookUp(const QList<core::Id> &postIds)
{
    if (postIds.isEmpty())
        return;
    FeedWorker::Request request;
    request.kind = FeedWorker::Kind::Lookup;
    request.ids = postIds;
    send(request);
}

bool FeedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded && !m_exhausted && !m_awaitingPage && !m_awaitingReplace;
}

void FeedModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    FeedWorker::Request request;
    request.kind = FeedWorker::Kind::Page;
    request.generation = m_generation;
    request.limit = m_pageSize;
    if (!m_rows.isEmpty())
        request.after = storage::PostCursor{m_rows.constLast().post.createdAt, m_rows.constLast().post.id};
    m_awaitingPage = true;
    setLoading(true);
    send(request);
}

void FeedModel::apply(const FeedWorker::Reply &reply)
{
    if (reply.kind == FeedWorker::Kind::Lookup) {
        Q_EMIT lookedUp(reply.rows);
        return;
    }
    if (reply.generation != m_generation) {
        qCDebug(lcDesk) << "dropping live feed rows of an earlier filter";
        return;
    }
    switch (reply.kind) {
    case FeedWorker::Kind::Page:
        applyPage(reply);
        break;
    case FeedWorker::Kind::Top:
        if (!reply.error.isEmpty()) {
            qCWarning(lcDesk) << "the live feed could not be refreshed:" << reply.error;
            return;
        }
        adoptProperty(reply.property);
        m_propertyTags = reply.ruleTags;
        merge(reply.rows, reply.exhausted);
        setRuleTags(m_propertyTags + tagsOf(m_rows));
        break;
    case FeedWorker::Kind::Posts:
        applyPosts(reply);
        break;
    case FeedWorker::Kind::Lookup:
        break;
    }
}

void FeedModel::applyPage(const FeedWorker::Reply &reply)
{
    if (reply.replace) {
        if (!m_awaitingReplace)
            return;
        m_awaitingReplace = false;
        // State first: views call back into canFetchMore() from the reset.
        m_error = reply.error;
        m_exhausted = !reply.error.isEmpty() || reply.exhausted;
        m_loaded = true;
        beginResetModel();
        m_rows = reply.rows;
        rebuildIndex();
        endResetModel();
        adoptProperty(reply.property);
        m_propertyTags = reply.ruleTags;
        setRuleTags(m_propertyTags + tagsOf(m_rows));
        if (!m_error.isEmpty())
            qCWarning(lcDesk) << "the live feed could not be read:" << m_error;
        setLoading(m_awaitingPage);
        Q_EMIT loaded();
        return;
    }

    if (!m_awaitingPage)
        return;
    m_awaitingPage = false;
    if (!reply.error.isEmpty()) {
        // Keep what is on show; a later scroll or refresh tries again.
        qCWarning(lcDesk) << "more of the live feed could not be read:" << reply.error;
        setLoading(m_awaitingReplace);
        return;
    }
    QList<FeedRow> fresh;
    for (const FeedRow &row : reply.rows) {
        if (!m_rowOf.contains(row.post.id))
            fresh.append(row);
    }
    m_exhausted = reply.exhausted;
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const FeedRow &row : std::as_const(fresh)) {
            m_rowOf.insert(row.post.id, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
        addRuleTagsOf(fresh);
    }
    setLoading(m_awaitingReplace);
}

void FeedModel::applyPosts(const FeedWorker::Reply &reply)
{
    if (!reply.error.isEmpty()) {
        qCWarning(lcDesk) << "changed posts could not be read:" << reply.error;
        return;
    }
    removeRows(reply.gone);
    QList<FeedRow> incoming;
    for (const FeedRow &row : reply.rows) {
        if (m_rowOf.contains(row.post.id))
            updateRow(row);
        else
            incoming.append(row);
    }
    insertRows(std::move(incoming));
    addRuleTagsOf(reply.rows);
}

// Brings the rows in line with `fresh`, the newest rows as stored now (newest
// first): everything from the top down to the oldest of them is made to match
// it, one insert, change or removal at a time, so views keep selection and
// place. Older rows stay as they are.
void FeedModel::merge(const QList<FeedRow> &fresh, bool exhausted)
{
    const auto covered
        = [&](const FeedRow &row) { return exhausted || (!fresh.isEmpty() && !isNewer(fresh.constLast(), row)); };

    int i = 0;
    qsizetype j = 0;
    for (;;) {
        const bool haveOld = i < m_rows.size() && covered(m_rows.at(i));
        const bool haveNew = j < fresh.size();
        if (!haveOld && !haveNew)
            break;
        if (haveOld && haveNew && m_rows.at(i).post.id == fresh.at(j).post.id) {
            if (!sameRow(m_rows.at(i), fresh.at(j))) {
                m_rows[i] = fresh.at(j);
                Q_EMIT dataChanged(index(i), index(i));
            }
            ++i;
            ++j;
            continue;
        }
        if (haveNew && (!haveOld || isNewer(fresh.at(j), m_rows.at(i)))) {
            if (m_rowOf.contains(fresh.at(j).post.id)) {
                ++j; // shown further down already (cannot happen with stable keys)
                continue;
            }
            // A run of rows that all go in at i: one insertion.
            qsizetype end = j + 1;
            while (end < fresh.size() && !m_rowOf.contains(fresh.at(end).post.id)
                   && (!haveOld || isNewer(fresh.at(end), m_rows.at(i))))
                ++end;
            const int count = int(end - j);
            beginInsertRows({}, i, i + count - 1);
            for (qsizetype k = j; k < end; ++k)
                m_rows.insert(i + int(k - j), fresh.at(k));
            rebuildIndex();
            endInsertRows();
            i += count;
            j = end;
            continue;
        }
        // m_rows[i] is newer than every fresh row left, or none is left: it
        // is no longer stored, or no longer passes the filter.
        int end = i + 1;
        while (end < m_rows.size() && covered(m_rows.at(end)) && (!haveNew || isNewer(m_rows.at(end), fresh.at(j))))
            ++end;
        beginRemoveRows({}, i, end - 1);
        m_rows.remove(i, end - i);
        rebuildIndex();
        endRemoveRows();
    }
    if (exhausted && !m_awaitingPage)
        m_exhausted = true;
    trim();
}

void FeedModel::trim()
{
    if (m_rows.size() <= m_maxKeptRows)
        return;
    beginRemoveRows({}, m_maxKeptRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxKeptRows);
    rebuildIndex();
    endRemoveRows();
    m_exhausted = false;
}

void FeedModel::updateRow(const FeedRow &row)
{
    const int at = rowOf(row.post.id);
    if (at < 0 || sameRow(m_rows.at(at), row))
        return;
    m_rows[at] = row;
    Q_EMIT dataChanged(index(at), index(at));
}

// Posts that belong in the list but are not shown: each in its place when
// that place is among the loaded rows (or everything is loaded); rows further
// down arrive with the next page anyway. A burst of new posts mostly lands at
// the top in one run: one insertion per run, the index rebuilt once per run
// and the list trimmed once, so a view lays out once per burst.
void FeedModel::insertRows(QList<FeedRow> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), &FeedModel::isNewer);
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const FeedRow &a, const FeedRow &b) { return a.post.id == b.post.id; }),
               rows.end());
    int inserted = 0;
    qsizetype j = 0;
    while (j < rows.size()) {
        // Rows are newest first, so each one's place is at or below the last one's.
        const auto at = std::lower_bound(m_rows.cbegin() + inserted, m_rows.cend(), rows.at(j), &FeedModel::isNewer);
        const int position = int(at - m_rows.cbegin());
        if (position >= m_rows.size() && !m_exhausted)
            break; // this one and all older ones are beyond the loaded rows
        qsizetype end = j + 1;
        while (end < rows.size() && (position >= m_rows.size() || isNewer(rows.at(end), m_rows.at(position))))
            ++end;
        const int count = int(end - j);
        beginInsertRows({}, position, position + count - 1);
        m_rows.insert(position, count, FeedRow{});
        std::move(rows.begin() + j, rows.begin() + end, m_rows.begin() + position);
        rebuildIndex();
        endInsertRows();
        inserted = position + count;
        j = end;
    }
    trim();
}

void FeedModel::removeRows(const QList<core::Id> &postIds)
{
    QList<int> positions;
    for (const core::Id id : postIds) {
        if (const int at = rowOf(id); at >= 0)
            positions.append(at);
    }
    if (positions.isEmpty())
        return;
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    // Runs of neighbouring rows go at once, from the bottom up so the
    // positions above stay valid.
    qsizetype end = positions.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && positions.at(start - 1) == positions.at(start) - 1)
            --start;
        const int first = positions.at(start);
        const int last = positions.at(end - 1);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        rebuildIndex();
        endRemoveRows();
        end = start;
    }
}

void FeedModel::removeRow(core::Id postId)
{
    removeRows({postId});
}

void FeedModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).post.id, int(i));
}

void FeedModel::adoptProperty(const core::Property &property)
{
    if (property.id == m_property.id && property.timeZone == m_property.timeZone && property.name == m_property.name)
        return;
    m_property = property;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::AccessibleTextRole});
    Q_EMIT propertyChanged(m_property);
}

void FeedModel::setRuleTags(QStringList tags)
{
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    if (tags == m_ruleTags)
        return;
    m_ruleTags = tags;
    Q_EMIT ruleTagsChanged(m_ruleTags);
}

void FeedModel::addRuleTagsOf(const QList<FeedRow> &rows)
{
    const QStringList added = tagsOf(rows);
    if (std::any_of(added.cbegin(), added.cend(), [this](const QString &tag) { return !m_ruleTags.contains(tag); }))
        setRuleTags(m_ruleTags + added);
}

QStringList FeedModel::tagsOf(const QList<FeedRow> &rows)
{
    QStringList tags;
    for (const FeedRow &row : rows) {
        if (!row.post.ruleTag.isEmpty() && !tags.contains(row.post.ruleTag))
            tags.append(row.post.ruleTag);
    }
    return tags;
}

bool FeedModel::isNewer(const FeedRow &a, const FeedRow &b)
{
    if (a.post.createdAt != b.post.createdAt)
        return a.post.createdAt > b.post.createdAt;
    return a.post.id > b.post.id;
}

bool FeedModel::sameRow(const FeedRow &a, const FeedRow &b)
{
    const core::Post &p = a.post;
    const core::Post &q = b.post;
    return p.id == q.id && p.version == q.version && p.state == q.state && p.handledBy == q.handledBy
        && p.handledAt == q.handledAt && p.text == q.text && p.editedAt == q.editedAt && p.deleted == q.deleted
        && p.guestId == q.guestId && p.stayId == q.stayId && p.inHouse == q.inHouse && p.room == q.room
        && p.suggestedGuestId == q.suggestedGuestId && p.ruleTag == q.ruleTag && p.authorName == q.authorName
        && p.authorHandle == q.authorHandle && a.guestName == b.guestName && a.vipCode == b.vipCode
        && a.suggestedName == b.suggestedName && a.suggestedVipCode == b.suggestedVipCode
        && a.suggestedRoom == b.suggestedRoom;
}

// ---- Changes made elsewhere ---------------------------------------------------

void FeedModel::changed(const QString &table, qint64 id)
{
    if (table == "posts"_L1) {
        if (id == core::InvalidId)
            m_changedMany = true;
        else
            m_changedIds.insert(id);
    } else if (table == "guests"_L1 || table == "stays"_L1 || table == "social_accounts"_L1
               || table == "listening_rules"_L1 || table == "properties"_L1) {
        // Names, VIP codes, rooms and tags on show may have changed.
        m_changedMany = true;
    } else {
        return;
    }
    if (!m_changeTimer.isActive())
        m_changeTimer.start();
}

void FeedModel::applyChanges()
{
    if (!m_loaded && !m_awaitingReplace)
        return; // nothing on show yet: the first load will read it all
    if (m_changedMany) {
        refresh();
        return;
    }
    if (m_changedIds.isEmpty())
        return;
    FeedWorker::Request request;
    request.kind = FeedWorker::Kind::Posts;
    request.generation = m_generation;
    request.ids = QList<core::Id>(m_changedIds.cbegin(), m_changedIds.cend());
    m_changedIds.clear();
    send(request);
}

// ---- Actions ----------------------------------------------------------------

bool FeedModel::setState(int row, core::PostState state)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    FeedWorker::Action action;
    action.kind = FeedWorker::ActionKind::SetState;
    action.state = state;
    return submit(row, action);
}

bool FeedModel::confirmSuggestion(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).hasSuggestion())
        return false;
    FeedWorker::Action action;
    action.kind = FeedWorker::ActionKind::ConfirmSuggestion;
    return submit(row, action);
}

bool FeedModel::dismissSuggestion(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).hasSuggestion())
        return false;
    FeedWorker::Action action;
    action.kind = FeedWorker::ActionKind::DismissSuggestion;
    return submit(row, action);
}

bool FeedModel::submit(int row, FeedWorker::Action action)
{
    const FeedRow &target = m_rows.at(row);
    action.postId = target.post.id;
    action.expectedVersion = target.post.version;
    action.actor = m_actor;
    action.filter = filter();
    if (m_inFlight.contains(action.postId)) {
        // Sent once the first answer is in, on the version it leaves behind.
        m_queued.insert(action.postId, action);
        return true;
    }
    dispatch(action);
    return true;
}

void FeedModel::dispatch(FeedWorker::Action action)
{
    m_inFlight.insert(action.postId);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, action] { worker->act(action); }, Qt::QueuedConnection);
}

void FeedModel::applyAction(const FeedWorker::ActionReply &reply)
{
    const core::Id id = reply.action.postId;
    m_inFlight.remove(id);
    if (reply.hasRow) {
        if (reply.rowMatches && m_rowOf.contains(id))
            updateRow(reply.row);
        else if (!reply.rowMatches)
            removeRow(id);
    } else if (reply.ok) {
        removeRow(id);
    }

    std::optional<FeedWorker::Action> next;
    if (auto queued = m_queued.find(id); queued != m_queued.end()) {
        next = queued.value();
        m_queued.erase(queued);
    }

    if (!reply.ok) {
        QString message;
        if (reply.conflict) {
            const QString who = reply.row.post.handledBy.isEmpty() ? tr("Someone else") : reply.row.post.handledBy;
            message = tr("%1 changed this post to “%2” in the meantime, so your change was not saved. The feed "
                         "now shows what is stored; change it again if it still needs it.")
                          .arg(who, stateName(reply.row.post.state));
        } else if (!reply.hasRow) {
            message = tr("This post is no longer stored; someone may have removed it. Nothing was changed.");
        } else {
            message = tr("The post could not be changed: %1").arg(reply.message);
        }
        // What followed was meant for the post as it was.
        Q_EMIT actionFailed(id, message);
        return;
    }
    Q_EMIT actionDone(id, reply.action.kind);
    if (next) {
        next->expectedVersion = reply.row.post.version;
        dispatch(*next);
    }
}

// ---- Model ------------------------------------------------------------------

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags FeedModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString FeedModel::describe(const FeedRow &row) const
{
    const core::Post &post = row.post;
    QStringList parts;
    const QString handle = core::HandleNormalizer::display(post.network, post.authorHandle);
    parts.append(post.authorName.isEmpty() ? handle : tr("%1 (%2)").arg(post.authorName, handle));
    parts.append(tr("on %1").arg(networkName(post.network)));
    if (post.createdAt.isValid()) {
        const QDateTime local = post.createdAt.toTimeZone(core::InHouseRule(m_property).timeZone());
        parts.append(m_locale.toString(local, QLocale::ShortFormat));
    }
    if (post.inHouse) {
        QString inHouse = post.room.isEmpty() ? tr("in house") : tr("in house, room %1").arg(post.room);
        if (!row.vipCode.isEmpty())
            inHouse = tr("%1, %2").arg(inHouse, row.vipCode);
        parts.append(inHouse);
    } else if (!row.guestName.isEmpty()) {
        parts.append(tr("guest %1").arg(row.guestName));
    }
    parts.append(stateName(post.state));
    QString text = parts.join(u", "_s) + u": "_s + post.text;
    if (row.hasSuggestion())
        text += u' ' + tr("Might be %1.").arg(row.suggestedName);
    return text;
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedRow &row = m_rows.at(index.row());
    const core::Post &post = row.post;
    switch (role) {
    case Qt::DisplayRole:
        return post.text;
    case Qt::AccessibleTextRole:
        return describe(row);
    case PostIdRole:
        return qint64(post.id);
    case NetworkRole:
        return int(post.network);
    case NetworkNameRole:
        return networkName(post.network);
    case AuthorNameRole:
        return post.authorName;
    case HandleRole:
        return core::HandleNormalizer::display(post.network, post.authorHandle);
    case TextRole:
        return post.text;
    case CreatedAtRole:
        return post.createdAt;
    case UrlRole:
        return post.url;
    case RuleTagRole:
        return post.ruleTag;
    case GuestIdRole:
        return qint64(post.guestId);
    case GuestNameRole:
        return row.guestName;
    case RoomRole:
        return post.inHouse ? post.room : QString();
    case VipCodeRole:
        return row.vipCode;
    case InHouseRole:
        return post.inHouse;
    case SuggestedGuestIdRole:
        return qint64(post.suggestedGuestId);
    case SuggestedGuestNameRole:
        return row.suggestedName;
    case SuggestedVipCodeRole:
        return row.suggestedVipCode;
    case SuggestedRoomRole:
        return row.suggestedRoom;
    case StateRole:
        return int(post.state);
    case StateNameRole:
        return stateName(post.state);
    case HandledByRole:
        return post.handledBy;
    case HandledAtRole:
        return post.handledAt.value_or(QDateTime());
    case EditedRole:
        return post.editedAt.has_value();
    case VersionRole:
        return post.version;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{{PostIdRole, "postId"},
                                        {NetworkRole, "network"},
                                        {NetworkNameRole, "networkName"},
                                        {AuthorNameRole, "authorName"},
                                        {HandleRole, "handle"},
                                        {TextRole, "text"},
                                        {CreatedAtRole, "createdAt"},
                                        {UrlRole, "url"},
                                        {RuleTagRole, "ruleTag"},
                                        {GuestIdRole, "guestId"},
                                        {GuestNameRole, "guestName"},
                                        {RoomRole, "room"},
                                        {VipCodeRole, "vipCode"},
                                        {InHouseRole, "inHouse"},
                                        {SuggestedGuestIdRole, "suggestedGuestId"},
                                        {SuggestedGuestNameRole, "suggestedGuestName"},
                                        {SuggestedVipCodeRole, "suggestedVipCode"},
                                        {SuggestedRoomRole, "suggestedRoom"},
                                        {StateRole, "state"},
                                        {StateNameRole, "stateName"},
                                        {HandledByRole, "handledBy"},
                                        {HandledAtRole, "handledAt"},
                                        {EditedRole, "edited"},
                                        {VersionRole, "version"}});
    return names;
}

} // namespace tw::desk
