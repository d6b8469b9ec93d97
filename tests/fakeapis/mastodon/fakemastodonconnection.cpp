#include "fakemastodonconnection.h"

#include <QTcpSocket>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Status"_ba;
    }
}

QByteArray head(int status, const FakeMastodonHeaders &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out;
}

} // namespace

FakeMastodonConnection::FakeMastodonConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &FakeMastodonConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (!m_closedReported) {
            m_closedReported = true;
            Q_EMIT closed();
        }
    });
    // Data may have arrived before the connection was wrapped.
    QMetaObject::invokeMethod(this, &FakeMastodonConnection::onReadyRead, Qt::QueuedConnection);
}

FakeMastodonConnection::~FakeMastodonConnection() = default;

bool FakeMastodonConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void FakeMastodonConnection::respond(int status, const QByteArray &body, const FakeMastodonHeaders &headers)
{
    QByteArray out = head(status, headers);
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    out += body;
    write(out);
}

void FakeMastodonConnection::beginChunked(int status, const FakeMastodonHeaders &headers)
{
    m_chunked = true;
    write(head(status, headers) + "Transfer-Encoding: chunked\r\n\r\n");
}

void FakeMastodonConnection::writeChunk(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void FakeMastodonConnection::endChunked()
{
    write("0\r\n\r\n"_ba);
    if (m_socket)
        m_socket->disconnectFromHost();
}

void FakeMastodonConnection::drop()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void FakeMastodonConnection::write(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    m_socket->write(bytes);
    m_socket->flush();
}

void FakeMastodonConnection::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    // Once streaming, whatever else arrives is not a request.
    while (!m_chunked) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        FakeMastodonRequest request;
        qsizetype bodyLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.insert(name, value);
            if (name == "content-length")
                bodyLength = value.toLongLong();
        }
        if (m_buffer.size() < end + 4 + bodyLength)
            return; // the body is still coming
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        m_buffer.remove(0, end + 4 + bodyLength);
        if (requestLine.size() < 2) {
            respond(400, "{\"error\":\"Bad request\"}"_ba);
            drop();
            return;
        }
        request.method = requestLine.at(0);
        const QUrl url = QUrl::fromEncoded("http://fake" + requestLine.at(1));
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url);
        Q_EMIT requestReceived(request);
        if (!m_socket)
            return;
    }
}

} // namespace tw::fakeapis
