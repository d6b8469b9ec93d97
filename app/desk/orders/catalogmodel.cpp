#include "catalogmodel.h"

#include "orderwording.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

constexpr int kColumns = int(CatalogModel::Column::Status) + 1;

bool nameLess(const core::Amenity &a, const core::Amenity &b)
{
    if (const int c = a.name.localeAwareCompare(b.name); c != 0)
        return c < 0;
    return a.id < b.id;
}

} // namespace

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

CatalogModel::~CatalogModel() = default;

void CatalogModel::setItems(const QList<core::Amenity> &items)
{
    beginResetModel();
    m_items = items;
    std::sort(m_items.begin(), m_items.end(), nameLess);
    endResetModel();
}

void CatalogModel::upsert(const core::Amenity &item)
{
    if (const int row = rowOf(item.id); row >= 0) {
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    const auto pos = std::upper_bound(m_items.begin(), m_items.end(), item, nameLess);
    const int at = int(pos - m_items.begin());
    beginInsertRows({}, at, at);
    m_items.insert(at, item);
    endInsertRows();
}

int CatalogModel::rowOf(core::Id id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

const core::Amenity *CatalogModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void CatalogModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QString CatalogModel::columnTitle(Column column)
{
    switch (column) {
    case Column::Name:
        return tr("Item");
    case Column::Department:
        return tr("Department");
    case Column::Cost:
        return tr("Unit cost");
    case Column::Note:
        return tr("Note template");
    case Column::Status:
        break;
    }
    return tr("Status");
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    const core::Amenity *item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case AmenityIdRole:
        return item->id;
    case ActiveRole:
        return item->active;
    case SortRole:
        if (column == Column::Cost)
            return item->unitCostCents;
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Cost)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (column == Column::Note && !item->noteTemplate.isEmpty())
            return item->noteTemplate;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Column::Name:
        return item->name;
    case Column::Department:
        return OrderWording::departmentName(item->department);
    case Column::Cost:
        return OrderWording::money(item->unitCostCents, m_locale);
    case Column::Note:
        return item->noteTemplate.simplified();
    case Column::Status:
        return item->active ? tr("Offered") : tr("Retired");
    }
    return {};
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kColumns)
        return columnTitle(Column(section));
    return {};
}

} // namespace tw::desk
