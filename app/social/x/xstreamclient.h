#pragma once

#include "xapierror.h"
#include "xpostparser.h"
#include "xrequestfactory.h"
#include "xstreamlinereader.h"
#include <social/backoffpolicy.h>
#include <social/streamclient.h>

#include <QHash>
#include <QSet>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace tw::social {

class XGapFill;
class XRulesClient;
struct XRulesSyncReport;

// The X API v2 filtered stream (GET /2/tweets/search/stream) with an app-only
// Bearer token. Each (re)connection first brings the server's rules in line
// with ours, then opens the stream, and once it answers 200 fills the gap since
// the newest stored post with recent search (see XGapFill) while the stream
// keeps flowing.
//
// The stream is read as it arrives (newline-delimited JSON in a chunked
// response, keep-alive blank lines, lines split across reads); no byte at all
// for stallTimeoutMs means a dead connection. Network errors, stalls and
// operational disconnects, HTTP errors and 429 back off on their own schedules
// (BackoffPolicy, honouring x-rate-limit-reset); 401 and 403 are not retried:
// the status turns Failed with what to do.
//
// The id the gap fill starts after is taken when the stream answers, before
// any of its posts is handed on, and kept until a fill completes: a fill cut
// short by another disconnection is redone from the same point, so that posts
// the new stream delivered meanwhile cannot hide the gap.
class XStreamClient : public StreamClient
{
    Q_OBJECT

public:
    XStreamClient(QNetworkAccessManager *network, StreamOptions options, QObject *parent = nullptr);
    ~XStreamClient() override;

    core::Network network() const override { return core::Network::X; }

    void start() override;
    void stop() override;

    bool isRunning() const { return m_running; }

private:
    enum class Abort { None, Stall, Disconnect };

    void connectNow();
    void onRulesSynced(quint64 attempt, const XRulesSyncReport &report);
    void openStream();
    void onStreamHeaders();
    void onStreamReadyRead();
    void onStreamFinished();
    // The stream connection is gone: on purpose (abort), or it finished.
    void streamClosed(Abort abort, QNetworkReply *finished);
    void onStall();
    void restartStallTimer();
    void onStreamOpened();
    void onGapFilled(int posts, bool truncated, const QStringList &skippedRules);
    void onGapFillFailed(const XApiError &error);
    void startGapFill();

    void abortStream(Abort reason);
    void handleFailure(const XApiError &error);
    void scheduleReconnect(BackoffPolicy::Failure failure, const QString &reason, int httpStatus = 0,
                           const std::optional<QDateTime> &resetAt = {});
    void fail(const QString &reason, int httpStatus = 0);
    void tearDown();
    int replyStatus() const;

    XRequestFactory m_requests;
    XRulesClient *m_rulesClient;
    XGapFill *m_gapFill;
    XPostParser m_parser;
    XStreamLineReader m_lines;
    BackoffPolicy m_backoff;
    BackoffPolicy m_gapFillBackoff;
    QTimer m_retryTimer;
    QTimer m_stallTimer;
    QTimer m_gapFillRetryTimer;

    bool m_running = false;
    // Bumped by every connection attempt, stop and failure: a callback or timer
    // of an earlier attempt, or a slot that stopped or restarted us while a
    // signal was out, is recognised by it.
    quint64 m_attempt = 0;
    QNetworkReply *m_stream = nullptr;
    bool m_streamOpen = false;    // answered 200
    bool m_streamGotData = false; // at least one byte of the body
    QString m_abortDetail;
    QByteArray m_errorBody;

    QList<core::ListeningRule> m_activeRules; // accepted by X, with their server ids
    QHash<core::Id, QString> m_reportedRemoteIds;
    QSet<core::Id> m_reportedRejections;
    std::optional<QString> m_pendingSinceId; // a gap not yet filled starts after this id
};

} // namespace tw::social
