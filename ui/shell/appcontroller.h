#pragma once

#include <core/result.h>
#include <storage/database.h>
#include <ui/startup.h>

#include <QObject>
#include <QPointer>

#include <memory>

namespace tw::ui {

class MainWindow;
class Settings;

// Holds the open database and the window on it for the life of the app: opens
// the database chosen at start, offers the demo hotel on a first start, and
// reopens the window when Settings saves another database.
//
// Reopening (rather than asking for a restart) keeps the window's place, size
// and page; the old window and its pages end before their database closes.
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(Settings &settings, QObject *parent = nullptr);
    ~AppController() override;

    // Opens and migrates the database and shows a window on it; on a first
    // start, the window then offers the demo hotel. The message on failure says
    // what happened and what to do; no window is shown then.
    core::Status start(const Startup::DatabaseChoice &choice);

    MainWindow *window() const { return m_window.get(); }
    storage::Database *database() const { return m_database.get(); }

public Q_SLOTS:
    // Replaces the window with one on url. When url cannot be opened, the
    // current window stays and a message says why.
    void reopen(const tw::storage::DatabaseUrl &url);

Q_SIGNALS:
    // A window on a database is on screen (after start() and after each reopen()).
    void windowOpened(tw::ui::MainWindow *window);
    // reopen() could not open the database; the old window stays.
    void reopenFailed(const QString &message);

private:
    void openWindow(bool firstStart);

    Settings &m_settings;
    // Declared before the window: members are destroyed in reverse order, and
    // the window's pages must finish their work before the database closes.
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace tw::ui
