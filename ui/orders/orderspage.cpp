#include "orderspage.h"

#include "catalogdialog.h"
#include "neworderdialog.h"
#include "orderboarddelegate.h"

#include <ui/cards/cardoutputdialogs.h>
#include <ui/logging.h>
#include <ui/settings.h>

#include <core/orderstatemachine.h>
#include <desk/orders/orderboardmodel.h>
#include <desk/orders/orderwording.h>
#include <desk/profile/actorname.h>
#include <print/sliprenderer.h>
#include <storage/database.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

constexpr int kResultMs = 8000;

bool askWithMessageBox(QWidget *parent, const QString &question)
{
    return QMessageBox::question(parent, OrdersPage::tr("Cancel the order?"), question,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace

OrdersPage::OrdersPage(storage::Database &database, Settings &settings, QWidget *parent)
    : Page(parent)
    , m_settings(settings)
    , m_url(database.url())
    , m_board(new desk::OrderBoard(database.url(), this))
    , m_askCancel(&askWithMessageBox)
    , m_output(std::make_shared<CardOutputDialogs>(CardOutputDialogs::standard()))
{
    setObjectName(u"ordersPage"_s);
    setAccessibleName(tr("Orders"));

    m_heading = new QLabel(tr("Orders"), this);
    m_heading->setObjectName(u"ordersHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Page title"));

    auto *newButton = new QPushButton(tr("&New amenity order…"), this);
    newButton->setObjectName(u"newOrderButton"_s);
    auto *catalogButton = new QPushButton(tr("C&atalog…"), this);
    catalogButton->setObjectName(u"catalogButton"_s);
    catalogButton->setToolTip(tr("Add, change and retire the amenities staff can order"));
    for (QPushButton *button : {newButton, catalogButton})
        button->setAutoDefault(false);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(newButton, 0, Qt::AlignBottom);
    headingRow->addWidget(catalogButton, 0, Qt::AlignBottom);

    m_includeClosed = new QCheckBox(tr("Show &delivered and cancelled (last 24 hours)"), this);
    m_includeClosed->setObjectName(u"includeClosedFilter"_s);
    connect(m_includeClosed, &QCheckBox::toggled, m_board, &desk::OrderBoard::setIncludeClosed);
    m_slipFormat = new QComboBox(this);
    m_slipFormat->setObjectName(u"slipFormat"_s);
    m_slipFormat->setAccessibleName(tr("Slip format"));
    m_slipFormat->addItem(tr("A6 slip (office printer)"), print::slipFormatKey(print::SlipFormat::A6));
    m_slipFormat->addItem(tr("80 mm receipt (kitchen printer)"), print::slipFormatKey(print::SlipFormat::Receipt80mm));
    auto *slipLabel = new QLabel(tr("S&lips on:"), this);
    slipLabel->setBuddy(m_slipFormat);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_includeClosed);
    filterRow->addStretch(1);
    filterRow->addWidget(slipLabel);
    filterRow->addWidget(m_slipFormat);

    m_status = new QLabel(this);
    m_status->setObjectName(u"ordersStatus"_s);
    m_status->setAccessibleName(tr("Orders status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"ordersBoard"_s);
    m_view->setAccessibleName(tr("Orders by department and due time"));
    m_view->setModel(m_board->model());
    m_view->setItemDelegate(new OrderBoardDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    {
        using Column = desk::OrderBoardModel::Column;
        const int em = m_view->fontMetrics().horizontalAdvance(u'M');
        QHeaderView *header = m_view->header();
        header->setStretchLastSection(false);
        const auto width
            = [&](Column column, int ems) { header->resizeSection(desk::OrderBoardModel::columnOf(column), ems * em); };
        // The state column holds "Overdue by 1 h 05 min · Accepted" in full.
        width(Column::Due, 11);
        width(Column::Room, 4);
        width(Column::Guest, 15);
        width(Column::Items, 18);
        width(Column::Cost, 6);
        width(Column::State, 26);
        width(Column::Number, 4);
        header->setSectionResizeMode(desk::OrderBoardModel::columnOf(Column::Items), QHeaderView::Stretch);
    }
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { act(Action::OpenGuest); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(8);
    layout->addLayout(headingRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    createActions();
    connect(newButton, &QPushButton::clicked, m_actions.value(Action::NewOrder), &QAction::trigger);
    connect(catalogButton, &QPushButton::clicked, m_actions.value(Action::Catalog), &QAction::trigger);

    m_board->setPreferredPropertyCode(m_settings.propertyCode());
    m_board->watch(database);
    connect(m_board, &desk::OrderBoard::aboutToUpdate, this, [this] {
        if (const core::Id id = currentOrderId(); id != core::InvalidId)
            m_selected = id;
    });
    connect(m_board->model(), &QAbstractItemModel::modelReset, this, &OrdersPage::afterReset);
    connect(m_board->model(), &QAbstractItemModel::rowsInserted, this, [this] { m_view->expandAll(); });
    connect(m_board, &desk::OrderBoard::updated, this, &OrdersPage::updateStatus);
    connect(m_board, &desk::OrderBoard::loadFailed, this, &OrdersPage::updateStatus);
    connect(m_board, &desk::OrderBoard::advanceFinished, this, &OrdersPage::onAdvanced);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PropertyCode)
            m_board->setPreferredPropertyCode(m_settings.propertyCode());
    });

    m_resultTimer.setSingleShot(true);
    m_resultTimer.setInterval(kResultMs);
    connect(&m_resultTimer, &QTimer::timeout, this, [this] {
        m_result.clear();
        m_problem = false;
        updateStatus();
    });

    afterReset();
    updateStatus();
    // Whoever made the page may set the board up first (a fixed clock in tests).
    QTimer::singleShot(0, this, [this] {
        if (!m_board->hasLoaded() && !m_board->isLoading())
            m_board->refresh();
    });
}

OrdersPage::~OrdersPage() = default;

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return QIcon::fromTheme(u"view-task"_s, QIcon::fromTheme(u"x-office-document"_s));
}

QString OrdersPage::screenshotName() const
{
    return u"orders"_s;
}

void OrdersPage::refresh()
{
    m_board->refresh();
}

void OrdersPage::setCancelQuestion(CancelQuestion question)
{
    m_askCancel = question ? std::move(question) : CancelQuestion(&askWithMessageBox);
}

void OrdersPage::setOutputDialogs(const CardOutputDialogs &dialogs)
{
    m_output = std::make_shared<CardOutputDialogs>(dialogs);
}

void OrdersPage::createActions()
{
    struct Definition
    {
        Action which;
        QString text;
        QKeySequence key;
        QString tip;
        QString name;
        bool onBoard; // a letter that acts on the board only
    };
    const QList<Definition> definitions{
        {Action::Accept, tr("&Accept"), QKeySequence(tr("A")), tr("The department has taken the order on"),
         u"acceptOrderAction"_s, true},
        {Action::Start, tr("&Start (in progress)"), QKeySequence(tr("S")), tr("Someone is preparing it now"),
         u"startOrderAction"_s, true},
        {Action::Deliver, tr("&Deliver"), QKeySequence(tr("D")), tr("It is in the guest's room"),
         u"deliverOrderAction"_s, true},
        {Action::Cancel, tr("&Cancel the order…"), QKeySequence(tr("C")),
         tr("Nothing will be delivered; a cancelled order cannot be reopened"), u"cancelOrderAction"_s, true},
        {Action::OpenGuest, tr("&Open the guest"), QKeySequence(tr("G")),
         tr("The guest's profile and timeline (also Enter)"), u"openOrderGuestAction"_s, true},
        {Action::PrintSlip, tr("&Print slip…"), QKeySequence(Qt::CTRL | Qt::Key_P),
         tr("Print the order's slip for the department, with a preview"), u"printSlipAction"_s, false},
        {Action::ExportSlip, tr("Save slip as P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         tr("Save the order's slip as a PDF file"), u"exportSlipAction"_s, false},
        {Action::NewOrder, tr("&New amenity order…"), QKeySequence(Qt::CTRL | Qt::Key_N),
         tr("Order an amenity for a guest"), u"newOrderAction"_s, false},
        {Action::Catalog, tr("C&atalog…"), QKeySequence(), tr("Add, change and retire the amenities staff can order"),
         u"catalogAction"_s, false},
    };
    for (const Definition &d : definitions) {
        auto *action = new QAction(d.text, this);
        action->setObjectName(d.name);
        action->setShortcut(d.key);
        // Letters act on the board only, so typing elsewhere stays typing;
        // the Ctrl keys work anywhere on the page.
        action->setShortcutContext(d.onBoard ? Qt::WidgetShortcut : Qt::WidgetWithChildrenShortcut);
        action->setToolTip(d.key.isEmpty() ? d.tip
                                           : tr("%1 (%2)").arg(d.tip, d.key.toString(QKeySequence::NativeText)));
        action->setStatusTip(d.tip);
        connect(action, &QAction::triggered, this, [this, which = d.which] { act(which); });
        if (d.onBoard)
            m_view->addAction(action);
        else
            addAction(action);
        m_actions.insert(d.which, action);
    }
}

QMenu *OrdersPage::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"ordersContextMenu"_s);
    for (const Action which : {Action::Accept, Action::Start, Action::Deliver, Action::Cancel})
        menu->addAction(m_actions.value(which));
    menu->addSeparator();
    menu->addAction(m_actions.value(Action::OpenGuest));
    menu->addAction(m_actions.value(Action::PrintSlip));
    menu->addAction(m_actions.value(Action::ExportSlip));
    menu->addSeparator();
    menu->addAction(m_actions.value(Action::NewOrder));
    return menu;
}

core::Id OrdersPage::currentOrderId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(desk::OrderBoardModel::OrderIdRole).toLongLong() : core::InvalidId;
}

bool OrdersPage::selectOrder(core::Id orderId)
{
    const QModelIndex index = m_board->model()->indexOfOrder(orderId);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void OrdersPage::afterReset()
{
    m_view->expandAll();
    for (int row = 0; row < m_board->model()->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    if (m_selected != core::InvalidId && selectOrder(m_selected))
        return;
    // The keyboard starts on the first order.
    const QList<desk::OrderBoardRow> rows = m_board->model()->rows();
    if (!rows.isEmpty() && !m_view->currentIndex().isValid())
        selectOrder(rows.constFirst().order.id);
}

void OrdersPage::act(Action which)
{
    switch (which) {
    case Action::Accept:
        advance(core::OrderState::Accepted);
        return;
    case Action::Start:
        advance(core::OrderState::InProgress);
        return;
    case Action::Deliver:
        advance(core::OrderState::Delivered);
        return;
    case Action::Cancel:
        advance(core::OrderState::Cancelled);
        return;
    case Action::OpenGuest: {
        const QModelIndex current = m_view->currentIndex();
        const core::Id guest
            = current.isValid() ? current.data(desk::OrderBoardModel::GuestIdRole).toLongLong() : core::InvalidId;
        if (guest != core::InvalidId)
            Q_EMIT guestActivated(guest);
        else if (current.isValid() && current.data(desk::OrderBoardModel::IsDepartmentRole).toBool())
            m_view->setExpanded(current.siblingAtColumn(0), !m_view->isExpanded(current.siblingAtColumn(0)));
        return;
    }
    case Action::PrintSlip:
        printSlip(false);
        return;
    case Action::ExportSlip:
        printSlip(true);
        return;
    case Action::NewOrder:
        newOrder();
        return;
    case Action::Catalog:
        showCatalog();
        return;
    }
}

void OrdersPage::advance(core::OrderState to)
{
    const core::Id orderId = currentOrderId();
    if (orderId == core::InvalidId) {
        showResult(tr("Choose an order on the board first (arrow keys)."), true);
        return;
    }
    if (m_board->isAdvancing()) {
        showResult(tr("The last change is still being saved; try again in a moment."), true);
        return;
    }
    const desk::OrderBoardRow *row = m_board->model()->rowAt(m_board->model()->indexOfOrder(orderId));
    if (to == core::OrderState::Cancelled && row && core::OrderStateMachine::canAdvance(row->order.state, to)) {
        const QString question
            = tr("Cancel order %1 (%2 for %3, room %4)? Nothing will be delivered, and a "
                 "cancelled order cannot be reopened.")
                  .arg(orderId)
                  .arg(desk::OrderWording::itemsText(row->order.lines), row->guest.displayName(), row->order.room);
        if (!m_askCancel(this, question))
            return;
    }
    if (m_board->advance(orderId, to, desk::ActorName::resolve(m_settings.staffName())))
        showResult(tr("Saving order %1 as “%2”…").arg(orderId).arg(core::OrderStateMachine::label(to)), false);
}

void OrdersPage::onAdvanced(const desk::OrderBoard::Outcome &outcome)
{
    if (outcome.ok) {
        showResult(tr("Order %1 is now “%2”.").arg(outcome.orderId).arg(core::OrderStateMachine::label(outcome.to)),
                   false);
        selectOrder(outcome.orderId);
        return;
    }
    if (outcome.refused) {
        showResult(outcome.message, true);
        return;
    }
    if (outcome.conflict) {
        showResult(tr("Someone else changed order %1 first: %2 The board now shows it as it is; check it and try "
                      "again if it still needs to move on.")
                       .arg(outcome.orderId)
                       .arg(outcome.message),
                   true);
        m_board->refresh();
        return;
    }
    showResult(outcome.message, true);
}

void OrdersPage::printSlip(bool pdf)
{
    const core::Id orderId = currentOrderId();
    const desk::OrderBoardRow *row = m_board->model()->rowAt(m_board->model()->indexOfOrder(orderId));
    if (!row) {
        showResult(tr("Choose an order on the board first (arrow keys)."), true);
        return;
    }
    const auto format
        = print::slipFormatFromKey(m_slipFormat->currentData().toString()).value_or(print::SlipFormat::A6);
    const QList<print::SlipContent> slips{
        print::SlipContent::fromOrder(row->order, row->guest, m_board->snapshot().property, QLocale())};
    const print::SlipRenderer renderer(format);
    if (pdf) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = QDir(folder).filePath(tr("order-%1-slip.pdf").arg(orderId));
        const QString path = m_output->askFileName ? m_output->askFileName(this, suggested) : QString();
        if (path.isEmpty())
            return;
        const core::Status written = renderer.exportPdf(path, slips);
        if (written)
            showResult(tr("The slip of order %1 is saved as %2.").arg(orderId).arg(QDir::toNativeSeparators(path)),
                       false);
        else
            showResult(tr("The slip could not be saved: %1").arg(written.error()), true);
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Order %1 slip").arg(orderId));
    // The slip's own paper from the start, so the print dialog and the preview
    // show it true to size.
    printer->setFullPage(true);
    printer->setPageSize(
        QPageSize(renderer.slipSize(slips.constFirst()), QPageSize::Point, QString(), QPageSize::ExactMatch));
    QPointer<OrdersPage> self(this);
    const auto paint = [renderer, slips, self](QPrinter *target) {
        const core::Status printed = renderer.print(*target, slips);
        if (!printed && self)
            self->showResult(tr("The slip could not be printed: %1").arg(printed.error()), true);
    };
    const auto finished = [self, printer, orderId](bool accepted) {
        if (self && accepted)
            self->showResult(tr("The slip of order %1 went to the printer.").arg(orderId), false);
    };
    if (m_output->askPrint)
        m_output->askPrint(this, printer.get(), paint, finished);
}

NewOrderDialog *OrdersPage::newOrder(core::Id guestId)
{
    NewOrderDialog *dialog = NewOrderDialog::showFor(m_url, guestId, m_settings, this);
    connect(dialog, &NewOrderDialog::orderCreated, this, [this](const core::AmenityOrder &order) {
        m_selected = order.id;
        showResult(tr("Order %1 placed: %2.").arg(order.id).arg(desk::OrderWording::itemsText(order.lines)), false);
        m_board->refresh();
    });
    return dialog;
}

CatalogDialog *OrdersPage::showCatalog()
{
    if (!m_catalog) {
        m_catalog = new CatalogDialog(m_url, m_settings, this);
        m_catalog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_catalog->show();
    m_catalog->raise();
    m_catalog->activateWindow();
    return m_catalog;
}

void OrdersPage::showResult(const QString &text, bool problem)
{
    m_result = text;
    m_problem = problem;
    if (problem)
        qCInfo(lcUi) << "orders:" << text;
    m_resultTimer.start();
    updateStatus();
}

QString OrdersPage::statusText() const
{
    return m_status->text();
}

void OrdersPage::updateStatus()
{
    const desk::OrderBoardSnapshot &snapshot = m_board->snapshot();
    if (m_board->hasLoaded())
        m_heading->setText(snapshot.hasProperty() ? tr("Orders at %1").arg(snapshot.property.name) : tr("Orders"));
    if (!m_result.isEmpty()) {
        m_status->setText(m_result);
        return;
    }
    const desk::OrderBoardModel *model = m_board->model();
    QString text;
    if (!m_board->errorText().isEmpty())
        text = tr("The orders cannot be read right now: %1 Press F5 to try again.").arg(m_board->errorText());
    else if (!m_board->hasLoaded())
        text = tr("Reading the orders…");
    else if (!snapshot.hasProperty())
        text = tr("Add your hotel in Settings first; orders belong to a property.");
    else if (model->orderCount() == 0)
        text = tr("No open orders. Ctrl+N orders an amenity for a guest.");
    else if (model->overdueCount() > 0)
        text = tr("%n order(s) on the board, %1 overdue. A accepts, S starts, D delivers, C cancels the selected "
                  "order; Ctrl+P prints its slip.",
                  nullptr, model->orderCount())
                   .arg(model->overdueCount());
    else
        text = tr("%n order(s) on the board. A accepts, S starts, D delivers, C cancels the selected order; Ctrl+P "
                  "prints its slip.",
                  nullptr, model->orderCount());
    m_status->setText(text);
}

} // namespace tw::ui
