#include "fakexstreamsession.h"

#include "fakexserver.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

FakeXStreamSession::FakeXStreamSession(FakeXServer *server, QTcpSocket *socket, int index, FakeXConnection connection,
                                       FakeXHttpRequest request, const FakeXScenario &timing)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
    , m_index(index)
    , m_connection(std::move(connection))
    , m_request(std::move(request))
    , m_keepAliveMs(qMax(1, timing.keepAliveMs))
    , m_stepDelayMs(qMax(0, timing.stepDelayMs))
    , m_splitPauseMs(qMax(1, timing.splitPauseMs))
{
    m_keepAlive.setInterval(m_keepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, [this] { write(FakeXHttp::chunk("\r\n")); });
    connect(socket, &QTcpSocket::disconnected, this, &FakeXStreamSession::onDisconnected);
}

void FakeXStreamSession::start()
{
    const qint64 reset = QDateTime::currentSecsSinceEpoch() + 900;
    write(FakeXHttp::chunkedHead(200,
                                 {{"x-rate-limit-limit", "50"},
                                  {"x-rate-limit-remaining", "49"},
                                  {"x-rate-limit-reset", QByteArray::number(reset)}}));
    scheduleNext(0);
}

void FakeXStreamSession::deliver(const QString &postId)
{
    if (m_silent || m_over)
        return;
    const QByteArray line = m_server->streamLine(postId, m_request);
    if (!line.isEmpty())
        writeLine(line);
}

void FakeXStreamSession::drop()
{
    if (m_over || !m_socket)
        return;
    m_keepAlive.stop();
    m_silent = true;
    m_socket->abort();
    onDisconnected();
}

void FakeXStreamSession::scheduleNext(int delayMs)
{
    QTimer::singleShot(delayMs, this, &FakeXStreamSession::runNext);
}

QByteArray FakeXStreamSession::linesFor(const QJsonValue &ids)
{
    QStringList list;
    if (ids.isArray()) {
        const QJsonArray array = ids.toArray();
        for (const QJsonValue &id : array)
            list.append(id.toString());
    } else {
        list.append(ids.toString());
    }
    QByteArray lines;
    for (const QString &id : std::as_const(list)) {
        m_server->publish(id);
        const QByteArray line = m_server->streamLine(id, m_request);
        if (!line.isEmpty())
            lines += line + "\r\n";
    }
    return lines;
}

void FakeXStreamSession::runNext()
{
    if (m_over || m_silent || !m_socket)
        return;
    if (m_step >= m_connection.steps.size()) {
        goIdle();
        return;
    }
    const QJsonObject step = m_connection.steps.at(m_step++).toObject();

    if (step.contains("send"_L1)) {
        const QByteArray lines = linesFor(step.value("send"_L1));
        if (step.contains("splitAt"_L1) && !lines.isEmpty()) {
            const qsizetype at = std::clamp<qsizetype>(step.value("splitAt"_L1).toInt(), 1, lines.size() - 1);
            write(FakeXHttp::chunk(lines.left(at)));
            const QByteArray rest = lines.mid(at);
            const int pause = step.value("pauseMs"_L1).toInt(m_splitPauseMs);
            QTimer::singleShot(pause, this, [this, rest] {
                if (m_over || m_silent)
                    return;
                write(FakeXHttp::chunk(rest));
                scheduleNext(m_stepDelayMs);
            });
            return;
        }
        if (!lines.isEmpty())
            write(FakeXHttp::chunk(lines));
    } else if (step.contains("keepAlive"_L1)) {
        const int count = step.value("keepAlive"_L1).toInt(1);
        const int interval = step.value("intervalMs"_L1).toInt(m_stepDelayMs);
        write(FakeXHttp::chunk("\r\n"));
        if (count > 1) {
            // The rest of the keep-alives as a step of their own, spaced out.
            QJsonObject rest = step;
            rest.insert("keepAlive"_L1, count - 1);
            m_connection.steps.insert(m_step, rest);
        }
        scheduleNext(interval);
        return;
    } else if (step.contains("publish"_L1)) {
        const QJsonValue ids = step.value("publish"_L1);
        const QJsonArray list = ids.isArray() ? ids.toArray() : QJsonArray{ids};
        for (const QJsonValue &id : list)
            m_server->publish(id.toString());
    } else if (step.contains("wait"_L1)) {
        scheduleNext(step.value("wait"_L1).toInt());
        return;
    } else if (step.contains("dropMidLine"_L1)) {
        const QByteArray lines = linesFor(step.value("dropMidLine"_L1));
        write(FakeXHttp::chunk(lines.left(qMax<qsizetype>(1, lines.size() / 2))));
        QTimer::singleShot(m_splitPauseMs, this, &FakeXStreamSession::drop);
        return;
    } else if (step.contains("drop"_L1)) {
        drop();
        return;
    } else if (step.contains("close"_L1)) {
        endResponse();
        return;
    } else if (step.contains("stall"_L1)) {
        m_silent = true; // not a byte more, not even a keep-alive
        return;
    } else if (step.contains("operationalDisconnect"_L1)) {
        writeLine(FakeXServer::operationalDisconnectLine());
        QTimer::singleShot(m_stepDelayMs, this, &FakeXStreamSession::endResponse);
        return;
    } else if (step.contains("line"_L1)) {
        const QJsonValue line = step.value("line"_L1);
        writeLine(line.isObject() ? QJsonDocument(line.toObject()).toJson(QJsonDocument::Compact)
                                  : line.toString().toUtf8());
    }
    scheduleNext(m_stepDelayMs);
}

void FakeXStreamSession::write(const QByteArray &data)
{
    if (!m_socket || m_over)
        return;
    m_socket->write(data);
    m_socket->flush();
}

void FakeXStreamSession::writeLine(const QByteArray &line)
{
    write(FakeXHttp::chunk(line + "\r\n"));
}

void FakeXStreamSession::endResponse()
{
    if (m_over || !m_socket)
        return;
    m_keepAlive.stop();
    write(FakeXHttp::lastChunk());
    m_silent = true;
    m_socket->disconnectFromHost();
}

void FakeXStreamSession::goIdle()
{
    if (!m_keepAlive.isActive())
        m_keepAlive.start();
}

void FakeXStreamSession::onDisconnected()
{
    if (m_over)
        return;
    m_over = true;
    m_keepAlive.stop();
    if (m_socket)
        m_socket->deleteLater();
    Q_EMIT finished(m_index);
    deleteLater();
}

} // namespace tw::fakeapis
