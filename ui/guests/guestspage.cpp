#include "guestspage.h"

#include "guestrowdelegate.h"

#include <ui/settings.h>

#include <desk/guests/guestsearchmodel.h>
#include <storage/changenotifier.h>
#include <storage/database.h>

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

constexpr int kChangeDelayMs = 300;
constexpr int kBusyDelayMs = 400;

} // namespace

GuestsPage::GuestsPage(storage::Database &database, Settings &settings, QWidget *parent)
    : Page(parent)
    , m_settings(settings)
{
    setObjectName(u"guestsPage"_s);
    setAccessibleName(tr("Guests"));

    m_model = new desk::GuestSearchModel(database.url(), this);
    m_model->setPropertyCode(m_settings.propertyCode());

    auto *heading = new QLabel(tr("Guests"), this);
    heading->setObjectName(u"guestsHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Page title"));

    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(u"guestSearch"_s);
    m_searchField->setPlaceholderText(tr("Search by name, e-mail, phone, loyalty number, handle or room"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search guests"));
    m_searchField->setToolTip(tr("Results appear as you type. Down moves into the list, Enter opens a guest, "
                                 "Esc clears the search."));
    m_searchField->installEventFilter(this);
    heading->setBuddy(m_searchField);

    m_view = new QTableView(this);
    m_view->setObjectName(u"guestResults"_s);
    m_view->setAccessibleName(tr("Matching guests"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GuestRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, as in a form
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths in text units, so they follow the font and the screen's scale.
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QList<std::pair<int, int>> widths{
        {desk::GuestSearchModel::NameColumn, 13},    {desk::GuestSearchModel::VipColumn, 4},
        {desk::GuestSearchModel::EmailColumn, 17},   {desk::GuestSearchModel::PhoneColumn, 11},
        {desk::GuestSearchModel::LoyaltyColumn, 10}, {desk::GuestSearchModel::HandlesColumn, 14}};
    for (const auto &[column, ems] : widths)
        header->resizeSection(column, ems * em);
    m_view->installEventFilter(this);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"guestSearchStatus"_s);
    m_statusLabel->setAccessibleName(tr("Search result"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(m_searchField);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_searchField);

    connect(m_searchField, &QLineEdit::textChanged, m_model, &desk::GuestSearchModel::setSearchText);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_model, &desk::GuestSearchModel::loaded, this, &GuestsPage::updateStatus);
    connect(m_model, &desk::GuestSearchModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_busyTimer.start();
            return;
        }
        m_busyTimer.stop();
        if (m_openWhenLoaded) {
            m_openWhenLoaded = false;
            openFromSearch();
        }
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &GuestsPage::rememberCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GuestsPage::restoreCurrent);

    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(kBusyDelayMs);
    connect(&m_busyTimer, &QTimer::timeout, this, &GuestsPage::showBusy);

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDelayMs);
    connect(&m_changeTimer, &QTimer::timeout, this, &GuestsPage::refresh);
    m_notifier = new storage::ChangeNotifier(database, this);
    connect(m_notifier, &storage::ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == "guests"_L1 || table == "social_accounts"_L1 || table == "stays"_L1)
            m_changeTimer.start();
    });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key != Settings::Key::PropertyCode)
            return;
        m_model->setPropertyCode(m_settings.propertyCode());
        refresh();
    });

    GuestsPage::refresh();
}

GuestsPage::~GuestsPage() = default;

QString GuestsPage::title() const
{
    return tr("Guests");
}

QIcon GuestsPage::icon() const
{
    return QIcon::fromTheme(u"system-users"_s);
}

QString GuestsPage::statusText() const
{
    return m_statusLabel->text();
}

void GuestsPage::refresh()
{
    m_changeTimer.stop();
    m_model->refresh();
}

void GuestsPage::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void GuestsPage::clearSearch()
{
    m_openWhenLoaded = false;
    m_searchField->clear();
    m_searchField->setFocus(Qt::OtherFocusReason);
}

bool GuestsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_searchField)
            return handleSearchKey(key);
        if (watched == m_view)
            return handleViewKey(key);
    }
    return Page::eventFilter(watched, event);
}

bool GuestsPage::handleSearchKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        moveIntoResults();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openFromSearch();
        return true;
    case Qt::Key_Escape:
        if (m_searchField->text().isEmpty())
            return false;
        clearSearch();
        return true;
    default:
        return false;
    }
}

bool GuestsPage::handleViewKey(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        clearSearch();
        return true;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_PageUp) && m_view->currentIndex().row() <= 0) {
        focusSearch();
        return true;
    }
    // Typing in the list goes on typing in the search.
    const QString text = event->text();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers == Qt::NoModifier && !text.isEmpty() && text.at(0).isPrint()) {
        m_searchField->setFocus(Qt::OtherFocusReason);
        m_searchField->end(false);
        m_searchField->insert(text);
        return true;
    }
    return false;
}

void GuestsPage::moveIntoResults()
{
    if (m_model->rowCount() == 0)
        return;
    m_view->setFocus(Qt::TabFocusReason);
    if (!m_view->currentIndex().isValid() || !m_view->selectionModel()->hasSelection())
        m_view->setCurrentIndex(m_model->index(0, desk::GuestSearchModel::NameColumn));
}

// Enter in the search: one match opens at once (a loyalty number, a room);
// several mean choosing, so the list takes over. While the answer for the
// text is still on its way, Enter waits for it instead of acting on the rows
// of an earlier text.
void GuestsPage::openFromSearch()
{
    if (m_model->isLoading()) {
        m_openWhenLoaded = true;
        return;
    }
    if (m_model->rowCount() == 1)
        activateRow(0);
    else
        moveIntoResults();
}

void GuestsPage::activateRow(int row)
{
    const core::Id id = m_model->guestId(row);
    if (id != core::InvalidId)
        Q_EMIT guestActivated(id);
}

void GuestsPage::rememberCurrent()
{
    m_currentGuest = m_model->guestId(m_view->currentIndex().row());
}

// A reload (a change elsewhere, F5) keeps the guest staff were on.
void GuestsPage::restoreCurrent()
{
    const int row = m_currentGuest == core::InvalidId ? -1 : m_model->rowOf(m_currentGuest);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, desk::GuestSearchModel::NameColumn));
    else if (m_view->hasFocus() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, desk::GuestSearchModel::NameColumn));
}

void GuestsPage::showBusy()
{
    // Only while the rows themselves are late; details filling in are not a wait.
    if (m_model->isLoading() && m_model->shownText() != m_model->searchText().trimmed())
        m_statusLabel->setText(tr("Searching…"));
}

void GuestsPage::updateStatus()
{
    const int rows = m_model->rowCount();
    QString text;
    if (!m_model->errorText().isEmpty()) {
        text = tr("Guests cannot be searched right now: %1 Press F5 to try again.").arg(m_model->errorText());
    } else if (m_model->isInHouseList()) {
        const QString property = m_model->shownPropertyName();
        if (rows == 0 && property.isEmpty())
            text = tr("Type a name, e-mail, phone, loyalty number, handle or room to find a guest.");
        else if (rows == 0)
            text = tr("Nobody is in house at %1 right now. Type a name, e-mail, phone, loyalty number, handle or "
                      "room to find a guest.")
                       .arg(property);
        else if (m_model->canFetchMore({}))
            text = tr("In house at %1: the first %n guest(s), more as you scroll. Type to search all guests.", nullptr,
                      rows)
                       .arg(property);
        else
            text = tr("In house at %1: %n guest(s). Type to search all guests.", nullptr, rows).arg(property);
    } else {
        const QString typed = m_model->shownText();
        if (rows == 0)
            text = tr("No guest matches “%1” — check the spelling, or search by room or e-mail.").arg(typed);
        else if (m_model->isTruncated())
            text = tr("The first %n guest(s) matching “%1” are shown. Type more to narrow the search.", nullptr, rows)
                       .arg(typed);
        else if (m_model->canFetchMore({}))
            text = tr("%n guest(s) matching “%1” so far, more as you scroll.", nullptr, rows).arg(typed);
        else if (rows == 1)
            text = tr("One guest matches “%1”. Enter opens the profile.").arg(typed);
        else
            text = tr("%n guest(s) match “%1”. Down selects, Enter opens the profile.", nullptr, rows).arg(typed);
    }
    m_statusLabel->setText(text);
}

} // namespace tw::ui
