#pragma once

#include <core/types.h>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace tw::desk {

// The stays of one guest for the profile's table, newest arrival first:
// property, confirmation, room, arrival, departure, nights and status, with
// dates in the user's locale. A guest has tens of stays, not millions, so the
// model holds them all.
class StayListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PropertyColumn,
        ConfirmationColumn,
        RoomColumn,
        ArrivalColumn,
        DepartureColumn,
        NightsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        StayIdRole = Qt::UserRole + 1,
        StatusRole, // core::StayStatus as int
        SortRole,   // dates as QDate, nights as int, text otherwise
    };

    struct Row
    {
        core::Stay stay;
        QString propertyCode;
        QString propertyName;
    };

    explicit StayListModel(QObject *parent = nullptr);
    ~StayListModel() override;

    // Leaves the model alone when nothing changed, so views keep their selection.
    void setRows(const QList<Row> &rows);
    const Row &row(int index) const { return m_rows.at(index); }
    void setLocale(const QLocale &locale);

    static QString statusName(core::StayStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QLocale m_locale;
};

} // namespace tw::desk
