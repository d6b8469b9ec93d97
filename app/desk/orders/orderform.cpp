#include "orderform.h"

#include "orderwording.h"

#include <core/cardmerge.h>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

constexpr int kColumns = int(OrderForm::Column::Cost) + 1;
// A due time typed a little before now (the form was open a while) is meant as "now".
constexpr qint64 kPastToleranceSeconds = qint64(5) * 60;

} // namespace

OrderForm::OrderForm(QObject *parent)
    : QAbstractTableModel(parent)
{
}

OrderForm::~OrderForm() = default;

void OrderForm::setOrderProperty(const core::Property &property)
{
    const QDateTime utc = dueUtc();
    m_property = property;
    m_zone = OrderWording::zoneOf(property);
    // The same instant on the new wall clock.
    if (utc.isValid())
        m_dueLocal = utc.toTimeZone(m_zone);
    updateSuggestion();
    Q_EMIT changed();
}

void OrderForm::setCatalog(const QList<core::Amenity> &catalog)
{
    // Quantities follow their items by id across a reload of the catalog.
    QHash<core::Id, int> kept;
    QList<core::Id> keptOrder;
    for (const int row : std::as_const(m_chosenOrder)) {
        kept.insert(m_items.at(row).id, m_quantities.at(row));
        keptOrder.append(m_items.at(row).id);
    }
    beginResetModel();
    m_items.clear();
    for (const core::Amenity &amenity : catalog) {
        if (amenity.active)
            m_items.append(amenity);
    }
    m_quantities = QList<int>(m_items.size(), 0);
    m_chosenOrder.clear();
    for (const core::Id id : std::as_const(keptOrder)) {
        const int row = rowOf(id);
        if (row >= 0) {
            m_quantities[row] = kept.value(id);
            m_chosenOrder.append(row);
        }
    }
    endResetModel();
    updateSuggestion();
    Q_EMIT totalChanged(totalCents());
    Q_EMIT changed();
}

void OrderForm::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
    updateSuggestion();
}

void OrderForm::setActor(const QString &actor)
{
    m_actor = actor;
    updateSuggestion();
}

void OrderForm::setGuests(const QList<OrderFormGuest> &guests)
{
    const OrderFormGuest *chosen = guest();
    const core::Id current = chosen ? chosen->guest.id : core::InvalidId;
    m_guests = guests;
    m_guest = -1;
    if (current != core::InvalidId)
        setGuest(current);
    updateSuggestion();
    Q_EMIT changed();
}

bool OrderForm::setGuest(core::Id guestId)
{
    int found = -1;
    for (int i = 0; i < m_guests.size(); ++i) {
        if (m_guests.at(i).guest.id == guestId) {
            found = i;
            break;
        }
    }
    if (found == m_guest)
        return found >= 0;
    m_guest = found;
    m_cards.clear();
    m_cardId = core::InvalidId;
    updateSuggestion();
    Q_EMIT changed();
    return found >= 0;
}

const OrderFormGuest *OrderForm::guest() const
{
    return m_guest >= 0 && m_guest < m_guests.size() ? &m_guests.at(m_guest) : nullptr;
}

void OrderForm::setCards(const QList<core::Card> &cards)
{
    m_cards = cards;
    bool known = false;
    for (const core::Card &card : cards)
        known = known || card.id == m_cardId;
    if (!known)
        m_cardId = core::InvalidId;
}

bool OrderForm::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_items.size() || quantity < 0 || quantity > MaxQuantity)
        return false;
    if (m_quantities.at(row) == quantity)
        return true;
    m_quantities[row] = quantity;
    m_chosenOrder.removeAll(row);
    if (quantity > 0)
        m_chosenOrder.append(row);
    Q_EMIT dataChanged(index(row, 0), index(row, kColumns - 1));
    updateSuggestion();
    Q_EMIT totalChanged(totalCents());
    Q_EMIT changed();
    return true;
}

int OrderForm::quantity(int row) const
{
    return row >= 0 && row < m_quantities.size() ? m_quantities.at(row) : 0;
}

int OrderForm::rowOf(core::Id amenityId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == amenityId)
            return i;
    }
    return -1;
}

int OrderForm::rowOf(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qint64 OrderForm::totalCents() const
{
    qint64 total = 0;
    for (int i = 0; i < m_items.size(); ++i)
        total += m_items.at(i).unitCostCents * m_quantities.at(i);
    return total;
}

QString OrderForm::totalText() const
{
    return OrderWording::money(totalCents(), m_locale);
}

QList<core::OrderLine> OrderForm::chosenLines() const
{
    QList<core::OrderLine> lines;
    for (const int row : m_chosenOrder) {
        const core::Amenity &amenity = m_items.at(row);
        core::OrderLine line;
        line.amenityId = amenity.id;
        line.name = amenity.name;
        line.quantity = m_quantities.at(row);
        line.unitCostCents = amenity.unitCostCents;
        lines.append(line);
    }
    return lines;
}

void OrderForm::setDepartment(std::optional<core::Department> department)
{
    if (department == m_department)
        return;
    m_department = department;
    Q_EMIT changed();
}

core::Department OrderForm::department() const
{
    if (m_department)
        return *m_department;
    return firstItemDepartment().value_or(core::Department::Housekeeping);
}

std::optional<core::Department> OrderForm::firstItemDepartment() const
{
    if (m_chosenOrder.isEmpty())
        return std::nullopt;
    return m_items.at(m_chosenOrder.constFirst()).department;
}

void OrderForm::setDueLocal(const QDateTime &local)
{
    // The wall-clock reading counts, in the property's zone, whatever zone the
    // editor's QDateTime carried.
    const QDateTime due = local.isValid() ? QDateTime(local.date(), local.time(), m_zone) : QDateTime();
    if (due == m_dueLocal)
        return;
    m_dueLocal = due;
    Q_EMIT changed();
}

QDateTime OrderForm::dueUtc() const
{
    return m_dueLocal.isValid() ? m_dueLocal.toUTC() : QDateTime();
}

QDateTime OrderForm::suggestedDueLocal(const QDateTime &nowUtc, const QTimeZone &zone)
{
    const QDateTime later
        = nowUtc.toUTC().addSecs(qint64(30) * 60).toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QTime time = later.time();
    const int minutes = time.hour() * 60 + time.minute();
    const int rounded = (minutes + 14) / 15 * 15;
    QDateTime due(later.date(), QTime(0, 0), later.timeZone());
    return due.addSecs(qint64(rounded) * 60);
}

void OrderForm::setNote(const QString &note)
{
    const QString trimmed = note.trimmed();
    const bool edited = !trimmed.isEmpty() && trimmed != m_suggestion.trimmed();
    if (edited == m_noteEdited && (!edited || note == m_note))
        return;
    m_noteEdited = edited;
    m_note = edited ? note : QString();
    Q_EMIT changed();
}

QString OrderForm::note() const
{
    return m_noteEdited ? m_note : m_suggestion;
}

QString OrderForm::suggestedNote() const
{
    return m_suggestion;
}

void OrderForm::updateSuggestion()
{
    QString suggestion;
    if (!m_chosenOrder.isEmpty()) {
        const QString body = m_items.at(m_chosenOrder.constFirst()).noteTemplate;
        if (!body.trimmed().isEmpty()) {
            const OrderFormGuest *chosen = guest();
            const core::CardMerge::Values values = core::CardMerge::Values::from(
                chosen ? chosen->guest : core::Guest(), chosen ? std::optional<core::Stay>(chosen->stay) : std::nullopt,
                m_property.id != core::InvalidId ? std::optional<core::Property>(m_property) : std::nullopt, m_actor);
            // Fields that cannot be filled are left out, never printed raw.
            suggestion = core::CardMerge(m_locale).merge(body, values).text.trimmed();
        }
    }
    if (suggestion == m_suggestion)
        return;
    m_suggestion = suggestion;
    Q_EMIT suggestedNoteChanged(m_suggestion);
}

QList<OrderForm::Problem> OrderForm::check(const QDateTime &nowUtc) const
{
    QList<Problem> problems;
    if (!guest()) {
        problems.append({Field::Guest, tr("Choose the guest the order is for.")});
    } else if (guest()->stay.id == core::InvalidId) {
        problems.append({Field::Guest,
                         tr("%1 is neither in house nor arriving, so there is no room to deliver to. "
                            "Order once they have a reservation.")
                             .arg(guest()->guest.displayName())});
    }
    if (m_chosenOrder.isEmpty()) {
        problems.append({Field::Items,
                         m_items.isEmpty() ? tr("The catalog has no items to order. Add some with Catalog… first.")
                                           : tr("Choose at least one item: type a quantity next to it.")});
    }
    if (!m_dueLocal.isValid()) {
        problems.append({Field::Due, tr("Choose when the order is due.")});
    } else if (nowUtc.isValid() && dueUtc().secsTo(nowUtc) > kPastToleranceSeconds) {
        problems.append({Field::Due, tr("The due time has already passed. Choose a later time, or now.")});
    }
    if (note().size() > MaxNoteLength) {
        problems.append({Field::Note,
                         tr("The note is %1 characters long; keep it to %2 so it fits on the slip.")
                             .arg(note().size())
                             .arg(MaxNoteLength)});
    }
    return problems;
}

storage::OrderRequest OrderForm::request() const
{
    storage::OrderRequest request;
    if (const OrderFormGuest *chosen = guest()) {
        request.guestId = chosen->guest.id;
        request.stayId = chosen->stay.id;
    }
    for (const core::OrderLine &line : chosenLines())
        request.items.append({line.name, line.quantity});
    request.department = department();
    request.dueAt = dueUtc();
    request.note = note().trimmed();
    request.cardId = m_cardId;
    return request;
}

QString OrderForm::columnTitle(Column column) const
{
    switch (column) {
    case Column::Item:
        return tr("Item");
    case Column::Department:
        return tr("Department");
    case Column::UnitCost:
        return tr("Unit cost");
    case Column::Quantity:
        return tr("Quantity");
    case Column::Cost:
        break;
    }
    return tr("Cost");
}

int OrderForm::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OrderForm::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QVariant OrderForm::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const core::Amenity &amenity = m_items.at(index.row());
    const int quantity = m_quantities.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case AmenityIdRole:
        return amenity.id;
    case QuantityRole:
        return quantity;
    case Qt::EditRole:
        if (column == Column::Quantity)
            return quantity;
        break;
    case SortRole:
        if (column == Column::UnitCost)
            return amenity.unitCostCents;
        if (column == Column::Cost)
            return amenity.unitCostCents * quantity;
        if (column == Column::Quantity)
            return quantity;
        break;
    case Qt::TextAlignmentRole:
        if (column != Column::Item && column != Column::Department)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ToolTipRole:
        if (!amenity.noteTemplate.isEmpty())
            return tr("Note: %1").arg(amenity.noteTemplate);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Column::Item:
        return amenity.name;
    case Column::Department:
        return OrderWording::departmentName(amenity.department);
    case Column::UnitCost:
        return OrderWording::money(amenity.unitCostCents, m_locale);
    case Column::Quantity:
        return quantity == 0 ? QString() : m_locale.toString(quantity);
    case Column::Cost:
        return quantity == 0 ? QString() : OrderWording::money(amenity.unitCostCents * quantity, m_locale);
    }
    return {};
}

bool OrderForm::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || Column(index.column()) != Column::Quantity)
        return false;
    bool ok = false;
    const int quantity = value.toString().trimmed().isEmpty() ? 0 : value.toInt(&ok);
    if (!ok && !value.toString().trimmed().isEmpty())
        return false;
    return setQuantity(index.row(), quantity);
}

QVariant OrderForm::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kColumns)
        return columnTitle(Column(section));
    return {};
}

Qt::ItemFlags OrderForm::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (Column(index.column()) == Column::Quantity)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace tw::desk
