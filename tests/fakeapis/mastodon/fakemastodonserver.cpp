#include "fakemastodonserver.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

namespace {

Q_LOGGING_CATEGORY(lcFake, "tw.fakeapis.mastodon")

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 40;
constexpr int kRateLimit = 300; // requests per five minutes, as Mastodon allows

// Status ids order by length, then as text: Mastodon's are growing decimals.
bool newerThan(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() > b.size();
    return a > b;
}

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString();
}

QString isoMs(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// Mastodon writes the reset instant with microseconds.
QByteArray isoMicro(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s).toLatin1() + "000Z";
}

QString defaultError(int status)
{
    switch (status) {
    case 401:
        return u"The access token is invalid"_s;
    case 403:
        return u"This action is not allowed"_s;
    case 404:
        return u"Record not found"_s;
    case 429:
        return u"Too many requests"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return u"Something went wrong"_s;
    }
}

} // namespace

FakeMastodonServer::FakeMastodonServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeMastodonServer::onConnection);
}

FakeMastodonServer::~FakeMastodonServer() = default;

bool FakeMastodonServer::start(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeMastodonServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeMastodonServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

bool FakeMastodonServer::loadScenarioFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return loadScenario(file.readAll(), error);
}

bool FakeMastodonServer::loadScenario(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return failWith(u"the scenario is not a JSON object (%1)"_s.arg(parseError.errorString()));
    const QJsonObject root = doc.object();

    if (root.contains(u"token"_s))
        setToken(root.value(u"token"_s).toString());
    if (root.contains(u"instance"_s))
        setInstance(root.value(u"instance"_s).toString());
    if (root.contains(u"heartbeatMs"_s))
        setHeartbeatMs(root.value(u"heartbeatMs"_s).toInt());
    if (root.contains(u"stepDelayMs"_s))
        setStepDelayMs(root.value(u"stepDelayMs"_s).toInt());

    const QJsonArray statuses = root.value(u"statuses"_s).toArray();
    for (const QJsonValue &value : statuses) {
        if (!value.isObject() || idText(value.toObject().value(u"id"_s)).isEmpty())
            return failWith(u"every entry of \"statuses\" needs an \"id\""_s);
        addStatus(value.toObject());
    }
    auto known = [this](const QString &id) { return m_declared.contains(id); };

    for (const QJsonValue &value : root.value(u"timeline"_s).toArray()) {
        const QString id = idText(value);
        if (!known(id))
            return failWith(u"\"timeline\" names status %1, which \"statuses\" does not declare"_s.arg(id));
        publish(id);
    }

    const QJsonObject streams = root.value(u"streams"_s).toObject();
    for (auto it = streams.constBegin(); it != streams.constEnd(); ++it) {
        for (const QJsonValue &script : it.value().toArray()) {
            if (!script.isObject())
                return failWith(u"every connection of stream \"%1\" must be an object"_s.arg(it.key()));
            const QJsonObject object = script.toObject();
            for (const QJsonValue &step : object.value(u"steps"_s).toArray()) {
                const QJsonObject s = step.toObject();
                const QString type = s.value(u"type"_s).toString();
                static const QStringList types{u"heartbeat"_s, u"update"_s, u"publish"_s, u"delete"_s, u"edit"_s,
                                               u"raw"_s,       u"wait"_s,   u"stall"_s,   u"close"_s,  u"drop"_s};
                if (!types.contains(type))
                    return failWith(u"unknown step type \"%1\" in stream \"%2\""_s.arg(type, it.key()));
                if (s.contains(u"status"_s) && !known(idText(s.value(u"status"_s))))
                    return failWith(u"a step of stream \"%1\" names undeclared status %2"_s.arg(
                        it.key(), idText(s.value(u"status"_s))));
            }
            for (const QJsonValue &id : object.value(u"publish"_s).toArray()) {
                if (!known(idText(id)))
                    return failWith(u"stream \"%1\" publishes undeclared status %2"_s.arg(it.key(), idText(id)));
            }
            queueConnection(it.key(), object);
        }
    }

    for (const QJsonValue &fault : root.value(u"timelineFaults"_s).toArray()) {
        if (fault.toObject().value(u"request"_s).toInt() < 1)
            return failWith(u"every timeline fault needs \"request\" (1 for the first timeline request)"_s);
        addTimelineFault(fault.toObject());
    }
    return true;
}

QString FakeMastodonServer::addStatus(const QJsonObject &status)
{
    const QString id = idText(status.value(u"id"_s));
    m_declared.insert(id, status);
    return id;
}

void FakeMastodonServer::publish(const QString &id)
{
    if (m_published.contains(id))
        return;
    if (!m_declared.contains(id)) {
        qCWarning(lcFake) << "unknown status" << id;
        return;
    }
    m_published.insert(id, materialize(m_declared.value(id)));
}

void FakeMastodonServer::post(const QString &id)
{
    publish(id);
    if (m_published.contains(id))
        broadcast(id, "update"_ba, QJsonDocument(m_published.value(id)).toJson(QJsonDocument::Compact));
}

void FakeMastodonServer::remove(const QString &id)
{
    if (!m_published.contains(id))
        return;
    broadcast(id, "delete"_ba, id.toUtf8());
    m_published.remove(id);
}

void FakeMastodonServer::edit(const QString &id, const QString &contentHtml)
{
    if (!m_published.contains(id))
        return;
    QJsonObject status = m_published.value(id);
    status.insert(u"content"_s, contentHtml);
    status.insert(u"edited_at"_s, isoMs(QDateTime::currentDateTimeUtc()));
    m_published.insert(id, status);
    broadcast(id, "status.update"_ba, QJsonDocument(status).toJson(QJsonDocument::Compact));
}

void FakeMastodonServer::queueConnection(const QString &tag, const QJsonObject &script)
{
    m_scripts[tag.toLower()].append(script);
}

void FakeMastodonServer::addTimelineFault(const QJsonObject &fault)
{
    m_timelineFaults.append(fault);
}

QJsonObject FakeMastodonServer::status(const QString &id) const
{
    return m_published.value(id);
}

QStringList FakeMastodonServer::timelineIds(const QString &tag) const
{
    const QString wanted = tag.toLower();
    QStringList ids;
    for (auto it = m_published.constBegin(); it != m_published.constEnd(); ++it) {
        if (tagsOf(it.value()).contains(wanted))
            ids.append(it.key());
    }
    std::sort(ids.begin(), ids.end(), newerThan);
    return ids;
}

QList<QUrlQuery> FakeMastodonServer::timelineQueries(const QString &tag) const
{
    QList<QUrlQuery> queries;
    for (const Request &request : m_requests) {
        if (request.endpoint == Endpoint::Timeline && request.tag == tag.toLower())
            queries.append(request.query);
    }
    return queries;
}

int FakeMastodonServer::streamRequestCount(const QString &tag) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &request) {
        return request.endpoint == Endpoint::Stream && request.tag == tag.toLower();
    }));
}

int FakeMastodonServer::openStreamCount(const QString &tag) const
{
    int open = 0;
    for (auto it = m_streams.constBegin(); it != m_streams.constEnd(); ++it) {
        if (it.value().tag == tag.toLower() && it.key()->isOpen())
            ++open;
    }
    return open;
}

void FakeMastodonServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new FakeMastodonConnection(socket, this);
        connect(connection, &FakeMastodonConnection::requestReceived, this,
                [this, connection](const FakeMastodonRequest &request) { handle(connection, request); });
        connect(connection, &FakeMastodonConnection::closed, this, [this, connection] {
            if (const auto it = m_streams.constFind(connection); it != m_streams.constEnd()) {
                const QString tag = it.value().tag;
                m_streams.remove(connection);
                Q_EMIT streamClosed(tag);
            }
            connection->deleteLater();
        });
    }
}

void FakeMastodonServer::handle(FakeMastodonConnection *connection, const FakeMastodonRequest &request)
{
    Request record;
    record.path = request.path;
    record.query = request.query;
    const QByteArray authorization = request.header("Authorization");
    const bool hasToken = authorization.startsWith("Bearer ");
    record.authorized = hasToken && QString::fromUtf8(authorization.mid(7).trimmed()) == m_token;

    static const QString streamPath = u"/api/v1/streaming/hashtag"_s;
    static const QString timelinePath = u"/api/v1/timelines/tag/"_s;

    if (request.method != "GET") {
        record.status = 405;
        respondError(connection, 405, u"Method not allowed"_s);
    } else if (request.path == u"/api/v1/streaming/health"_s) {
        record.endpoint = Endpoint::Health;
        record.status = 200;
        connection->respond(200, "OK"_ba, {{"Content-Type"_ba, "text/plain; charset=utf-8"_ba}});
    } else if (request.path == streamPath || request.path == streamPath + u"/local"_s) {
        record.endpoint = Endpoint::Stream;
        record.tag = request.query.queryItemValue(u"tag"_s, QUrl::FullyDecoded).toLower();
        if (!record.authorized) {
            // Streaming has wanted a user token since Mastodon 4.2.
            record.status = 401;
            respondError(connection, 401, hasToken ? defaultError(401) : u"Missing access token"_s);
        } else if (record.tag.isEmpty()) {
            record.status = 400;
            respondError(connection, 400, u"Missing tag name parameter"_s);
        } else {
            serveStream(connection, record.tag, record);
        }
    } else if (request.path.startsWith(timelinePath) && request.path.size() > timelinePath.size()) {
        record.endpoint = Endpoint::Timeline;
        record.tag = request.path.mid(timelinePath.size()).toLower();
        if (hasToken && !record.authorized) {
            record.status = 401;
            respondError(connection, 401, defaultError(401));
        } else {
            serveTimeline(connection, request, record.tag, record);
        }
    } else {
        record.status = 404;
        respondError(connection, 404, defaultError(404));
    }
    m_requests.append(record);
    Q_EMIT requestHandled(record);
}

void FakeMastodonServer::serveStream(FakeMastodonConnection *connection, const QString &tag, Request &record)
{
    QList<QJsonObject> &queue = m_scripts[tag];
    const QJsonObject script = queue.isEmpty() ? QJsonObject() : queue.takeFirst();
    for (const QJsonValue &id : script.value(u"publish"_s).toArray())
        publish(idText(id));

    const int status = script.value(u"status"_s).toInt(200);
    record.status = status;
    if (status != 200) {
        respondError(connection, status, script.value(u"error"_s).toString(defaultError(status)),
                     script.value(u"rateLimitResetMs"_s).toInt(60'000));
        return;
    }

    Stream stream;
    stream.tag = tag;
    for (const QJsonValue &step : script.value(u"steps"_s).toArray())
        stream.steps.append(step.toObject());
    stream.crlf = script.value(u"crlf"_s).toBool();
    stream.heartbeatMs = script.value(u"heartbeatMs"_s).toInt(m_heartbeatMs);
    m_streams.insert(connection, stream);

    connection->beginChunked(200,
                             {{"Content-Type"_ba, "text/event-stream"_ba},
                              {"Cache-Control"_ba, "no-store"_ba},
                              {"X-Accel-Buffering"_ba, "no"_ba}});
    // Mastodon's streaming server greets with a comment at once.
    connection->writeChunk(stream.crlf ? ":)\r\n"_ba : ":)\n"_ba);
    Q_EMIT streamOpened(tag);
    QTimer::singleShot(m_stepDelayMs, connection, [this, connection] { runNextStep(connection); });
}

void FakeMastodonServer::runNextStep(FakeMastodonConnection *connection)
{
    const auto it = m_streams.find(connection);
    if (it == m_streams.end() || it->stalled || !connection->isOpen())
        return;
    Stream &stream = *it;
    if (stream.next >= stream.steps.size()) {
        scheduleHeartbeat(connection);
        return;
    }
    const QJsonObject step = stream.steps.at(stream.next++);
    const QString type = step.value(u"type"_s).toString();
    const QString id = idText(step.value(u"status"_s));
    int delay = m_stepDelayMs;
    auto scheduleNext = [this, connection](int ms) {
        QTimer::singleShot(ms, connection, [this, connection] { runNextStep(connection); });
    };

    if (type == u"heartbeat"_s) {
        connection->writeChunk(stream.crlf ? ":thump\r\n"_ba : ":thump\n"_ba);
    } else if (type == u"update"_s) {
        publish(id);
        const QByteArray bytes
            = eventBytes(stream, "update"_ba, QJsonDocument(m_published.value(id)).toJson(QJsonDocument::Compact));
        if (step.contains(u"cutAfter"_s)) {
            const qsizetype cut = std::clamp<qsizetype>(step.value(u"cutAfter"_s).toInt(), 1, bytes.size() - 1);
            connection->writeChunk(bytes.left(cut));
            connection->drop();
            return;
        }
        if (step.contains(u"splitAt"_s) || step.contains(u"splitInside"_s)) {
            // splitInside: one byte into the first occurrence of this text, e.g.
            // in the middle of a character's UTF-8 sequence.
            qsizetype at = step.value(u"splitAt"_s).toInt();
            if (step.contains(u"splitInside"_s)) {
                const qsizetype found = bytes.indexOf(step.value(u"splitInside"_s).toString().toUtf8());
                at = found < 0 ? bytes.size() / 2 : found + 1;
            }
            const qsizetype split = std::clamp<qsizetype>(at, 1, bytes.size() - 1);
            connection->writeChunk(bytes.left(split));
            const QByteArray rest = bytes.mid(split);
            QTimer::singleShot(step.value(u"pauseMs"_s).toInt(50), connection, [this, connection, rest, delay] {
                const auto again = m_streams.constFind(connection);
                if (again == m_streams.constEnd() || again->stalled)
                    return;
                connection->writeChunk(rest);
                QTimer::singleShot(delay, connection, [this, connection] { runNextStep(connection); });
            });
            return;
        }
        connection->writeChunk(bytes);
    } else if (type == u"publish"_s) {
        publish(id);
    } else if (type == u"delete"_s) {
        m_published.remove(id);
        connection->writeChunk(eventBytes(stream, "delete"_ba, id.toUtf8()));
    } else if (type == u"edit"_s) {
        QJsonObject status = m_published.value(id);
        if (status.isEmpty()) {
            publish(id);
            status = m_published.value(id);
        }
        status.insert(u"content"_s, step.value(u"content"_s).toString(status.value(u"content"_s).toString()));
        status.insert(u"edited_at"_s, step.value(u"edited_at"_s).toString(isoMs(QDateTime::currentDateTimeUtc())));
        m_published.insert(id, status);
        connection->writeChunk(
            eventBytes(stream, "status.update"_ba, QJsonDocument(status).toJson(QJsonDocument::Compact)));
    } else if (type == u"raw"_s) {
        connection->writeChunk(step.value(u"data"_s).toString().toUtf8());
    } else if (type == u"wait"_s) {
        delay = step.value(u"ms"_s).toInt();
    } else if (type == u"stall"_s) {
        stream.stalled = true;
        return;
    } else if (type == u"close"_s) {
        connection->endChunked();
        return;
    } else if (type == u"drop"_s) {
        connection->drop();
        return;
    } else {
        qCWarning(lcFake) << "unknown step" << type;
    }
    scheduleNext(delay);
}

void FakeMastodonServer::scheduleHeartbeat(FakeMastodonConnection *connection)
{
    const auto it = m_streams.constFind(connection);
    if (it == m_streams.constEnd() || it->heartbeatMs <= 0)
        return;
    QTimer::singleShot(it->heartbeatMs, connection, [this, connection] {
        const auto again = m_streams.constFind(connection);
        if (again == m_streams.constEnd() || again->stalled || !connection->isOpen())
            return;
        connection->writeChunk(again->crlf ? ":thump\r\n"_ba : ":thump\n"_ba);
        scheduleHeartbeat(connection);
    });
}

QByteArray FakeMastodonServer::eventBytes(const Stream &stream, const QByteArray &name, const QByteArray &data) const
{
    const QByteArray eol = stream.crlf ? "\r\n"_ba : "\n"_ba;
    return "event: " + name + eol + "data: " + data + eol + eol;
}

void FakeMastodonServer::sendEvent(FakeMastodonConnection *connection, const QByteArray &name, const QByteArray &data)
{
    const auto it = m_streams.constFind(connection);
    if (it == m_streams.constEnd() || it->stalled)
        return;
    connection->writeChunk(eventBytes(*it, name, data));
}

void FakeMastodonServer::broadcast(const QString &id, const QByteArray &name, const QByteArray &data)
{
    const QStringList tags = tagsOf(m_published.value(id));
    const QList<FakeMastodonConnection *> connections = m_streams.keys();
    for (FakeMastodonConnection *connection : connections) {
        if (tags.contains(m_streams.value(connection).tag))
            sendEvent(connection, name, data);
    }
}

void FakeMastodonServer::serveTimeline(FakeMastodonConnection *connection, const FakeMastodonRequest &request,
                                       const QString &tag, Request &record)
{
    const int number = ++m_timelineRequests;
    for (const QJsonObject &fault : std::as_const(m_timelineFaults)) {
        const QString faultTag = fault.value(u"tag"_s).toString().toLower();
        if (fault.value(u"request"_s).toInt() == number && (faultTag.isEmpty() || faultTag == tag)) {
            const int status = fault.value(u"status"_s).toInt(503);
            record.status = status;
            respondError(connection, status, fault.value(u"error"_s).toString(defaultError(status)),
                         fault.value(u"rateLimitResetMs"_s).toInt(60'000));
            return;
        }
    }

    const QUrlQuery &query = request.query;
    bool limitGiven = false;
    int limit = query.queryItemValue(u"limit"_s).toInt(&limitGiven);
    limit = limitGiven ? std::clamp(limit, 1, kMaxLimit) : kDefaultLimit;
    const QString maxId = query.queryItemValue(u"max_id"_s);
    const QString sinceId = query.queryItemValue(u"since_id"_s);
    const QString minId = query.queryItemValue(u"min_id"_s);

    QStringList ids;
    for (const QString &id : timelineIds(tag)) {
        if (!maxId.isEmpty() && !newerThan(maxId, id))
            continue;
        if (!sinceId.isEmpty() && !newerThan(id, sinceId))
            continue;
        if (!minId.isEmpty() && !newerThan(id, minId))
            continue;
        ids.append(id);
    }
    // min_id pages forward: the statuses right after the cursor. Otherwise the
    // newest. Either way the answer lists newest first.
    if (ids.size() > limit)
        ids = minId.isEmpty() ? ids.first(limit) : ids.last(limit);

    QJsonArray body;
    for (const QString &id : std::as_const(ids))
        body.append(m_published.value(id));

    FakeMastodonHeaders headers{{"Content-Type"_ba, "application/json; charset=utf-8"_ba}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime windowEnd = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 300 + 1) * 300, Qt::UTC);
    headers.append(rateLimitHeaders(std::max(0, kRateLimit - number), windowEnd));
    if (!ids.isEmpty()) {
        QByteArray host = request.header("Host");
        if (host.isEmpty())
            host = "127.0.0.1:" + QByteArray::number(port());
        const QByteArray path = "http://" + host + "/api/v1/timelines/tag/" + QUrl::toPercentEncoding(tag)
            + "?limit=" + QByteArray::number(limit);
        headers.append({"Link"_ba,
                        "<" + path + "&max_id=" + ids.constLast().toUtf8() + ">; rel=\"next\", <" + path
                            + "&min_id=" + ids.constFirst().toUtf8() + ">; rel=\"prev\""});
    }
    record.status = 200;
    connection->respond(200, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

void FakeMastodonServer::respondError(FakeMastodonConnection *connection, int status, const QString &message,
                                      int resetInMs)
{
    FakeMastodonHeaders headers{{"Content-Type"_ba, "application/json; charset=utf-8"_ba}};
    if (status == 429)
        headers.append(rateLimitHeaders(0, QDateTime::currentDateTimeUtc().addMSecs(std::max(0, resetInMs))));
    const QJsonObject body{{u"error"_s, message}};
    connection->respond(status, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

FakeMastodonHeaders FakeMastodonServer::rateLimitHeaders(int remaining, const QDateTime &reset) const
{
    return {{"X-RateLimit-Limit"_ba, QByteArray::number(kRateLimit)},
            {"X-RateLimit-Remaining"_ba, QByteArray::number(remaining)},
            {"X-RateLimit-Reset"_ba, isoMicro(reset)}};
}

QStringList FakeMastodonServer::tagsOf(const QJsonObject &status) const
{
    QStringList tags;
    for (const QJsonValue &tag : status.value(u"tags"_s).toArray()) {
        const QString name = tag.isObject() ? tag.toObject().value(u"name"_s).toString() : tag.toString();
        if (!name.isEmpty())
            tags.append(name.toLower());
    }
    return tags;
}

QJsonObject FakeMastodonServer::materialize(const QJsonObject &partial) const
{
    const QString id = idText(partial.value(u"id"_s));

    QJsonObject account = partial.value(u"account"_s).toObject();
    const QString username = account.value(u"username"_s).toString(u"guest"_s);
    const QString acct = account.value(u"acct"_s).toString(username);
    const QString home = acct.contains(u'@') ? acct.section(u'@', 1) : m_instance;
    auto setDefault = [](QJsonObject &object, const QString &key, const QJsonValue &value) {
        if (!object.contains(key))
            object.insert(key, value);
    };
    setDefault(account, u"id"_s, u"1"_s);
    setDefault(account, u"username"_s, username);
    setDefault(account, u"acct"_s, acct);
    setDefault(account, u"display_name"_s, QString());
    setDefault(account, u"locked"_s, false);
    setDefault(account, u"bot"_s, false);
    setDefault(account, u"group"_s, false);
    setDefault(account, u"created_at"_s, u"2024-01-01T00:00:00.000Z"_s);
    setDefault(account, u"note"_s, QString());
    setDefault(account, u"url"_s, u"https://%1/@%2"_s.arg(home, username));
    setDefault(account, u"avatar"_s, u"https://%1/avatars/original/missing.png"_s.arg(home));
    setDefault(account, u"emojis"_s, QJsonArray());
    setDefault(account, u"fields"_s, QJsonArray());

    QJsonArray tags;
    for (const QString &tag : tagsOf(partial))
        tags.append(QJsonObject{{u"name"_s, tag}, {u"url"_s, u"https://%1/tags/%2"_s.arg(m_instance, tag)}});
    const QString firstTag = tags.isEmpty() ? QString() : tags.first().toObject().value(u"name"_s).toString();

    QJsonObject status{
        {u"id"_s, id},
        {u"created_at"_s, isoMs(QDateTime::currentDateTimeUtc())},
        {u"in_reply_to_id"_s, QJsonValue::Null},
        {u"in_reply_to_account_id"_s, QJsonValue::Null},
        {u"sensitive"_s, false},
        {u"spoiler_text"_s, QString()},
        {u"visibility"_s, u"public"_s},
        {u"language"_s, u"en"_s},
        {u"uri"_s, u"https://%1/users/%2/statuses/%3"_s.arg(home, username, id)},
        {u"url"_s, u"https://%1/@%2/%3"_s.arg(home, username, id)},
        {u"replies_count"_s, 0},
        {u"reblogs_count"_s, 0},
        {u"favourites_count"_s, 0},
        {u"edited_at"_s, QJsonValue::Null},
        {u"content"_s,
         firstTag.isEmpty() ? u"<p>Status %1</p>"_s.arg(id)
                            : u"<p>Status %1 <a href=\"https://%2/tags/%3\" class=\"mention hashtag\" "
                              "rel=\"tag\">#<span>%3</span></a></p>"_s.arg(id, m_instance, firstTag)},
        {u"reblog"_s, QJsonValue::Null},
        {u"media_attachments"_s, QJsonArray()},
        {u"mentions"_s, QJsonArray()},
        {u"emojis"_s, QJsonArray()},
        {u"card"_s, QJsonValue::Null},
        {u"poll"_s, QJsonValue::Null},
    };
    for (auto it = partial.constBegin(); it != partial.constEnd(); ++it)
        status.insert(it.key(), it.value());
    status.insert(u"id"_s, id);
    status.insert(u"account"_s, account);
    status.insert(u"tags"_s, tags);
    return status;
}

} // namespace tw::fakeapis
