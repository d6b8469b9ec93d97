#include "mainwindow.h"

#include "guests/guestspage.h"
#include "importing/importwizard.h"
#include "page.h"
#include "profile/guestprofiledialog.h"
#include "settings.h"
#include "todaypage.h"

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
    setCentralWidget(splitter);

    createMenus();
    createStatusBar();

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::PropertyCode || key == Settings::Key::StaffName)
            updateDeskLabels();
    });

    restoreWindow();
    addPage(new TodayPage(m_database, m_settings));
    addPage(new GuestsPage(m_database, m_settings));
}

MainWindow::~MainWindow() = default;

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
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    // Spelled out: not every platform's standard Quit key is Ctrl+Q, and
    // staff moving between workstations expect the same keys everywhere.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    quitAction->setStatusTip(tr("Close Tweetworthy"));
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

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
    const QString property = m_settings.propertyCode();
    m_propertyLabel->setText(property.isEmpty() ? tr("No property chosen") : tr("Property: %1").arg(property));
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
    QMessageBox::about(
        this, tr("About Tweetworthy"),
        tr("<h3>Tweetworthy %1</h3>"
           "<p>The guest relations desk for hotels: know who is in house when they post about you, answer "
           "like a person, and follow up with a handwritten card or a treat sent to the room.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>"
           "<p><a href=\"%2\">%2</a></p>")
            .arg(QCoreApplication::applicationVersion(), u"https://tweetworthy.example"_s));
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

} // namespace tw::ui
