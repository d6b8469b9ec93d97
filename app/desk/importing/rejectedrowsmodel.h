#pragma once

#include <pms/stayimporter.h>

#include <QAbstractTableModel>
#include <QList>

namespace tw::desk {

// The rows an import refused, with the line where each starts and why. The
// report already holds them all in memory, so the model serves them directly.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ReasonColumn, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);
    ~RejectedRowsModel() override;

    void setRows(const QList<pms::RejectedRow> &rows);
    const QList<pms::RejectedRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<pms::RejectedRow> m_rows;
};

} // namespace tw::desk
