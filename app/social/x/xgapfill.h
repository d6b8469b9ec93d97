#pragma once

#include "xapierror.h"
#include "xpostparser.h"
#include "xrequestfactory.h"
#include <social/streamoptions.h>

#include <core/types.h>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QNetworkReply;

namespace tw::social {

// Fetches what the stream missed while it was away, through recent search
// (GET /2/tweets/search/recent): posts newer than a given id, newest first,
// following next_token pages.
//
// One query per listening rule, the rule's value as it stands, rather than all
// rules OR-ed into one query: each post found then carries the rule — and so the
// property — that matched it, exactly as on the stream, and no query can pass
// X's 512-character limit, since each rule is within it already. The cost is one
// request per rule and page, which X's limit of 450 searches per 15 minutes
// covers for any hotel's handful of rules.
//
// StreamOptions::maxBackfillPages bounds the pages of each rule's query. When
// the newest-first pages reach it, the oldest missed posts of that rule are left
// out and finished() says so. When X no longer searches that far back (recent
// search covers seven days) and refuses since_id, the rule is searched again from
// the oldest time X allows.
class XGapFill : public QObject
{
    Q_OBJECT

public:
    XGapFill(QNetworkAccessManager *network, const StreamOptions &options, QObject *parent = nullptr);
    ~XGapFill() override;

    // Searches every rule for posts newer than sinceId; replaces a fill under way.
    void start(const QList<core::ListeningRule> &rules, const QString &sinceId);
    // Drops the fill under way; no more signals for it.
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void postsFound(const QList<tw::core::Post> &posts);
    void malformedPayload(const QString &reason);
    // Every rule was searched. truncated: some rule had more pages than allowed.
    // skippedRules: rules X would not search (their value is no valid query).
    void finished(int posts, bool truncated, const QStringList &skippedRules);
    // Stopped at this error; the posts found before it were delivered.
    void failed(const tw::social::XApiError &error);

private:
    void nextRule();
    void fetch();
    void onReply();

    QNetworkAccessManager *m_network;
    XRequestFactory m_requests;
    XPostParser m_parser;
    int m_maxPages;

    QList<core::ListeningRule> m_rules;
    qsizetype m_ruleIndex = -1;
    QString m_sinceId;
    QDateTime m_startTime; // instead of m_sinceId, after X refused it
    QString m_nextToken;
    int m_pages = 0;
    int m_found = 0;
    bool m_truncated = false;
    QStringList m_skipped;
    QNetworkReply *m_reply = nullptr;
    quint64 m_generation = 0; // bumped by cancel(), so that a slot can stop a fill mid-signal
};

} // namespace tw::social
