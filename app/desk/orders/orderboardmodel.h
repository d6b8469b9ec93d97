#pragma once

#include "orderboardrow.h"

#include <core/types.h>

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QTimeZone>

#include <array>

namespace tw::desk {

// The orders board as a two-level tree: the three departments (always there,
// in the same order, so the keyboard finds them where it left them), each
// with its orders by due time. An order is overdue while it is open and its
// due time has passed on the model's clock; setNow() moves that on without a
// reload. Overdue is said in words in the state column, not by colour alone.
class OrderBoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Column { Due, Room, Guest, Items, Cost, State, Number };

    enum Role {
        OrderIdRole = Qt::UserRole + 1, // core::Id, 0 on department rows
        GuestIdRole,                    // core::Id
        StateRole,                      // int(core::OrderState)
        VersionRole,                    // int: the version the row was read at
        OverdueRole,                    // bool
        DepartmentRole,                 // int(core::Department), on both levels
        IsDepartmentRole,               // bool: a department's heading row
        OpenCountRole,                  // int, on department rows: open orders
        OverdueCountRole,               // int, on department rows
        SortRole,                       // a key that sorts the column as people expect
    };

    explicit OrderBoardModel(QObject *parent = nullptr);
    ~OrderBoardModel() override;

    // Rows in any order: the model groups them and sorts each group by due
    // time, then order number. zone is the property's.
    void setRows(const QList<OrderBoardRow> &rows, const QTimeZone &zone, const QDateTime &nowUtc);
    // The board's clock moved on: overdue flags and texts follow.
    void setNow(const QDateTime &nowUtc);
    QDateTime now() const { return m_now; }
    void setLocale(const QLocale &locale);

    // Every order in board order.
    QList<OrderBoardRow> rows() const;
    int orderCount() const;
    int overdueCount() const;
    const QList<OrderBoardRow> &rowsOf(core::Department department) const;
    // nullptr for a department row or an invalid index.
    const OrderBoardRow *rowAt(const QModelIndex &index) const;
    QModelIndex indexOfOrder(core::Id orderId, int column = 0) const;
    QModelIndex indexOfDepartment(core::Department department, int column = 0) const;
    // Replaces one order in place (after an advance), regrouping if needed.
    void updateOrder(const core::AmenityOrder &order);

    static int columnOf(Column column) { return int(column); }
    static QString columnTitle(Column column);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static constexpr int kDepartments = 3;
    QVariant orderData(const OrderBoardRow &row, Column column, int role) const;
    QVariant departmentData(int group, Column column, int role) const;
    QString departmentHeading(int group) const;
    bool overdueAt(const core::AmenityOrder &order, const QDateTime &nowUtc) const;

    std::array<QList<OrderBoardRow>, kDepartments> m_groups;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTime m_now;
    QLocale m_locale;
};

} // namespace tw::desk
