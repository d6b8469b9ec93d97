#include "cardworker.h"

#include <ui/logging.h>

#include <storage/database.h>

#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace tw::ui {

// Owns the connection; lives on the worker's thread and is deleted there,
// since a connection must be closed on the thread that opened it.
class CardWorker::Context : public QObject
{
public:
    explicit Context(storage::DatabaseUrl url)
        : m_url(std::move(url))
    {
    }

    storage::Database *database(QString *error)
    {
        if (m_db)
            return m_db.get();
        auto opened = storage::Database::open(m_url);
        if (!opened) {
            qCWarning(lcUi) << "the card windows cannot open the database:" << opened.error();
            *error = QCoreApplication::translate("tw::ui::CardWorker",
                                                 "The database %1 cannot be opened: %2 Check the connection and "
                                                 "try again.")
                         .arg(m_url.toDisplayString(), opened.error());
            return nullptr;
        }
        m_db = std::move(opened).value();
        return m_db.get();
    }

private:
    storage::DatabaseUrl m_url;
    std::unique_ptr<storage::Database> m_db;
};

CardWorker::CardWorker(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"tw-cards"_s);
    m_context = new Context(std::move(url));
    m_context->moveToThread(&m_thread);
    // Deferred deletes still run when the thread finishes, on that thread.
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

CardWorker::~CardWorker()
{
    // The quit is queued behind the jobs already given, so they still run.
    QThread *thread = &m_thread;
    QMetaObject::invokeMethod(
        m_context, [thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void CardWorker::runOnWorker(std::function<void(storage::Database *db, const QString &error)> job)
{
    Context *context = m_context;
    QMetaObject::invokeMethod(
        context,
        [context, job = std::move(job)] {
            QString error;
            storage::Database *db = context->database(&error);
            job(db, error);
        },
        Qt::QueuedConnection);
}

void CardWorker::post(std::function<void(storage::Database &db)> job)
{
    runOnWorker([job = std::move(job)](storage::Database *db, const QString &) {
        if (db)
            job(*db);
    });
}

void CardWorker::beginWork()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void CardWorker::endWork()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace tw::ui
