#pragma once

#include <social/streamclient.h>

#include <QList>

namespace tw::social {

class MastodonHashtagStream;

// Mastodon's live feed: one hashtag stream per distinct (instance, hashtag) of
// the rules (see MastodonHashtagStream), reached at https://<instance>, or at
// StreamOptions::apiBase for every rule when that is set. Two rules on the same
// hashtag and instance share a stream; its posts go to the rule with the lower
// id. A rule whose value is no hashtag, or that has no instance to reach, is
// reported with ruleRejected() and skipped.
//
// The overall status combines the streams': Failed as soon as one was refused
// (a bad token; nothing is retried), Reconnecting with the shortest wait while
// any is waiting, Connecting or Backfilling while any is, Connected when all
// are. Without a token or without a usable rule it is Failed at once, with the
// reason and what to do.
class MastodonStreamClient : public StreamClient
{
    Q_OBJECT

public:
    MastodonStreamClient(QNetworkAccessManager *network, StreamOptions options, QObject *parent = nullptr);
    ~MastodonStreamClient() override;

    core::Network network() const override { return core::Network::Mastodon; }

    void start() override;
    void stop() override;

    // The streams of the current run, for the connection indicator's details.
    QList<const MastodonHashtagStream *> streams() const;

private:
    void clearStreams();
    void updateStatus();

    QList<MastodonHashtagStream *> m_streams;
};

} // namespace tw::social
