#include "feedcontroller.h"

#include <desk/logging.h>

#include <pms/demohotel.h>
#include <social/demo/demostreamclient.h>
#include <social/tokenstore.h>
#include <storage/database.h>
#include <storage/listeningrulerepository.h>
#include <storage/propertyrepository.h>

#include <QCoreApplication>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::desk::FeedController", text);
}

// The order of the indicators.
constexpr std::array<core::Network, 2> kNetworks{core::Network::X, core::Network::Mastodon};

int rank(core::Network network)
{
    const auto it = std::find(kNetworks.begin(), kNetworks.end(), network);
    return it == kNetworks.end() ? int(kNetworks.size()) : int(it - kNetworks.begin());
}

QString missingToken(core::Network network)
{
    const QString variable = social::TokenStore::environmentVariable(network);
    switch (network) {
    case core::Network::X:
        return tr("no X token yet. Enter the Bearer token in Settings (Networks tab), or start Tweetworthy with %1 "
                  "set.")
            .arg(variable);
    case core::Network::Mastodon:
        return tr("no Mastodon access token yet. Enter it in Settings (Networks tab) for the instance of your "
                  "rules, or start Tweetworthy with %1 set.")
            .arg(variable);
    case core::Network::Bluesky:
        break;
    }
    return tr("no token yet for this network.");
}

// Tries the instances in turn; an error reading one ends the search with it.
void readFirstMastodonToken(QPointer<social::TokenStore> store, QStringList remaining,
                            std::function<void(core::Result<QString>)> done)
{
    if (remaining.isEmpty() || !store) {
        done(QString());
        return;
    }
    const QString instance = remaining.takeFirst();
    social::TokenStore *target = store.data();
    target->read(social::TokenStore::mastodonKey(instance), [store, remaining, done](core::Result<QString> token) {
        if (!token || !token.value().isEmpty()) {
            done(token);
            return;
        }
        readFirstMastodonToken(store, remaining, done);
    });
}

} // namespace

FeedController::FeedController(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    qRegisterMetaType<tw::social::ConnectionStatus>();
    qRegisterMetaType<tw::social::IngestReport>();
    connect(&m_setupWatcher, &QFutureWatcherBase::finished, this, &FeedController::setupRead);
}

FeedController::~FeedController()
{
    m_setupWatcher.disconnect(this);
    m_setupWatcher.waitForFinished();
    for (Entry &e : m_entries)
        delete e.listener.data();
}

void FeedController::setTokenReader(TokenReader reader)
{
    m_tokenReader = std::move(reader);
}

void FeedController::setStreamOptions(core::Network network, const social::StreamOptions &options)
{
    m_options.insert(network, options);
}

void FeedController::setClientFactory(core::Network network, social::Listener::ClientFactory factory)
{
    m_factories.insert(network, std::move(factory));
}

void FeedController::setDemoPace(int milliseconds)
{
    m_demoPace = milliseconds;
}

QList<core::Network> FeedController::networks() const
{
    QList<core::Network> result;
    for (const Entry &e : m_entries)
        result.append(e.network);
    return result;
}

FeedController::Entry *FeedController::entry(core::Network network)
{
    for (Entry &e : m_entries) {
        if (e.network == network)
            return &e;
    }
    return nullptr;
}

const FeedController::Entry *FeedController::entry(core::Network network) const
{
    for (const Entry &e : m_entries) {
        if (e.network == network)
            return &e;
    }
    return nullptr;
}

FeedController::Entry &FeedController::ensureEntry(core::Network network)
{
    if (Entry *existing = entry(network))
        return *existing;
    Entry fresh;
    fresh.network = network;
    const auto at = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return rank(e.network) > rank(network); });
    const auto inserted = m_entries.insert(at, fresh);
    Q_EMIT networksChanged();
    return *inserted;
}

social::ConnectionStatus FeedController::status(core::Network network) const
{
    const Entry *e = entry(network);
    return e ? e->status : social::ConnectionStatus{};
}

bool FeedController::isDemo(core::Network network) const
{
    const Entry *e = entry(network);
    return e && e->demo;
}

bool FeedController::isRunning(core::Network network) const
{
    const Entry *e = entry(network);
    return e && e->listener && e->listener->isRunning();
}

bool FeedController::isDemoRunning() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.demo && e.listener; });
}

bool FeedController::isDemoOffered() const
{
    return m_demoOffered;
}

void FeedController::setStatus(core::Network network, const social::ConnectionStatus &status)
{
    Entry *e = entry(network);
    if (!e || e->status == status)
        return;
    e->status = status;
    Q_EMIT statusChanged(network, status);
}

// ---- Starting -----------------------------------------------------------------

core::Result<FeedController::Setup> FeedController::readSetup(const storage::DatabaseUrl &url)
{
    auto opened = storage::Database::open(url);
    if (!opened)
        return core::Result<Setup>::failure(opened.error());
    storage::Database &db = *opened.value();
    Setup setup;
    setup.rules = storage::ListeningRuleRepository(db).all();
    if (const auto demo = storage::PropertyRepository(db).byCode(pms::DemoHotel::propertyCode()))
        setup.demoPropertyId = demo->id;
    return setup;
}

void FeedController::start()
{
    if (m_starting || m_setupWatcher.isRunning())
        return;
    m_starting = true;
    m_setupWatcher.setFuture(QtConcurrent::run(&FeedController::readSetup, m_url));
}

void FeedController::restart()
{
    stop();
    start();
}

void FeedController::stop()
{
    ++m_generation;
    m_pendingTokens = 0;
    m_starting = false;
    const bool hadDemo = isDemoRunning();
    dropEntries(false);
    dropEntries(true);
    if (hadDemo)
        Q_EMIT demoRunningChanged(false);
    updateDemoOffer();
}

void FeedController::setupRead()
{
    const core::Result<Setup> setup = m_setupWatcher.result();
    if (!setup) {
        m_starting = false;
        qCWarning(lcDesk) << "the listeners cannot read their rules:" << setup.error();
        Q_EMIT problem(tr("The listening rules could not be read, so nothing is listening: %1").arg(setup.error()));
        Q_EMIT started();
        return;
    }
    m_setup = setup.value();
    m_setupLoaded = true;

    const quint64 generation = m_generation;
    QList<core::Network> wanted;
    QHash<core::Network, QStringList> instances;
    for (const core::ListeningRule &rule : std::as_const(m_setup.rules)) {
        if (std::find(kNetworks.begin(), kNetworks.end(), rule.network) == kNetworks.end())
            continue; // a network this app does not listen on yet
        if (!wanted.contains(rule.network))
            wanted.append(rule.network);
        if (!rule.instance.isEmpty() && !instances[rule.network].contains(rule.instance))
            instances[rule.network].append(rule.instance);
    }
    std::sort(wanted.begin(), wanted.end(), [](core::Network a, core::Network b) { return rank(a) < rank(b); });

    m_pendingTokens = int(wanted.size());
    if (wanted.isEmpty()) {
        finishStarting();
        return;
    }
    for (const core::Network network : std::as_const(wanted)) {
        Entry &e = ensureEntry(network);
        social::ConnectionStatus reading;
        reading.state = social::ConnectionStatus::State::Connecting;
        setStatus(e.network, reading);
        auto done = [this, generation, network](core::Result<QString> token) { tokenRead(generation, network, token); };
        token(network, instances.value(network), done);
    }
}

void FeedController::token(core::Network network, const QStringList &instances,
                           std::function<void(core::Result<QString>)> done)
{
    if (m_tokenReader) {
        m_tokenReader(network, instances, std::move(done));
        return;
    }
    if (!m_tokens)
        m_tokens = new social::TokenStore(this);
    readToken(*m_tokens, network, instances, std::move(done));
}

void FeedController::readToken(social::TokenStore &store, core::Network network, const QStringList &instances,
                               std::function<void(core::Result<QString>)> done)
{
    if (const QString fromEnvironment = social::TokenStore::environmentToken(network); !fromEnvironment.isEmpty()) {
        done(fromEnvironment);
        return;
    }
    if (network == core::Network::X) {
        store.read(social::TokenStore::xKey(), std::move(done));
        return;
    }
    // Mastodon: the first instance of the rules that has a token.
    readFirstMastodonToken(QPointer<social::TokenStore>(&store), instances, std::move(done));
}

void FeedController::tokenRead(quint64 generation, core::Network network, const core::Result<QString> &token)
{
    if (generation != m_generation)
        return; // stopped since
    Entry *e = entry(network);
    if (e) {
        social::ConnectionStatus status;
        if (!token) {
            status.reason = token.error();
            setStatus(network, status);
            qCWarning(lcDesk) << "no token for" << core::networkKey(network) << ':' << token.error();
        } else if (token.value().isEmpty()) {
            status.reason = missingToken(network);
            setStatus(network, status);
        } else {
            social::StreamOptions options = m_options.value(network);
            options.token = token.value();
            auto *listener = new social::Listener(m_url, network, options);
            if (const auto factory = m_factories.constFind(network); factory != m_factories.cend())
                listener->setClientFactory(*factory);
            launch(*e, listener);
        }
    }
    if (--m_pendingTokens <= 0)
        finishStarting();
}

void FeedController::finishStarting()
{
    m_pendingTokens = 0;
    m_starting = false;
    updateDemoOffer();
    Q_EMIT started();
}

void FeedController::launch(Entry &e, social::Listener *listener)
{
    listener->setParent(this);
    e.listener = listener;
    const core::Network network = e.network;
    // Signals of a listener that has been replaced since are dropped.
    const auto current = [this, network, listener] {
        const Entry *now = entry(network);
        return now && now->listener == listener;
    };
    connect(listener, &social::Listener::statusChanged, this,
            [this, network, current](const social::ConnectionStatus &status) {
                if (current())
                    setStatus(network, status);
            });
    connect(listener, &social::Listener::postsStored, this, [this, current](const social::IngestReport &report) {
        if (!current())
            return;
        Q_EMIT postsStored(report);
        if (!report.inHouseIds.isEmpty())
            Q_EMIT inHousePostsStored(report.inHouseIds);
    });
    connect(listener, &social::Listener::ruleRejected, this, [this, current](core::Id ruleId, const QString &message) {
        if (current())
            Q_EMIT ruleRejected(ruleId, message);
    });
    connect(listener, &social::Listener::failed, this, [this, network, current](const QString &message) {
        if (!current())
            return;
        social::ConnectionStatus status;
        status.state = social::ConnectionStatus::State::Failed;
        status.reason = message;
        setStatus(network, status);
        Q_EMIT problem(tr("Listening on %1 stopped: %2").arg(core::networkKey(network), message));
    });
    connect(listener, &social::Listener::stopped, this, [this, network, current] {
        if (!current())
            return;
        // Keep a failure's reason; a plain stop says so.
        if (const Entry *e = entry(network); e && e->status.state != social::ConnectionStatus::State::Failed
            && e->status.state != social::ConnectionStatus::State::Stopped)
            setStatus(network, social::ConnectionStatus{});
    });
    listener->start();
}

void FeedController::dropEntries(bool demo)
{
    bool changed = false;
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).demo != demo)
            continue;
        // The destructor stops the stream and waits for the listener's thread.
        delete m_entries.at(i).listener.data();
        m_entries.removeAt(i);
        changed = true;
    }
    if (changed)
        Q_EMIT networksChanged();
}

void FeedController::updateDemoOffer()
{
    const bool listening
        = std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return !e.demo && e.listener; });
    const bool offered
        = m_setupLoaded && !m_starting && m_setup.demoPropertyId != core::InvalidId && !listening && !isDemoRunning();
    if (offered == m_demoOffered)
        return;
    m_demoOffered = offered;
    Q_EMIT demoOfferChanged(offered);
}

// ---- Demo -------------------------------------------------------------------------

bool FeedController::startDemo()
{
    if (!m_demoOffered)
        return false;
    auto sample = social::DemoSample::bundled();
    if (!sample) {
        Q_EMIT problem(sample.error());
        return false;
    }
    // Networks with rules but no token make way for the demo's indicators.
    dropEntries(false);
    const core::Id propertyId = m_setup.demoPropertyId;
    const int pace = m_demoPace;
    for (const core::Network network : kNetworks) {
        Entry &e = ensureEntry(network);
        e.demo = true;
        auto *listener = new social::Listener(m_url, network, social::StreamOptions{});
        listener->setClientFactory([network, entries = sample.value(), propertyId,
                                    pace](QNetworkAccessManager *access, const social::StreamOptions &options) {
            auto *client = new social::DemoStreamClient(access, options, network, entries, propertyId);
            if (pace > 0)
                client->setPace(pace);
            return static_cast<social::StreamClient *>(client);
        });
        launch(e, listener);
    }
    updateDemoOffer();
    Q_EMIT demoRunningChanged(true);
    return true;
}

void FeedController::stopDemo()
{
    if (!isDemoRunning())
        return;
    dropEntries(true);
    Q_EMIT demoRunningChanged(false);
    // What was set up before the demo shows again.
    restart();
}

} // namespace tw::desk
