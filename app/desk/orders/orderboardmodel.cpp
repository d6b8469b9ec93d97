#include "orderboardmodel.h"

#include "orderboardloader.h"
#include "orderwording.h"

#include <core/orderstatemachine.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

constexpr quintptr kDepartmentRow = 0;
constexpr int kColumns = int(OrderBoardModel::Column::Number) + 1;

bool rowLess(const OrderBoardRow &a, const OrderBoardRow &b)
{
    return OrderBoardLoader::boardLess(a.order, b.order);
}

} // namespace

OrderBoardModel::OrderBoardModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

OrderBoardModel::~OrderBoardModel() = default;

void OrderBoardModel::setRows(const QList<OrderBoardRow> &rows, const QTimeZone &zone, const QDateTime &nowUtc)
{
    beginResetModel();
    for (QList<OrderBoardRow> &group : m_groups)
        group.clear();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_now = nowUtc.toUTC();
    for (OrderBoardRow row : rows) {
        row.overdue = overdueAt(row.order, m_now);
        m_groups.at(std::size_t(row.order.department)).append(row);
    }
    for (QList<OrderBoardRow> &group : m_groups)
        std::stable_sort(group.begin(), group.end(), rowLess);
    endResetModel();
}

void OrderBoardModel::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc.toUTC();
    for (int g = 0; g < kDepartments; ++g) {
        QList<OrderBoardRow> &group = m_groups.at(std::size_t(g));
        bool groupChanged = false;
        for (int r = 0; r < group.size(); ++r) {
            OrderBoardRow &row = group[r];
            const bool overdue = overdueAt(row.order, m_now);
            // Texts such as "Overdue by 5 min" change with every minute too.
            if (overdue != row.overdue || overdue) {
                groupChanged = groupChanged || overdue != row.overdue;
                row.overdue = overdue;
                Q_EMIT dataChanged(index(r, 0, index(g, 0)), index(r, kColumns - 1, index(g, 0)));
            }
        }
        if (groupChanged)
            Q_EMIT dataChanged(index(g, 0), index(g, kColumns - 1));
    }
}

void OrderBoardModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

bool OrderBoardModel::overdueAt(const core::AmenityOrder &order, const QDateTime &nowUtc) const
{
    return order.isOpen() && order.dueAt.isValid() && nowUtc.isValid() && order.dueAt < nowUtc;
}

QList<OrderBoardRow> OrderBoardModel::rows() const
{
    QList<OrderBoardRow> all;
    for (const QList<OrderBoardRow> &group : m_groups)
        all.append(group);
    return all;
}

int OrderBoardModel::orderCount() const
{
    int count = 0;
    for (const QList<OrderBoardRow> &group : m_groups)
        count += int(group.size());
    return count;
}

int OrderBoardModel::overdueCount() const
{
    int count = 0;
    for (const QList<OrderBoardRow> &group : m_groups)
        count += int(std::count_if(group.begin(), group.end(), [](const OrderBoardRow &r) { return r.overdue; }));
    return count;
}

const QList<OrderBoardRow> &OrderBoardModel::rowsOf(core::Department department) const
{
    return m_groups.at(std::size_t(department));
}

const OrderBoardRow *OrderBoardModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kDepartmentRow)
        return nullptr;
    const auto group = std::size_t(index.internalId() - 1);
    if (group >= m_groups.size() || index.row() >= m_groups.at(group).size())
        return nullptr;
    return &m_groups.at(group).at(index.row());
}

QModelIndex OrderBoardModel::indexOfOrder(core::Id orderId, int column) const
{
    for (int g = 0; g < kDepartments; ++g) {
        const QList<OrderBoardRow> &group = m_groups.at(std::size_t(g));
        for (int r = 0; r < group.size(); ++r) {
            if (group.at(r).order.id == orderId)
                return createIndex(r, column, quintptr(g) + 1);
        }
    }
    return {};
}

QModelIndex OrderBoardModel::indexOfDepartment(core::Department department, int column) const
{
    return index(int(department), column);
}

void OrderBoardModel::updateOrder(const core::AmenityOrder &order)
{
    const QModelIndex current = indexOfOrder(order.id);
    if (!current.isValid())
        return;
    const auto oldGroup = int(current.internalId() - 1);
    OrderBoardRow row = m_groups.at(std::size_t(oldGroup)).at(current.row());
    row.order = order;
    row.overdue = overdueAt(order, m_now);
    const int newGroup = int(order.department);
    QList<OrderBoardRow> &target = m_groups.at(std::size_t(newGroup));
    if (newGroup == oldGroup) {
        // Moving an order on keeps its department and due time, so it keeps its
        // place; only its state and texts change.
        QList<OrderBoardRow> probe = target;
        probe[current.row()] = row;
        std::stable_sort(probe.begin(), probe.end(), rowLess);
        if (probe.at(current.row()).order.id == order.id) {
            target[current.row()] = row;
            Q_EMIT dataChanged(index(current.row(), 0, current.parent()),
                               index(current.row(), kColumns - 1, current.parent()));
            Q_EMIT dataChanged(index(oldGroup, 0), index(oldGroup, kColumns - 1));
            return;
        }
    }
    // Anything else: take it out and put it where it belongs.
    const QModelIndex oldParent = index(oldGroup, 0);
    beginRemoveRows(oldParent, current.row(), current.row());
    m_groups.at(std::size_t(oldGroup)).removeAt(current.row());
    endRemoveRows();
    const auto pos = std::upper_bound(target.begin(), target.end(), row, rowLess);
    const int at = int(pos - target.begin());
    beginInsertRows(index(newGroup, 0), at, at);
    target.insert(at, row);
    endInsertRows();
    Q_EMIT dataChanged(index(0, 0), index(kDepartments - 1, kColumns - 1));
}

QString OrderBoardModel::columnTitle(Column column)
{
    switch (column) {
    case Column::Due:
        return tr("Due");
    case Column::Room:
        return tr("Room");
    case Column::Guest:
        return tr("Guest");
    case Column::Items:
        return tr("Items");
    case Column::Cost:
        return tr("Cost");
    case Column::State:
        return tr("State");
    case Column::Number:
        break;
    }
    return tr("Order");
}

QModelIndex OrderBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= kColumns || row < 0)
        return {};
    if (!parent.isValid())
        return row < kDepartments ? createIndex(row, column, kDepartmentRow) : QModelIndex();
    if (parent.internalId() != kDepartmentRow || parent.row() >= kDepartments)
        return {};
    if (row >= m_groups.at(std::size_t(parent.row())).size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex OrderBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kDepartmentRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kDepartmentRow);
}

int OrderBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kDepartments;
    if (parent.column() != 0 || parent.internalId() != kDepartmentRow)
        return 0;
    return int(m_groups.at(std::size_t(parent.row())).size());
}

int OrderBoardModel::columnCount(const QModelIndex &) const
{
    return kColumns;
}

Qt::ItemFlags OrderBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant OrderBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumns)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    return {};
}

QVariant OrderBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const auto column = Column(index.column());
    if (index.internalId() == kDepartmentRow)
        return departmentData(index.row(), column, role);
    if (const OrderBoardRow *row = rowAt(index))
        return orderData(*row, column, role);
    return {};
}

QString OrderBoardModel::departmentHeading(int group) const
{
    const QList<OrderBoardRow> &rows = m_groups.at(std::size_t(group));
    const QString name = OrderWording::departmentName(core::Department(group));
    const int overdue = int(std::count_if(rows.begin(), rows.end(), [](const OrderBoardRow &r) { return r.overdue; }));
    if (rows.isEmpty())
        return tr("%1: no orders").arg(name);
    if (overdue == 0)
        return tr("%1 (%n order(s))", nullptr, int(rows.size())).arg(name);
    return tr("%1 (%n order(s), %2 overdue)", nullptr, int(rows.size())).arg(name).arg(overdue);
}

QVariant OrderBoardModel::departmentData(int group, Column column, int role) const
{
    if (group < 0 || group >= kDepartments)
        return {};
    const QList<OrderBoardRow> &rows = m_groups.at(std::size_t(group));
    switch (role) {
    case Qt::DisplayRole:
        return column == Column::Due ? QVariant(departmentHeading(group)) : QVariant();
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return departmentHeading(group);
    case DepartmentRole:
        return group;
    case IsDepartmentRole:
        return true;
    case OrderIdRole:
    case GuestIdRole:
        return core::Id(core::InvalidId);
    case OpenCountRole:
        return int(std::count_if(rows.begin(), rows.end(), [](const OrderBoardRow &r) { return r.order.isOpen(); }));
    case OverdueCountRole:
        return int(std::count_if(rows.begin(), rows.end(), [](const OrderBoardRow &r) { return r.overdue; }));
    case OverdueRole:
        return std::any_of(rows.begin(), rows.end(), [](const OrderBoardRow &r) { return r.overdue; });
    case SortRole:
        return group;
    default:
        break;
    }
    return {};
}

QVariant OrderBoardModel::orderData(const OrderBoardRow &row, Column column, int role) const
{
    const core::AmenityOrder &order = row.order;
    switch (role) {
    case OrderIdRole:
        return order.id;
    case GuestIdRole:
        return order.guestId;
    case StateRole:
        return int(order.state);
    case VersionRole:
        return order.version;
    case OverdueRole:
        return row.overdue;
    case DepartmentRole:
        return int(order.department);
    case IsDepartmentRole:
        return false;
    case Qt::TextAlignmentRole:
        if (column == Column::Cost || column == Column::Number)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case SortRole:
        switch (column) {
        case Column::Due:
            return order.dueAt;
        case Column::Cost:
            return order.costCents();
        case Column::Number:
            return order.id;
        default:
            break;
        }
        return orderData(row, column, Qt::DisplayRole);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == Column::State || role == Qt::AccessibleTextRole) {
            QString text = tr("Order %1 for %2, room %3: %4, due %5, %6.")
                               .arg(order.id)
                               .arg(row.guest.displayName(), order.room, OrderWording::itemsText(order.lines),
                                    OrderWording::dueText(order.dueAt, m_zone, m_now, m_locale),
                                    core::OrderStateMachine::label(order.state));
            if (row.overdue)
                text += u' ' + OrderWording::overdueText(order.dueAt, m_now) + u'.';
            if (!order.note.isEmpty())
                text += u' ' + tr("Note: %1").arg(order.note);
            return text;
        }
        if (column == Column::Items && !order.note.isEmpty())
            return tr("Note: %1").arg(order.note);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::Due:
        return OrderWording::dueText(order.dueAt, m_zone, m_now, m_locale);
    case Column::Room:
        return order.room;
    case Column::Guest: {
        const QString name = row.guest.id != core::InvalidId ? row.guest.displayName() : tr("(guest erased)");
        return row.vipCode.isEmpty() ? name : tr("%1 (%2)").arg(name, row.vipCode);
    }
    case Column::Items:
        return OrderWording::itemsText(order.lines);
    case Column::Cost:
        return OrderWording::money(order.costCents(), m_locale);
    case Column::State: {
        const QString state = core::OrderStateMachine::label(order.state);
        // Overdue first: a narrow column still shows it.
        return row.overdue ? tr("%1 · %2").arg(OrderWording::overdueText(order.dueAt, m_now), state) : state;
    }
    case Column::Number:
        return tr("#%1").arg(order.id);
    }
    return {};
}

} // namespace tw::desk
