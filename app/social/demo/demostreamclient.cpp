#include "demostreamclient.h"

#include <social/logging.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

// Long enough to see "connecting" in the indicator, short enough not to wait.
constexpr int ConnectDelayMs = 400;

} // namespace

DemoStreamClient::DemoStreamClient(QNetworkAccessManager *access, StreamOptions options, core::Network network,
                                   QList<DemoSample::Entry> sample, core::Id propertyId, QObject *parent)
    : StreamClient(access, std::move(options), parent)
    , m_network(network)
    , m_propertyId(propertyId)
{
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const DemoSample::Entry &entry = sample.at(i);
        if (entry.network != network)
            continue;
        if (entry.minutesAgo) {
            m_backlog.append(entry);
            m_backlogIndex.append(int(i));
        } else {
            m_live.append(entry);
            m_liveIndex.append(int(i));
        }
    }
    m_timer.setInterval(DefaultPaceMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoStreamClient::deliverNext);
    m_connect.setSingleShot(true);
    m_connect.setInterval(ConnectDelayMs);
    connect(&m_connect, &QTimer::timeout, this, &DemoStreamClient::connectNow);
}

DemoStreamClient::~DemoStreamClient() = default;

void DemoStreamClient::setPace(int milliseconds)
{
    m_timer.setInterval(std::max(1, milliseconds));
}

void DemoStreamClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime DemoStreamClient::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void DemoStreamClient::start()
{
    m_next = 0;
    m_day = now().date();
    ConnectionStatus status;
    status.state = ConnectionStatus::State::Connecting;
    setStatus(status);
    m_connect.start();
}

void DemoStreamClient::connectNow()
{
    ConnectionStatus status;
    status.state = ConnectionStatus::State::Connected;
    status.reason = QCoreApplication::translate("tw::social::DemoStreamClient",
                                                "Demo feed: sample posts replayed on this computer, not live.");
    setStatus(status);

    // The backlog as a gap fill would bring it: everything since the "break".
    const QDateTime start = now();
    QList<core::Post> posts;
    posts.reserve(m_backlog.size());
    for (qsizetype i = 0; i < m_backlog.size(); ++i) {
        const DemoSample::Entry &entry = m_backlog.at(i);
        posts.append(DemoSample::toPost(entry, m_backlogIndex.at(i), m_day,
                                        start.addSecs(-qint64(*entry.minutesAgo) * 60), m_propertyId));
    }
    qCInfo(lcSocial) << "demo feed on" << core::networkKey(m_network) << "started:" << posts.size()
                     << "posts to catch up," << m_live.size() << "to follow";
    if (!posts.isEmpty())
        Q_EMIT postsReceived(posts);
    Q_EMIT backfillFinished(int(posts.size()));
    if (!m_live.isEmpty())
        m_timer.start();
}

void DemoStreamClient::deliverNext()
{
    if (m_next >= m_live.size()) {
        m_timer.stop();
        return;
    }
    const core::Post post = DemoSample::toPost(m_live.at(m_next), m_liveIndex.at(m_next), m_day, now(), m_propertyId);
    ++m_next;
    Q_EMIT postsReceived({post});
    if (m_next >= m_live.size()) {
        m_timer.stop();
        qCInfo(lcSocial) << "demo feed on" << core::networkKey(m_network) << "has replayed its sample";
    }
}

void DemoStreamClient::stop()
{
    m_timer.stop();
    m_connect.stop();
    setStatus(ConnectionStatus{});
}

} // namespace tw::social
