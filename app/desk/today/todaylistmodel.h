#pragma once

#include "todayrow.h"

#include <core/types.h>

#include <QAbstractTableModel>
#include <QList>

namespace tw::desk {

// One list of the Today board (arrivals, in house or departures) as a table:
// guest, room, nights (and nights left in house), VIP code, handles, status and
// the badges of the attention providers. The rows are a few hundred at most
// (one hotel's day), so the model holds them all; TodayBoard fills it.
class TodayListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Guest, Room, Nights, NightsLeft, Vip, Handles, Status, Attention };
    Q_ENUM(Column)

    enum Role {
        StayIdRole = Qt::UserRole + 1, // core::Id of the stay
        GuestIdRole,                   // core::Id of the guest
        AttentionRole,                 // QList<Attention> of the row
        AttentionCountRole,            // int: the badges' counts added up
        SortRole,                      // a key that sorts the column the way people expect
    };

    explicit TodayListModel(TodayList list, QObject *parent = nullptr);
    ~TodayListModel() override;

    TodayList list() const { return m_list; }
    // "Arrivals", "In house", "Departures".
    static QString title(TodayList list);

    // Rows with the same stays in the same order are updated in place, so views
    // keep their selection and scroll position; otherwise the model resets.
    void setRows(QList<TodayRow> rows);
    const QList<TodayRow> &rows() const { return m_rows; }
    const TodayRow &row(int index) const { return m_rows.at(index); }
    // -1 when the stay is not on this list.
    int rowOfStay(core::Id stayId) const;

    Column column(int section) const { return m_columns.at(section); }
    // -1 when this list does not show the column.
    int columnOf(Column column) const { return int(m_columns.indexOf(column)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant display(const TodayRow &row, Column column) const;
    QVariant toolTip(const TodayRow &row, Column column) const;
    QVariant sortKey(const TodayRow &row, Column column) const;
    QString statusText(const TodayRow &row) const;

    TodayList m_list;
    QList<Column> m_columns;
    QList<TodayRow> m_rows;
};

} // namespace tw::desk
