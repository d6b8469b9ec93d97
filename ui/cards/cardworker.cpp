#include "cardworker.h"

#include <ui/logging.h>

#include <storage/changenotifier.h>
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
    Context(storage::DatabaseUrl url, CardWorker *worker)
        : m_url(std::move(url))
        , m_worker(worker)
    {
    }

    ~Context() override
    {
        m_notifier.reset();
        m_db.reset();
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
        m_notifier = std::make_unique<storage::ChangeNotifier>(*m_db);
        CardWorker *worker = m_worker;
        // Delivered on the UI thread: the receiver context lives there.
        QObject::connect(m_notifier.get(), &storage::ChangeNotifier::changed, worker,
                         [worker](const QString &table, qint64 id) { Q_EMIT worker->databaseChanged(table, id); });
        return m_db.get();
    }

private:
    storage::DatabaseUrl m_url;
    CardWorker *m_worker = nullptr;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ChangeNotifier> m_notifier;
};

CardWorker::CardWorker(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"tw-cards"_s);
    m_context = new Context(std::move(url), this);
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
