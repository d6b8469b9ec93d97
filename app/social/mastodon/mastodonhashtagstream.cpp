#include "mastodonhashtagstream.h"

#include "mastodonapi.h"
#include "mastodonstatusparser.h"

#include <social/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

int httpStatusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString httpReasonOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
}

QString secondsText(int ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

MastodonHashtagStream::MastodonHashtagStream(QNetworkAccessManager *restAccess, const StreamOptions &options, QUrl base,
                                             QString tag, QList<core::ListeningRule> rules,
                                             NewestStoredId newestStoredId, QObject *parent)
    : QObject(parent)
    , m_restAccess(restAccess)
    , m_streamAccess(new QNetworkAccessManager(this))
    , m_options(options)
    , m_base(std::move(base))
    , m_tag(std::move(tag))
    , m_newestStoredId(std::move(newestStoredId))
    , m_backoff(options.backoff)
    , m_stallTimer(this)
    , m_retryTimer(this)
{
    std::sort(rules.begin(), rules.end(),
              [](const core::ListeningRule &a, const core::ListeningRule &b) { return a.id < b.id; });
    if (!rules.isEmpty())
        m_rule = rules.constFirst();
    if (!m_restAccess)
        m_restAccess = new QNetworkAccessManager(this);
    else
        m_streamAccess->setProxy(m_restAccess->proxy());

    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(std::max(1, m_options.stallTimeoutMs));
    connect(&m_stallTimer, &QTimer::timeout, this, &MastodonHashtagStream::onStall);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &MastodonHashtagStream::connectStream);
}

MastodonHashtagStream::~MastodonHashtagStream()
{
    discard(m_page);
    discard(m_stream);
}

void MastodonHashtagStream::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_backoff.reset();
    connectStream();
}

void MastodonHashtagStream::stop()
{
    m_running = false;
    m_retryTimer.stop();
    m_stallTimer.stop();
    discard(m_page);
    discard(m_stream);
    setStatus(ConnectionStatus::State::Stopped);
}

void MastodonHashtagStream::connectStream()
{
    if (!m_running)
        return;
    discard(m_page);
    discard(m_stream);
    m_parser.reset();
    m_streamOpen = false;
    m_streamProven = false;
    m_commentsAtConnect = m_parser.commentCount();
    m_gapFilled = false;
    m_sessionNewest.clear();

    qCInfo(lcSocial).noquote() << "Mastodon: opening the stream of" << where();
    setStatus(ConnectionStatus::State::Connecting);
    m_stream = m_streamAccess->get(
        MastodonApi::request(MastodonApi::hashtagStreamUrl(m_base, m_tag), m_options.token, true));
    connect(m_stream, &QNetworkReply::metaDataChanged, this, &MastodonHashtagStream::onStreamHeaders);
    connect(m_stream, &QNetworkReply::readyRead, this, &MastodonHashtagStream::onStreamData);
    connect(m_stream, &QNetworkReply::finished, this, &MastodonHashtagStream::onStreamFinished);
    m_stallTimer.start();
}

void MastodonHashtagStream::onStreamHeaders()
{
    m_stallTimer.start();
    if (m_streamOpen || !m_stream || httpStatusOf(m_stream) != 200)
        return;
    const QString type = m_stream->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!type.isEmpty() && !type.startsWith(u"text/event-stream"_s, Qt::CaseInsensitive)) {
        // A captive portal or a misconfigured proxy: a page, not the stream.
        Outcome outcome;
        outcome.failure = Failure::Http;
        outcome.httpStatus = 200;
        outcome.reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                     "%1 answered with %2 instead of an event stream; check the "
                                                     "instance name and any proxy in between.")
                             .arg(where(), type);
        fail(outcome);
        return;
    }
    m_streamOpen = true;
    qCInfo(lcSocial).noquote() << "Mastodon: streaming" << where();
    startGapFill();
}

void MastodonHashtagStream::onStreamData()
{
    m_stallTimer.start();
    if (!m_stream)
        return;
    if (!m_streamOpen) {
        onStreamHeaders();
        // An error body is read once the reply finishes.
        if (!m_streamOpen || !m_stream)
            return;
    }
    processStreamBytes(m_stream->readAll());
}

bool MastodonHashtagStream::processStreamBytes(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    const qint64 droppedBefore = m_parser.droppedLineCount();
    const QList<SseParser::Event> events = m_parser.feed(bytes);
    // The connection works once it carries an event or outlives a heartbeat
    // period (a second comment after the greeting): the next failure then
    // starts the back-off afresh. A server that greets and hangs up at once
    // keeps backing off.
    if (!m_streamProven && (!events.isEmpty() || m_parser.commentCount() - m_commentsAtConnect >= 2)) {
        m_streamProven = true;
        m_backoff.reset();
    }
    if (m_parser.droppedLineCount() != droppedBefore) {
        Q_EMIT malformedPayload(QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                            "An overlong line in the stream of %1 was skipped.")
                                    .arg(where()));
    }
    const QPointer<QNetworkReply> reply = m_stream;
    for (const SseParser::Event &event : events) {
        dispatch(event);
        // A receiver may have stopped us, or a failure replaced the connection.
        if (!m_running || m_stream != reply)
            return false;
    }
    return true;
}

void MastodonHashtagStream::dispatch(const SseParser::Event &event)
{
    if (event.name == u"update"_s || event.name == u"status.update"_s) {
        const bool edit = event.name == u"status.update"_s;
        core::Result<core::Post> post = MastodonStatusParser::parse(QByteArrayView(event.data.toUtf8()), m_rule);
        if (!post) {
            qCWarning(lcSocial).noquote() << "Mastodon:" << post.error();
            Q_EMIT malformedPayload(post.error());
            return;
        }
        if (edit) {
            Q_EMIT postEdited(post.value());
        } else {
            notePostId(post->postId);
            Q_EMIT postsReceived({post.value()});
        }
    } else if (event.name == u"delete"_s) {
        const QString id = event.data.trimmed();
        if (id.isEmpty()) {
            Q_EMIT malformedPayload(QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                                "A deletion without a status id from %1 was skipped.")
                                        .arg(where()));
            return;
        }
        Q_EMIT postDeleted(id);
    }
    // Other events (announcements, filters_changed, ...) do not concern a hashtag.
}

void MastodonHashtagStream::notePostId(const QString &id)
{
    m_sessionNewest = MastodonApi::newerId(m_sessionNewest, id);
    if (m_gapFilled)
        m_cursor = MastodonApi::newerId(m_cursor, id);
}

void MastodonHashtagStream::onStreamFinished()
{
    QNetworkReply *reply = m_stream;
    if (!reply)
        return;
    m_stallTimer.stop();
    const QByteArray body = reply->readAll();
    // Events completed by the last bytes still count; a cut-off one is lost
    // here and comes back with the gap fill.
    if (m_streamOpen && !processStreamBytes(body))
        return;
    fail(outcomeOf(reply, body, true));
}

void MastodonHashtagStream::onStall()
{
    if (!m_stream)
        return;
    Outcome outcome;
    outcome.failure = Failure::Network;
    outcome.reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                 "Nothing came from %1 for %2 s, not even a heartbeat; "
                                                 "reconnecting.")
                         .arg(where(), secondsText(m_options.stallTimeoutMs));
    fail(outcome);
}

void MastodonHashtagStream::startGapFill()
{
    m_fillPages = 0;
    m_fillPosts = 0;
    m_fillNewest.clear();
    m_fillTruncated = false;
    if (m_cursor.isEmpty() && m_newestStoredId)
        m_cursor = m_newestStoredId();
    m_backward = m_cursor.isEmpty();
    setStatus(ConnectionStatus::State::Backfilling);
    if (m_backward)
        requestPage({}, {});
    else
        requestPage(m_cursor, {});
}

void MastodonHashtagStream::requestPage(const QString &minId, const QString &maxId)
{
    const QUrl url = MastodonApi::hashtagTimelineUrl(m_base, m_tag, kPageLimit, minId, maxId);
    QNetworkRequest request = MastodonApi::request(url, m_options.token, false);
    // A timeline page that stops moving is as dead as a stalled stream.
    request.setTransferTimeout(std::max(1, m_options.stallTimeoutMs));
    m_page = m_restAccess->get(request);
    connect(m_page, &QNetworkReply::finished, this, &MastodonHashtagStream::onPageFinished);
}

void MastodonHashtagStream::onPageFinished()
{
    QNetworkReply *reply = m_page;
    if (!reply)
        return;
    m_page = nullptr;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    const int status = httpStatusOf(reply);
    if (status == 404) {
        // The instance has never seen the hashtag: nothing was missed.
        finishGapFill();
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        fail(outcomeOf(reply, body, false));
        return;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isArray()) {
        const QString reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                           "The hashtag timeline of %1 could not be read; the gap "
                                                           "since the interruption is not filled.")
                                   .arg(where());
        Q_EMIT malformedPayload(reason);
        Outcome outcome;
        outcome.failure = Failure::Http;
        outcome.httpStatus = status;
        outcome.reason = reason;
        fail(outcome);
        return;
    }

    const QJsonArray statuses = doc.array();
    const QDateTime lookBackTo = m_startedAt.addSecs(-kClockSlackSecs);
    QList<core::Post> posts;
    QString pageNewest;
    QString pageOldest;
    bool reachedStart = false;
    // Newest first on the wire; handed on oldest first, as they happened.
    for (qsizetype i = statuses.size() - 1; i >= 0; --i) {
        const QJsonObject object = statuses.at(i).toObject();
        const QString id = object.value(u"id"_s).toString();
        if (!id.isEmpty() && (pageOldest.isEmpty() || MastodonApi::compareIds(id, pageOldest) < 0))
            pageOldest = id;
        // Forward, every id on the page moves the cursor on, even one that
        // cannot be read. Looking back, only what was posted since the start
        // counts: older statuses must not become the cursor of the next fill.
        if (!m_backward)
            pageNewest = MastodonApi::newerId(pageNewest, id);
        core::Result<core::Post> post = MastodonStatusParser::parse(object, m_rule);
        if (!post) {
            Q_EMIT malformedPayload(post.error());
            if (!m_running)
                return;
            continue;
        }
        if (m_backward && post->createdAt < lookBackTo) {
            reachedStart = true;
            continue;
        }
        pageNewest = MastodonApi::newerId(pageNewest, post->postId);
        posts.append(post.value());
    }

    ++m_fillPages;
    m_fillNewest = MastodonApi::newerId(m_fillNewest, pageNewest);
    if (!posts.isEmpty()) {
        m_fillPosts += int(posts.size());
        QPointer<QNetworkReply> stream = m_stream;
        Q_EMIT postsReceived(posts);
        if (!m_running || m_stream != stream)
            return;
    }

    const QHash<QString, QUrl> links = MastodonApi::parseLinkHeader(reply->rawHeader("Link"));
    QString nextMinId;
    QString nextMaxId;
    bool more = !statuses.isEmpty();
    if (m_backward) {
        nextMaxId = MastodonApi::queryValue(links.value(u"next"_s), u"max_id"_s);
        if (nextMaxId.isEmpty())
            nextMaxId = pageOldest;
        more = more && !reachedStart && links.contains(u"next"_s);
    } else {
        nextMinId = MastodonApi::queryValue(links.value(u"prev"_s), u"min_id"_s);
        if (nextMinId.isEmpty())
            nextMinId = pageNewest;
        more = more && !nextMinId.isEmpty();
    }
    if (more && m_fillPages >= std::max(1, m_options.maxBackfillPages)) {
        m_fillTruncated = true;
        more = false;
    }
    if (more)
        requestPage(nextMinId, nextMaxId);
    else
        finishGapFill();
}

void MastodonHashtagStream::finishGapFill()
{
    m_gapFilled = true;
    m_cursor = MastodonApi::newerId(m_cursor, MastodonApi::newerId(m_fillNewest, m_sessionNewest));
    QString reason;
    if (m_fillTruncated) {
        qCWarning(lcSocial).noquote() << "Mastodon: the gap fill of" << where() << "stopped after" << m_fillPages
                                      << "pages";
        reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                             "More posts were missed on %1 than one catch-up fetches (%2 pages); "
                                             "some of those posted during the interruption are not shown.")
                     .arg(where(), QString::number(m_fillPages));
    }
    qCInfo(lcSocial).noquote() << "Mastodon: caught up on" << where() << "with" << m_fillPosts << "posts";
    setStatus(ConnectionStatus::State::Connected, 0, 0, reason);
    Q_EMIT backfillFinished(m_fillPosts);
}

MastodonHashtagStream::Outcome MastodonHashtagStream::outcomeOf(QNetworkReply *reply, const QByteArray &body,
                                                                bool stream) const
{
    Outcome outcome;
    outcome.httpStatus = httpStatusOf(reply);
    const QString serverSays = MastodonApi::errorMessage(body);
    const QString phrase = httpReasonOf(reply);
    const QString statusText = QString::number(outcome.httpStatus) + (phrase.isEmpty() ? QString() : u' ' + phrase)
        + (serverSays.isEmpty() ? QString() : u": "_s + serverSays);
    const QString host = m_rule.instance.isEmpty() ? m_base.host() : m_rule.instance;

    if (outcome.httpStatus == 401 || outcome.httpStatus == 403) {
        outcome.failure = Failure::Refused;
        outcome.reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                     "%1 refused the Mastodon access token (%2). Check the Mastodon "
                                                     "token in Settings, or TWEETWORTHY_MASTODON_TOKEN for the "
                                                     "command-line tool; it needs the read:statuses scope.")
                             .arg(host, statusText);
    } else if (outcome.httpStatus == 429) {
        outcome.failure = Failure::RateLimited;
        outcome.resetAt
            = MastodonApi::rateLimitReset(reply->rawHeader("X-RateLimit-Reset"), reply->rawHeader("Retry-After"));
        outcome.reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                     "%1 limits how often it may be asked (%2); waiting until the "
                                                     "limit resets.")
                             .arg(host, statusText);
    } else if (outcome.httpStatus != 0 && outcome.httpStatus != 200) {
        outcome.failure = Failure::Http;
        outcome.reason = stream ? QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                              "The stream of %1 answered %2; trying again.")
                                      .arg(where(), statusText)
                                : QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                              "The hashtag timeline of %1 answered %2; trying again.")
                                      .arg(where(), statusText);
    } else {
        // Whatever status the stream began with, it was the network that failed.
        outcome.failure = Failure::Network;
        outcome.httpStatus = 0;
        const QString detail = reply->error() == QNetworkReply::NoError
            ? QCoreApplication::translate("tw::social::MastodonHashtagStream", "the server closed the stream")
            : reply->errorString();
        outcome.reason = QCoreApplication::translate("tw::social::MastodonHashtagStream",
                                                     "Lost the connection to %1 (%2); reconnecting.")
                             .arg(where(), detail);
    }
    return outcome;
}

void MastodonHashtagStream::fail(const Outcome &outcome)
{
    m_stallTimer.stop();
    discard(m_page);
    discard(m_stream);
    m_streamOpen = false;
    if (!m_running)
        return;

    if (outcome.failure == Failure::Refused) {
        qCWarning(lcSocial).noquote() << "Mastodon:" << outcome.reason;
        m_running = false;
        setStatus(ConnectionStatus::State::Failed, 0, outcome.httpStatus, outcome.reason);
        return;
    }

    BackoffPolicy::Failure kind = BackoffPolicy::Failure::Network;
    if (outcome.failure == Failure::Http)
        kind = BackoffPolicy::Failure::Http;
    else if (outcome.failure == Failure::RateLimited)
        kind = BackoffPolicy::Failure::RateLimited;
    const int delay = m_backoff.nextDelayMs(kind, outcome.resetAt);
    qCWarning(lcSocial).noquote() << "Mastodon:" << outcome.reason << "Next attempt in" << delay << "ms.";
    setStatus(ConnectionStatus::State::Reconnecting, delay, outcome.httpStatus, outcome.reason);
    m_retryTimer.start(delay);
}

void MastodonHashtagStream::discard(QPointer<QNetworkReply> &reply)
{
    if (!reply)
        return;
    QNetworkReply *r = reply;
    reply = nullptr;
    // Disconnected first: abort() reports finished() at once, and that is not a
    // failure to react to.
    disconnect(r, nullptr, this, nullptr);
    r->abort();
    r->deleteLater();
}

void MastodonHashtagStream::setStatus(ConnectionStatus::State state, int retryInMs, int httpStatus,
                                      const QString &reason)
{
    ConnectionStatus status;
    status.state = state;
    status.retryInMs = retryInMs;
    status.httpStatus = httpStatus;
    status.reason = reason;
    if (status == m_status)
        return;
    m_status = status;
    Q_EMIT statusChanged(m_status);
}

QString MastodonHashtagStream::where() const
{
    const QString host = m_rule.instance.isEmpty() ? m_base.host() : m_rule.instance;
    return QCoreApplication::translate("tw::social::MastodonHashtagStream", "#%1 on %2").arg(m_tag, host);
}

} // namespace tw::social
