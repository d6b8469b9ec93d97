#include "xapierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::social::XApiError", text);
}

// ": <X's words>" or nothing, so that messages read well either way.
QString withServerWords(const QString &words)
{
    return words.isEmpty() ? QString() : u": "_s + words;
}

void appendUnique(QStringList &parts, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !parts.contains(trimmed))
        parts.append(trimmed);
}

} // namespace

XApiError XApiError::fromReply(QNetworkReply *reply, const QByteArray &body)
{
    XApiError error;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    error.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const bool success = error.httpStatus >= 200 && error.httpStatus < 300;

    if (success && reply->error() == QNetworkReply::NoError)
        return error;

    const QString host = reply->url().host();
    if (error.httpStatus == 0 || success) {
        error.kind = Kind::Network;
        error.message = tr("Could not reach X at %1: %2.").arg(host, reply->errorString());
        return error;
    }

    const QString words = serverMessage(body);
    switch (error.httpStatus) {
    case 401:
        error.kind = Kind::Refused;
        error.message = tr("X did not accept the Bearer token (HTTP 401%1). Check the X Bearer token in "
                           "Settings, or the TWEETWORTHY_X_BEARER_TOKEN environment variable for the "
                           "command-line tool.")
                            .arg(withServerWords(words));
        break;
    case 403:
        error.kind = Kind::Refused;
        error.message = tr("X refused access (HTTP 403%1). The X app's access level may not include "
                           "this endpoint: check its project in the X developer portal, and the Bearer "
                           "token in Settings or in TWEETWORTHY_X_BEARER_TOKEN.")
                            .arg(withServerWords(words));
        break;
    case 429:
        error.kind = Kind::RateLimited;
        error.rateLimitReset = rateLimitResetOf(reply);
        error.message = tr("X is rate limiting this app (HTTP 429%1).").arg(withServerWords(words));
        break;
    default:
        error.kind = Kind::Http;
        error.message = tr("X answered HTTP %1%2.").arg(QString::number(error.httpStatus), withServerWords(words));
        break;
    }
    return error;
}

XApiError XApiError::malformed(const QString &message, int httpStatus)
{
    XApiError error;
    error.kind = Kind::Malformed;
    error.httpStatus = httpStatus;
    error.message = message;
    return error;
}

QString XApiError::serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {};
    const QJsonObject object = document.object();
    QStringList parts;
    appendUnique(parts, object.value("detail"_L1).toString());
    if (parts.isEmpty())
        appendUnique(parts, object.value("title"_L1).toString());
    const QJsonArray errors = object.value("errors"_L1).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject entry = value.toObject();
        appendUnique(parts, entry.value("message"_L1).toString());
        appendUnique(parts, entry.value("detail"_L1).toString());
        const QJsonArray details = entry.value("details"_L1).toArray();
        for (const QJsonValue &detail : details)
            appendUnique(parts, detail.toString());
    }
    return parts.join("; "_L1);
}

std::optional<QDateTime> XApiError::rateLimitResetOf(QNetworkReply *reply)
{
    const QByteArray header = reply->rawHeader("x-rate-limit-reset").trimmed();
    bool ok = false;
    const qint64 seconds = header.toLongLong(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace tw::social
