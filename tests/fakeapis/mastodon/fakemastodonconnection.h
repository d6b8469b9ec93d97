#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <utility>

class QTcpSocket;

namespace tw::fakeapis {

// One request as the fake servers see it: method, decoded path, query and
// headers (names in lower case).
struct FakeMastodonRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

using FakeMastodonHeaders = QList<std::pair<QByteArray, QByteArray>>;

// The HTTP/1.1 side of one accepted TCP connection of a fake API server: reads
// requests (several on a kept-alive connection), writes complete responses, or
// turns into a long-lived chunked response whose chunks are written one by one
// and which can end properly, be cut off mid-chunk, or simply go silent.
class FakeMastodonConnection : public QObject
{
    Q_OBJECT

public:
    explicit FakeMastodonConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~FakeMastodonConnection() override;

    void respond(int status, const QByteArray &body, const FakeMastodonHeaders &headers = {});
    // Sends the status line and headers of a chunked response.
    void beginChunked(int status, const FakeMastodonHeaders &headers);
    // One HTTP chunk, handed to the network at once.
    void writeChunk(const QByteArray &data);
    // The terminating chunk, then the connection is closed.
    void endChunked();
    // Closes the connection after what was written, without ending the response.
    void drop();

    bool isOpen() const;
    bool isChunked() const { return m_chunked; }

Q_SIGNALS:
    void requestReceived(const tw::fakeapis::FakeMastodonRequest &request);
    void closed();

private:
    void onReadyRead();
    void write(const QByteArray &bytes);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_chunked = false;
    bool m_closedReported = false;
};

} // namespace tw::fakeapis
