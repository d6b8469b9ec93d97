#pragma once

#include <core/result.h>
#include <pms/stayimporter.h>
#include <storage/databaseurl.h>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace tw::desk {

// Runs one stay import off the UI thread: the worker opens its own connection
// to the database by URL (connections are per thread), reports progress through
// queued signals, and stops at the next record when cancelled, rolling back
// everything it wrote.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Cancels a running import and waits for it to roll back: it holds a
    // connection to the database.
    ~ImportJob() override;

    // Starts importing the file; false (and nothing started) while an import
    // is still running.
    bool start(const QString &path, const pms::ImportOptions &options);
    bool isRunning() const { return m_watcher.isRunning(); }
    bool isCancelRequested() const { return m_cancel.load(); }

    // After finished(): the report (with cancelled set when the import was
    // stopped and rolled back), or why the import failed and wrote nothing.
    bool hasResult() const { return m_result.has_value(); }
    const core::Result<pms::ImportReport> &result() const { return *m_result; }

    // The import as a blocking call on the calling thread, with its own
    // connection; what start() runs in the worker.
    static core::Result<pms::ImportReport> run(const storage::DatabaseUrl &url, const QString &path,
                                               const pms::ImportOptions &options,
                                               const pms::StayImporter::Progress &progress,
                                               const std::atomic_bool *cancel);

public Q_SLOTS:
    // Asks the import to stop at the next record; finished() follows.
    void cancel();

Q_SIGNALS:
    // Bytes of the file read so far and in all (-1 when unknown). Emitted from
    // the worker thread: receivers in other threads get it queued.
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    void takeResult();

    storage::DatabaseUrl m_url;
    std::atomic_bool m_cancel{false};
    std::optional<core::Result<pms::ImportReport>> m_result;
    QFutureWatcher<core::Result<pms::ImportReport>> m_watcher;
};

} // namespace tw::desk
