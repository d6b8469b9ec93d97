#pragma once

#include "shell/settingsdialog.h"

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QFutureWatcher>
#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tw::storage {
class ChangeNotifier;
class Database;
} // namespace tw::storage

namespace tw::ui {

class FirstStartDialog;
class Page;
class Settings;
class WelcomePanel;

// The desktop app's window: it assembles pages, menus, actions and the status
// bar, and leaves the work to the pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // database must outlive the window; pages open their own connections to
    // its URL for work off the UI thread.
    MainWindow(storage::Database &database, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the sidebar and the View menu; the first nine get
    // Ctrl+1 … Ctrl+9. The window takes ownership.
    void addPage(Page *page);
    int pageCount() const;
    int currentPageIndex() const;
    Page *page(int index) const;
    const storage::DatabaseUrl &databaseUrl() const;

    // The database's properties once read (off the UI thread), and the one this
    // desk works on: the one chosen in the settings, else the first.
    bool arePropertiesLoaded() const { return m_propertiesLoaded; }
    const QList<core::Property> &properties() const { return m_properties; }
    std::optional<core::Property> currentProperty() const;
    // True while the database has no property and the window guides to adding one.
    bool isShowingWelcome() const;

    // Opens Settings (one at a time) on a tab; returns the dialog, which
    // deletes itself when closed.
    SettingsDialog *openSettings(SettingsDialog::Tab tab = SettingsDialog::Tab::Database);
    // Offers the demo hotel (window-modal, or answered by the preset of
    // FirstStartDialog); createdDatabase: this is the very first start.
    FirstStartDialog *offerDemoHotel(bool createdDatabase = false);

    // Writes geometry, layout and page to the settings (also done on close).
    void saveWindow();

public Q_SLOTS:
    void showPage(int index);
    void refresh();
    void showAbout();
    void showSettings();
    // Ctrl+F: the search of the page on screen, else of the first page with one.
    void findInPages();
    // Reads the database's properties again (they decide between the pages and
    // the "add your hotel" guide).
    void reloadProperties();
    // Opens the guest's profile window, or raises it when it is open already.
    // Pages that declare guestActivated(tw::core::Id) are connected to it.
    void openGuest(tw::core::Id guestId);

Q_SIGNALS:
    // Settings saved another database; whoever owns the window reopens on it.
    void databaseChangeRequested(const tw::storage::DatabaseUrl &url);
    void propertiesLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void updateDeskLabels();
    void restoreWindow();
    void showProperties();
    void updateWelcome();

    storage::Database &m_database;
    Settings &m_settings;
    QStackedWidget *m_central = nullptr;
    QWidget *m_workspace = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_pagesSeparator = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QList<QAction *> m_pageActionList;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_propertyLabel = nullptr;
    QLabel *m_staffLabel = nullptr;
    int m_restoredPage = 0;
    storage::ChangeNotifier *m_notifier = nullptr;
    QFutureWatcher<core::Result<DeskSetup::Contents>> m_propertiesWatcher;
    QList<core::Property> m_properties;
    bool m_propertiesLoaded = false;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<FirstStartDialog> m_demoDialog;
};

} // namespace tw::ui
