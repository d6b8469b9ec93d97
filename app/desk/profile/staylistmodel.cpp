#include "staylistmodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace tw::desk {

namespace {

bool sameRow(const StayListModel::Row &a, const StayListModel::Row &b)
{
    const core::Stay &x = a.stay;
    const core::Stay &y = b.stay;
    return x.id == y.id && x.version == y.version && x.propertyId == y.propertyId && x.guestId == y.guestId
        && x.confirmation == y.confirmation && x.room == y.room && x.arrival == y.arrival && x.departure == y.departure
        && x.status == y.status && x.actualCheckIn == y.actualCheckIn && x.actualCheckOut == y.actualCheckOut
        && a.propertyCode == b.propertyCode && a.propertyName == b.propertyName;
}

} // namespace

StayListModel::StayListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

StayListModel::~StayListModel() = default;

void StayListModel::setRows(const QList<Row> &rows)
{
    if (rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), &sameRow))
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void StayListModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString StayListModel::statusName(core::StayStatus status)
{
    switch (status) {
    case core::StayStatus::Reserved:
        return QCoreApplication::translate("tw::desk::StayListModel", "Reserved");
    case core::StayStatus::InHouse:
        return QCoreApplication::translate("tw::desk::StayListModel", "In house");
    case core::StayStatus::CheckedOut:
        return QCoreApplication::translate("tw::desk::StayListModel", "Checked out");
    case core::StayStatus::Cancelled:
        return QCoreApplication::translate("tw::desk::StayListModel", "Cancelled");
    case core::StayStatus::NoShow:
        return QCoreApplication::translate("tw::desk::StayListModel", "No-show");
    }
    return {};
}

int StayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StayListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StayListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const core::Stay &s = r.stay;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PropertyColumn:
            return r.propertyName.isEmpty() ? r.propertyCode : r.propertyName;
        case ConfirmationColumn:
            return s.confirmation;
        case RoomColumn:
            return s.room;
        case ArrivalColumn:
            return m_locale.toString(s.arrival, QLocale::ShortFormat);
        case DepartureColumn:
            return m_locale.toString(s.departure, QLocale::ShortFormat);
        case NightsColumn:
            return m_locale.toString(s.nights());
        case StatusColumn:
            return statusName(s.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ArrivalColumn)
            return m_locale.toString(s.arrival, QLocale::LongFormat);
        if (index.column() == DepartureColumn)
            return m_locale.toString(s.departure, QLocale::LongFormat);
        if (index.column() == PropertyColumn)
            return r.propertyCode;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NightsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case StayIdRole:
        return qint64(s.id);
    case StatusRole:
        return int(s.status);
    case SortRole:
        switch (index.column()) {
        case ArrivalColumn:
            return s.arrival;
        case DepartureColumn:
            return s.departure;
        case NightsColumn:
            return s.nights();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant StayListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PropertyColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Property");
    case ConfirmationColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Confirmation");
    case RoomColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Room");
    case ArrivalColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Arrival");
    case DepartureColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Departure");
    case NightsColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Nights");
    case StatusColumn:
        return QCoreApplication::translate("tw::desk::StayListModel", "Status");
    default:
        return {};
    }
}

} // namespace tw::desk
