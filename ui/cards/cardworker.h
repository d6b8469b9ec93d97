#pragma once

#include <core/result.h>
#include <storage/databaseurl.h>

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <utility>

namespace tw::storage {
class Database;
}

namespace tw::ui {

// The card windows' database work off the UI thread: one thread with its own
// connection to the database (opened on first use), running jobs one at a
// time in the order they were given and answering on the UI thread.
class CardWorker : public QObject
{
    Q_OBJECT

public:
    explicit CardWorker(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Runs the jobs still queued (a draft to discard, an output to record),
    // then closes the connection on its own thread.
    ~CardWorker() override;

    bool isBusy() const { return m_pending > 0; }

    // Runs job(storage::Database &) -> core::Result<Value> on the worker's
    // thread, then done(core::Result<Value>) on this object's thread. A
    // connection that cannot be opened answers with its error.
    template <typename Value, typename Job, typename Done>
    void submit(Job job, Done done)
    {
        beginWork();
        runOnWorker(
            [this, job = std::move(job), done = std::move(done)](storage::Database *db, const QString &error) mutable {
                core::Result<Value> result = db ? job(*db) : core::Result<Value>::failure(error);
                QMetaObject::invokeMethod(
                    this,
                    [this, result = std::move(result), done = std::move(done)]() mutable {
                        done(std::move(result));
                        endWork();
                    },
                    Qt::QueuedConnection);
            });
    }

    // A job nobody waits for (the answer is dropped), still run before the
    // worker closes.
    void post(std::function<void(storage::Database &db)> job);

Q_SIGNALS:
    void busyChanged(bool busy);
    // Rows changed in the database, here or at another desk (ChangeNotifier
    // on the worker's connection, open from the first job on).
    void databaseChanged(const QString &table, qint64 id);

private:
    class Context;

    void runOnWorker(std::function<void(storage::Database *db, const QString &error)> job);
    void beginWork();
    void endWork();

    QThread m_thread;
    Context *m_context = nullptr; // lives in m_thread, deleted there when it finishes
    int m_pending = 0;
};

} // namespace tw::ui
