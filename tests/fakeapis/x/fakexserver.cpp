#include "fakexserver.h"

#include "fakexstreamsession.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

namespace {

const QString kStreamPath = u"/2/tweets/search/stream"_s;
const QString kRulesPath = u"/2/tweets/search/stream/rules"_s;
const QString kRecentPath = u"/2/tweets/search/recent"_s;
QString problem(const QString &name)
{
    return u"https://api.twitter.com/2/problems/"_s + name;
}

// Decimal ids compared as numbers: the longer is larger, else the text decides.
int compareIds(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

bool allDigits(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString escapedText(QString text)
{
    text.replace(u'&', "&amp;"_L1);
    text.replace(u'<', "&lt;"_L1);
    text.replace(u'>', "&gt;"_L1);
    return text;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The error bodies X documents for the statuses the fake serves.
QJsonObject defaultBody(int status)
{
    switch (status) {
    case 401:
        return {{"title"_L1, "Unauthorized"_L1},
                {"type"_L1, "about:blank"_L1},
                {"status"_L1, 401},
                {"detail"_L1, "Unauthorized"_L1}};
    case 403:
        return {{"title"_L1, "Client Forbidden"_L1},
                {"detail"_L1, "This app's access level does not include this endpoint."_L1},
                {"reason"_L1, "client-not-enrolled"_L1},
                {"type"_L1, problem(u"client-forbidden"_s)}};
    case 429:
        return {{"title"_L1, "Too Many Requests"_L1},
                {"detail"_L1, "Too Many Requests"_L1},
                {"type"_L1, "about:blank"_L1},
                {"status"_L1, 429}};
    default: {
        const QString phrase = QString::fromLatin1(FakeXHttp::reasonPhrase(status));
        return {{"title"_L1, phrase}, {"detail"_L1, phrase}, {"type"_L1, "about:blank"_L1}, {"status"_L1, status}};
    }
    }
}

QJsonObject invalidRequest(const QString &message)
{
    return {{"errors"_L1, QJsonArray{QJsonObject{{"message"_L1, message}}}},
            {"title"_L1, "Invalid Request"_L1},
            {"detail"_L1, "One or more parameters to your request was invalid."_L1},
            {"type"_L1, problem(u"invalid-request"_s)}};
}

QString tokenFor(const QString &boundaryId)
{
    return u"nt"_s
        + QString::fromLatin1(
               boundaryId.toLatin1().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString boundaryOf(const QString &token)
{
    if (!token.startsWith("nt"_L1))
        return {};
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        token.mid(2).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QString id = decoded ? QString::fromLatin1(*decoded) : QString();
    return allDigits(id) ? id : QString();
}

QStringList listParameter(const FakeXHttpRequest &request, const QString &name)
{
    return request.parameter(name).split(u',', Qt::SkipEmptyParts);
}

} // namespace

FakeXServer::FakeXServer(QObject *parent)
    : FakeXServer(FakeXScenario(), parent)
{
}

FakeXServer::FakeXServer(FakeXScenario scenario, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_scenario(std::move(scenario))
{
    for (FakeXRule rule : std::as_const(m_scenario.rules)) {
        if (rule.id.isEmpty())
            rule.id = nextRuleId();
        m_rules.append(rule);
    }
    for (const FakeXPost &post : std::as_const(m_scenario.posts)) {
        if (post.published)
            m_published.insert(post.id);
    }
    connect(m_server, &QTcpServer::newConnection, this, &FakeXServer::onNewConnection);
}

FakeXServer::~FakeXServer() = default;

bool FakeXServer::start(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeXServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeXServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

QString FakeXServer::errorString() const
{
    return m_server->errorString();
}

void FakeXServer::addPost(const FakeXPost &post)
{
    m_scenario.posts.append(post);
    if (post.published)
        m_published.insert(post.id);
}

void FakeXServer::publish(const QString &postId)
{
    if (post(postId))
        m_published.insert(postId);
}

void FakeXServer::deliver(const QString &postId)
{
    publish(postId);
    const QList<FakeXStreamSession *> sessions = m_sessions;
    for (FakeXStreamSession *session : sessions)
        session->deliver(postId);
}

QString FakeXServer::addRule(const QString &value, const QString &tag)
{
    const FakeXRule rule{nextRuleId(), value, tag};
    m_rules.append(rule);
    return rule.id;
}

void FakeXServer::setInvalidRule(const QString &value, const QString &details)
{
    m_scenario.invalidRules.insert(value, details);
}

void FakeXServer::appendConnection(const FakeXConnection &connection)
{
    m_scenario.connections.append(connection);
}

void FakeXServer::appendSearchFault(const FakeXResponse &response)
{
    m_scenario.searchFaults.append(response);
}

void FakeXServer::appendRulesFault(const FakeXResponse &response)
{
    m_scenario.rulesFaults.append(response);
}

void FakeXServer::dropStreams()
{
    const QList<FakeXStreamSession *> sessions = m_sessions;
    for (FakeXStreamSession *session : sessions)
        session->drop();
}

QStringList FakeXServer::publishedIds() const
{
    QStringList ids(m_published.cbegin(), m_published.cend());
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) { return compareIds(a, b) < 0; });
    return ids;
}

QByteArray FakeXServer::operationalDisconnectLine()
{
    const QJsonObject error{
        {"title"_L1, "operational-disconnect"_L1},
        {"disconnect_type"_L1, "UpstreamOperationalDisconnect"_L1},
        {"detail"_L1, "This stream has been disconnected upstream for operational reasons."_L1},
        {"type"_L1, problem(u"operational-disconnect"_s)},
    };
    return compact({{"errors"_L1, QJsonArray{error}}});
}

const FakeXPost *FakeXServer::post(const QString &id) const
{
    for (const FakeXPost &candidate : m_scenario.posts) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QList<FakeXRule> FakeXServer::matchingRules(const FakeXPost &post) const
{
    QList<FakeXRule> matching;
    for (const FakeXRule &rule : m_rules) {
        if (post.matches.isEmpty() || post.matches.contains(rule.value))
            matching.append(rule);
    }
    return matching;
}

QJsonObject FakeXServer::tweetJson(const FakeXPost &post, const QStringList &tweetFields) const
{
    QJsonObject tweet{
        {"id"_L1, post.id}, {"text"_L1, escapedText(post.text)}, {"edit_history_tweet_ids"_L1, QJsonArray{post.id}}};
    if (tweetFields.contains("created_at"_L1))
        tweet.insert("created_at"_L1, post.createdAt);
    if (tweetFields.contains("author_id"_L1))
        tweet.insert("author_id"_L1, post.author.id);
    if (tweetFields.contains("conversation_id"_L1))
        tweet.insert("conversation_id"_L1, post.id);
    if (tweetFields.contains("lang"_L1))
        tweet.insert("lang"_L1, "en"_L1);
    if (tweetFields.contains("note_tweet"_L1) && !post.longText.isEmpty())
        tweet.insert("note_tweet"_L1, QJsonObject{{"text"_L1, escapedText(post.longText)}});
    return tweet;
}

QJsonObject FakeXServer::userJson(const FakeXUser &user)
{
    return {{"id"_L1, user.id}, {"name"_L1, user.name}, {"username"_L1, user.username}};
}

QByteArray FakeXServer::streamLine(const QString &postId, const FakeXHttpRequest &request) const
{
    const FakeXPost *found = post(postId);
    if (!found)
        return {};
    const QList<FakeXRule> rules = matchingRules(*found);
    if (rules.isEmpty())
        return {}; // X delivers only what some rule matches
    QJsonObject line{{"data"_L1, tweetJson(*found, listParameter(request, u"tweet.fields"_s))}};
    if (listParameter(request, u"expansions"_s).contains("author_id"_L1))
        line.insert("includes"_L1, QJsonObject{{"users"_L1, QJsonArray{userJson(found->author)}}});
    QJsonArray matching;
    for (const FakeXRule &rule : rules) {
        QJsonObject entry{{"id"_L1, rule.id}};
        if (!rule.tag.isEmpty())
            entry.insert("tag"_L1, rule.tag);
        matching.append(entry);
    }
    line.insert("matching_rules"_L1, matching);
    return compact(line);
}

std::optional<FakeXResponse> FakeXServer::takeRulesFault(const FakeXHttpRequest &request)
{
    const QString method = QString::fromLatin1(request.method);
    for (qsizetype i = 0; i < m_scenario.rulesFaults.size(); ++i) {
        const QString wanted = m_scenario.rulesFaults.at(i).method;
        if (wanted.isEmpty() || wanted == method)
            return m_scenario.rulesFaults.takeAt(i);
    }
    return std::nullopt;
}

QString FakeXServer::nextRuleId()
{
    return QString::number(m_nextRuleId++);
}

void FakeXServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeXServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_buffers.find(socket);
    if (it == m_buffers.end()) {
        socket->readAll(); // a stream connection: nothing more to read
        return;
    }
    it->append(socket->readAll());
    while (m_buffers.contains(socket)) {
        FakeXHttpRequest request;
        QByteArray &buffer = m_buffers[socket];
        const FakeXHttp::Parse parse = FakeXHttp::takeRequest(buffer, request);
        if (parse == FakeXHttp::Parse::Incomplete)
            return;
        if (parse == FakeXHttp::Parse::Bad) {
            m_buffers.remove(socket);
            socket->write(FakeXHttp::response(400, compact(invalidRequest(u"Malformed HTTP request"_s)),
                                              {{"Connection", "close"}}));
            socket->disconnectFromHost();
            return;
        }
        handle(socket, request);
    }
}

void FakeXServer::handle(QTcpSocket *socket, const FakeXHttpRequest &request)
{
    const QByteArray expected = "Bearer " + m_scenario.token.toUtf8();
    if (request.headers.value("authorization") != expected) {
        ++m_unauthorized;
        answer(socket, request, 401, compact(defaultBody(401)));
        return;
    }
    if (request.method == "GET" && request.path == kStreamPath)
        handleStream(socket, request);
    else if (request.method == "GET" && request.path == kRulesPath)
        handleRulesList(socket, request);
    else if (request.method == "POST" && request.path == kRulesPath)
        handleRulesChange(socket, request);
    else if (request.method == "GET" && request.path == kRecentPath)
        handleRecentSearch(socket, request);
    else
        answer(socket, request, 404,
               compact(
                   {{"errors"_L1,
                     QJsonArray{QJsonObject{{"message"_L1, "Sorry, that page does not exist"_L1}, {"code"_L1, 34}}}}}));
}

void FakeXServer::answer(QTcpSocket *socket, const FakeXHttpRequest &request, int status, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all = headers;
    if (std::none_of(all.cbegin(), all.cend(), [](const auto &h) { return h.first == "x-rate-limit-reset"; })) {
        all.emplaceBack("x-rate-limit-limit", "450");
        all.emplaceBack("x-rate-limit-remaining", "449");
        all.emplaceBack("x-rate-limit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 900));
    }
    socket->write(FakeXHttp::response(status, body, all));
    socket->flush();
    m_requests.append(
        {QString::fromLatin1(request.method), request.path, request.parameters, request.body, status, request.headers});
    Q_EMIT requestHandled(QString::fromLatin1(request.method), request.path, status);
}

void FakeXServer::answerScripted(QTcpSocket *socket, const FakeXHttpRequest &request, const FakeXResponse &response)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (response.status == 429 || response.resetInSeconds >= 0) {
        const int ahead = response.resetInSeconds >= 0 ? response.resetInSeconds : 900;
        headers = {{"x-rate-limit-limit", "50"},
                   {"x-rate-limit-remaining", "0"},
                   {"x-rate-limit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + ahead)}};
    }
    const QJsonObject body = response.body.isEmpty() ? defaultBody(response.status) : response.body;
    answer(socket, request, response.status, compact(body), headers);
}

void FakeXServer::handleStream(QTcpSocket *socket, const FakeXHttpRequest &request)
{
    const int index = m_streamConnections++;
    const FakeXConnection connection = m_scenario.connections.value(index);
    if (connection.response.status != 200) {
        answerScripted(socket, request, connection.response);
        return;
    }
    // From here the connection carries the stream alone.
    m_buffers.remove(socket);
    m_requests.append(
        {QString::fromLatin1(request.method), request.path, request.parameters, request.body, 200, request.headers});
    auto *session = new FakeXStreamSession(this, socket, index, connection, request, m_scenario);
    m_sessions.append(session);
    connect(session, &FakeXStreamSession::finished, this, [this, session](int finishedIndex) {
        m_sessions.removeAll(session);
        Q_EMIT streamClosed(finishedIndex);
    });
    session->start();
    Q_EMIT requestHandled(QString::fromLatin1(request.method), request.path, 200);
    Q_EMIT streamOpened(index);
}

void FakeXServer::handleRulesList(QTcpSocket *socket, const FakeXHttpRequest &request)
{
    if (const std::optional<FakeXResponse> fault = takeRulesFault(request)) {
        answerScripted(socket, request, *fault);
        return;
    }
    const QStringList ids = listParameter(request, u"ids"_s);
    QJsonArray data;
    for (const FakeXRule &rule : std::as_const(m_rules)) {
        if (!ids.isEmpty() && !ids.contains(rule.id))
            continue;
        QJsonObject entry{{"id"_L1, rule.id}, {"value"_L1, rule.value}};
        if (!rule.tag.isEmpty())
            entry.insert("tag"_L1, rule.tag);
        data.append(entry);
    }
    QJsonObject body{{"meta"_L1, QJsonObject{{"sent"_L1, nowIso()}, {"result_count"_L1, data.size()}}}};
    if (!data.isEmpty())
        body.insert("data"_L1, data);
    answer(socket, request, 200, compact(body));
}

void FakeXServer::handleRulesChange(QTcpSocket *socket, const FakeXHttpRequest &request)
{
    if (const std::optional<FakeXResponse> fault = takeRulesFault(request)) {
        answerScripted(socket, request, *fault);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool dryRun = request.parameter(u"dry_run"_s) == "true"_L1;
    QJsonArray data;
    QJsonArray errors;

    if (body.contains("add"_L1)) {
        int created = 0;
        int notCreated = 0;
        int valid = 0;
        int invalid = 0;
        QList<FakeXRule> batch;
        const QJsonArray items = body.value("add"_L1).toArray();
        for (const QJsonValue &item : items) {
            const QString value = item.toObject().value("value"_L1).toString();
            const QString tag = item.toObject().value("tag"_L1).toString();
            if (dryRun)
                m_dryRuns.append(value);
            QString details;
            if (value.trimmed().isEmpty())
                details = u"Rules must have a value."_s;
            else if (value.size() > 512)
                details = u"Rules are limited to 512 characters."_s;
            else
                details = m_scenario.invalidRules.value(value);
            if (!details.isEmpty()) {
                ++invalid;
                ++notCreated;
                errors.append(QJsonObject{{"value"_L1, value},
                                          {"details"_L1, QJsonArray{details}},
                                          {"title"_L1, "UnprocessableEntity"_L1},
                                          {"type"_L1, problem(u"invalid-rules"_s)}});
                continue;
            }
            const auto sameValue = [&value](const FakeXRule &rule) { return rule.value == value; };
            auto existing = std::find_if(m_rules.cbegin(), m_rules.cend(), sameValue);
            const bool inServer = existing != m_rules.cend();
            auto earlier = std::find_if(batch.cbegin(), batch.cend(), sameValue);
            if (inServer || earlier != batch.cend()) {
                ++notCreated;
                errors.append(QJsonObject{{"value"_L1, value},
                                          {"id"_L1, inServer ? existing->id : earlier->id},
                                          {"title"_L1, "DuplicateRule"_L1},
                                          {"type"_L1, problem(u"duplicate-rules"_s)}});
                continue;
            }
            ++valid;
            const FakeXRule rule{nextRuleId(), value, tag};
            batch.append(rule);
            QJsonObject entry{{"id"_L1, rule.id}, {"value"_L1, value}};
            if (!tag.isEmpty())
                entry.insert("tag"_L1, tag);
            data.append(entry);
        }
        if (!dryRun) {
            created = int(batch.size());
            m_rules.append(batch);
            m_added.append(batch);
        }
        QJsonObject answerBody{{"meta"_L1,
                                QJsonObject{{"sent"_L1, nowIso()},
                                            {"summary"_L1,
                                             QJsonObject{{"created"_L1, created},
                                                         {"not_created"_L1, notCreated},
                                                         {"valid"_L1, valid},
                                                         {"invalid"_L1, invalid}}}}}};
        if (!data.isEmpty())
            answerBody.insert("data"_L1, data);
        if (!errors.isEmpty())
            answerBody.insert("errors"_L1, errors);
        answer(socket, request, created > 0 ? 201 : 200, compact(answerBody));
        return;
    }

    if (body.contains("delete"_L1)) {
        const QJsonObject remove = body.value("delete"_L1).toObject();
        int deleted = 0;
        int notDeleted = 0;
        QStringList targets;
        for (const QJsonValue &id : remove.value("ids"_L1).toArray())
            targets.append(id.toString());
        for (const QJsonValue &value : remove.value("values"_L1).toArray()) {
            for (const FakeXRule &rule : std::as_const(m_rules)) {
                if (rule.value == value.toString())
                    targets.append(rule.id);
            }
        }
        for (const QString &id : std::as_const(targets)) {
            const auto it
                = std::find_if(m_rules.begin(), m_rules.end(), [&id](const FakeXRule &r) { return r.id == id; });
            if (it == m_rules.end()) {
                ++notDeleted;
                errors.append(QJsonObject{
                    {"id"_L1, id}, {"title"_L1, "Not Found"_L1}, {"detail"_L1, "There is no rule with this id."_L1}});
                continue;
            }
            ++deleted;
            if (!dryRun) {
                m_rules.erase(it);
                m_deleted.append(id);
            }
        }
        QJsonObject answerBody{
            {"meta"_L1,
             QJsonObject{{"sent"_L1, nowIso()},
                         {"summary"_L1, QJsonObject{{"deleted"_L1, deleted}, {"not_deleted"_L1, notDeleted}}}}}};
        if (!errors.isEmpty())
            answerBody.insert("errors"_L1, errors);
        answer(socket, request, 200, compact(answerBody));
        return;
    }

    answer(socket, request, 400, compact(invalidRequest(u"A rules request must add or delete rules."_s)));
}

void FakeXServer::handleRecentSearch(QTcpSocket *socket, const FakeXHttpRequest &request)
{
    SearchRecord record;
    record.query = request.parameter(u"query"_s);
    record.sinceId = request.parameter(u"since_id"_s);
    record.nextToken = request.parameter(u"next_token"_s);
    if (record.nextToken.isEmpty())
        record.nextToken = request.parameter(u"pagination_token"_s);
    record.startTime = request.parameter(u"start_time"_s);
    const QString maxResultsText = request.parameter(u"max_results"_s);
    record.maxResults = maxResultsText.isEmpty() ? 10 : maxResultsText.toInt();

    const auto refuse = [&](const QString &message) {
        record.status = 400;
        m_searches.append(record);
        answer(socket, request, 400, compact(invalidRequest(message)));
    };

    if (!m_scenario.searchFaults.isEmpty()) {
        const FakeXResponse fault = m_scenario.searchFaults.takeFirst();
        record.status = fault.status;
        m_searches.append(record);
        answerScripted(socket, request, fault);
        return;
    }
    if (record.query.trimmed().isEmpty())
        return refuse(u"The `query` query parameter can not be empty."_s);
    if (record.maxResults < 10 || record.maxResults > 100)
        return refuse(u"The `max_results` query parameter value [%1] is not between 10 and 100"_s.arg(maxResultsText));
    if (!record.sinceId.isEmpty() && !allDigits(record.sinceId))
        return refuse(u"The `since_id` query parameter value [%1] is not a valid id."_s.arg(record.sinceId));
    QDateTime startTime;
    if (!record.startTime.isEmpty()) {
        startTime = QDateTime::fromString(record.startTime, Qt::ISODateWithMs);
        if (!startTime.isValid())
            startTime = QDateTime::fromString(record.startTime, Qt::ISODate);
        if (!startTime.isValid())
            return refuse(u"The `start_time` query parameter value [%1] is not a valid time."_s.arg(record.startTime));
    }
    // Recent search reaches seven days back, for since_id as for start_time.
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-7);
    if (const FakeXPost *since = post(record.sinceId)) {
        if (QDateTime::fromString(since->createdAt, Qt::ISODateWithMs) < oldest)
            return refuse(u"The `since_id` query parameter value [%1] must be a post id created after %2."_s.arg(
                record.sinceId, oldest.toString(Qt::ISODate)));
    }
    if (startTime.isValid() && startTime < oldest)
        return refuse(u"The `start_time` query parameter value [%1] must be on or after %2."_s.arg(
            record.startTime, oldest.toString(Qt::ISODate)));
    QString boundary;
    if (!record.nextToken.isEmpty()) {
        boundary = boundaryOf(record.nextToken);
        if (boundary.isEmpty())
            return refuse(u"The `next_token` query parameter value [%1] is not valid."_s.arg(record.nextToken));
    }

    QList<const FakeXPost *> found;
    for (const FakeXPost &candidate : std::as_const(m_scenario.posts)) {
        if (!m_published.contains(candidate.id))
            continue;
        if (!candidate.matches.isEmpty() && !candidate.matches.contains(record.query))
            continue;
        if (!record.sinceId.isEmpty() && compareIds(candidate.id, record.sinceId) <= 0)
            continue;
        if (!boundary.isEmpty() && compareIds(candidate.id, boundary) >= 0)
            continue;
        if (startTime.isValid() && QDateTime::fromString(candidate.createdAt, Qt::ISODateWithMs) < startTime)
            continue;
        found.append(&candidate);
    }
    std::sort(found.begin(), found.end(),
              [](const FakeXPost *a, const FakeXPost *b) { return compareIds(a->id, b->id) > 0; });

    const qsizetype pageSize = qMin<qsizetype>(record.maxResults, found.size());
    const QStringList tweetFields = listParameter(request, u"tweet.fields"_s);
    const bool expandAuthors = listParameter(request, u"expansions"_s).contains("author_id"_L1);
    QJsonArray data;
    QJsonArray users;
    QStringList userIds;
    for (qsizetype i = 0; i < pageSize; ++i) {
        data.append(tweetJson(*found.at(i), tweetFields));
        if (expandAuthors && !userIds.contains(found.at(i)->author.id)) {
            userIds.append(found.at(i)->author.id);
            users.append(userJson(found.at(i)->author));
        }
    }
    QJsonObject meta{{"result_count"_L1, int(pageSize)}};
    if (pageSize > 0) {
        meta.insert("newest_id"_L1, found.first()->id);
        meta.insert("oldest_id"_L1, found.at(pageSize - 1)->id);
    }
    if (found.size() > pageSize)
        meta.insert("next_token"_L1, tokenFor(found.at(pageSize - 1)->id));
    QJsonObject body{{"meta"_L1, meta}};
    if (!data.isEmpty())
        body.insert("data"_L1, data);
    if (!users.isEmpty())
        body.insert("includes"_L1, QJsonObject{{"users"_L1, users}});
    record.status = 200;
    m_searches.append(record);
    answer(socket, request, 200, compact(body));
}

} // namespace tw::fakeapis
