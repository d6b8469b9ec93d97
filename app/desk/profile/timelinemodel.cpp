#include "timelinemodel.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

// Identity of a row across reloads: its source and its id there.
QString keyOf(int source, const QString &id)
{
    return QString::number(source) + u'\x1f' + id;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::utc())
{
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setEntries(const QString &source, const QList<TimelineEntry> &entries)
{
    if (!m_sourceOrder.contains(source))
        m_sourceOrder.append(source);
    m_entries.insert(source, entries);
    apply(merged());
}

void TimelineModel::removeSource(const QString &source)
{
    if (!m_entries.remove(source))
        return;
    apply(merged());
}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_entries.clear();
    m_sourceOrder.clear();
    endResetModel();
}

QStringList TimelineModel::sources() const
{
    QStringList present;
    for (const QString &source : m_sourceOrder) {
        if (m_entries.contains(source))
            present.append(source);
    }
    return present;
}

QString TimelineModel::source(int row) const
{
    return m_sourceOrder.value(m_rows.at(row).source);
}

void TimelineModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

void TimelineModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn));
}

QString TimelineModel::displayTime(const QDateTime &utc) const
{
    return m_locale.toString(utc.toTimeZone(m_zone), QLocale::ShortFormat);
}

bool TimelineModel::before(const Row &a, const Row &b)
{
    if (a.entry.at != b.entry.at)
        return a.entry.at < b.entry.at;
    if (a.source != b.source)
        return a.source < b.source;
    return a.sequence < b.sequence;
}

QList<TimelineModel::Row> TimelineModel::merged() const
{
    QList<Row> rows;
    for (int source = 0; source < m_sourceOrder.size(); ++source) {
        const auto it = m_entries.constFind(m_sourceOrder.at(source));
        if (it == m_entries.cend())
            continue;
        int sequence = 0;
        for (const TimelineEntry &entry : *it) {
            if (entry.at.isValid())
                rows.append(Row{entry, source, sequence++});
        }
    }
    std::sort(rows.begin(), rows.end(), &TimelineModel::before);
    return rows;
}

// Turns the current rows into `target` with the fewest row operations: rows
// that are gone or moved in time are removed, new ones inserted where they
// belong, and rows whose text changed report dataChanged.
void TimelineModel::apply(const QList<Row> &target)
{
    QHash<QString, qsizetype> targetIndex;
    targetIndex.reserve(target.size());
    for (qsizetype i = 0; i < target.size(); ++i)
        targetIndex.insert(keyOf(target.at(i).source, target.at(i).entry.id), i);

    // Removals, bottom up, in runs of adjacent rows.
    for (qsizetype last = m_rows.size() - 1; last >= 0;) {
        const auto stays = [&](qsizetype row) {
            const Row &r = m_rows.at(row);
            const auto found = targetIndex.constFind(keyOf(r.source, r.entry.id));
            return found != targetIndex.cend() && target.at(*found).entry.at == r.entry.at;
        };
        if (stays(last)) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !stays(first - 1))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // What is left is normally in the target's order already; a source that
    // reordered entries of one instant is the exception, and worth a reset.
    qsizetype previous = -1;
    for (const Row &r : std::as_const(m_rows)) {
        const qsizetype at = targetIndex.value(keyOf(r.source, r.entry.id));
        if (at <= previous) {
            beginResetModel();
            m_rows = target;
            endResetModel();
            return;
        }
        previous = at;
    }

    // Insertions in runs, and updates in place.
    qsizetype row = 0;
    for (qsizetype j = 0; j < target.size();) {
        const Row &wanted = target.at(j);
        if (row < m_rows.size() && m_rows.at(row).source == wanted.source
            && m_rows.at(row).entry.id == wanted.entry.id) {
            const bool changed = !(m_rows.at(row).entry == wanted.entry);
            m_rows[row] = wanted;
            if (changed)
                Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
            ++row;
            ++j;
            continue;
        }
        // Every target row up to the next surviving row is new.
        qsizetype end = j;
        while (end < target.size()
               && !(row < m_rows.size() && m_rows.at(row).source == target.at(end).source
                    && m_rows.at(row).entry.id == target.at(end).entry.id))
            ++end;
        beginInsertRows({}, int(row), int(row + end - j - 1));
        for (qsizetype k = j; k < end; ++k)
            m_rows.insert(row + (k - j), target.at(k));
        endInsertRows();
        row += end - j;
        j = end;
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_rows.at(index.row()).entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return displayTime(e.at);
        case TitleColumn:
            return e.title;
        case DetailColumn:
            return e.detail;
        case ActorColumn:
            return e.actor;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            const QDateTime local = e.at.toTimeZone(m_zone);
            return u"%1 (%2)"_s.arg(m_locale.toString(local, QLocale::LongFormat), m_zone.displayName(local));
        }
        if (index.column() == DetailColumn)
            return e.detail;
        return {};
    case AtRole:
        return e.at;
    case KindRole:
        return e.kind;
    case TitleRole:
        return e.title;
    case DetailRole:
        return e.detail;
    case ActorRole:
        return e.actor;
    case SourceRole:
        return source(index.row());
    case IdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("tw::desk::TimelineModel", "When");
    case TitleColumn:
        return QCoreApplication::translate("tw::desk::TimelineModel", "What");
    case DetailColumn:
        return QCoreApplication::translate("tw::desk::TimelineModel", "Details");
    case ActorColumn:
        return QCoreApplication::translate("tw::desk::TimelineModel", "By");
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(AtRole, "at");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(ActorRole, "actor");
    names.insert(SourceRole, "source");
    names.insert(IdRole, "entryId");
    return names;
}

} // namespace tw::desk
