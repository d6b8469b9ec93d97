#pragma once

#include "fakexhttp.h"
#include "fakexscenario.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace tw::fakeapis {

class FakeXServer;

// One open filtered-stream connection of the fake server: answers 200 with a
// chunked body and plays the connection's steps (posts, keep-alives, split
// lines, drops, stalls, operational disconnects; see README.md), then idles
// with keep-alives until the client goes away.
class FakeXStreamSession : public QObject
{
    Q_OBJECT

public:
    FakeXStreamSession(FakeXServer *server, QTcpSocket *socket, int index, FakeXConnection connection,
                       FakeXHttpRequest request, const FakeXScenario &timing);

    int index() const { return m_index; }
    void start();
    // Sends a post now, unless the session stalls or is over.
    void deliver(const QString &postId);
    void drop();

Q_SIGNALS:
    void finished(int index);

private:
    void runNext();
    void scheduleNext(int delayMs);
    void write(const QByteArray &data);
    void writeLine(const QByteArray &line);
    QByteArray linesFor(const QJsonValue &ids);
    void endResponse();
    void goIdle();
    void onDisconnected();

    FakeXServer *m_server;
    QPointer<QTcpSocket> m_socket;
    int m_index;
    FakeXConnection m_connection;
    FakeXHttpRequest m_request;
    int m_keepAliveMs;
    int m_stepDelayMs;
    int m_splitPauseMs;
    qsizetype m_step = 0;
    bool m_silent = false; // stalled, or the response ended
    bool m_over = false;
    QTimer m_keepAlive;
};

} // namespace tw::fakeapis
