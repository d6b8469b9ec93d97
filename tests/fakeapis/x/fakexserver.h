#pragma once

#include "fakexhttp.h"
#include "fakexscenario.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace tw::fakeapis {

class FakeXStreamSession;

// A local imitation of the X API v2 endpoints Tweetworthy uses, over real
// HTTP/1.1 on 127.0.0.1, written from X's public documentation: the filtered
// stream (chunked newline-delimited JSON, keep-alives, matching_rules, error
// objects), its rules (list, add, delete, dry_run, per-rule errors), and recent
// search (query, since_id, start_time, max_results 10..100, next_token pages,
// newest first, includes.users). Requests without the scenario's Bearer token
// get X's 401 body. Stream connections play the scenario's scripted faults in
// order, and everything the client asked is recorded for tests.
//
// Used in-process by Qt tests and by the fake-x-server executable.
class FakeXServer : public QObject
{
    Q_OBJECT

public:
    struct RequestRecord
    {
        QString method;
        QString path;
        QList<QPair<QString, QString>> parameters;
        QByteArray body;
        int status = 0;
        QHash<QByteArray, QByteArray> headers; // names in lower case
    };

    struct SearchRecord
    {
        QString query;
        QString sinceId;
        QString nextToken;
        QString startTime;
        int maxResults = 0;
        int status = 0;
    };

    explicit FakeXServer(QObject *parent = nullptr);
    explicit FakeXServer(FakeXScenario scenario, QObject *parent = nullptr);
    ~FakeXServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;

    // The scenario and hooks to change it while serving.
    const FakeXScenario &scenario() const { return m_scenario; }
    void setToken(const QString &token) { m_scenario.token = token; }
    void addPost(const FakeXPost &post);
    // Searchable from now on, without being sent on any stream.
    void publish(const QString &postId);
    // Published and sent at once on every open stream that is not stalled.
    void deliver(const QString &postId);
    // A rule already on the server (another tool's, for instance); returns its id.
    QString addRule(const QString &value, const QString &tag);
    void setInvalidRule(const QString &value, const QString &details);
    void appendConnection(const FakeXConnection &connection);
    void appendSearchFault(const FakeXResponse &response);
    void appendRulesFault(const FakeXResponse &response);
    // Breaks every open stream connection now.
    void dropStreams();

    // What the client asked.
    QList<RequestRecord> requests() const { return m_requests; }
    QList<FakeXRule> rules() const { return m_rules; }
    QList<FakeXRule> addedRules() const { return m_added; } // not counting dry runs
    QStringList deletedRuleIds() const { return m_deleted; }
    QStringList dryRunValues() const { return m_dryRuns; }
    QList<SearchRecord> searches() const { return m_searches; }
    int streamConnections() const { return m_streamConnections; } // authorised stream requests
    int unauthorizedRequests() const { return m_unauthorized; }
    int openStreams() const { return int(m_sessions.size()); }
    QStringList publishedIds() const;

    // A stream line for a post as X would send it for this request's fields,
    // with the matching rules now on the server; empty when no rule matches.
    QByteArray streamLine(const QString &postId, const FakeXHttpRequest &request) const;
    // X's operational-disconnect error object.
    static QByteArray operationalDisconnectLine();

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);
    void streamOpened(int connectionIndex);
    void streamClosed(int connectionIndex);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const FakeXHttpRequest &request);
    void answer(QTcpSocket *socket, const FakeXHttpRequest &request, int status, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void answerScripted(QTcpSocket *socket, const FakeXHttpRequest &request, const FakeXResponse &response);
    void handleStream(QTcpSocket *socket, const FakeXHttpRequest &request);
    void handleRulesList(QTcpSocket *socket, const FakeXHttpRequest &request);
    void handleRulesChange(QTcpSocket *socket, const FakeXHttpRequest &request);
    void handleRecentSearch(QTcpSocket *socket, const FakeXHttpRequest &request);

    const FakeXPost *post(const QString &id) const;
    QList<FakeXRule> matchingRules(const FakeXPost &post) const;
    QJsonObject tweetJson(const FakeXPost &post, const QStringList &tweetFields) const;
    static QJsonObject userJson(const FakeXUser &user);
    std::optional<FakeXResponse> takeRulesFault(const FakeXHttpRequest &request);
    QString nextRuleId();

    QTcpServer *m_server;
    FakeXScenario m_scenario;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeXStreamSession *> m_sessions;
    QSet<QString> m_published;

    QList<RequestRecord> m_requests;
    QList<FakeXRule> m_rules;
    QList<FakeXRule> m_added;
    QStringList m_deleted;
    QStringList m_dryRuns;
    QList<SearchRecord> m_searches;
    int m_streamConnections = 0;
    int m_unauthorized = 0;
    qint64 m_nextRuleId = 1'790'000'000'000'000'001LL;
};

} // namespace tw::fakeapis
