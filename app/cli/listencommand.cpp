#include "listencommand.h"

#include "context.h"
#include "exitcode.h"
#include "signalwatcher.h"

#include <core/handlenormalizer.h>
#include <social/listener.h>
#include <social/tokenstore.h>
#include <storage/listeningrulerepository.h>
#include <storage/postrepository.h>

#include <QEventLoop>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

// A positive number of seconds (fractions allowed) as milliseconds.
std::optional<int> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 7 * 24 * 3600)
        return std::nullopt;
    return int(seconds * 1000);
}

QString describe(const social::ConnectionStatus &status)
{
    using State = social::ConnectionStatus::State;
    switch (status.state) {
    case State::Stopped:
        return ListenCommand::tr("stopped");
    case State::Connecting:
        return ListenCommand::tr("connecting");
    case State::Connected:
        return ListenCommand::tr("connected");
    case State::Backfilling:
        return ListenCommand::tr("connected, fetching posts missed while away");
    case State::Reconnecting:
        return ListenCommand::tr("reconnecting in %1 s (%2)")
            .arg(QString::number(status.retryInMs / 1000.0, 'f', status.retryInMs < 10'000 ? 1 : 0), status.reason);
    case State::Failed:
        return ListenCommand::tr("stopped: %1").arg(status.reason);
    }
    return {};
}

} // namespace

QStringList ListenCommand::path() const
{
    return {u"listen"_s};
}

QStringList ListenCommand::positionalNames() const
{
    return {u"NETWORK"_s};
}

QList<OptionSpec> ListenCommand::options() const
{
    return {
        {u"api-base"_s, u"URL"_s,
         tr("reach the network's API at URL instead (a proxy or a test server); default https://api.x.com for X, "
            "each rule's instance for Mastodon")},
        {u"stop-after-posts"_s, u"N"_s, tr("stop once N new posts are stored")},
        {u"stop-after-seconds"_s, u"S"_s, tr("stop after S seconds")},
        {u"stall-timeout"_s, u"S"_s, tr("reconnect when nothing at all arrives for S seconds (default 20)")},
        {u"retry-scale"_s, u"FACTOR"_s,
         tr("multiply the reconnection delays by FACTOR (e.g. 0.01 against a local test server)")},
    };
}

QString ListenCommand::summary() const
{
    return tr("Listen to X or Mastodon and store matching posts (runs until stopped).");
}

QString ListenCommand::description() const
{
    return tr("NETWORK is x or mastodon. The token comes from TWEETWORTHY_X_BEARER_TOKEN (X, an app-only Bearer "
              "token) or TWEETWORTHY_MASTODON_TOKEN (Mastodon, a user access token) when set, else from the "
              "system keychain where the desktop app's Settings keep it. Prints one line per new post on "
              "stdout and the connection's state on stderr; SIGINT or SIGTERM stop it cleanly.");
}

int ListenCommand::run(Context &context, const Arguments &arguments)
{
    const QString &networkText = arguments.positional().at(0);
    const auto network = core::networkFromKey(networkText);
    if (!network || *network == core::Network::Bluesky)
        return context.usageError(tr("unknown network \"%1\"; use x or mastodon").arg(networkText), name());

    social::StreamOptions options;
    if (arguments.isSet(u"api-base"_s)) {
        options.apiBase = QUrl(arguments.value(u"api-base"_s), QUrl::StrictMode);
        if (!options.apiBase.isValid() || options.apiBase.host().isEmpty()
            || (options.apiBase.scheme() != u"http"_s && options.apiBase.scheme() != u"https"_s)) {
            return context.usageError(
                tr("--api-base needs an http or https URL, not \"%1\"").arg(arguments.value(u"api-base"_s)), name());
        }
    }
    std::optional<qint64> stopAfterPosts;
    if (arguments.isSet(u"stop-after-posts"_s)) {
        bool ok = false;
        const qint64 n = arguments.value(u"stop-after-posts"_s).toLongLong(&ok);
        if (!ok || n <= 0)
            return context.usageError(tr("--stop-after-posts needs a positive number"), name());
        stopAfterPosts = n;
    }
    std::optional<int> stopAfterMs;
    if (arguments.isSet(u"stop-after-seconds"_s)) {
        stopAfterMs = parseSeconds(arguments.value(u"stop-after-seconds"_s));
        if (!stopAfterMs)
            return context.usageError(tr("--stop-after-seconds needs a positive number of seconds"), name());
    }
    if (arguments.isSet(u"stall-timeout"_s)) {
        const auto stall = parseSeconds(arguments.value(u"stall-timeout"_s));
        if (!stall)
            return context.usageError(tr("--stall-timeout needs a positive number of seconds"), name());
        options.stallTimeoutMs = *stall;
    }
    if (arguments.isSet(u"retry-scale"_s)) {
        bool ok = false;
        const double scale = arguments.value(u"retry-scale"_s).toDouble(&ok);
        if (!ok || scale <= 0 || scale > 100)
            return context.usageError(tr("--retry-scale needs a factor between 0 and 100"), name());
        options.backoff.scale = scale;
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;
    const QList<core::ListeningRule> rules = storage::ListeningRuleRepository(*db).forNetwork(*network);
    if (rules.isEmpty()) {
        return context.fail(tr("there are no listening rules for %1; add one with tweetworthy-cli rules add %1 VALUE")
                                .arg(core::networkKey(*network)));
    }

    // The token: the environment first (services), then the keychain.
    options.token = social::TokenStore::environmentToken(*network);
    if (options.token.isEmpty()) {
        QString key = social::TokenStore::xKey();
        if (*network == core::Network::Mastodon)
            key = social::TokenStore::mastodonKey(rules.first().instance);
        social::TokenStore store;
        QEventLoop waitForKeychain;
        core::Result<QString> read = core::Result<QString>::failure(QString());
        store.read(key, [&](core::Result<QString> result) {
            read = std::move(result);
            waitForKeychain.quit();
        });
        waitForKeychain.exec();
        if (!read) {
            return context.fail(
                tr("cannot read the %1 token from the keychain: %2 Or set %3.")
                    .arg(core::networkKey(*network), read.error(), social::TokenStore::environmentVariable(*network)));
        }
        options.token = read.value().trimmed();
    }
    if (options.token.isEmpty()) {
        return context.fail(tr("no %1 token: set %2, or save the token in the desktop app's Settings")
                                .arg(core::networkKey(*network), social::TokenStore::environmentVariable(*network)));
    }

    social::Listener listener(context.databaseUrl(), *network, options);
    QEventLoop loop;
    int exitCode = ExitCode::Success;
    qint64 newPosts = 0;
    bool stopping = false;
    const auto stop = [&] {
        if (stopping)
            return;
        stopping = true;
        listener.stop();
    };

    storage::PostRepository posts(*db);
    QObject::connect(&listener, &social::Listener::postsStored, &loop, [&](const social::IngestReport &report) {
        for (const core::Id id : report.storedIds) {
            const auto post = posts.byId(id);
            if (!post)
                continue;
            QString line = post->createdAt.toUTC().toString(Qt::ISODate) + u' ' + core::networkKey(post->network) + u' '
                + post->postId + u' ' + core::HandleNormalizer::display(post->network, post->authorHandle);
            if (post->inHouse)
                line += u' ' + tr("in house, room %1").arg(post->room);
            else if (post->guestId != core::InvalidId)
                line += u' ' + tr("guest %1").arg(post->guestId);
            context.out() << line << Qt::endl;
        }
        newPosts += report.stored;
        if (stopAfterPosts && newPosts >= *stopAfterPosts)
            stop();
    });
    QObject::connect(&listener, &social::Listener::statusChanged, &loop, [&](const social::ConnectionStatus &status) {
        context.err() << core::networkKey(*network) << u": "_s << describe(status) << Qt::endl;
        if (status.state == social::ConnectionStatus::State::Failed) {
            exitCode = ExitCode::Failure;
            stop();
        }
    });
    QObject::connect(&listener, &social::Listener::ruleRejected, &loop, [&](core::Id ruleId, const QString &message) {
        context.err() << tr("%1: rule %2 refused by the server: %3")
                             .arg(core::networkKey(*network), QString::number(ruleId), message)
                      << Qt::endl;
    });
    QObject::connect(&listener, &social::Listener::failed, &loop, [&](const QString &message) {
        context.err() << tr("tweetworthy-cli: %1").arg(message) << Qt::endl;
        exitCode = ExitCode::Failure;
        stop();
    });
    QObject::connect(&listener, &social::Listener::stopped, &loop, &QEventLoop::quit);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, [&] { stop(); });
    QTimer deadline;
    if (stopAfterMs) {
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, stop);
        deadline.start(*stopAfterMs);
    }

    listener.start();
    loop.exec();

    context.err() << tr("%1: new posts stored: %2, already stored: %3, unreadable payloads skipped: %4.")
                         .arg(core::networkKey(*network), QString::number(listener.storedCount()),
                              QString::number(listener.duplicateCount()), QString::number(listener.malformedCount()))
                  << Qt::endl;
    return exitCode;
}

} // namespace tw::cli
