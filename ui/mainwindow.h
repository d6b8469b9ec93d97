#pragma once

#include <core/types.h>

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tw::storage {
class Database;
}

namespace tw::ui {

class Page;
class Settings;

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

public Q_SLOTS:
    void showPage(int index);
    void refresh();
    void showAbout();
    // Opens the guest's profile window, or raises it when it is open already.
    // Pages that declare guestActivated(tw::core::Id) are connected to it.
    void openGuest(tw::core::Id guestId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    void updateDeskLabels();
    void restoreWindow();
    void saveWindow();

    storage::Database &m_database;
    Settings &m_settings;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_pagesSeparator = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QList<QAction *> m_pageActionList;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_propertyLabel = nullptr;
    QLabel *m_staffLabel = nullptr;
    int m_restoredPage = 0;
};

} // namespace tw::ui
