#include "rejectedrowsmodel.h"

namespace tw::desk {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RejectedRowsModel::~RejectedRowsModel() = default;

void RejectedRowsModel::setRows(const QList<pms::RejectedRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pms::RejectedRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return row.line;
        return row.reason;
    case Qt::ToolTipRole:
        return row.toString();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return section == LineColumn ? tr("Line") : tr("Reason");
    if (role == Qt::ToolTipRole) {
        return section == LineColumn ? tr("The line of the file where the refused row starts")
                                     : tr("Why the row was not imported");
    }
    return {};
}

} // namespace tw::desk
