#include "mainwindow.h"

#include "cards/cardbatchdialog.h"
#include "cards/cardeditordialog.h"
#include "cards/cardtemplatesdialog.h"
#include "feed/livefeedpage.h"
#include "guests/guestspage.h"
#include "importing/importwizard.h"
#include "orders/neworderdialog.h"
#include "orders/orderspage.h"
#include "page.h"
#include "profile/guestprofiledialog.h"
#include "settings.h"
#include "shell/aboutdialog.h"
#include "shell/firststartdialog.h"
#include "shell/welcomepanel.h"
#include "today/todaylistpane.h"
#include "todaypage.h"

#include <ui/logging.h>

#include <storage/changenotifier.h>
#include <storage/database.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

// Resources compiled into a static library must be registered by name, and
// only from the global namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace tw::ui {

MainWindow::MainWindow(storage::Database &database, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_settings(settings)
{
    initIconResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/tweetworthy.svg"_s));
    setWindowTitle(m_database.url().toDisplayString());

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(u"pageList"_s);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(3);
    m_sidebar->setMinimumWidth(160);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pageStack"_s);
    m_pages->setAccessibleName(tr("Current page"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({180, 900});
    m_workspace = splitter;

    // The pages, or the guide to adding a property while the database has none.
    m_welcome = new WelcomePanel(this);
    m_welcome->setDatabaseName(m_database.url().toDisplayString());
    connect(m_welcome, &WelcomePanel::addPropertyRequested, this, [this] {
        if (SettingsDialog *dialog = openSettings(SettingsDialog::Tab::Property))
            dialog->startNewProperty();
    });
    connect(m_welcome, &WelcomePanel::demoHotelRequested, this, [this] { offerDemoHotel(); });
    m_central = new QStackedWidget(this);
    m_central->setObjectName(u"centralStack"_s);
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_welcome);
    setCentralWidget(m_central);

    createMenus();
    createStatusBar();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PropertyCode || key == Settings::Key::StaffName)
            updateDeskLabels();
    });

    m_notifier = new storage::ChangeNotifier(m_database, this);
    connect(m_notifier, &storage::ChangeNotifier::changed, this, [this](const QString &table) {
        if (table == "properties"_L1)
            reloadProperties();
    });
    connect(&m_propertiesWatcher, &QFutureWatcherBase::finished, this, &MainWindow::showProperties);
    reloadProperties();

    restoreWindow();
    auto *today = new TodayPage(m_database, m_settings);
    addPage(today);
    const QList<TodayListPane *> todayLists = today->findChildren<TodayListPane *>();
    for (TodayListPane *pane : todayLists) {
        connect(pane, &TodayListPane::writeCardRequested, this,
                [this](core::Id guestId) { CardEditorDialog::showFor(m_database.url(), guestId, m_settings, this); });
        connect(pane, &TodayListPane::newOrderRequested, this,
                [this](core::Id guestId) { NewOrderDialog::showFor(m_database.url(), guestId, m_settings, this); });
    }
    addPage(new GuestsPage(m_database, m_settings));
    addPage(new LiveFeedPage(m_database, m_settings));
    addPage(new OrdersPage(m_database, m_settings));
}

MainWindow::~MainWindow()
{
    // The property check holds its own connection to the database.
    m_propertiesWatcher.disconnect(this);
    m_propertiesWatcher.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(QIcon::fromTheme(u"document-import"_s), tr("&Import stays…"));
    importAction->setObjectName(u"importStaysAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import reservations from a property-management system's CSV export"));
    connect(importAction, &QAction::triggered, this, [this] {
        auto *wizard = new ImportWizard(m_database.url(), m_settings, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        wizard->open();
    });
    QAction *cardBatchAction = fileMenu->addAction(QIcon::fromTheme(u"document-print"_s), tr("&Cards for Arrivals…"));
    cardBatchAction->setObjectName(u"cardBatchAction"_s);
    cardBatchAction->setStatusTip(tr("Print or export note cards for a day's arriving guests"));
    connect(cardBatchAction, &QAction::triggered, this, [this] {
        auto *dialog = new CardBatchDialog(m_database.url(), m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    QAction *cardTemplatesAction = fileMenu->addAction(tr("Card &Templates…"));
    cardTemplatesAction->setObjectName(u"cardTemplatesAction"_s);
    cardTemplatesAction->setStatusTip(tr("Add and edit the wording of note cards"));
    connect(cardTemplatesAction, &QAction::triggered, this, [this] {
        auto *dialog = new CardTemplatesDialog(m_database.url(), m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    // Spelled out: not every platform's standard Quit key is Ctrl+Q, and
    // staff moving between workstations expect the same keys everywhere.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    quitAction->setStatusTip(tr("Close Tweetworthy"));
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_findAction = editMenu->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"));
    m_findAction->setObjectName(u"findAction"_s);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_findAction->setStatusTip(tr("Search for a guest by name, e-mail, phone, loyalty number, handle or room"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::findInPages);
    editMenu->addSeparator();
    m_settingsAction = editMenu->addAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Settings…"));
    m_settingsAction->setObjectName(u"settingsAction"_s);
    // Ctrl+, as in most desktop applications, spelled out for the same reason as Quit.
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Database, property and who is at the desk"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = m_viewMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    m_refreshAction->setObjectName(u"refreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Reload what the current page shows"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_pagesSeparator = m_viewMenu->addSeparator();
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Tweetworthy"));
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseStatus"_s);
    m_databaseLabel->setAccessibleName(tr("Open database"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_database.url().toDisplayString()));
    m_databaseLabel->setToolTip(tr("The database this window works on. Start Tweetworthy with --db URL to open "
                                   "another one."));

    m_propertyLabel = new QLabel(this);
    m_propertyLabel->setObjectName(u"propertyStatus"_s);
    m_propertyLabel->setAccessibleName(tr("Current property"));

    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(u"staffStatus"_s);
    m_staffLabel->setAccessibleName(tr("Staff at the desk"));

    for (QLabel *label : {m_databaseLabel, m_propertyLabel, m_staffLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_propertyLabel);
    statusBar()->addPermanentWidget(m_staffLabel);
    updateDeskLabels();
}

void MainWindow::updateDeskLabels()
{
    if (const std::optional<core::Property> property = currentProperty()) {
        m_propertyLabel->setText(tr("Property: %1 (%2)").arg(property->name, property->code));
    } else if (m_propertiesLoaded) {
        m_propertyLabel->setText(tr("No property yet"));
    } else {
        // Until the database has been read, what the settings say.
        const QString code = m_settings.propertyCode();
        m_propertyLabel->setText(code.isEmpty() ? tr("No property chosen") : tr("Property: %1").arg(code));
    }
    const QString staff = m_settings.staffName();
    m_staffLabel->setText(staff.isEmpty() ? QString() : tr("At the desk: %1").arg(staff));
    m_staffLabel->setVisible(!staff.isEmpty());
}

void MainWindow::addPage(Page *page)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::AccessibleTextRole, page->title());

    auto *action = new QAction(page->icon(), page->title(), m_pageActions);
    action->setObjectName(u"showPage%1Action"_s.arg(index + 1));
    action->setCheckable(true);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    action->setStatusTip(tr("Show the %1 page").arg(page->title()));
    m_viewMenu->insertAction(nullptr, action);
    connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    m_pageActionList.append(action);

    // A page that can open a guest declares guestActivated(tw::core::Id); found
    // by name, so every such page opens profiles without the window knowing its class.
    const QMetaObject *meta = page->metaObject();
    if (const int signal = meta->indexOfSignal("guestActivated(tw::core::Id)"); signal >= 0) {
        connect(page, meta->method(signal), this,
                staticMetaObject.method(staticMetaObject.indexOfSlot("openGuest(tw::core::Id)")));
    }

    if (index == 0 || index == m_restoredPage)
        showPage(index);
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

int MainWindow::currentPageIndex() const
{
    return m_pages->currentIndex();
}

Page *MainWindow::page(int index) const
{
    return qobject_cast<Page *>(m_pages->widget(index));
}

const storage::DatabaseUrl &MainWindow::databaseUrl() const
{
    return m_database.url();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages->count())
        return;
    m_pages->setCurrentIndex(index);
    m_sidebar->setCurrentRow(index);
    m_pageActionList.at(index)->setChecked(true);
}

void MainWindow::refresh()
{
    if (Page *current = page(currentPageIndex()))
        current->refresh();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_database.url(), m_database.schemaVersion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openGuest(core::Id guestId)
{
    GuestProfileDialog::showFor(m_database.url(), guestId, m_settings, this);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Profile windows close with the application: each asks about its unsaved
    // edits first, and one that stays open keeps the application open.
    const QList<GuestProfileDialog *> profiles = findChildren<GuestProfileDialog *>(Qt::FindDirectChildrenOnly);
    for (GuestProfileDialog *profile : profiles) {
        if (profile->isVisible() && !profile->close()) {
            event->ignore();
            return;
        }
    }
    // So do card editors with a card never printed, and the template manager.
    const QList<QDialog *> cardWindows = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *cardWindow : cardWindows) {
        const bool asks
            = qobject_cast<CardEditorDialog *>(cardWindow) || qobject_cast<CardTemplatesDialog *>(cardWindow);
        if (asks && cardWindow->isVisible() && !cardWindow->close()) {
            event->ignore();
            return;
        }
    }
    saveWindow();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindow()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.mainWindowState());
    // Pages are added after this; addPage() shows the remembered one when it arrives.
    m_restoredPage = m_settings.mainWindowPage();
}

void MainWindow::saveWindow()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::MainWindowPage, currentPageIndex());
    m_settings.sync();
}

std::optional<core::Property> MainWindow::currentProperty() const
{
    if (m_properties.isEmpty())
        return std::nullopt;
    const QString code = m_settings.propertyCode();
    for (const core::Property &property : m_properties) {
        if (property.code.compare(code, Qt::CaseInsensitive) == 0)
            return property;
    }
    return m_properties.constFirst();
}

bool MainWindow::isShowingWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::reloadProperties()
{
    m_propertiesWatcher.setFuture(QtConcurrent::run(&DeskSetup::load, m_database.url()));
}

void MainWindow::showProperties()
{
    const core::Result<DeskSetup::Contents> contents = m_propertiesWatcher.result();
    if (!contents) {
        // The pages say themselves that the database cannot be read; the guide
        // would wrongly suggest adding a hotel.
        qCWarning(lcUi) << "cannot read the properties:" << contents.error();
        return;
    }
    const bool hadNone = m_propertiesLoaded && m_properties.isEmpty();
    m_properties = contents->properties;
    m_propertiesLoaded = true;
    updateWelcome();
    updateDeskLabels();
    // Pages built while there was nothing to show load again for the new hotel.
    if (hadNone && !m_properties.isEmpty()) {
        for (int i = 0; i < pageCount(); ++i) {
            if (Page *p = page(i))
                p->refresh();
        }
    }
    Q_EMIT propertiesLoaded();
}

void MainWindow::updateWelcome()
{
    const bool welcome = m_propertiesLoaded && m_properties.isEmpty();
    m_central->setCurrentWidget(welcome ? static_cast<QWidget *>(m_welcome) : m_workspace);
    // Page keys would switch pages nobody can see.
    m_pageActions->setEnabled(!welcome);
    m_refreshAction->setEnabled(!welcome);
    m_findAction->setEnabled(!welcome);
}

SettingsDialog *MainWindow::openSettings(SettingsDialog::Tab tab)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_database.url(), m_settings, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::saved, this, &MainWindow::reloadProperties);
        connect(m_settingsDialog, &SettingsDialog::databaseChangeRequested, this, &MainWindow::databaseChangeRequested);
        connect(m_settingsDialog, &SettingsDialog::networkTokensChanged, this, [this] {
            if (auto *feed = findChild<LiveFeedPage *>())
                feed->restartListeners();
        });
    }
    m_settingsDialog->showTab(tab);
    m_settingsDialog->open();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

void MainWindow::showSettings()
{
    openSettings(SettingsDialog::Tab::Database);
}

FirstStartDialog *MainWindow::offerDemoHotel(bool createdDatabase)
{
    if (m_demoDialog)
        return m_demoDialog;
    m_demoDialog = new FirstStartDialog(m_database.url(), createdDatabase, this);
    m_demoDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_demoDialog, &FirstStartDialog::demoHotelOpened, this, [this](const pms::DemoSummary &summary) {
        m_settings.setValue(Settings::Key::PropertyCode, summary.propertyCode);
        reloadProperties();
        statusBar()->showMessage(tr("The demo hotel is open: %1.").arg(summary.propertyName), 8000);
    });
    m_demoDialog->ask();
    return m_demoDialog;
}

void MainWindow::findInPages()
{
    int target = -1;
    if (Page *current = page(currentPageIndex()); current && current->hasSearch()) {
        target = currentPageIndex();
    } else {
        for (int i = 0; i < pageCount(); ++i) {
            if (page(i)->hasSearch()) {
                target = i;
                break;
            }
        }
    }
    if (target < 0) {
        statusBar()->showMessage(tr("No page here has a search."), 4000);
        return;
    }
    showPage(target);
    page(target)->focusSearch();
}

} // namespace tw::ui
