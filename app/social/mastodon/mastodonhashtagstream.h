#pragma once

#include "sseparser.h"

#include <social/backoffpolicy.h>
#include <social/connectionstatus.h>
#include <social/streamoptions.h>

#include <core/types.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tw::social {

// One hashtag followed on one Mastodon instance: holds the server-sent-events
// stream GET /api/v1/streaming/hashtag?tag=NAME open, turns its events into
// posts, deletions and edits, notices a stall (no byte, not even a heartbeat,
// for the stall timeout), reconnects with back-off, and after every connection
// fills the gap from the hashtag timeline once the stream answers.
//
// The gap starts at this stream's own high-water mark: the newest status up to
// which nothing is missing (the stream was open, or a gap fill completed). At
// the first connection that is the newest stored post; with none stored, the
// fill looks back to when start() was called, so a drop before the first post
// loses nothing either. Forward fills page with min_id (the page's Link
// rel="prev"), at most StreamOptions::maxBackfillPages pages.
//
// A 401 or 403 stops this stream for good (State::Failed): retrying a token the
// server refused would only repeat the refusal.
class MastodonHashtagStream : public QObject
{
    Q_OBJECT

public:
    using NewestStoredId = std::function<QString()>;

    // rules all follow this tag on this instance; posts are attributed to the
    // first. restAccess carries the timeline requests; the long-lived stream
    // has a connection manager of its own so that several streams to one host
    // never starve each other or the gap fills of connections.
    MastodonHashtagStream(QNetworkAccessManager *restAccess, const StreamOptions &options, QUrl base, QString tag,
                          QList<core::ListeningRule> rules, NewestStoredId newestStoredId, QObject *parent = nullptr);
    ~MastodonHashtagStream() override;

    void start();
    // Closes the stream, cancels a gap fill and any pending retry.
    void stop();

    const QString &tag() const { return m_tag; }
    const QString &instance() const { return m_rule.instance; }
    const ConnectionStatus &status() const { return m_status; }
    // The newest status id up to which nothing is missing; empty before one is known.
    const QString &highWaterMark() const { return m_cursor; }

    // Statuses per timeline page; Mastodon's maximum.
    static constexpr int kPageLimit = 40;
    // Clocks differ: a fill that looks back to start() reaches this much further.
    static constexpr int kClockSlackSecs = 60;

Q_SIGNALS:
    void postsReceived(const QList<tw::core::Post> &posts);
    void postDeleted(const QString &postId);
    void postEdited(const tw::core::Post &post);
    void malformedPayload(const QString &reason);
    void statusChanged(const tw::social::ConnectionStatus &status);
    void backfillFinished(int posts);

private:
    enum class Failure { Network, Http, RateLimited, Refused };
    struct Outcome
    {
        Failure failure = Failure::Network;
        int httpStatus = 0;
        QString reason;
        std::optional<QDateTime> resetAt;
    };

    void connectStream();
    void onStreamHeaders();
    void onStreamData();
    // false when handling the events ended this connection (or us)
    bool processStreamBytes(const QByteArray &bytes);
    void onStreamFinished();
    void onStall();
    void dispatch(const SseParser::Event &event);
    void notePostId(const QString &id);

    void startGapFill();
    void requestPage(const QString &minId, const QString &maxId);
    void onPageFinished();
    void finishGapFill();

    Outcome outcomeOf(QNetworkReply *reply, const QByteArray &body, bool stream) const;
    void fail(const Outcome &outcome);
    void discard(QPointer<QNetworkReply> &reply);
    void setStatus(ConnectionStatus::State state, int retryInMs = 0, int httpStatus = 0, const QString &reason = {});
    QString where() const;

    QNetworkAccessManager *m_restAccess;
    QNetworkAccessManager *m_streamAccess;
    StreamOptions m_options;
    QUrl m_base;
    QString m_tag;
    core::ListeningRule m_rule;
    NewestStoredId m_newestStoredId;
    BackoffPolicy m_backoff;
    SseParser m_parser;
    ConnectionStatus m_status;
    // Children, so that they follow the stream to another thread.
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QPointer<QNetworkReply> m_stream;
    QPointer<QNetworkReply> m_page;
    bool m_running = false;
    bool m_streamOpen = false;   // answered 200 as an event stream
    bool m_streamProven = false; // see processStreamBytes()
    qint64 m_commentsAtConnect = 0;
    QDateTime m_startedAt;

    // Gap filling (see the class comment).
    QString m_cursor;
    QString m_sessionNewest; // newest status id seen since this connection opened
    bool m_gapFilled = false;
    bool m_backward = false;
    int m_fillPages = 0;
    int m_fillPosts = 0;
    QString m_fillNewest;
    bool m_fillTruncated = false;
};

} // namespace tw::social
