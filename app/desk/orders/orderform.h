#pragma once

#include <core/types.h>
#include <storage/orderrepository.h>

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace tw::desk {

// A guest an order can go to: the stay decides the room.
struct OrderFormGuest
{
    core::Guest guest;
    core::Stay stay;
};

// The new-order form without widgets: the catalog's active items with the
// quantity staff want of each (the Quantity column is editable), the live
// total, the guest, department, due time on the property's wall clock, the
// note (prefilled from the first chosen item's note template, merged for the
// guest, until staff write their own) and an optional linked card. check()
// says what stops the order, field by field; request() is what
// OrderRepository::create() takes.
class OrderForm : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Item, Department, UnitCost, Quantity, Cost };
    enum Role { AmenityIdRole = Qt::UserRole + 1, QuantityRole, SortRole };
    enum class Field { Guest, Items, Department, Due, Note };

    struct Problem
    {
        Field field = Field::Items;
        QString message;

        friend bool operator==(const Problem &, const Problem &) = default;
    };

    static constexpr int MaxQuantity = 99;
    static constexpr int MaxNoteLength = 500;

    explicit OrderForm(QObject *parent = nullptr);
    ~OrderForm() override;

    // The property decides the wall clock of the due time and the note's merge.
    void setOrderProperty(const core::Property &property);
    const core::Property &orderProperty() const { return m_property; }
    QTimeZone timeZone() const { return m_zone; }
    // Retired items are left out.
    void setCatalog(const QList<core::Amenity> &catalog);
    const QList<core::Amenity> &catalog() const { return m_items; }
    void setLocale(const QLocale &locale);
    // Who the order is written by: signs merged notes.
    void setActor(const QString &actor);

    void setGuests(const QList<OrderFormGuest> &guests);
    const QList<OrderFormGuest> &guests() const { return m_guests; }
    // False when the guest is not among guests().
    bool setGuest(core::Id guestId);
    const OrderFormGuest *guest() const;
    void setCards(const QList<core::Card> &cards);
    const QList<core::Card> &cards() const { return m_cards; }
    void setCardId(core::Id cardId) { m_cardId = cardId; }
    core::Id cardId() const { return m_cardId; }

    bool setQuantity(int row, int quantity);
    int quantity(int row) const;
    // The row of a catalog item; -1 when it is not orderable.
    int rowOf(core::Id amenityId) const;
    int rowOf(const QString &name) const;
    qint64 totalCents() const;
    // "58.00" in the form's locale.
    QString totalText() const;
    QList<core::OrderLine> chosenLines() const;

    // Absent: the first chosen item's department.
    void setDepartment(std::optional<core::Department> department);
    core::Department department() const;
    // The department of the first item chosen; absent while none is.
    std::optional<core::Department> firstItemDepartment() const;
    bool isDepartmentChosen() const { return m_department.has_value(); }

    // On the property's wall clock.
    void setDueLocal(const QDateTime &local);
    QDateTime dueLocal() const { return m_dueLocal; }
    QDateTime dueUtc() const;
    // A sensible first due time: now plus half an hour, to the next quarter.
    static QDateTime suggestedDueLocal(const QDateTime &nowUtc, const QTimeZone &zone);

    // Staff's own note; an empty one goes back to the suggestion.
    void setNote(const QString &note);
    QString note() const;
    bool isNoteEdited() const { return m_noteEdited; }
    // The first chosen item's note template merged for the guest.
    QString suggestedNote() const;

    // What stops the order now; empty when it can be sent. nowUtc: due times
    // more than a few minutes before it are refused.
    QList<Problem> check(const QDateTime &nowUtc) const;
    storage::OrderRequest request() const;

    QString columnTitle(Column column) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // Quantities, guest, department, due time or note changed.
    void changed();
    void totalChanged(qint64 cents);
    // The suggested note changed (the first item or the guest did).
    void suggestedNoteChanged(const QString &note);

private:
    void updateSuggestion();

    core::Property m_property;
    QTimeZone m_zone = QTimeZone::utc();
    QList<core::Amenity> m_items;
    QList<int> m_quantities;
    QList<int> m_chosenOrder; // rows in the order staff chose them; the first decides the defaults
    QLocale m_locale;
    QString m_actor;
    QList<OrderFormGuest> m_guests;
    int m_guest = -1;
    QList<core::Card> m_cards;
    core::Id m_cardId = core::InvalidId;
    std::optional<core::Department> m_department;
    QDateTime m_dueLocal;
    QString m_note;
    bool m_noteEdited = false;
    QString m_suggestion;
};

} // namespace tw::desk
