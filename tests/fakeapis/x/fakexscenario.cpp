#include "fakexscenario.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tw::fakeapis {

namespace {

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    if (value.isString())
        strings.append(value.toString());
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        strings.append(entry.toString());
    return strings;
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

FakeXResponse FakeXScenario::responseFromJson(const QJsonObject &object)
{
    FakeXResponse response;
    response.status = object.value("status"_L1).toInt(200);
    response.resetInSeconds = object.value("resetInSeconds"_L1).toInt(-1);
    response.body = object.value("body"_L1).toObject();
    response.method = object.value("method"_L1).toString().toUpper();
    return response;
}

std::optional<FakeXConnection> FakeXScenario::connectionFromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known{"send"_L1, "keepAlive"_L1, "publish"_L1, "wait"_L1, "dropMidLine"_L1,
                                   "drop"_L1, "close"_L1,     "stall"_L1,   "line"_L1, "operationalDisconnect"_L1};
    FakeXConnection connection;
    connection.response = responseFromJson(object);
    connection.steps = object.value("steps"_L1).toArray();
    for (qsizetype i = 0; i < connection.steps.size(); ++i) {
        const QJsonObject step = connection.steps.at(i).toObject();
        bool recognised = false;
        for (const QString &key : known)
            recognised = recognised || step.contains(key);
        if (!recognised) {
            setError(error, u"step %1 of a connection does none of: %2"_s.arg(i).arg(known.join(", "_L1)));
            return std::nullopt;
        }
    }
    return connection;
}

std::optional<FakeXScenario> FakeXScenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        setError(error,
                 u"the scenario is not a JSON object (%1 at byte %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    FakeXScenario scenario;
    scenario.token = root.value("token"_L1).toString(scenario.token);
    scenario.keepAliveMs = root.value("keepAliveMs"_L1).toInt(scenario.keepAliveMs);
    scenario.stepDelayMs = root.value("stepDelayMs"_L1).toInt(scenario.stepDelayMs);
    scenario.splitPauseMs = root.value("splitPauseMs"_L1).toInt(scenario.splitPauseMs);

    // Authors without an id get a stable one per username.
    QHash<QString, QString> authorIds;
    const QJsonArray posts = root.value("posts"_L1).toArray();
    const QDateTime loaded = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const QJsonObject object = posts.at(i).toObject();
        FakeXPost post;
        post.id = object.value("id"_L1).toString();
        if (!allDigits(post.id)) {
            setError(error, u"post %1 needs an id of decimal digits as a string"_s.arg(i));
            return std::nullopt;
        }
        post.text = object.value("text"_L1).toString(u"Post %1"_s.arg(post.id));
        post.longText = object.value("longText"_L1).toString();
        post.createdAt
            = object.value("created_at"_L1).toString(loaded.addSecs(-(posts.size() - i)).toString(Qt::ISODateWithMs));
        const QJsonObject author = object.value("author"_L1).toObject();
        post.author.username = author.value("username"_L1).toString(u"guest%1"_s.arg(i));
        post.author.name = author.value("name"_L1).toString(post.author.username);
        post.author.id = author.value("id"_L1).toString();
        if (post.author.id.isEmpty()) {
            const QString key = post.author.username.toLower();
            if (!authorIds.contains(key))
                authorIds.insert(key, QString::number(4'000'000'001LL + authorIds.size()));
            post.author.id = authorIds.value(key);
        }
        post.matches = stringsOf(object.value("matches"_L1));
        post.published = object.value("published"_L1).toBool();
        scenario.posts.append(post);
    }

    const QJsonArray rules = root.value("rules"_L1).toArray();
    for (const QJsonValue &value : rules) {
        const QJsonObject object = value.toObject();
        scenario.rules.append(
            {object.value("id"_L1).toString(), object.value("value"_L1).toString(), object.value("tag"_L1).toString()});
    }

    const QJsonObject invalid = root.value("invalidRules"_L1).toObject();
    for (auto it = invalid.constBegin(); it != invalid.constEnd(); ++it)
        scenario.invalidRules.insert(it.key(), it.value().toString());

    const QJsonArray connections = root.value("connections"_L1).toArray();
    for (qsizetype i = 0; i < connections.size(); ++i) {
        QString stepError;
        const std::optional<FakeXConnection> connection = connectionFromJson(connections.at(i).toObject(), &stepError);
        if (!connection) {
            setError(error, u"connection %1: %2"_s.arg(i).arg(stepError));
            return std::nullopt;
        }
        scenario.connections.append(*connection);
    }
    const QJsonArray searchFaults = root.value("searchFaults"_L1).toArray();
    for (const QJsonValue &value : searchFaults)
        scenario.searchFaults.append(responseFromJson(value.toObject()));
    const QJsonArray rulesFaults = root.value("rulesFaults"_L1).toArray();
    for (const QJsonValue &value : rulesFaults)
        scenario.rulesFaults.append(responseFromJson(value.toObject()));
    return scenario;
}

std::optional<FakeXScenario> FakeXScenario::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

} // namespace tw::fakeapis
