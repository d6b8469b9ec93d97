#include "xrulesclient.h"

#include "xruletag.h"
#include <social/logging.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tw::social::XRulesClient", text);
}

// X's words on one rule: the details it lists, else its detail or title.
QString ruleErrorWords(const QJsonObject &error)
{
    QStringList words;
    const QJsonArray details = error.value("details"_L1).toArray();
    for (const QJsonValue &detail : details) {
        const QString text = detail.toString().trimmed();
        if (!text.isEmpty())
            words.append(text);
    }
    if (words.isEmpty()) {
        for (const auto key : {"detail"_L1, "message"_L1, "title"_L1}) {
            const QString text = error.value(key).toString().trimmed();
            if (!text.isEmpty()) {
                words.append(text);
                break;
            }
        }
    }
    return words.join("; "_L1);
}

bool isDuplicate(const QJsonObject &error)
{
    return error.value("title"_L1).toString() == "DuplicateRule"_L1
        || error.value("type"_L1).toString().endsWith("/duplicate-rules"_L1);
}

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

bool isRejected(const XRulesSyncReport &report, core::Id id)
{
    for (const XRuleRejection &rejection : report.rejected) {
        if (rejection.ruleId == id)
            return true;
    }
    return false;
}

// Reads what X says about each rule of an add request. False when the answer
// says nothing rule by rule (then the request as a whole failed or was unreadable).
bool readAddAnswer(const QByteArray &body, const QList<core::ListeningRule> &rules, XRulesSyncReport &report)
{
    const QJsonObject answer = objectOf(body);
    bool perRule = false;
    const QJsonArray data = answer.value("data"_L1).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject created = value.toObject();
        const QString id = created.value("id"_L1).toString();
        const std::optional<core::Id> localId = XRuleTag::localRuleId(created.value("tag"_L1).toString());
        if (id.isEmpty() || !localId)
            continue;
        for (const core::ListeningRule &rule : rules) {
            if (rule.id == *localId) {
                report.remoteIds.insert(rule.id, id);
                report.addedIds.append(id);
                perRule = true;
                break;
            }
        }
    }
    const QJsonArray errors = answer.value("errors"_L1).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        const QString ruleValue = error.value("value"_L1).toString();
        if (ruleValue.isEmpty())
            continue;
        perRule = true;
        for (const core::ListeningRule &rule : rules) {
            if (rule.value != ruleValue || report.remoteIds.contains(rule.id) || isRejected(report, rule.id))
                continue;
            const QString existing = error.value("id"_L1).toString();
            if (isDuplicate(error) && !existing.isEmpty()) {
                // Another tool of the same X app already listens for this value;
                // its rule delivers our posts too.
                qCInfo(lcSocial) << "X rule" << rule.id << "shares server rule" << existing;
                report.remoteIds.insert(rule.id, existing);
            } else {
                report.rejected.append({rule.id, ruleErrorWords(error)});
            }
        }
    }
    if (perRule) {
        for (const core::ListeningRule &rule : rules) {
            if (!report.remoteIds.contains(rule.id) && !isRejected(report, rule.id))
                report.rejected.append({rule.id, tr("X did not confirm this rule.")});
        }
    }
    return perRule;
}

} // namespace

XRulesClient::XRulesClient(QNetworkAccessManager *network, const StreamOptions &options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_requests(options)
{
}

XRulesClient::~XRulesClient()
{
    cancel();
}

XRulesPlan XRulesClient::plan(const QList<core::ListeningRule> &wanted, const QList<XRemoteRule> &server)
{
    XRulesPlan plan;
    QHash<core::Id, const core::ListeningRule *> byId;
    for (const core::ListeningRule &rule : wanted)
        byId.insert(rule.id, &rule);

    for (const XRemoteRule &remote : server) {
        const std::optional<core::Id> localId = XRuleTag::localRuleId(remote.tag);
        if (!localId)
            continue; // another tool's rule
        const core::ListeningRule *rule = byId.value(*localId);
        const bool current = rule && rule->value == remote.value && XRuleTag::format(*rule) == remote.tag;
        if (current && !plan.kept.contains(rule->id))
            plan.kept.insert(rule->id, remote.id);
        else
            plan.toDelete.append(remote.id);
    }
    for (const core::ListeningRule &rule : wanted) {
        if (!plan.kept.contains(rule.id) && !rule.value.trimmed().isEmpty())
            plan.toAdd.append(rule);
    }
    return plan;
}

void XRulesClient::list(std::function<void(const XRulesListing &)> done)
{
    track(m_network->get(m_requests.rules()), [done = std::move(done)](const XApiError &error, const QByteArray &body) {
        XRulesListing listing;
        if (error.isError()) {
            listing.error = error;
            done(listing);
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(body);
        if (!document.isObject()) {
            listing.error = XApiError::malformed(tr("X's list of stream rules could not be read."), 200);
            done(listing);
            return;
        }
        const QJsonArray data = document.object().value("data"_L1).toArray();
        for (const QJsonValue &value : data) {
            const QJsonObject rule = value.toObject();
            listing.rules.append(
                {rule.value("id"_L1).toString(), rule.value("value"_L1).toString(), rule.value("tag"_L1).toString()});
        }
        done(listing);
    });
}

void XRulesClient::sync(const QList<core::ListeningRule> &wanted, std::function<void(const XRulesSyncReport &)> done)
{
    list([this, wanted, done = std::move(done)](const XRulesListing &listing) {
        auto report = std::make_shared<XRulesSyncReport>();
        if (listing.error.isError()) {
            report->error = listing.error;
            done(*report);
            return;
        }
        const XRulesPlan plan = XRulesClient::plan(wanted, listing.rules);
        report->remoteIds = plan.kept;

        auto add = [this, report, toAdd = plan.toAdd, done]() {
            if (toAdd.isEmpty()) {
                done(*report);
                return;
            }
            QJsonArray items;
            for (const core::ListeningRule &rule : toAdd)
                items.append(QJsonObject{{"value"_L1, rule.value}, {"tag"_L1, XRuleTag::format(rule)}});
            post({{"add"_L1, items}}, false, [report, toAdd, done](const XApiError &error, const QByteArray &body) {
                const bool perRule = readAddAnswer(body, toAdd, *report);
                const bool refused
                    = error.kind == XApiError::Kind::Http && (error.httpStatus == 400 || error.httpStatus == 422);
                if (perRule) {
                    // The rules X did not take are reported; the others stand.
                } else if (refused) {
                    // The request as a whole was refused (e.g. the app's rule limit).
                    const QString words = XApiError::serverMessage(body);
                    for (const core::ListeningRule &rule : toAdd)
                        report->rejected.append({rule.id, words.isEmpty() ? error.message : words});
                } else if (error.isError()) {
                    report->error = error;
                } else {
                    report->error = XApiError::malformed(tr("X's answer to adding stream rules could not be read."),
                                                         error.httpStatus);
                }
                done(*report);
            });
        };

        if (plan.toDelete.isEmpty()) {
            add();
            return;
        }
        QJsonArray ids;
        for (const QString &id : plan.toDelete)
            ids.append(id);
        post({{"delete"_L1, QJsonObject{{"ids"_L1, ids}}}}, false,
             [report, deleted = plan.toDelete, add, done](const XApiError &error, const QByteArray &) {
                 if (error.isError()) {
                     report->error = error;
                     done(*report);
                     return;
                 }
                 report->deletedIds = deleted;
                 add();
             });
    });
}

void XRulesClient::validate(const QString &value, std::function<void(const XRuleCheck &)> done)
{
    const QJsonArray items{QJsonObject{{"value"_L1, value}}};
    post({{"add"_L1, items}}, true, [value, done = std::move(done)](const XApiError &error, const QByteArray &body) {
        XRuleCheck check;
        const QJsonArray errors = objectOf(body).value("errors"_L1).toArray();
        for (const QJsonValue &entry : errors) {
            const QJsonObject ruleError = entry.toObject();
            if (ruleError.value("value"_L1).toString() != value)
                continue;
            if (isDuplicate(ruleError)) {
                check.valid = true;
                check.message = tr("X already holds this rule.");
            } else {
                check.message = ruleErrorWords(ruleError);
            }
            done(check);
            return;
        }
        if (error.kind == XApiError::Kind::Http && (error.httpStatus == 400 || error.httpStatus == 422)) {
            const QString words = XApiError::serverMessage(body);
            check.message = words.isEmpty() ? error.message : words;
        } else if (error.isError()) {
            check.error = error;
        } else {
            check.valid = true;
        }
        done(check);
    });
}

void XRulesClient::cancel()
{
    const QSet<QNetworkReply *> pending = std::exchange(m_pending, {});
    for (QNetworkReply *reply : pending) {
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater(); // deleting an unfinished reply closes its connection
    }
}

void XRulesClient::post(const QJsonObject &body, bool dryRun, Handler handler)
{
    track(m_network->post(m_requests.rules(dryRun), QJsonDocument(body).toJson(QJsonDocument::Compact)),
          std::move(handler));
}

void XRulesClient::track(QNetworkReply *reply, Handler handler)
{
    m_pending.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, handler = std::move(handler)] {
        m_pending.remove(reply);
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        handler(XApiError::fromReply(reply, body), body);
    });
}

} // namespace tw::social
