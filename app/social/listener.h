#pragma once

#include "connectionstatus.h"
#include "ingest/ingestpipeline.h"
#include "streamoptions.h"

#include <core/types.h>
#include <storage/databaseurl.h>

#include <QObject>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThread;

namespace tw::social {

class StreamClient;

// Runs one network's live feed off the calling thread: a worker thread with its
// own database connection and QNetworkAccessManager holds the StreamClient and
// the IngestPipeline. Rules are read from the database at start; ids the server
// gives our rules are stored; every batch of posts goes through the pipeline and
// is reported by postsStored(). Deletions and edits reach the stored posts.
//
// The desktop app and `tweetworthy-cli listen` both use it; the demo feed plugs
// in its own client through a factory.
class Listener : public QObject
{
    Q_OBJECT

public:
    // Called on the worker thread; the client is parented to the worker.
    using ClientFactory = std::function<StreamClient *(QNetworkAccessManager *, const StreamOptions &)>;

    Listener(storage::DatabaseUrl url, core::Network network, StreamOptions options, QObject *parent = nullptr);
    // Stops and waits for the worker thread.
    ~Listener() override;

    // The network's own client: XStreamClient or MastodonStreamClient.
    static ClientFactory defaultClientFactory(core::Network network);
    // Replaces the network's own client (X or Mastodon), e.g. by the demo feed.
    void setClientFactory(ClientFactory factory);

    core::Network network() const { return m_network; }
    const ConnectionStatus &status() const { return m_status; }
    bool isRunning() const;

    // Totals since start().
    qint64 storedCount() const { return m_stored; }
    qint64 duplicateCount() const { return m_duplicates; }
    qint64 malformedCount() const { return m_malformed; }

public Q_SLOTS:
    void start();
    // Asynchronous: the stream closes, then stopped() is emitted.
    void stop();

Q_SIGNALS:
    void statusChanged(const tw::social::ConnectionStatus &status);
    void postsStored(const tw::social::IngestReport &report);
    void malformedPayload(const QString &reason);
    void ruleRejected(tw::core::Id ruleId, const QString &message);
    // The database could not be opened or written: the listener stops.
    void failed(const QString &message);
    void stopped();

private:
    class Worker;

    void onStatus(const ConnectionStatus &status);
    void onStored(const IngestReport &report);
    void onWorkerFinished();

    storage::DatabaseUrl m_url;
    core::Network m_network;
    StreamOptions m_options;
    ClientFactory m_factory;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    ConnectionStatus m_status;
    qint64 m_stored = 0;
    qint64 m_duplicates = 0;
    qint64 m_malformed = 0;
};

} // namespace tw::social
