#include "appcontroller.h"

#include <ui/logging.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>

#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace tw::ui {

AppController::AppController(Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

AppController::~AppController()
{
    m_window.reset();
    m_database.reset();
}

core::Status AppController::start(const Startup::DatabaseChoice &choice)
{
    auto database = Startup::openDatabase(choice.url);
    if (!database)
        return core::Status::failure(database.error());
    m_database = std::move(database).value();
    if (choice.firstStart)
        qCInfo(lcUi) << "first start: created" << choice.url.toDisplayString();
    openWindow(choice.firstStart);
    return {};
}

void AppController::openWindow(bool firstStart)
{
    m_window = std::make_unique<MainWindow>(*m_database, m_settings);
    // Queued: the request comes from inside the Settings dialog, a child of the
    // window that reopen() deletes.
    connect(m_window.get(), &MainWindow::databaseChangeRequested, this, &AppController::reopen, Qt::QueuedConnection);
    m_window->show();
    if (firstStart)
        m_window->offerDemoHotel(/*createdDatabase=*/true);
    Q_EMIT windowOpened(m_window.get());
}

void AppController::reopen(const storage::DatabaseUrl &url)
{
    auto database = Startup::openDatabase(url);
    if (!database) {
        Q_EMIT reopenFailed(database.error());
        if (m_window) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open the Database"), database.error(),
                                        QMessageBox::Ok, m_window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        return;
    }

    // The new window restores what the old one saves; the old one goes only
    // after the new one is up, so the app never has no window (and never quits).
    std::unique_ptr<MainWindow> oldWindow = std::move(m_window);
    std::unique_ptr<storage::Database> oldDatabase = std::move(m_database);
    if (oldWindow)
        oldWindow->saveWindow();
    m_database = std::move(database).value();
    openWindow(false);
    if (oldWindow)
        oldWindow->hide();
    oldWindow.reset();
    oldDatabase.reset();
    qCInfo(lcUi) << "reopened on" << url.toDisplayString();
}

} // namespace tw::ui
