#pragma once

#include "demosample.h"

#include <social/streamclient.h>

#include <QDateTime>
#include <QList>
#include <QTimer>

#include <functional>

namespace tw::social {

// The demo feed: a stream client that needs no account. It replays the bundled
// sample for one network against the demo hotel -- the backlog at once, as a
// gap fill would deliver it, then one post at a gentle pace, each created
// "now" -- through the same pipeline as real posts, so matching, in-house
// highlighting and notifications work as they do live. Plugged into a
// Listener with setClientFactory(); nothing is sent over the network.
class DemoStreamClient : public StreamClient
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    static constexpr int DefaultPaceMs = 25'000;

    // sample: the whole sample; only the entries of `network` are replayed.
    // propertyId: the demo hotel, on whose behalf the posts arrive.
    DemoStreamClient(QNetworkAccessManager *access, StreamOptions options, core::Network network,
                     QList<DemoSample::Entry> sample, core::Id propertyId, QObject *parent = nullptr);
    ~DemoStreamClient() override;

    core::Network network() const override { return m_network; }

    // Time between two live posts; the first follows one pace after the backlog.
    void setPace(int milliseconds);
    int pace() const { return m_timer.interval(); }
    // "Now", for the posts' creation times and ids; tests fix it.
    void setClock(Clock clock);

    void start() override;
    void stop() override;

    // Live posts still to come.
    int remaining() const { return int(m_live.size() - m_next); }

private:
    void connectNow();
    void deliverNext();
    QDateTime now() const;

    core::Network m_network;
    QList<DemoSample::Entry> m_backlog;
    QList<DemoSample::Entry> m_live;
    QList<int> m_backlogIndex; // place of each entry in the whole sample
    QList<int> m_liveIndex;
    core::Id m_propertyId;
    qsizetype m_next = 0;
    QDate m_day;
    Clock m_clock;
    QTimer m_timer;
    QTimer m_connect;
};

} // namespace tw::social
