#include "mastodonstreamclient.h"

#include "mastodonapi.h"
#include "mastodonhashtagstream.h"

#include <social/logging.h>

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::social {

MastodonStreamClient::MastodonStreamClient(QNetworkAccessManager *network, StreamOptions options, QObject *parent)
    : StreamClient(network, std::move(options), parent)
{
}

MastodonStreamClient::~MastodonStreamClient()
{
    clearStreams();
}

void MastodonStreamClient::start()
{
    clearStreams();

    ConnectionStatus failed;
    failed.state = ConnectionStatus::State::Failed;
    if (options().token.isEmpty()) {
        failed.reason = QCoreApplication::translate("tw::social::MastodonStreamClient",
                                                    "No Mastodon access token: Mastodon's streaming needs one. Enter "
                                                    "it in Settings, or set TWEETWORTHY_MASTODON_TOKEN for the "
                                                    "command-line tool.");
        setStatus(failed);
        return;
    }

    // One stream per (instance, hashtag), whatever the case the rules use.
    QMap<std::pair<QString, QString>, QList<core::ListeningRule>> groups;
    QMap<std::pair<QString, QString>, std::pair<QUrl, QString>> targets;
    for (const core::ListeningRule &rule : rules()) {
        const QString tag = MastodonApi::normalizeHashtag(rule.value);
        if (tag.isEmpty()) {
            Q_EMIT ruleRejected(rule.id,
                                QCoreApplication::translate("tw::social::MastodonStreamClient",
                                                            "\"%1\" is not a Mastodon hashtag: use letters, digits "
                                                            "and underscores, e.g. HarbourView.")
                                    .arg(rule.value));
            continue;
        }
        const QUrl base = MastodonApi::baseUrl(options().apiBase, rule.instance);
        if (!base.isValid()) {
            Q_EMIT ruleRejected(rule.id,
                                QCoreApplication::translate("tw::social::MastodonStreamClient",
                                                            "The rule for #%1 names no Mastodon instance to follow "
                                                            "it on; add one, e.g. mastodon.social.")
                                    .arg(tag));
            continue;
        }
        const auto key = std::make_pair(rule.instance.trimmed().toLower(), tag.toLower());
        groups[key].append(rule);
        if (!targets.contains(key))
            targets.insert(key, std::make_pair(base, tag));
    }

    if (groups.isEmpty()) {
        failed.reason = QCoreApplication::translate("tw::social::MastodonStreamClient",
                                                    "There is no Mastodon hashtag to follow. Add a listening rule "
                                                    "for Mastodon (a hashtag and an instance).");
        setStatus(failed);
        return;
    }

    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto &[base, tag] = targets.value(it.key());
        auto *stream = new MastodonHashtagStream(
            networkAccess(), options(), base, tag, it.value(), [this] { return newestPostId(); }, this);
        connect(stream, &MastodonHashtagStream::postsReceived, this, &StreamClient::postsReceived);
        connect(stream, &MastodonHashtagStream::postDeleted, this,
                [this](const QString &postId) { Q_EMIT postDeleted(core::Network::Mastodon, postId); });
        connect(stream, &MastodonHashtagStream::postEdited, this, &StreamClient::postEdited);
        connect(stream, &MastodonHashtagStream::malformedPayload, this, &StreamClient::malformedPayload);
        connect(stream, &MastodonHashtagStream::backfillFinished, this, &StreamClient::backfillFinished);
        connect(stream, &MastodonHashtagStream::statusChanged, this, &MastodonStreamClient::updateStatus);
        m_streams.append(stream);
    }
    qCInfo(lcSocial) << "Mastodon: following" << m_streams.size() << "hashtag stream(s)";
    // Started only once all exist, so that the combined status is right from the first change.
    const QList<MastodonHashtagStream *> streams = m_streams;
    for (MastodonHashtagStream *stream : streams)
        stream->start();
    updateStatus();
}

void MastodonStreamClient::stop()
{
    clearStreams();
    setStatus(ConnectionStatus{});
}

QList<const MastodonHashtagStream *> MastodonStreamClient::streams() const
{
    QList<const MastodonHashtagStream *> result;
    result.reserve(m_streams.size());
    for (const MastodonHashtagStream *stream : m_streams)
        result.append(stream);
    return result;
}

void MastodonStreamClient::clearStreams()
{
    const QList<MastodonHashtagStream *> streams = std::exchange(m_streams, {});
    for (MastodonHashtagStream *stream : streams) {
        // Silenced first: stopping reports Stopped, which is ours to say once.
        disconnect(stream, nullptr, this, nullptr);
        stream->stop();
        // Possibly called from one of its own signals: deleted once that returns.
        stream->deleteLater();
    }
}

void MastodonStreamClient::updateStatus()
{
    if (m_streams.isEmpty())
        return;

    const MastodonHashtagStream *failed = nullptr;
    const MastodonHashtagStream *soonest = nullptr;
    bool connecting = false;
    bool backfilling = false;
    bool stopped = false;
    QStringList notes;
    for (const MastodonHashtagStream *stream : std::as_const(m_streams)) {
        const ConnectionStatus &s = stream->status();
        switch (s.state) {
        case ConnectionStatus::State::Failed:
            if (!failed)
                failed = stream;
            break;
        case ConnectionStatus::State::Reconnecting:
            if (!soonest || s.retryInMs < soonest->status().retryInMs)
                soonest = stream;
            break;
        case ConnectionStatus::State::Connecting:
            connecting = true;
            break;
        case ConnectionStatus::State::Backfilling:
            backfilling = true;
            break;
        case ConnectionStatus::State::Connected:
            if (!s.reason.isEmpty())
                notes.append(s.reason);
            break;
        case ConnectionStatus::State::Stopped:
            stopped = true;
            break;
        }
    }

    ConnectionStatus combined;
    if (failed) {
        combined = failed->status();
    } else if (soonest) {
        combined = soonest->status();
    } else if (connecting) {
        combined.state = ConnectionStatus::State::Connecting;
    } else if (backfilling) {
        combined.state = ConnectionStatus::State::Backfilling;
    } else if (stopped) {
        combined.state = ConnectionStatus::State::Stopped;
    } else {
        combined.state = ConnectionStatus::State::Connected;
        combined.reason = notes.join(u' ');
    }
    setStatus(combined);
}

} // namespace tw::social
