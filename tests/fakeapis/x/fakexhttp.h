#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace tw::fakeapis {

// One HTTP/1.1 request as the fake server read it.
struct FakeXHttpRequest
{
    QByteArray method;
    QString path;
    QByteArray rawQuery;
    QList<QPair<QString, QString>> parameters; // decoded, in order
    QHash<QByteArray, QByteArray> headers;     // names in lower case
    QByteArray body;

    // A query parameter, percent-decoding undone and "+" read as a space, as
    // web servers do; empty when absent.
    QString parameter(const QString &name) const;
    bool hasParameter(const QString &name) const;
};

// Just enough HTTP/1.1 for the X API's fake: requests with Content-Length
// bodies on persistent connections, answers with a length or chunked.
class FakeXHttp
{
public:
    enum class Parse { Incomplete, Complete, Bad };

    // Takes one complete request off the front of buffer, when there is one.
    static Parse takeRequest(QByteArray &buffer, FakeXHttpRequest &request);

    static QByteArray reasonPhrase(int status);
    // A whole answer with Content-Length.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // The head of a chunked answer; chunks follow.
    static QByteArray chunkedHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static QByteArray chunk(const QByteArray &data);
    static QByteArray lastChunk();
};

} // namespace tw::fakeapis
