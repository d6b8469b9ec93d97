#include "todaypage.h"

#include "settings.h"
#include "today/todaylistpane.h"
#include "today/todaylistview.h"

#include <desk/today/todayboard.h>
#include <desk/today/todaylistmodel.h>
#include <storage/database.h>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace tw::ui {

namespace {

constexpr std::array<desk::TodayList, 3> kLists{desk::TodayList::Arrivals, desk::TodayList::InHouse,
                                                desk::TodayList::Departures};

// Where the page keeps its column layout, next to the typed Settings keys.
const QString kLayoutGroup = u"today"_s;

QString columnsKey(desk::TodayList list)
{
    switch (list) {
    case desk::TodayList::Arrivals:
        return u"arrivalsColumns"_s;
    case desk::TodayList::InHouse:
        return u"inHouseColumns"_s;
    case desk::TodayList::Departures:
        break;
    }
    return u"departuresColumns"_s;
}

QString placeholderFor(desk::TodayList list)
{
    switch (list) {
    case desk::TodayList::Arrivals:
        return TodayPage::tr("No arrivals on this day.");
    case desk::TodayList::InHouse:
        return TodayPage::tr("Nobody in house.");
    case desk::TodayList::Departures:
        break;
    }
    return TodayPage::tr("No departures on this day.");
}

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback, nullptr, widget));
}

} // namespace

TodayPage::TodayPage(storage::Database &database, Settings &settings, QWidget *parent)
    : Page(parent)
    , m_settings(settings)
    , m_board(new desk::TodayBoard(database.url(), this))
{
    setObjectName(u"todayPage"_s);
    setAccessibleName(tr("Today"));

    createControls();
    restoreLayout();

    m_board->setPreferredPropertyCode(m_settings.propertyCode());
    m_board->watch(database);

    connect(m_board, &desk::TodayBoard::aboutToUpdate, this, &TodayPage::rememberSelection);
    connect(m_board, &desk::TodayBoard::updated, this, &TodayPage::showBoard);
    connect(m_board, &desk::TodayBoard::loadFailed, this, &TodayPage::showFailure);
    connect(m_board, &desk::TodayBoard::loadingChanged, this, &TodayPage::showLoading);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PropertyCode)
            m_board->setPreferredPropertyCode(m_settings.propertyCode());
    });

    // Only a slow load earns a "Loading" line; quick ones would just flicker.
    m_loadingHint.setSingleShot(true);
    m_loadingHint.setInterval(400ms);
    connect(&m_loadingHint, &QTimer::timeout, this, [this] { m_status->setText(statusText()); });

    m_saveLayoutTimer.setSingleShot(true);
    m_saveLayoutTimer.setInterval(1s);
    connect(&m_saveLayoutTimer, &QTimer::timeout, this, &TodayPage::saveLayout);

    m_status->setText(tr("Loading today's board…"));
    // The first load waits for the event loop, so whoever made the page can set
    // up its board (a fixed clock, more attention providers) first.
    QTimer::singleShot(0, this, [this] {
        if (!m_board->hasLoaded() && !m_board->isLoading())
            m_board->refresh();
    });
}

TodayPage::~TodayPage()
{
    saveLayout();
}

void TodayPage::createControls()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"todayHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Property and date"));
    m_heading->setText(tr("Today"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"todayStatus"_s);
    m_status->setAccessibleName(tr("Board status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_propertyBox = new QComboBox(this);
    m_propertyBox->setObjectName(u"todayProperty"_s);
    m_propertyBox->setAccessibleName(tr("Property"));
    m_propertyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *propertyLabel = new QLabel(tr("&Property:"), this);
    propertyLabel->setBuddy(m_propertyBox);
    connect(m_propertyBox, &QComboBox::activated, this,
            [this](int index) { m_board->chooseProperty(m_propertyBox->itemData(index).toLongLong()); });

    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(u"todayDate"_s);
    m_dateEdit->setAccessibleName(tr("Date"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDate(QDate::currentDate());
    auto *dateLabel = new QLabel(tr("Dat&e:"), this);
    dateLabel->setBuddy(m_dateEdit);
    connect(m_dateEdit, &QDateEdit::dateChanged, m_board, &desk::TodayBoard::setDate);

    m_previousDayAction
        = new QAction(themedIcon(u"go-previous"_s, QStyle::SP_ArrowBack, this), tr("Previous Day"), this);
    m_previousDayAction->setObjectName(u"todayPreviousDayAction"_s);
    m_previousDayAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previousDayAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previousDayAction->setToolTip(
        tr("Previous day (%1)").arg(m_previousDayAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_previousDayAction, &QAction::triggered, m_board, &desk::TodayBoard::showPreviousDay);
    addAction(m_previousDayAction);

    m_nextDayAction = new QAction(themedIcon(u"go-next"_s, QStyle::SP_ArrowForward, this), tr("Next Day"), this);
    m_nextDayAction->setObjectName(u"todayNextDayAction"_s);
    m_nextDayAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_nextDayAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextDayAction->setToolTip(
        tr("Next day (%1)").arg(m_nextDayAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_nextDayAction, &QAction::triggered, m_board, &desk::TodayBoard::showNextDay);
    addAction(m_nextDayAction);

    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(u"todayPreviousDay"_s);
    m_previousButton->setDefaultAction(m_previousDayAction);
    m_previousButton->setAccessibleName(tr("Previous day"));
    m_previousButton->setAutoRaise(true);
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(u"todayNextDay"_s);
    m_nextButton->setDefaultAction(m_nextDayAction);
    m_nextButton->setAccessibleName(tr("Next day"));
    m_nextButton->setAutoRaise(true);

    m_todayButton = new QPushButton(tr("&Today"), this);
    m_todayButton->setObjectName(u"todayToday"_s);
    m_todayButton->setAccessibleName(tr("Go to today"));
    m_todayButton->setToolTip(tr("Show today at the property, in its time zone"));
    m_todayButton->setAutoDefault(false);
    connect(m_todayButton, &QPushButton::clicked, m_board, &desk::TodayBoard::showToday);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(6);
    controls->addWidget(m_heading, 1);
    controls->addWidget(propertyLabel);
    controls->addWidget(m_propertyBox);
    controls->addSpacing(12);
    controls->addWidget(dateLabel);
    controls->addWidget(m_previousButton);
    controls->addWidget(m_dateEdit);
    controls->addWidget(m_nextButton);
    controls->addWidget(m_todayButton);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"todaySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    for (const desk::TodayList list : kLists) {
        auto *pane = new TodayListPane(m_board->model(list), m_splitter);
        pane->view()->setPlaceholderText(tr("Loading…"));
        connect(pane, &TodayListPane::guestActivated, this, &TodayPage::guestActivated);
        connect(pane, &TodayListPane::columnsChanged, &m_saveLayoutTimer, qOverload<>(&QTimer::start));
        m_splitter->addWidget(pane);
        m_panes.at(std::size_t(list)) = pane;
    }
    // The in-house list is usually the longest.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    connect(m_splitter, &QSplitter::splitterMoved, &m_saveLayoutTimer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_propertyBox, m_previousButton);
    setTabOrder(m_previousButton, m_dateEdit);
    setTabOrder(m_dateEdit, m_nextButton);
    setTabOrder(m_nextButton, m_todayButton);
    setTabOrder(m_todayButton, m_panes.at(0)->view());
    setTabOrder(m_panes.at(0)->view(), m_panes.at(1)->view());
    setTabOrder(m_panes.at(1)->view(), m_panes.at(2)->view());
}

QString TodayPage::title() const
{
    return tr("Today");
}

QIcon TodayPage::icon() const
{
    return QIcon::fromTheme(u"go-home"_s);
}

TodayListPane *TodayPage::pane(desk::TodayList list) const
{
    return m_panes.at(std::size_t(list));
}

bool TodayPage::isLoading() const
{
    return m_board->isLoading();
}

void TodayPage::refresh()
{
    m_board->refresh();
}

QString TodayPage::statusText() const
{
    QString text;
    const desk::TodaySnapshot &snapshot = m_board->snapshot();
    if (!m_failure.isEmpty()) {
        text = tr("%1 Press F5 to try again once the database can be reached.").arg(m_failure);
    } else if (!m_board->hasLoaded()) {
        text = tr("Loading today's board…");
    } else if (!snapshot.hasProperty()) {
        text = tr("Add your hotel in Settings (code, name, time zone, check-in and check-out times) or import a "
                  "reservation export: the board fills in as soon as there are stays.");
    } else {
        const QLocale locale;
        const QString date = locale.toString(snapshot.date, QLocale::LongFormat);
        // Minutes are enough on a board that reloads every few minutes.
        QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
        timeFormat.remove(u":ss"_s);
        const QString time = locale.toString(snapshot.instantLocal.time(), timeFormat);
        if (snapshot.isToday()) {
            text = tr("Today, %1. In house as of %2 hotel time (%3).").arg(date, time, snapshot.timeZone);
        } else if (snapshot.date > snapshot.today) {
            text = tr("%1. In house at %2 hotel time (%3), counting reservations as expected guests.")
                       .arg(date, time, snapshot.timeZone);
        } else {
            text = tr("%1. In house at %2 hotel time (%3).").arg(date, time, snapshot.timeZone);
        }
    }
    if (m_board->isLoading() && !m_loadingHint.isActive() && m_board->hasLoaded())
        text = tr("%1 Updating…").arg(text);
    return text;
}

void TodayPage::showLoading(bool loading)
{
    if (loading)
        m_loadingHint.start();
    else
        m_loadingHint.stop();
    m_status->setText(statusText());
}

void TodayPage::rememberSelection()
{
    for (const TodayListPane *pane : m_panes)
        m_selectedStays.at(std::size_t(pane->list())) = pane->currentStayId();
}

void TodayPage::showBoard()
{
    m_failure.clear();
    const desk::TodaySnapshot &snapshot = m_board->snapshot();
    m_heading->setText(snapshot.hasProperty() ? snapshot.property.name : tr("No hotel in this database yet"));
    updateProperties();
    {
        const QSignalBlocker blocker(m_dateEdit);
        if (snapshot.date.isValid())
            m_dateEdit->setDate(snapshot.date);
    }
    m_dateEdit->setEnabled(snapshot.hasProperty());
    m_previousDayAction->setEnabled(snapshot.hasProperty());
    m_nextDayAction->setEnabled(snapshot.hasProperty());
    m_todayButton->setEnabled(snapshot.hasProperty() && !snapshot.isToday());
    for (TodayListPane *pane : m_panes) {
        pane->view()->setPlaceholderText(snapshot.hasProperty() ? placeholderFor(pane->list()) : QString());
        pane->selectStay(m_selectedStays.at(std::size_t(pane->list())));
    }
    m_status->setText(statusText());
    Q_EMIT refreshed();
}

void TodayPage::showFailure(const QString &message)
{
    // The board has logged it (tw.desk); here it only goes on screen.
    m_failure = message;
    m_status->setText(statusText());
    Q_EMIT refreshed();
}

void TodayPage::updateProperties()
{
    const desk::TodaySnapshot &snapshot = m_board->snapshot();
    bool same = m_propertyBox->count() == snapshot.properties.size();
    for (int i = 0; same && i < m_propertyBox->count(); ++i) {
        const core::Property &property = snapshot.properties.at(i);
        same = m_propertyBox->itemData(i).toLongLong() == property.id
            && m_propertyBox->itemText(i) == tr("%1 (%2)").arg(property.name, property.code);
    }
    if (!same) {
        const QSignalBlocker blocker(m_propertyBox);
        m_propertyBox->clear();
        for (const core::Property &property : snapshot.properties)
            m_propertyBox->addItem(tr("%1 (%2)").arg(property.name, property.code), property.id);
    }
    const int current = m_propertyBox->findData(snapshot.property.id);
    if (current != m_propertyBox->currentIndex()) {
        const QSignalBlocker blocker(m_propertyBox);
        m_propertyBox->setCurrentIndex(current);
    }
    m_propertyBox->setEnabled(snapshot.properties.size() > 1);
}

void TodayPage::restoreLayout()
{
    QSettings store(m_settings.fileName(), QSettings::NativeFormat);
    store.beginGroup(kLayoutGroup);
    for (TodayListPane *pane : m_panes)
        pane->restoreColumns(store.value(columnsKey(pane->list())).toByteArray());
    const QByteArray splitter = store.value(u"splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void TodayPage::saveLayout() const
{
    QSettings store(m_settings.fileName(), QSettings::NativeFormat);
    store.beginGroup(kLayoutGroup);
    for (const TodayListPane *pane : m_panes)
        store.setValue(columnsKey(pane->list()), pane->saveColumns());
    store.setValue(u"splitter"_s, m_splitter->saveState());
}

} // namespace tw::ui
