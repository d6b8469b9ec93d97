#pragma once

#include <core/types.h>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace tw::desk {

// The amenity catalog as the catalog editor lists it: every item by name,
// retired ones included and marked as such in words.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Department, Cost, Note, Status };
    enum Role { AmenityIdRole = Qt::UserRole + 1, ActiveRole, SortRole };

    explicit CatalogModel(QObject *parent = nullptr);
    ~CatalogModel() override;

    void setItems(const QList<core::Amenity> &items);
    const QList<core::Amenity> &items() const { return m_items; }
    // Puts an added or changed item in its place by name.
    void upsert(const core::Amenity &item);
    int rowOf(core::Id id) const;
    const core::Amenity *itemAt(int row) const;
    void setLocale(const QLocale &locale);

    static QString columnTitle(Column column);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::Amenity> m_items;
    QLocale m_locale;
};

} // namespace tw::desk
