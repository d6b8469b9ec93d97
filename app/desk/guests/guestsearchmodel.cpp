#include "guestsearchmodel.h"

#include <desk/logging.h>

#include <core/handlenormalizer.h>

#include <QLocale>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace tw::desk {

GuestSearchModel::GuestSearchModel(storage::DatabaseUrl url, QObject *parent)
    : QAbstractTableModel(parent)
    , m_url(std::move(url))
    , m_latestGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &GuestSearchModel::startSearch);

    m_thread.setObjectName(u"guest search"_s);
    m_worker = new GuestSearchWorker(m_url, m_latestGeneration);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &GuestSearchWorker::finished, this, &GuestSearchModel::apply);
    // finished is emitted by the worker thread itself: the connection closes
    // in the thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &GuestSearchWorker::close, Qt::DirectConnection);
    m_thread.start();
}

GuestSearchModel::~GuestSearchModel()
{
    // Requests still queued are skipped; the one running finishes first.
    m_latestGeneration->store(ULLONG_MAX);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void GuestSearchModel::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(std::max(0, milliseconds));
}

int GuestSearchModel::debounceInterval() const
{
    return m_debounce.interval();
}

void GuestSearchModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, GuestSearchWorker::MaxSearchRows);
}

void GuestSearchModel::setPropertyCode(const QString &code)
{
    m_propertyCode = code.trimmed();
}

void GuestSearchModel::setReferenceTime(const QDateTime &instant)
{
    m_referenceTime = instant.isValid() ? instant.toUTC() : QDateTime();
}

QDateTime GuestSearchModel::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

bool GuestSearchModel::isLoading() const
{
    return m_loading;
}

void GuestSearchModel::updateLoading()
{
    setLoading(m_awaitingReply || m_awaitingDetails || m_debounce.isActive());
}

void GuestSearchModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void GuestSearchModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    const bool sameSearch = text.trimmed() == m_text.trimmed();
    m_text = text;
    Q_EMIT searchTextChanged(m_text);
    if (sameSearch && m_generation > 0)
        return; // a space typed before the next word: nothing to search yet
    invalidate();
    if (m_debounce.interval() == 0) {
        startSearch();
    } else {
        m_debounce.start();
        setLoading(true);
    }
}

void GuestSearchModel::refresh()
{
    m_debounce.stop();
    const int loaded = m_requestedLimit;
    invalidate();
    send(std::max(m_pageSize, loaded), true);
}

// Makes every answer on its way stale and stops fetching more of the rows on
// show: they belong to a text that is no longer the current one.
void GuestSearchModel::invalidate()
{
    ++m_generation;
    m_latestGeneration->store(m_generation);
    m_awaitingReply = false;
    m_awaitingDetails = false;
    m_hasMore = false;
    m_requestedLimit = 0;
}

void GuestSearchModel::startSearch()
{
    send(m_pageSize, true);
}

void GuestSearchModel::send(int limit, bool replace)
{
    GuestSearchWorker::Request request;
    request.generation = m_generation;
    request.text = m_text.trimmed();
    request.limit = limit;
    request.replace = replace;
    if (!replace) {
        request.known.reserve(m_rowOfGuest.size());
        for (auto it = m_rowOfGuest.cbegin(); it != m_rowOfGuest.cend(); ++it)
            request.known.insert(it.key());
    }
    request.propertyCode = m_propertyCode;
    request.now = now();
    m_requestedLimit = limit;
    m_awaitingReply = true;
    setLoading(true);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void GuestSearchModel::apply(const GuestSearchWorker::Reply &reply)
{
    if (reply.generation != m_generation) {
        qCDebug(lcDesk) << "dropping guest search rows of an older text";
        return;
    }
    if (reply.details) {
        applyDetails(reply);
        return;
    }
    if (!m_awaitingReply)
        return;
    m_awaitingReply = false;
    m_awaitingDetails = reply.detailsFollow;

    // State first: views and testers call back into the model (canFetchMore,
    // fetchMore) from the reset and insert signals.
    QList<GuestSearchRow> fresh;
    if (reply.replace) {
        fresh = reply.rows;
    } else {
        for (const GuestSearchRow &row : reply.rows) {
            if (!m_rowOfGuest.contains(row.guest.id))
                fresh.append(row);
        }
    }
    // A search lists at most MaxSearchRows guests; the in-house list is as
    // long as the hotel is full.
    const bool capped = !reply.text.isEmpty() && m_requestedLimit >= GuestSearchWorker::MaxSearchRows;
    m_hasMore = reply.error.isEmpty() && !reply.exhausted && !capped;
    m_truncated = reply.error.isEmpty() && !reply.exhausted && capped;
    m_error = reply.error;

    if (reply.replace) {
        beginResetModel();
        m_rows = fresh;
        m_rowOfGuest.clear();
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_rowOfGuest.insert(m_rows.at(i).guest.id, int(i));
        m_shownText = reply.text;
        m_shownPropertyCode = reply.propertyCode;
        m_shownPropertyName = reply.propertyName;
        endResetModel();
    } else if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
        for (const GuestSearchRow &row : std::as_const(fresh)) {
            m_rowOfGuest.insert(row.guest.id, int(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }
    updateLoading();
    Q_EMIT loaded();
}

void GuestSearchModel::applyDetails(const GuestSearchWorker::Reply &reply)
{
    m_awaitingDetails = reply.detailsFollow;
    int first = INT_MAX;
    int last = -1;
    for (const GuestSearchRow &row : reply.rows) {
        const int at = m_rowOfGuest.value(row.guest.id, -1);
        if (at < 0)
            continue;
        m_rows[at] = row;
        first = std::min(first, at);
        last = std::max(last, at);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    updateLoading();
}

core::Id GuestSearchModel::guestId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).guest.id : core::InvalidId;
}

int GuestSearchModel::rowOf(core::Id guestId) const
{
    return m_rowOfGuest.value(guestId, -1);
}

int GuestSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GuestSearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags GuestSearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool GuestSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_awaitingReply;
}

void GuestSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Each page asks for more than the last, so an answer that only repeats
    // rows already shown cannot make the view ask forever.
    int limit = std::max(m_requestedLimit, int(m_rows.size())) + m_pageSize;
    if (!m_text.trimmed().isEmpty())
        limit = std::min(limit, GuestSearchWorker::MaxSearchRows);
    send(limit, false);
}

QString GuestSearchModel::handlesText(const GuestSearchRow &row) const
{
    QStringList handles;
    for (const core::SocialAccount &account : row.accounts) {
        const QString shown = core::HandleNormalizer::display(account.network, account.handle);
        handles.append(account.state == core::LinkState::Confirmed ? shown : tr("%1 (suggested)").arg(shown));
    }
    return handles.join(u", "_s);
}

QString GuestSearchModel::stayText(const GuestSearchRow &row) const
{
    using Relation = GuestSearchRow::StayRelation;
    const core::Stay &stay = row.stay;
    const QLocale locale;
    const QString arrival = locale.toString(stay.arrival, QLocale::ShortFormat);
    const QString departure = locale.toString(stay.departure, QLocale::ShortFormat);
    QString text;
    switch (row.relation) {
    case Relation::None:
        return {};
    case Relation::InHouse:
        text = stay.room.isEmpty() ? tr("In house until %1").arg(departure)
                                   : tr("In house, room %1, until %2").arg(stay.room, departure);
        break;
    case Relation::Upcoming:
        text = stay.room.isEmpty()
            ? tr("Arrives %1, %n night(s)", nullptr, stay.nights()).arg(arrival)
            : tr("Arrives %1, room %2, %n night(s)", nullptr, stay.nights()).arg(arrival, stay.room);
        break;
    case Relation::Past:
        text = stay.room.isEmpty() ? tr("Last stay %1 – %2").arg(arrival, departure)
                                   : tr("Last stay %1 – %2, room %3").arg(arrival, departure, stay.room);
        break;
    }
    return row.propertyCode.isEmpty() ? text : tr("%1: %2").arg(row.propertyCode, text);
}

QVariant GuestSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuestSearchRow &row = m_rows.at(index.row());
    const core::Guest &guest = row.guest;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (Column(index.column())) {
        case NameColumn:
            return guest.displayName().isEmpty() ? guest.email : guest.displayName();
        case VipColumn:
            return guest.vipCode;
        case EmailColumn:
            return guest.email;
        case PhoneColumn:
            return guest.phone;
        case LoyaltyColumn:
            return guest.loyaltyNumber;
        case HandlesColumn:
            return row.complete ? handlesText(row) : QString();
        case StayColumn:
            return row.complete ? stayText(row) : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StayColumn && row.complete && row.relation != GuestSearchRow::StayRelation::None)
            return tr("Confirmation %1, %2 – %3")
                .arg(row.stay.confirmation, QLocale().toString(row.stay.arrival, QLocale::LongFormat),
                     QLocale().toString(row.stay.departure, QLocale::LongFormat));
        if (index.column() == NameColumn && !guest.preferences.isEmpty())
            return tr("Preferences: %1").arg(guest.preferences);
        return {};
    case GuestIdRole:
        return qint64(guest.id);
    case StayRelationRole:
        return int(row.relation);
    default:
        return {};
    }
}

QVariant GuestSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case VipColumn:
        return tr("VIP");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case LoyaltyColumn:
        return tr("Loyalty number");
    case HandlesColumn:
        return tr("Handles");
    case StayColumn:
        return tr("Stay");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tw::desk
