#include "xstreamclient.h"

#include "xgapfill.h"
#include "xrulesclient.h"
#include <social/logging.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <utility>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

ConnectionStatus makeStatus(ConnectionStatus::State state, const QString &reason = {}, int retryInMs = 0,
                            int httpStatus = 0)
{
    ConnectionStatus status;
    status.state = state;
    status.reason = reason;
    status.retryInMs = retryInMs;
    status.httpStatus = httpStatus;
    return status;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

BackoffPolicy::Failure failureOf(const XApiError &error)
{
    switch (error.kind) {
    case XApiError::Kind::Network:
        return BackoffPolicy::Failure::Network;
    case XApiError::Kind::RateLimited:
        return BackoffPolicy::Failure::RateLimited;
    default:
        return BackoffPolicy::Failure::Http;
    }
}

} // namespace

XStreamClient::XStreamClient(QNetworkAccessManager *network, StreamOptions options, QObject *parent)
    : StreamClient(network, std::move(options), parent)
    , m_requests(this->options())
    , m_rulesClient(new XRulesClient(network, this->options(), this))
    , m_gapFill(new XGapFill(network, this->options(), this))
    , m_backoff(this->options().backoff)
    , m_gapFillBackoff(this->options().backoff)
{
    m_retryTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    m_gapFillRetryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &XStreamClient::connectNow);
    connect(&m_stallTimer, &QTimer::timeout, this, &XStreamClient::onStall);
    connect(&m_gapFillRetryTimer, &QTimer::timeout, this, &XStreamClient::startGapFill);

    connect(m_gapFill, &XGapFill::postsFound, this, [this](const QList<core::Post> &posts) {
        if (m_running)
            Q_EMIT postsReceived(posts);
    });
    connect(m_gapFill, &XGapFill::malformedPayload, this, [this](const QString &reason) {
        qCWarning(lcSocial).noquote() << "X recent search: unreadable payload:" << reason;
        Q_EMIT malformedPayload(reason);
    });
    connect(m_gapFill, &XGapFill::finished, this, &XStreamClient::onGapFilled);
    connect(m_gapFill, &XGapFill::failed, this, &XStreamClient::onGapFillFailed);
}

XStreamClient::~XStreamClient()
{
    tearDown();
}

void XStreamClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff = BackoffPolicy(options().backoff);
    m_gapFillBackoff = BackoffPolicy(options().backoff);
    m_reportedRejections.clear();
    m_reportedRemoteIds.clear();
    for (const core::ListeningRule &rule : rules()) {
        if (!rule.remoteId.isEmpty())
            m_reportedRemoteIds.insert(rule.id, rule.remoteId);
    }
    // m_pendingSinceId survives a stop: a gap left unfilled then is filled now.

    if (options().token.trimmed().isEmpty()) {
        fail(tr("No X Bearer token is set. Enter it in Settings, or set TWEETWORTHY_X_BEARER_TOKEN for the "
                "command-line tool."));
        return;
    }
    if (rules().isEmpty()) {
        fail(tr("There are no listening rules for X. Add one in the app, or with "
                "\"tweetworthy-cli rules add x VALUE\"."));
        return;
    }
    qCInfo(lcSocial).noquote() << "X stream: starting with" << rules().size() << "rules at"
                               << m_requests.apiBase().toString();
    connectNow();
}

void XStreamClient::stop()
{
    const bool wasRunning = m_running;
    tearDown();
    m_running = false;
    if (wasRunning)
        qCInfo(lcSocial) << "X stream: stopped";
    setStatus(makeStatus(ConnectionStatus::State::Stopped));
}

void XStreamClient::connectNow()
{
    if (!m_running)
        return;
    const quint64 attempt = ++m_attempt;
    setStatus(makeStatus(ConnectionStatus::State::Connecting));
    if (attempt != m_attempt)
        return;
    m_rulesClient->sync(rules(), [this, attempt](const XRulesSyncReport &report) { onRulesSynced(attempt, report); });
}

void XStreamClient::onRulesSynced(quint64 attempt, const XRulesSyncReport &report)
{
    if (attempt != m_attempt)
        return;
    for (const core::ListeningRule &rule : rules()) {
        const QString remoteId = report.remoteIds.value(rule.id);
        if (remoteId.isEmpty() || m_reportedRemoteIds.value(rule.id) == remoteId)
            continue;
        m_reportedRemoteIds.insert(rule.id, remoteId);
        Q_EMIT ruleSynchronised(rule.id, remoteId);
        if (attempt != m_attempt)
            return;
    }
    for (const XRuleRejection &rejection : report.rejected) {
        if (m_reportedRejections.contains(rejection.ruleId))
            continue;
        m_reportedRejections.insert(rejection.ruleId);
        qCWarning(lcSocial).noquote() << "X refused listening rule" << rejection.ruleId << ":" << rejection.message;
        Q_EMIT ruleRejected(rejection.ruleId, rejection.message);
        if (attempt != m_attempt)
            return;
    }
    if (report.error.isError()) {
        handleFailure(report.error);
        return;
    }

    m_activeRules.clear();
    for (const core::ListeningRule &rule : rules()) {
        const auto it = report.remoteIds.constFind(rule.id);
        if (it == report.remoteIds.constEnd())
            continue;
        core::ListeningRule active = rule;
        active.remoteId = *it;
        m_activeRules.append(active);
    }
    if (m_activeRules.isEmpty()) {
        QStringList words;
        for (const XRuleRejection &rejection : report.rejected)
            words.append(rejection.message);
        fail(tr("X refused every listening rule (%1). Correct the rules, then start listening again.")
                 .arg(words.join("; "_L1)));
        return;
    }
    m_parser.setRules(m_activeRules);
    openStream();
}

void XStreamClient::openStream()
{
    m_lines.clear();
    m_errorBody.clear();
    m_streamOpen = false;
    m_streamGotData = false;
    m_abortDetail.clear();

    m_stream = networkAccess()->get(m_requests.stream());
    m_stream->setReadBufferSize(0);
    connect(m_stream, &QNetworkReply::metaDataChanged, this, &XStreamClient::onStreamHeaders);
    connect(m_stream, &QNetworkReply::readyRead, this, &XStreamClient::onStreamReadyRead);
    connect(m_stream, &QNetworkReply::finished, this, &XStreamClient::onStreamFinished);
    // Also bounds the wait for the answer itself.
    restartStallTimer();
}

void XStreamClient::restartStallTimer()
{
    // Zero or less turns stall detection off.
    if (options().stallTimeoutMs > 0)
        m_stallTimer.start(options().stallTimeoutMs);
}

int XStreamClient::replyStatus() const
{
    return m_stream ? m_stream->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

void XStreamClient::onStreamHeaders()
{
    if (!m_stream || m_streamOpen || replyStatus() != 200)
        return;
    m_streamOpen = true;
    onStreamOpened();
}

void XStreamClient::onStreamOpened()
{
    qCInfo(lcSocial) << "X stream: connected";
    // Taken now, before the first post of this connection reaches the store.
    if (!m_pendingSinceId) {
        const QString newest = newestPostId();
        if (!newest.isEmpty())
            m_pendingSinceId = newest;
    }
    if (!m_pendingSinceId) {
        const quint64 attempt = m_attempt;
        setStatus(makeStatus(ConnectionStatus::State::Connected));
        if (attempt == m_attempt)
            Q_EMIT backfillFinished(0);
        return;
    }
    m_gapFillBackoff.reset();
    startGapFill();
}

void XStreamClient::startGapFill()
{
    if (!m_running || !m_streamOpen || !m_pendingSinceId)
        return;
    const quint64 attempt = m_attempt;
    setStatus(makeStatus(ConnectionStatus::State::Backfilling));
    if (attempt != m_attempt)
        return;
    qCInfo(lcSocial).noquote() << "X stream: fetching posts newer than" << *m_pendingSinceId;
    m_gapFill->start(m_activeRules, *m_pendingSinceId);
}

void XStreamClient::onGapFilled(int posts, bool truncated, const QStringList &skippedRules)
{
    if (!m_running)
        return;
    m_pendingSinceId.reset();
    m_gapFillBackoff.reset();
    QStringList reasons;
    if (truncated)
        reasons.append(tr("More posts were missed than one catch-up fetches (%1 pages per rule); the oldest of "
                          "them were left out.")
                           .arg(options().maxBackfillPages));
    if (!skippedRules.isEmpty())
        reasons.append(tr("X would not search these rules for missed posts: %1.").arg(skippedRules.join(", "_L1)));
    qCInfo(lcSocial) << "X stream: gap filled with" << posts << "posts";
    const quint64 attempt = m_attempt;
    setStatus(makeStatus(ConnectionStatus::State::Connected, reasons.join(u' ')));
    if (attempt == m_attempt)
        Q_EMIT backfillFinished(posts);
}

void XStreamClient::onGapFillFailed(const XApiError &error)
{
    if (!m_running || !m_streamOpen)
        return;
    if (error.kind == XApiError::Kind::Refused) {
        // The stream works with this token; only the catch-up is refused (an
        // access level without recent search). The gap stays noted for later.
        setStatus(makeStatus(ConnectionStatus::State::Connected,
                             tr("Posts missed while disconnected could not be fetched: %1").arg(error.message), 0,
                             error.httpStatus));
        return;
    }
    const int delay = m_gapFillBackoff.nextDelayMs(failureOf(error), error.rateLimitReset);
    qCInfo(lcSocial).noquote() << "X stream: fetching missed posts failed:" << error.message << "- retrying in" << delay
                               << "ms";
    const quint64 attempt = m_attempt;
    setStatus(
        makeStatus(ConnectionStatus::State::Backfilling,
                   tr("Fetching missed posts failed (%1); trying again in %2 s.").arg(error.message, seconds(delay)),
                   delay, error.httpStatus));
    if (attempt == m_attempt)
        m_gapFillRetryTimer.start(delay);
}

void XStreamClient::onStreamReadyRead()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    restartStallTimer();
    const quint64 attempt = m_attempt;
    if (!m_streamOpen) {
        if (replyStatus() != 200) {
            m_errorBody += reply->readAll();
            return;
        }
        m_streamOpen = true;
        onStreamOpened();
        if (attempt != m_attempt || m_stream != reply)
            return;
    }

    const QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_streamGotData) {
        // Data, even a keep-alive, proves the connection: back-off starts afresh.
        m_streamGotData = true;
        m_backoff.reset();
    }

    const XStreamLineReader::Lines lines = m_lines.feed(bytes);
    QList<core::Post> batch;
    QStringList malformed;
    std::optional<QString> disconnect;
    for (int i = 0; i < lines.oversized; ++i)
        malformed.append(tr("a stream line longer than the limit was dropped"));
    for (const QByteArray &line : lines.lines) {
        XStreamEvent event = m_parser.parseStreamLine(line);
        switch (event.kind) {
        case XStreamEvent::Kind::Post:
            batch.append(std::move(event.posts));
            break;
        case XStreamEvent::Kind::Foreign:
            break;
        case XStreamEvent::Kind::Malformed:
            malformed.append(event.message);
            break;
        case XStreamEvent::Kind::ServerError:
            qCWarning(lcSocial).noquote() << "X stream: error from X:" << event.message;
            break;
        case XStreamEvent::Kind::Disconnect:
            disconnect = event.message;
            break;
        }
        if (disconnect)
            break; // X closes the stream after saying so
    }

    // One batch per read, so that the store writes it in one transaction.
    if (!batch.isEmpty()) {
        Q_EMIT postsReceived(batch);
        if (attempt != m_attempt || m_stream != reply)
            return;
    }
    for (const QString &reason : std::as_const(malformed)) {
        qCWarning(lcSocial).noquote() << "X stream: unreadable payload:" << reason;
        Q_EMIT malformedPayload(reason);
        if (attempt != m_attempt || m_stream != reply)
            return;
    }
    if (disconnect) {
        m_abortDetail = *disconnect;
        abortStream(Abort::Disconnect);
    }
}

void XStreamClient::onStall()
{
    if (m_stream)
        abortStream(Abort::Stall);
}

void XStreamClient::abortStream(Abort reason)
{
    QNetworkReply *reply = std::exchange(m_stream, nullptr);
    // Deleting an unfinished reply closes its connection; abort() would race
    // with an error the connection may already have queued.
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();
    streamClosed(reason, nullptr);
}

void XStreamClient::onStreamFinished()
{
    QNetworkReply *reply = std::exchange(m_stream, nullptr);
    if (!reply)
        return;
    reply->deleteLater();
    streamClosed(Abort::None, reply);
}

void XStreamClient::streamClosed(Abort abort, QNetworkReply *finished)
{
    m_stallTimer.stop();
    m_lines.clear(); // a partial line is lost with its connection; the gap fill brings its post back
    const bool wasOpen = m_streamOpen;
    m_streamOpen = false;
    m_gapFill->cancel();
    m_gapFillRetryTimer.stop();
    if (!m_running)
        return;

    switch (abort) {
    case Abort::Stall:
        scheduleReconnect(
            BackoffPolicy::Failure::Network,
            wasOpen ? tr("No data from X for %1 s, not even a keep-alive.").arg(seconds(options().stallTimeoutMs))
                    : tr("X did not answer within %1 s.").arg(seconds(options().stallTimeoutMs)));
        return;
    case Abort::Disconnect:
        scheduleReconnect(
            BackoffPolicy::Failure::Network,
            tr("X closed the stream: %1").arg(m_abortDetail.isEmpty() ? tr("operational disconnect") : m_abortDetail));
        return;
    case Abort::None:
        break;
    }
    if (!finished)
        return;

    if (wasOpen) {
        scheduleReconnect(BackoffPolicy::Failure::Network,
                          finished->error() == QNetworkReply::NoError
                              ? tr("X ended the stream.")
                              : tr("The X stream broke off: %1").arg(finished->errorString()));
        return;
    }
    m_errorBody += finished->readAll();
    const XApiError error = XApiError::fromReply(finished, m_errorBody);
    if (!error.isError()) {
        const int status = finished->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        scheduleReconnect(BackoffPolicy::Failure::Http,
                          tr("X answered HTTP %1 instead of opening the stream.").arg(status), status);
        return;
    }
    handleFailure(error);
}

void XStreamClient::handleFailure(const XApiError &error)
{
    switch (error.kind) {
    case XApiError::Kind::None:
        return;
    case XApiError::Kind::Refused:
        fail(error.message, error.httpStatus);
        return;
    case XApiError::Kind::Network:
    case XApiError::Kind::Http:
    case XApiError::Kind::RateLimited:
    case XApiError::Kind::Malformed:
        scheduleReconnect(failureOf(error), error.message, error.httpStatus, error.rateLimitReset);
        return;
    }
}

void XStreamClient::scheduleReconnect(BackoffPolicy::Failure failure, const QString &reason, int httpStatus,
                                      const std::optional<QDateTime> &resetAt)
{
    const int delay = m_backoff.nextDelayMs(failure, resetAt);
    qCInfo(lcSocial).noquote() << "X stream:" << reason << "- reconnecting in" << delay << "ms";
    const quint64 attempt = m_attempt;
    setStatus(makeStatus(ConnectionStatus::State::Reconnecting, reason, delay, httpStatus));
    if (attempt == m_attempt && m_running)
        m_retryTimer.start(delay);
}

void XStreamClient::fail(const QString &reason, int httpStatus)
{
    tearDown();
    m_running = false;
    qCWarning(lcSocial).noquote() << "X stream: gave up:" << reason;
    setStatus(makeStatus(ConnectionStatus::State::Failed, reason, 0, httpStatus));
}

void XStreamClient::tearDown()
{
    ++m_attempt;
    m_retryTimer.stop();
    m_stallTimer.stop();
    m_gapFillRetryTimer.stop();
    m_rulesClient->cancel();
    m_gapFill->cancel();
    if (QNetworkReply *reply = std::exchange(m_stream, nullptr)) {
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater(); // closes its connection
    }
    m_streamOpen = false;
    m_lines.clear();
}

} // namespace tw::social
