#include "fakexhttp.h"

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

QByteArray headLines(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + FakeXHttp::reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    return head;
}

} // namespace

QString FakeXHttpRequest::parameter(const QString &name) const
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

bool FakeXHttpRequest::hasParameter(const QString &name) const
{
    for (const auto &parameter : parameters) {
        if (parameter.first == name)
            return true;
    }
    return false;
}

FakeXHttp::Parse FakeXHttp::takeRequest(QByteArray &buffer, FakeXHttpRequest &request)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > kMaxHead ? Parse::Bad : Parse::Incomplete;

    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return Parse::Bad;

    FakeXHttpRequest parsed;
    parsed.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    parsed.path = QString::fromUtf8(QByteArray::fromPercentEncoding(question < 0 ? target : target.left(question)));
    if (question >= 0) {
        parsed.rawQuery = target.mid(question + 1);
        const QList<QByteArray> pairs = parsed.rawQuery.split('&');
        for (QByteArray pair : pairs) {
            if (pair.isEmpty())
                continue;
            pair.replace('+', ' ');
            const qsizetype equals = pair.indexOf('=');
            const QByteArray key = equals < 0 ? pair : pair.left(equals);
            const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
            parsed.parameters.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
        }
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        parsed.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }

    bool ok = true;
    const qsizetype length
        = parsed.headers.contains("content-length") ? parsed.headers.value("content-length").toLongLong(&ok) : 0;
    if (!ok || length < 0)
        return Parse::Bad;
    const qsizetype total = headEnd + 4 + length;
    if (buffer.size() < total)
        return Parse::Incomplete;
    parsed.body = buffer.mid(headEnd + 4, length);
    buffer.remove(0, total);
    request = std::move(parsed);
    return Parse::Complete;
}

QByteArray FakeXHttp::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray FakeXHttp::response(int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all{{"Content-Type", "application/json; charset=utf-8"},
                                             {"Content-Length", QByteArray::number(body.size())}};
    all.append(headers);
    return headLines(status, all) + "\r\n" + body;
}

QByteArray FakeXHttp::chunkedHead(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all{{"Content-Type", "application/json; charset=utf-8"},
                                             {"Transfer-Encoding", "chunked"},
                                             {"Cache-Control", "no-cache"}};
    all.append(headers);
    return headLines(status, all) + "\r\n";
}

QByteArray FakeXHttp::chunk(const QByteArray &data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray FakeXHttp::lastChunk()
{
    return "0\r\n\r\n";
}

} // namespace tw::fakeapis
