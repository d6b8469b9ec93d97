#pragma once

#include "fakemastodonconnection.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;

namespace tw::fakeapis {

// A local stand-in for a Mastodon server over real HTTP/1.1 on 127.0.0.1,
// written from Mastodon's API documentation: the hashtag stream as server-sent
// events in a chunked response (GET /api/v1/streaming/hashtag?tag=NAME, also
// /hashtag/local), its health check (GET /api/v1/streaming/health), and the
// hashtag timeline (GET /api/v1/timelines/tag/NAME with limit, max_id, since_id,
// min_id, Link headers and rate-limit headers as Mastodon sends them). A wrong
// token gets 401 {"error": "The access token is invalid"}.
//
// What each stream connection does is scripted per hashtag, in order of
// arrival: answer an error (429 with X-RateLimit-Reset, 503, 401...), or stream
// steps (heartbeats, events, an event split across packets or cut off mid-way,
// deletions, edits, a stall, a drop). The scenario format is described in
// README.md next to this file; loadScenario() reads it, and tests may also call
// the hooks below directly. Every request is recorded for assertions.
class FakeMastodonServer : public QObject
{
    Q_OBJECT

public:
    enum class Endpoint { Stream, Timeline, Health, Other };

    struct Request
    {
        Endpoint endpoint = Endpoint::Other;
        QString path;
        QString tag; // lower case, for Stream and Timeline
        QUrlQuery query;
        bool authorized = false; // the expected token was presented
        int status = 0;          // what the server answered
    };

    explicit FakeMastodonServer(QObject *parent = nullptr);
    ~FakeMastodonServer() override;

    // Listens on 127.0.0.1 (port 0: any free port).
    bool start(quint16 port = 0);
    quint16 port() const;
    // http://127.0.0.1:PORT
    QUrl baseUrl() const;

    // Applies a scenario (see README.md) on top of the current state. On a
    // mistake in it, returns false with the reason in error.
    bool loadScenario(const QByteArray &json, QString *error = nullptr);
    bool loadScenarioFile(const QString &path, QString *error = nullptr);

    // The token requests must carry as "Authorization: Bearer TOKEN".
    void setToken(const QString &token) { m_token = token; }
    // The server's own domain: in status and profile addresses.
    void setInstance(const QString &instance) { m_instance = instance; }
    const QString &instance() const { return m_instance; }
    // Idle streams send a heartbeat comment this often (0: never).
    void setHeartbeatMs(int ms) { m_heartbeatMs = ms; }
    // The pause between two steps of a stream script.
    void setStepDelayMs(int ms) { m_stepDelayMs = ms; }

    // Declares a status (Mastodon's Status entity, partly given; see README.md)
    // that steps and hooks then refer to by id. Returns its id.
    QString addStatus(const QJsonObject &status);
    // Posts a declared status: it appears on the timelines of its hashtags, but
    // no stream is told (it was posted while the client was not listening).
    void publish(const QString &id);
    // Posts it and sends "update" on every open stream of its hashtags.
    void post(const QString &id);
    // Deletes it: gone from timelines, "delete" sent on the open streams of its hashtags.
    void remove(const QString &id);
    // Edits its content: "status.update" sent on the open streams of its hashtags.
    void edit(const QString &id, const QString &contentHtml);

    // The script of the next stream connection to this hashtag that is not yet
    // scripted (see README.md, "streams"). Unscripted connections stream
    // heartbeats only.
    void queueConnection(const QString &tag, const QJsonObject &script);
    // An error answer for the Nth timeline request (see README.md, "timelineFaults").
    void addTimelineFault(const QJsonObject &fault);

    // The status as served, or an empty object for an unknown or unposted id.
    QJsonObject status(const QString &id) const;
    // Posted statuses carrying the hashtag, newest first.
    QStringList timelineIds(const QString &tag) const;

    QList<Request> requests() const { return m_requests; }
    // The queries of the timeline requests for a hashtag, in order.
    QList<QUrlQuery> timelineQueries(const QString &tag) const;
    // Stream requests for a hashtag so far, answered with any status.
    int streamRequestCount(const QString &tag) const;
    // Stream connections for a hashtag that are open now.
    int openStreamCount(const QString &tag) const;

Q_SIGNALS:
    void requestHandled(const tw::fakeapis::FakeMastodonServer::Request &request);
    void streamOpened(const QString &tag);
    void streamClosed(const QString &tag);

private:
    struct Stream
    {
        QString tag;
        QList<QJsonObject> steps;
        qsizetype next = 0;
        bool stalled = false;
        bool crlf = false;
        int heartbeatMs = 0;
    };

    void onConnection();
    void handle(FakeMastodonConnection *connection, const FakeMastodonRequest &request);
    void serveStream(FakeMastodonConnection *connection, const QString &tag, Request &record);
    void serveTimeline(FakeMastodonConnection *connection, const FakeMastodonRequest &request, const QString &tag,
                       Request &record);
    void runNextStep(FakeMastodonConnection *connection);
    void scheduleHeartbeat(FakeMastodonConnection *connection);
    void sendEvent(FakeMastodonConnection *connection, const QByteArray &name, const QByteArray &data);
    QByteArray eventBytes(const Stream &stream, const QByteArray &name, const QByteArray &data) const;
    void broadcast(const QString &id, const QByteArray &name, const QByteArray &data);
    void respondError(FakeMastodonConnection *connection, int status, const QString &message, int resetInMs = -1);
    QJsonObject materialize(const QJsonObject &partial) const;
    QStringList tagsOf(const QJsonObject &status) const;
    FakeMastodonHeaders rateLimitHeaders(int remaining, const QDateTime &reset) const;

    QTcpServer *m_server;
    QString m_token = QStringLiteral("test-bearer");
    QString m_instance = QStringLiteral("hotel.example");
    int m_heartbeatMs = 250;
    int m_stepDelayMs = 10;
    QHash<QString, QJsonObject> m_declared;       // by id, as given
    QHash<QString, QJsonObject> m_published;      // by id, as served
    QHash<QString, QList<QJsonObject>> m_scripts; // by lower-case tag, in order
    QList<QJsonObject> m_timelineFaults;
    int m_timelineRequests = 0;
    QHash<FakeMastodonConnection *, Stream> m_streams;
    QList<Request> m_requests;
};

} // namespace tw::fakeapis
