#include "neworderdialog.h"

#include <ui/logging.h>
#include <ui/settings.h>

#include <desk/orders/orderform.h>
#include <desk/orders/orderwording.h>
#include <desk/profile/actorname.h>

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

using Form = desk::OrderForm;

// Quantities from 0 (not ordered) to the form's limit, typed or stepped.
class QuantityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setRange(0, Form::MaxQuantity);
        spin->setFrame(false);
        spin->setAlignment(Qt::AlignRight);
        spin->setAccessibleName(NewOrderDialog::tr("Quantity"));
        return spin;
    }
};

QString guestLabel(const desk::OrderFormGuest &entry)
{
    const QString name = entry.guest.displayName();
    if (entry.stay.id == core::InvalidId)
        return NewOrderDialog::tr("%1 (no stay to deliver to)").arg(name);
    if (entry.stay.room.isEmpty())
        return NewOrderDialog::tr("%1 (no room yet)").arg(name);
    return NewOrderDialog::tr("%1, room %2").arg(name, entry.stay.room);
}

} // namespace

NewOrderDialog::NewOrderDialog(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_guestId(guestId)
    , m_settings(settings)
    , m_clock(&QDateTime::currentDateTimeUtc)
    , m_form(new desk::OrderForm(this))
{
    setObjectName(u"newOrderDialog"_s);
    setWindowTitle(tr("New Amenity Order"));
    m_form->setActor(desk::ActorName::resolve(m_settings.staffName()));

    m_intro = new QLabel(tr("Reading the catalog and today's guests…"), this);
    m_intro->setObjectName(u"newOrderIntro"_s);
    m_intro->setWordWrap(true);

    m_guestBox = new QComboBox(this);
    m_guestBox->setObjectName(u"orderGuest"_s);
    m_guestBox->setAccessibleName(tr("Guest"));
    m_guestBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_itemsView = new QTableView(this);
    m_itemsView->setObjectName(u"orderItems"_s);
    m_itemsView->setAccessibleName(tr("Catalog items and quantities"));
    m_itemsView->setModel(m_form);
    m_itemsView->setItemDelegateForColumn(int(Form::Column::Quantity), new QuantityDelegate(m_itemsView));
    m_itemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemsView->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::DoubleClicked);
    m_itemsView->verticalHeader()->hide();
    m_itemsView->setWordWrap(false);
    m_itemsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemsView->horizontalHeader()->setSectionResizeMode(int(Form::Column::Item), QHeaderView::Stretch);
    m_itemsView->setTabKeyNavigation(false);
    m_itemsView->setMinimumHeight(m_itemsView->fontMetrics().height() * 9);
    for (const auto &[key, delta, name] : {std::tuple{Qt::Key_Plus, 1, u"increaseQuantityAction"_s},
                                           std::tuple{Qt::Key_Minus, -1, u"decreaseQuantityAction"_s}}) {
        auto *action = new QAction(delta > 0 ? tr("One more") : tr("One fewer"), m_itemsView);
        action->setObjectName(name);
        action->setShortcuts({QKeySequence(key), QKeySequence(delta > 0 ? Qt::Key_Equal : Qt::Key_Underscore)});
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, delta = delta] { changeQuantity(delta); });
        m_itemsView->addAction(action);
    }

    m_total = new QLabel(this);
    m_total->setObjectName(u"orderTotal"_s);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);

    m_departmentBox = new QComboBox(this);
    m_departmentBox->setObjectName(u"orderDepartment"_s);
    m_departmentBox->setAccessibleName(tr("Department"));

    m_dueEdit = new QDateTimeEdit(this);
    m_dueEdit->setObjectName(u"orderDue"_s);
    m_dueEdit->setAccessibleName(tr("Due time, hotel time"));
    m_dueEdit->setCalendarPopup(true);
    {
        const QLocale locale;
        m_dueEdit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + u' '
                                    + desk::OrderWording::shortTimeFormat(locale));
    }
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(u"orderZone"_s);
    auto *dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueEdit);
    dueRow->addWidget(m_zoneLabel, 1);

    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(u"orderNote"_s);
    m_noteEdit->setAccessibleName(tr("Note for the slip"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().height() * 5);

    m_cardBox = new QComboBox(this);
    m_cardBox->setObjectName(u"orderCard"_s);
    m_cardBox->setAccessibleName(tr("Note card to go with it"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"orderProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("What stops the order"));
    m_problems->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_placeButton = m_buttons->addButton(tr("&Place order"), QDialogButtonBox::AcceptRole);
    m_placeButton->setObjectName(u"placeOrderButton"_s);
    m_placeButton->setEnabled(false);
    connect(m_placeButton, &QPushButton::clicked, this, &NewOrderDialog::place);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Guest:"), m_guestBox);
    form->addRow(tr("&Items:"), m_itemsView);
    form->addRow(tr("Total:"), m_total);
    form->addRow(tr("&Department:"), m_departmentBox);
    form->addRow(tr("D&ue:"), dueRow);
    form->addRow(tr("&Note:"), m_noteEdit);
    form->addRow(tr("&Card:"), m_cardBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_guestBox, &QComboBox::activated, this, [this](int index) {
        const core::Id id = m_guestBox->itemData(index).toLongLong();
        m_form->setGuest(id);
        fillCards();
        if (id != core::InvalidId && !m_cards.isRunning())
            m_cards.setFuture(QtConcurrent::run(&desk::OrderFormLoader::cards, m_url, id));
    });
    connect(m_departmentBox, &QComboBox::activated, this, [this](int index) {
        const int value = m_departmentBox->itemData(index).toInt();
        m_form->setDepartment(value < 0 ? std::nullopt : std::optional<core::Department>(core::Department(value)));
    });
    connect(m_dueEdit, &QDateTimeEdit::dateTimeChanged, this,
            [this](const QDateTime &local) { m_form->setDueLocal(local); });
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_fillingNote)
            m_form->setNote(m_noteEdit->toPlainText());
    });
    connect(m_cardBox, &QComboBox::activated, this,
            [this](int index) { m_form->setCardId(m_cardBox->itemData(index).toLongLong()); });
    connect(m_form, &Form::totalChanged, this, &NewOrderDialog::updateTotal);
    connect(m_form, &Form::changed, this, &NewOrderDialog::updateDepartmentChoice);
    connect(m_form, &Form::suggestedNoteChanged, this, [this](const QString &note) {
        // The suggestion follows the first item until staff write their own.
        if (m_form->isNoteEdited())
            return;
        m_fillingNote = true;
        m_noteEdit->setPlainText(note);
        m_fillingNote = false;
    });

    connect(&m_load, &QFutureWatcherBase::finished, this, &NewOrderDialog::onLoaded);
    connect(&m_cards, &QFutureWatcherBase::finished, this, &NewOrderDialog::onCardsLoaded);
    connect(&m_create, &QFutureWatcherBase::finished, this, &NewOrderDialog::onCreated);

    updateTotal();
    updateDepartmentChoice();
    fillCards();
    resize(sizeHint().expandedTo(QSize(640, 560)));
    // The load waits for the event loop, so a test can fix the clock first.
    QTimer::singleShot(0, this, &NewOrderDialog::load);
}

NewOrderDialog::~NewOrderDialog()
{
    for (QFutureWatcherBase *watcher : std::initializer_list<QFutureWatcherBase *>{&m_load, &m_cards, &m_create}) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

NewOrderDialog *NewOrderDialog::showFor(const storage::DatabaseUrl &url, core::Id guestId, Settings &settings,
                                        QWidget *parent)
{
    auto *dialog = new NewOrderDialog(url, guestId, settings, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QKeySequence NewOrderDialog::shortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
}

void NewOrderDialog::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
}

QDateTime NewOrderDialog::now() const
{
    return m_clock().toUTC();
}

void NewOrderDialog::load()
{
    desk::OrderFormLoader::Request request;
    request.propertyCode = m_settings.propertyCode();
    request.guestId = m_guestId;
    request.now = now();
    m_load.setFuture(QtConcurrent::run([url = m_url, request] { return desk::OrderFormLoader::load(url, request); }));
}

void NewOrderDialog::onLoaded()
{
    const core::Result<desk::OrderFormData> data = m_load.result();
    if (!data) {
        qCWarning(lcUi) << "new order:" << data.error();
        m_intro->setText(tr("The order form cannot be filled in: %1").arg(data.error()));
        Q_EMIT failed(data.error());
        return;
    }
    m_form->setOrderProperty(data->property);
    m_form->setCatalog(data->catalog);
    m_form->setGuests(data->guests);
    if (m_guestId != core::InvalidId)
        m_form->setGuest(m_guestId);
    else if (data->guests.size() == 1)
        m_form->setGuest(data->guests.constFirst().guest.id);
    m_form->setCards(data->cards);
    fillGuests();
    fillCards();

    const QTimeZone zone = m_form->timeZone();
    const QDateTime due = desk::OrderForm::suggestedDueLocal(data->now, zone);
    {
        const QSignalBlocker blocker(m_dueEdit);
        m_dueEdit->setDateTime(QDateTime(due.date(), due.time()));
    }
    m_form->setDueLocal(due);
    const QString zoneName = data->property.timeZone.trimmed().isEmpty() ? u"UTC"_s : data->property.timeZone;
    m_zoneLabel->setText(tr("hotel time (%1)").arg(zoneName));

    if (data->property.id == core::InvalidId)
        m_intro->setText(tr("Add your hotel in Settings first; orders belong to a property."));
    else if (const desk::OrderFormGuest *guest = m_form->guest())
        m_intro->setText(tr("An amenity for %1 at %2.").arg(guest->guest.displayName(), data->property.name));
    else
        m_intro->setText(tr("An amenity for a guest in house or arriving today at %1.").arg(data->property.name));
    m_placeButton->setEnabled(true);
    m_loaded = true;
    (m_form->guest() ? static_cast<QWidget *>(m_itemsView) : m_guestBox)->setFocus(Qt::OtherFocusReason);
    if (m_form->rowCount() > 0)
        m_itemsView->setCurrentIndex(m_form->index(0, int(Form::Column::Quantity)));
    Q_EMIT loaded();
}

void NewOrderDialog::onCardsLoaded()
{
    const core::Result<QList<core::Card>> cards = m_cards.result();
    if (!cards) {
        qCWarning(lcUi) << "new order, cards:" << cards.error();
        return;
    }
    const desk::OrderFormGuest *guest = m_form->guest();
    QList<core::Card> mine;
    for (const core::Card &card : cards.value()) {
        if (guest && card.guestId == guest->guest.id)
            mine.append(card);
    }
    m_form->setCards(mine);
    fillCards();
}

void NewOrderDialog::fillGuests()
{
    const QSignalBlocker blocker(m_guestBox);
    m_guestBox->clear();
    if (!m_form->guest())
        m_guestBox->addItem(tr("Choose a guest…"), core::Id(core::InvalidId));
    for (const desk::OrderFormGuest &entry : m_form->guests())
        m_guestBox->addItem(guestLabel(entry), entry.guest.id);
    if (const desk::OrderFormGuest *guest = m_form->guest())
        m_guestBox->setCurrentIndex(m_guestBox->findData(guest->guest.id));
}

void NewOrderDialog::fillCards()
{
    const QSignalBlocker blocker(m_cardBox);
    m_cardBox->clear();
    m_cardBox->addItem(tr("No card"), core::Id(core::InvalidId));
    const QLocale locale;
    const QTimeZone zone = m_form->timeZone();
    for (const core::Card &card : m_form->cards()) {
        const QString when
            = card.outputAt ? locale.toString(card.outputAt->toTimeZone(zone).date(), QLocale::ShortFormat) : QString();
        m_cardBox->addItem(when.isEmpty() ? tr("“%1” card").arg(card.templateName)
                                          : tr("“%1” card, %2").arg(card.templateName, when),
                           card.id);
    }
    m_cardBox->setCurrentIndex(std::max(0, m_cardBox->findData(m_form->cardId())));
    m_cardBox->setEnabled(m_cardBox->count() > 1);
}

void NewOrderDialog::updateTotal()
{
    m_total->setText(m_form->totalText());
    m_total->setAccessibleName(tr("Total cost %1").arg(m_form->totalText()));
}

void NewOrderDialog::updateDepartmentChoice()
{
    const QSignalBlocker blocker(m_departmentBox);
    const int chosen = m_form->isDepartmentChosen() ? int(m_form->department()) : -1;
    m_departmentBox->clear();
    const std::optional<core::Department> automatic = m_form->firstItemDepartment();
    m_departmentBox->addItem(automatic
                                 ? tr("As the first item (%1)").arg(desk::OrderWording::departmentName(*automatic))
                                 : tr("As the first item"),
                             -1);
    for (const core::Department department : desk::OrderWording::departments())
        m_departmentBox->addItem(desk::OrderWording::departmentName(department), int(department));
    m_departmentBox->setCurrentIndex(std::max(0, m_departmentBox->findData(chosen)));
}

void NewOrderDialog::changeQuantity(int delta)
{
    const QModelIndex current = m_itemsView->currentIndex();
    if (!current.isValid())
        return;
    m_form->setQuantity(current.row(), std::clamp(m_form->quantity(current.row()) + delta, 0, Form::MaxQuantity));
}

QString NewOrderDialog::totalText() const
{
    return m_total->text();
}

QString NewOrderDialog::problemText() const
{
    return m_problems->isVisibleTo(this) ? m_problems->text() : QString();
}

void NewOrderDialog::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

bool NewOrderDialog::place()
{
    if (!m_loaded || m_create.isRunning())
        return false;
    // A quantity still being typed counts: leaving the editor commits it.
    m_itemsView->setFocus(Qt::OtherFocusReason);
    const QList<Form::Problem> problems = m_form->check(now());
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const Form::Problem &problem : problems)
            messages.append(problem.message);
        showProblems(messages);
        switch (problems.constFirst().field) {
        case Form::Field::Guest:
            m_guestBox->setFocus(Qt::OtherFocusReason);
            break;
        case Form::Field::Items:
            m_itemsView->setFocus(Qt::OtherFocusReason);
            break;
        case Form::Field::Department:
            m_departmentBox->setFocus(Qt::OtherFocusReason);
            break;
        case Form::Field::Due:
            m_dueEdit->setFocus(Qt::OtherFocusReason);
            break;
        case Form::Field::Note:
            m_noteEdit->setFocus(Qt::OtherFocusReason);
            break;
        }
        return false;
    }
    showProblems({});
    m_placeButton->setEnabled(false);
    m_intro->setText(tr("Placing the order…"));
    m_create.setFuture(QtConcurrent::run(&desk::OrderFormLoader::create, m_url, m_form->request(),
                                         desk::ActorName::resolve(m_settings.staffName())));
    return true;
}

void NewOrderDialog::onCreated()
{
    const core::Result<core::AmenityOrder> order = m_create.result();
    m_placeButton->setEnabled(true);
    if (!order) {
        m_intro->setText(tr("The order was not placed."));
        showProblems({order.error()});
        Q_EMIT failed(order.error());
        return;
    }
    Q_EMIT orderCreated(order.value());
    accept();
}

} // namespace tw::ui
