#include "listener.h"

#include "logging.h"
#include "mastodon/mastodonstreamclient.h"
#include "streamclient.h"
#include "x/xstreamclient.h"

#include <storage/database.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

// Posts arriving within this window are stored in one transaction: a burst of a
// thousand posts a second costs a few commits, not a thousand, and the feed
// refreshes a few times a second instead of per post.
constexpr int CoalesceMs = 25;
constexpr qsizetype MaxBatch = 500;

} // namespace

// Lives on the listener's thread: owns the database connection, the network
// access, the client and the pipeline.
class Listener::Worker : public QObject
{
    Q_OBJECT

public:
    Worker(storage::DatabaseUrl url, core::Network network, StreamOptions options, ClientFactory factory)
        : m_url(std::move(url))
        , m_network(network)
        , m_options(std::move(options))
        , m_factory(std::move(factory))
        , m_flushTimer(this) // a child, so that moveToThread() takes it along
    {
        m_flushTimer.setSingleShot(true);
        m_flushTimer.setInterval(CoalesceMs);
        connect(&m_flushTimer, &QTimer::timeout, this, &Worker::flush);
    }

    ~Worker() override
    {
        // The client talks through m_network; it goes first.
        delete m_client;
    }

    void run()
    {
        auto opened = storage::Database::open(m_url);
        if (!opened) {
            Q_EMIT failed(opened.error());
            Q_EMIT finished();
            return;
        }
        m_db = std::move(opened).value();
        if (auto migrated = m_db->migrate(); !migrated) {
            Q_EMIT failed(migrated.error());
            Q_EMIT finished();
            return;
        }
        if (auto relaxed = m_db->preferThroughputOverDurability(); !relaxed)
            qCWarning(lcSocial) << "commits will wait for the disk:" << relaxed.error();
        m_pipeline = std::make_unique<IngestPipeline>(*m_db);
        m_access = new QNetworkAccessManager(this);
        m_client = m_factory(m_access, m_options);
        if (!m_client) {
            Q_EMIT failed(
                QCoreApplication::translate("tw::social::Listener", "Tweetworthy cannot listen on %1 in this build.")
                    .arg(core::networkKey(m_network)));
            Q_EMIT finished();
            return;
        }
        m_client->setParent(this);

        storage::ListeningRuleRepository rules(*m_db);
        m_client->setRules(rules.forNetwork(m_network));
        m_client->setNewestPostId([this] {
            // Whatever is still buffered is newer than what the database holds.
            flush();
            return storage::PostRepository(*m_db).newestPostId(m_network);
        });

        connect(m_client, &StreamClient::postsReceived, this, &Worker::enqueue);
        connect(m_client, &StreamClient::postDeleted, this, &Worker::markDeleted);
        connect(m_client, &StreamClient::postEdited, this, &Worker::updateText);
        connect(m_client, &StreamClient::malformedPayload, this, [this](const QString &reason) {
            m_pipeline->countMalformed(reason);
            Q_EMIT malformedPayload(reason);
        });
        connect(m_client, &StreamClient::ruleSynchronised, this, [this](core::Id ruleId, const QString &remoteId) {
            if (auto stored = storage::ListeningRuleRepository(*m_db).setRemoteId(ruleId, remoteId); !stored)
                qCWarning(lcSocial) << "could not store the server's id of rule" << ruleId << ':' << stored.error();
        });
        connect(m_client, &StreamClient::ruleRejected, this, &Worker::ruleRejected);
        connect(m_client, &StreamClient::statusChanged, this, &Worker::statusChanged);
        m_client->start();
    }

    void stop()
    {
        if (m_client)
            m_client->stop();
        flush();
        Q_EMIT finished();
    }

Q_SIGNALS:
    void statusChanged(const tw::social::ConnectionStatus &status);
    void postsStored(const tw::social::IngestReport &report);
    void malformedPayload(const QString &reason);
    void ruleRejected(tw::core::Id ruleId, const QString &message);
    void failed(const QString &message);
    void finished();

private:
    void enqueue(const QList<core::Post> &posts)
    {
        m_buffer.append(posts);
        if (m_buffer.size() >= MaxBatch)
            flush();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }

    void flush()
    {
        m_flushTimer.stop();
        if (m_buffer.isEmpty() || !m_pipeline)
            return;
        QList<core::Post> batch;
        batch.swap(m_buffer);
        auto report = m_pipeline->ingest(std::move(batch));
        if (!report) {
            // Nothing of the batch was written; the next gap fill brings it back.
            qCWarning(lcSocial) << "storing posts failed:" << report.error();
            Q_EMIT failed(report.error());
            return;
        }
        Q_EMIT postsStored(report.value());
    }

    void markDeleted(core::Network network, const QString &postId)
    {
        flush();
        if (auto done = storage::PostRepository(*m_db).markDeleted(network, postId); !done)
            qCWarning(lcSocial) << "could not mark a withdrawn post:" << done.error();
    }

    void updateText(const core::Post &post)
    {
        flush();
        const QDateTime editedAt = post.editedAt.value_or(QDateTime::currentDateTimeUtc());
        if (auto done
            = storage::PostRepository(*m_db).updateText(post.network, post.postId, post.text, editedAt, post.raw);
            !done)
            qCWarning(lcSocial) << "could not store an edited post:" << done.error();
    }

    storage::DatabaseUrl m_url;
    core::Network m_network;
    StreamOptions m_options;
    ClientFactory m_factory;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<IngestPipeline> m_pipeline;
    QNetworkAccessManager *m_access = nullptr;
    QPointer<StreamClient> m_client;
    QList<core::Post> m_buffer;
    QTimer m_flushTimer;
};

Listener::ClientFactory Listener::defaultClientFactory(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return [](QNetworkAccessManager *access, const StreamOptions &options) -> StreamClient * {
            return new XStreamClient(access, options);
        };
    case core::Network::Mastodon:
        return [](QNetworkAccessManager *access, const StreamOptions &options) -> StreamClient * {
            return new MastodonStreamClient(access, options);
        };
    case core::Network::Bluesky:
        break;
    }
    return [](QNetworkAccessManager *, const StreamOptions &) -> StreamClient * { return nullptr; };
}

Listener::Listener(storage::DatabaseUrl url, core::Network network, StreamOptions options, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_network(network)
    , m_options(std::move(options))
    , m_factory(defaultClientFactory(network))
{
    qRegisterMetaType<tw::social::ConnectionStatus>();
    qRegisterMetaType<tw::social::IngestReport>();
    qRegisterMetaType<tw::core::Id>("tw::core::Id");
}

Listener::~Listener()
{
    if (m_thread) {
        if (m_worker)
            QMetaObject::invokeMethod(m_worker, &Worker::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
}

void Listener::setClientFactory(ClientFactory factory)
{
    m_factory = std::move(factory);
}

bool Listener::isRunning() const
{
    return m_thread != nullptr;
}

void Listener::start()
{
    if (m_thread)
        return;
    m_stored = m_duplicates = m_malformed = 0;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"listener-"_s + core::networkKey(m_network));
    m_worker = new Worker(m_url, m_network, m_options, m_factory);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &Worker::run);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::statusChanged, this, &Listener::onStatus);
    connect(m_worker, &Worker::postsStored, this, &Listener::onStored);
    connect(m_worker, &Worker::malformedPayload, this, [this](const QString &reason) {
        ++m_malformed;
        Q_EMIT malformedPayload(reason);
    });
    connect(m_worker, &Worker::ruleRejected, this, &Listener::ruleRejected);
    connect(m_worker, &Worker::failed, this, &Listener::failed);
    connect(m_worker, &Worker::finished, this, &Listener::onWorkerFinished);
    m_thread->start();
}

void Listener::stop()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &Worker::stop, Qt::QueuedConnection);
}

void Listener::onStatus(const ConnectionStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

void Listener::onStored(const IngestReport &report)
{
    m_stored += report.stored;
    m_duplicates += report.duplicates;
    Q_EMIT postsStored(report);
}

void Listener::onWorkerFinished()
{
    if (!m_thread)
        return;
    m_worker = nullptr; // deleted with the thread's finish
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_status.state != ConnectionStatus::State::Stopped && m_status.state != ConnectionStatus::State::Failed) {
        m_status = ConnectionStatus{};
        Q_EMIT statusChanged(m_status);
    }
    Q_EMIT stopped();
}

} // namespace tw::social

#include "listener.moc"
