#pragma once

#include "xapierror.h"
#include "xrequestfactory.h"
#include <social/streamoptions.h>

#include <core/types.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;

namespace tw::social {

// A rule as X's server holds it.
struct XRemoteRule
{
    QString id;
    QString value;
    QString tag;

    bool operator==(const XRemoteRule &) const = default;
};

struct XRulesListing
{
    QList<XRemoteRule> rules;
    XApiError error;
};

// What bringing the server's rules in line with ours changes, before it is sent.
struct XRulesPlan
{
    QList<core::ListeningRule> toAdd;
    QStringList toDelete;          // server ids of our rules no longer wanted as they are
    QHash<core::Id, QString> kept; // local rule id -> server id, already in place
};

struct XRuleRejection
{
    core::Id ruleId = core::InvalidId;
    QString message; // X's own words

    bool operator==(const XRuleRejection &) const = default;
};

struct XRulesSyncReport
{
    // Every local rule now on the server, with the server's id for it.
    QHash<core::Id, QString> remoteIds;
    QList<XRuleRejection> rejected;
    QStringList addedIds;
    QStringList deletedIds;
    // Set when the synchronisation could not finish; what it did stays done.
    XApiError error;
};

struct XRuleCheck
{
    bool valid = false;
    QString message; // why X refuses the rule, or a note on a valid one
    XApiError error; // set when X could not be asked
};

// The filtered stream's rules on X's server (GET/POST /2/tweets/search/stream/rules):
// list them, bring them in line with our listening rules, and validate a rule
// with dry_run before it is saved. Our rules are recognised by their tag (see
// XRuleTag); the rules of other tools sharing the X app are left alone. Removals
// are sent before additions, so that a rule whose value or tag changed does not
// collide with its old self or with the app's rule limit.
//
// Asynchronous: each call answers once through its callback, on this object's
// thread, unless cancel() is called or the client is destroyed first.
class XRulesClient : public QObject
{
    Q_OBJECT

public:
    XRulesClient(QNetworkAccessManager *network, const StreamOptions &options, QObject *parent = nullptr);
    ~XRulesClient() override;

    void list(std::function<void(const XRulesListing &)> done);
    // Adds the wanted rules that are missing and deletes ours that are no longer
    // wanted. A rule whose value another tool already placed on the app is
    // shared: it counts as synchronised under that tool's server id.
    void sync(const QList<core::ListeningRule> &wanted, std::function<void(const XRulesSyncReport &)> done);
    // Asks X whether a rule value would be accepted, without adding it.
    void validate(const QString &value, std::function<void(const XRuleCheck &)> done);

    // Drops the requests under way; their callbacks are not called.
    void cancel();
    bool isBusy() const { return !m_pending.isEmpty(); }

    // What sync() changes for these wanted rules and this server rule set.
    static XRulesPlan plan(const QList<core::ListeningRule> &wanted, const QList<XRemoteRule> &server);

private:
    using Handler = std::function<void(const XApiError &, const QByteArray &)>;

    void track(QNetworkReply *reply, Handler handler);
    void post(const QJsonObject &body, bool dryRun, Handler handler);

    QNetworkAccessManager *m_network;
    XRequestFactory m_requests;
    QSet<QNetworkReply *> m_pending;
};

} // namespace tw::social
