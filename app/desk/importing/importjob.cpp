#include "importjob.h"

#include <desk/logging.h>
#include <storage/database.h>

#include <QFileInfo>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tw::desk {

ImportJob::ImportJob(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportJob::takeResult);
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

core::Result<pms::ImportReport> ImportJob::run(const storage::DatabaseUrl &url, const QString &path,
                                               const pms::ImportOptions &options,
                                               const pms::StayImporter::Progress &progress,
                                               const std::atomic_bool *cancel)
{
    auto db = storage::Database::open(url);
    if (!db) {
        return core::Result<pms::ImportReport>::failure(
            tr("%1\nNothing was imported. Check the database in the settings, then start the import again.")
                .arg(db.error()));
    }
    return pms::StayImporter(*db.value()).importFile(path, options, progress, cancel);
}

bool ImportJob::start(const QString &path, const pms::ImportOptions &options)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_result.reset();
    qCInfo(lcDesk).nospace() << (options.dryRun ? "checking " : "importing ") << QFileInfo(path).fileName()
                             << " with mapping " << options.mapping.name();
    const storage::DatabaseUrl url = m_url;
    m_watcher.setFuture(QtConcurrent::run([this, url, path, options] {
        // Emitted on the worker thread; the job outlives the worker (its
        // destructor waits), so `this` stays valid here.
        const auto progress = [this](qint64 done, qint64 total) { Q_EMIT progressed(done, total); };
        return run(url, path, options, progress, &m_cancel);
    }));
    return true;
}

void ImportJob::cancel()
{
    // Not only while the watcher says running: the worker may report progress,
    // and be cancelled, before the watcher has been handed its future.
    m_cancel = true;
}

void ImportJob::takeResult()
{
    m_result = m_watcher.result();
    if (!m_result->ok())
        qCWarning(lcDesk) << "import failed:" << m_result->error();
    else if (m_result->value().cancelled)
        qCInfo(lcDesk) << "import cancelled and rolled back";
    Q_EMIT finished();
}

} // namespace tw::desk
