#include "todaylistmodel.h"

#include "roomorder.h"

#include <core/handlenormalizer.h>

#include <QLocale>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

QList<TodayListModel::Column> columnsOf(TodayList list)
{
    using C = TodayListModel::Column;
    if (list == TodayList::InHouse)
        return {C::Guest, C::Room, C::Nights, C::NightsLeft, C::Vip, C::Handles, C::Status, C::Attention};
    return {C::Guest, C::Room, C::Nights, C::Vip, C::Handles, C::Status, C::Attention};
}

QString networkName(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return TodayListModel::tr("X");
    case core::Network::Mastodon:
        return TodayListModel::tr("Mastodon");
    case core::Network::Bluesky:
        return TodayListModel::tr("Bluesky");
    }
    return {};
}

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

TodayListModel::TodayListModel(TodayList list, QObject *parent)
    : QAbstractTableModel(parent)
    , m_list(list)
    , m_columns(columnsOf(list))
{
}

TodayListModel::~TodayListModel() = default;

QString TodayListModel::title(TodayList list)
{
    switch (list) {
    case TodayList::Arrivals:
        return tr("Arrivals");
    case TodayList::InHouse:
        return tr("In house");
    case TodayList::Departures:
        break;
    }
    return tr("Departures");
}

void TodayListModel::setRows(QList<TodayRow> rows)
{
    const bool sameStays = std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(), rows.cend(),
                                      [](const TodayRow &a, const TodayRow &b) { return a.stay.id == b.stay.id; });
    if (!sameStays) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TodayListModel::rowOfStay(core::Id stayId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).stay.id == stayId)
            return int(i);
    }
    return -1;
}

int TodayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TodayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TodayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TodayRow &row = m_rows.at(index.row());
    const Column column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        if (column == Column::Attention)
            return toolTip(row, column);
        return display(row, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Nights || column == Column::NightsLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StayIdRole:
        return row.stay.id;
    case GuestIdRole:
        return row.guest.id;
    case AttentionRole:
        return QVariant::fromValue(row.attention);
    case AttentionCountRole:
        return row.attentionCount();
    case SortRole:
        return sortKey(row, column);
    default:
        return {};
    }
}

QVariant TodayListModel::display(const TodayRow &row, Column column) const
{
    switch (column) {
    case Column::Guest:
        if (!row.guest.lastName.isEmpty() && !row.guest.firstName.isEmpty())
            return tr("%1, %2", "last name, first name").arg(row.guest.lastName, row.guest.firstName);
        if (!row.guest.displayName().isEmpty())
            return row.guest.displayName();
        return tr("Guest %1").arg(row.guest.id);
    case Column::Room:
        return row.stay.room;
    case Column::Nights:
        return row.stay.nights();
    case Column::NightsLeft:
        return row.nightsLeft;
    case Column::Vip:
        return row.guest.vipCode;
    case Column::Handles: {
        QStringList handles;
        for (const core::SocialAccount &account : row.handles) {
            const QString shown = core::HandleNormalizer::display(account.network, account.handle);
            handles.append(account.state == core::LinkState::Suggested ? tr("%1 (suggested)").arg(shown) : shown);
        }
        return handles.join(u", "_s);
    }
    case Column::Status:
        return statusText(row);
    case Column::Attention: {
        QStringList labels;
        for (const Attention &attention : row.attention)
            labels.append(attention.label);
        return labels.join(u", "_s);
    }
    }
    return {};
}

QVariant TodayListModel::toolTip(const TodayRow &row, Column column) const
{
    switch (column) {
    case Column::Guest:
    case Column::Nights:
        return tr("Confirmation %1: %2 to %3")
            .arg(row.stay.confirmation, shortDate(row.stay.arrival), shortDate(row.stay.departure));
    case Column::NightsLeft:
        return tr("Leaves on %1").arg(shortDate(row.stay.departure));
    case Column::Room:
        if (row.stay.room.trimmed().isEmpty())
            return tr("No room assigned yet");
        return {};
    case Column::Handles: {
        QStringList lines;
        for (const core::SocialAccount &account : row.handles) {
            const QString shown = core::HandleNormalizer::display(account.network, account.handle);
            lines.append(
                account.state == core::LinkState::Suggested
                    ? tr("%1 on %2, suggested: not yet confirmed by staff").arg(shown, networkName(account.network))
                    : tr("%1 on %2, confirmed").arg(shown, networkName(account.network)));
        }
        if (lines.isEmpty())
            return {};
        return lines.join(u'\n');
    }
    case Column::Status:
        if (row.expected)
            return tr("Reserved; counted in house because the date is still to come");
        return {};
    case Column::Attention: {
        QStringList lines;
        for (const Attention &attention : row.attention)
            lines.append(attention.description.isEmpty() ? attention.label : attention.description);
        if (lines.isEmpty())
            return {};
        return lines.join(u'\n');
    }
    case Column::Vip:
        break;
    }
    return {};
}

QVariant TodayListModel::sortKey(const TodayRow &row, Column column) const
{
    switch (column) {
    case Column::Guest:
        return QString(row.guest.lastName.toCaseFolded() + u'\x1f' + row.guest.firstName.toCaseFolded());
    case Column::Room:
        return RoomOrder::sortKey(row.stay.room);
    case Column::Nights:
        return row.stay.nights();
    case Column::NightsLeft:
        return row.nightsLeft;
    case Column::Attention:
        return row.attentionCount();
    case Column::Vip:
    case Column::Handles:
    case Column::Status:
        return display(row, column).toString().toCaseFolded();
    }
    return {};
}

QString TodayListModel::statusText(const TodayRow &row) const
{
    if (row.expected)
        return tr("Expected");
    switch (row.stay.status) {
    case core::StayStatus::Reserved:
        return tr("Reserved");
    case core::StayStatus::InHouse:
        return tr("In house");
    case core::StayStatus::CheckedOut:
        return tr("Checked out");
    case core::StayStatus::Cancelled:
        return tr("Cancelled");
    case core::StayStatus::NoShow:
        return tr("No-show");
    }
    return {};
}

QVariant TodayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column column = m_columns.at(section);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Guest:
            return tr("Guest");
        case Column::Room:
            return tr("Room");
        case Column::Nights:
            return tr("Nights");
        case Column::NightsLeft:
            return tr("Nights left");
        case Column::Vip:
            return tr("VIP");
        case Column::Handles:
            return tr("Handles");
        case Column::Status:
            return tr("Status");
        case Column::Attention:
            return tr("Attention");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Nights:
            return tr("Nights booked");
        case Column::NightsLeft:
            return tr("Nights left before departure");
        case Column::Vip:
            return tr("VIP code");
        case Column::Handles:
            return tr("Linked social handles");
        case Column::Attention:
            return tr("What needs attention");
        case Column::Guest:
        case Column::Room:
        case Column::Status:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && (column == Column::Nights || column == Column::NightsLeft))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TodayListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(StayIdRole, "stayId");
    names.insert(GuestIdRole, "guestId");
    names.insert(AttentionRole, "attention");
    names.insert(AttentionCountRole, "attentionCount");
    names.insert(SortRole, "sortKey");
    return names;
}

} // namespace tw::desk
