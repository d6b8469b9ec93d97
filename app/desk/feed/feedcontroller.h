#pragma once

#include <core/result.h>
#include <core/types.h>
#include <social/connectionstatus.h>
#include <social/ingest/ingestpipeline.h>
#include <social/listener.h>
#include <social/streamoptions.h>
#include <storage/databaseurl.h>

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

namespace tw::social {
class TokenStore;
}

namespace tw::desk {

// The desktop's listeners: one social::Listener per network that has
// listening rules and a token (from the environment, else the system
// keychain), each on its own thread. It tells the connection indicator where
// every network stands, passes on the posts stored (the ids of those by
// in-house guests raise notifications), and offers the demo feed when the
// database holds the demo hotel and no network is set up.
class FeedController : public QObject
{
    Q_OBJECT

public:
    // Answers once with the token for a network (empty: none set up), or with
    // why it could not be read. instances: Mastodon's, from the rules.
    using TokenReader = std::function<void(core::Network network, const QStringList &instances,
                                           std::function<void(core::Result<QString>)> done)>;

    // What the controller read from the database before starting.
    struct Setup
    {
        QList<core::ListeningRule> rules;
        core::Id demoPropertyId = core::InvalidId; // the demo hotel, when the database has it
    };

    explicit FeedController(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Stops every listener and waits for their threads.
    ~FeedController() override;

    // Seams, set before start(): where tokens come from (default: environment,
    // then keychain), the base options per network (API base, stall timeout,
    // back-off; the token is filled in), a client factory per network instead
    // of the network's own client, and the demo's pace.
    void setTokenReader(TokenReader reader);
    void setStreamOptions(core::Network network, const social::StreamOptions &options);
    void setClientFactory(core::Network network, social::Listener::ClientFactory factory);
    void setDemoPace(int milliseconds);

    // The networks the indicator shows (in a fixed order): those with rules,
    // and the demo's.
    QList<core::Network> networks() const;
    social::ConnectionStatus status(core::Network network) const;
    bool isDemo(core::Network network) const;
    bool isRunning(core::Network network) const;
    // Reading the rules and tokens, before the listeners start.
    bool isStarting() const { return m_starting; }
    bool isDemoRunning() const;
    // The database holds the demo hotel and no network listens: the page offers the demo.
    bool isDemoOffered() const;
    const Setup &setup() const { return m_setup; }
    const storage::DatabaseUrl &url() const { return m_url; }
    // The base options of a network (without the token).
    social::StreamOptions streamOptions(core::Network network) const { return m_options.value(network); }

    // The token a network's listener would use, through the token reader (the
    // rules editor validates X rules with it).
    void token(core::Network network, const QStringList &instances, std::function<void(core::Result<QString>)> done);

    // The default token reader: the environment variable, else the keychain.
    static void readToken(social::TokenStore &store, core::Network network, const QStringList &instances,
                          std::function<void(core::Result<QString>)> done);
    // Runs on a worker thread over its own connection.
    static core::Result<Setup> readSetup(const storage::DatabaseUrl &url);

public Q_SLOTS:
    // Reads the rules and tokens off the UI thread, then starts a listener for
    // every network that has both. Does nothing while already starting.
    void start();
    // Stops everything and starts again (rules or tokens changed).
    void restart();
    void stop();
    // The demo feed on X and Mastodon against the demo hotel; only when offered.
    bool startDemo();
    void stopDemo();

Q_SIGNALS:
    // networks() changed: indicators to add or remove.
    void networksChanged();
    void statusChanged(tw::core::Network network, const tw::social::ConnectionStatus &status);
    void demoOfferChanged(bool offered);
    void demoRunningChanged(bool running);
    void started();
    void postsStored(const tw::social::IngestReport &report);
    // Posts by guests in house when they posted, as stored: worth a notification.
    void inHousePostsStored(const QList<tw::core::Id> &postIds);
    void ruleRejected(tw::core::Id ruleId, const QString &message);
    // Something people should know about that is not a status (a listener's
    // database failed, a malformed payload count...).
    void problem(const QString &message);

private:
    struct Entry
    {
        core::Network network = core::Network::X;
        bool demo = false;
        QPointer<social::Listener> listener;
        social::ConnectionStatus status;
    };

    void setupRead();
    void tokenRead(quint64 generation, core::Network network, const core::Result<QString> &token);
    void finishStarting();
    Entry *entry(core::Network network);
    const Entry *entry(core::Network network) const;
    Entry &ensureEntry(core::Network network);
    void setStatus(core::Network network, const social::ConnectionStatus &status);
    void launch(Entry &entry, social::Listener *listener);
    void dropEntries(bool demo);
    void updateDemoOffer();

    storage::DatabaseUrl m_url;
    TokenReader m_tokenReader;
    social::TokenStore *m_tokens = nullptr;
    QHash<core::Network, social::StreamOptions> m_options;
    QHash<core::Network, social::Listener::ClientFactory> m_factories;
    int m_demoPace = 0;

    Setup m_setup;
    bool m_setupLoaded = false;
    bool m_starting = false;
    bool m_demoOffered = false;
    int m_pendingTokens = 0;
    quint64 m_generation = 0; // bumped by stop(): answers for an earlier start are dropped
    QList<Entry> m_entries;   // ordered by network
    QFutureWatcher<core::Result<Setup>> m_setupWatcher;
};

} // namespace tw::desk
