#include "todaylistpane.h"

#include "attentiondelegate.h"
#include "todaylistview.h"

#include <ui/cards/cardeditordialog.h>
#include <ui/orders/neworderdialog.h>

#include <desk/today/todaylistmodel.h>

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

using Column = desk::TodayListModel::Column;

namespace {

QString headingWithShortcut(desk::TodayList list, int count)
{
    switch (list) {
    case desk::TodayList::Arrivals:
        return TodayListPane::tr("&Arrivals (%1)").arg(count);
    case desk::TodayList::InHouse:
        return TodayListPane::tr("&In house (%1)").arg(count);
    case desk::TodayList::Departures:
        break;
    }
    return TodayListPane::tr("&Departures (%1)").arg(count);
}

QString objectNameOf(desk::TodayList list)
{
    switch (list) {
    case desk::TodayList::Arrivals:
        return u"todayArrivals"_s;
    case desk::TodayList::InHouse:
        return u"todayInHouse"_s;
    case desk::TodayList::Departures:
        break;
    }
    return u"todayDepartures"_s;
}

} // namespace

TodayListPane::TodayListPane(desk::TodayListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    const QString name = objectNameOf(model->list());
    setObjectName(name + u"Pane"_s);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(desk::TodayListModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_view = new TodayListView(this);
    m_view->setObjectName(name);
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(m_model->columnOf(Column::Attention), new AttentionDelegate(m_view));

    m_heading = new QLabel(this);
    m_heading->setObjectName(name + u"Heading"_s);
    m_heading->setBuddy(m_view);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    setDefaultColumns();
    m_view->setSortingEnabled(true);

    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayListPane::updateHeading);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TodayListPane::updateHeading);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TodayListPane::updateHeading);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const core::Id guestId = index.data(desk::TodayListModel::GuestIdRole).toLongLong();
        if (guestId != core::InvalidId)
            Q_EMIT guestActivated(guestId);
    });
    // Actions on the guest of the current row, from the keyboard or the context menu.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *writeCard = new QAction(tr("Write &Card…"), m_view);
    writeCard->setObjectName(name + u"WriteCardAction"_s);
    writeCard->setShortcut(CardEditorDialog::shortcut());
    writeCard->setShortcutContext(Qt::WidgetShortcut);
    writeCard->setStatusTip(tr("Write a note card for this guest"));
    connect(writeCard, &QAction::triggered, this, [this] {
        if (const core::Id guestId = currentGuestId(); guestId != core::InvalidId)
            Q_EMIT writeCardRequested(guestId);
    });
    m_view->addAction(writeCard);
    auto *newOrder = new QAction(tr("New Amenity &Order…"), m_view);
    newOrder->setObjectName(name + u"NewOrderAction"_s);
    newOrder->setShortcut(NewOrderDialog::shortcut());
    newOrder->setShortcutContext(Qt::WidgetShortcut);
    newOrder->setStatusTip(tr("Order an amenity for this guest"));
    connect(newOrder, &QAction::triggered, this, [this] {
        if (const core::Id guestId = currentGuestId(); guestId != core::InvalidId)
            Q_EMIT newOrderRequested(guestId);
    });
    m_view->addAction(newOrder);

    QHeaderView *header = m_view->header();
    connect(header, &QHeaderView::sectionResized, this, &TodayListPane::columnsChanged);
    connect(header, &QHeaderView::sectionMoved, this, &TodayListPane::columnsChanged);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TodayListPane::columnsChanged);
    updateHeading();
}

TodayListPane::~TodayListPane() = default;

desk::TodayList TodayListPane::list() const
{
    return m_model->list();
}

QString TodayListPane::headingText() const
{
    return tr("%1 (%2)").arg(desk::TodayListModel::title(list())).arg(m_model->rowCount());
}

void TodayListPane::updateHeading()
{
    m_heading->setText(headingWithShortcut(list(), m_model->rowCount()));
    const QString text = headingText();
    m_heading->setAccessibleName(text);
    m_view->setAccessibleName(text);
}

core::Id TodayListPane::currentStayId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(desk::TodayListModel::StayIdRole).toLongLong() : core::InvalidId;
}

core::Id TodayListPane::currentGuestId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(desk::TodayListModel::GuestIdRole).toLongLong() : core::InvalidId;
}

bool TodayListPane::selectStay(core::Id stayId)
{
    const int row = m_model->rowOfStay(stayId);
    if (stayId == core::InvalidId || row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (m_view->currentIndex().siblingAtColumn(0) != index)
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QByteArray TodayListPane::saveColumns() const
{
    return m_view->header()->saveState();
}

bool TodayListPane::restoreColumns(const QByteArray &state)
{
    return !state.isEmpty() && m_view->header()->restoreState(state);
}

void TodayListPane::setDefaultColumns()
{
    // Widths in characters of the view's font, so they suit any screen and size.
    const int em = m_view->fontMetrics().horizontalAdvance(u'M');
    QHeaderView *header = m_view->header();
    const auto width = [&](Column column, int ems) {
        // Never narrower than the column's title and sort arrow.
        if (const int section = m_model->columnOf(column); section >= 0)
            header->resizeSection(section, qMax(ems * em, header->sectionSizeHint(section) + em));
    };
    width(Column::Guest, 14);
    width(Column::Room, 4);
    width(Column::Nights, 4);
    width(Column::NightsLeft, 6);
    width(Column::Vip, 4);
    width(Column::Handles, 16);
    width(Column::Status, 7);
    const Column sortBy = list() == desk::TodayList::Arrivals ? Column::Guest : Column::Room;
    header->setSortIndicator(m_model->columnOf(sortBy), Qt::AscendingOrder);
}

} // namespace tw::ui
