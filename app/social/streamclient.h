#pragma once

#include "connectionstatus.h"
#include "streamoptions.h"

#include <core/types.h>

#include <QList>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace tw::social {

// One network's live connection: keeps its listening rules in line with the
// server's, holds the stream open, reconnects with back-off, and after every
// (re)connection fills the gap from the network's search or timeline API,
// starting after the newest stored post. It parses payloads into core::Post
// values (network, postId, author, text, url, createdAt, raw, and ruleId /
// ruleTag / propertyId from the matching rule) and hands them on; it stores
// nothing itself. Duplicates (redelivery, backfill overlapping the stream) are
// expected and dropped by the store.
//
// Order after a (re)connection: the stream is opened first and the gap is filled
// once it is up, so that nothing posted during the fill is missed.
//
// Lives on one thread with its QNetworkAccessManager; never blocks.
class StreamClient : public QObject
{
    Q_OBJECT

public:
    using NewestPostId = std::function<QString()>;

    StreamClient(QNetworkAccessManager *network, StreamOptions options, QObject *parent = nullptr);
    ~StreamClient() override;

    virtual core::Network network() const = 0;

    // The rules of this client's network, for every property. Takes effect on
    // the next (re)connection; call before start().
    void setRules(const QList<core::ListeningRule> &rules);
    const QList<core::ListeningRule> &rules() const { return m_rules; }
    // Asked after every (re)connection for the newest stored post id of this
    // network (empty: none stored yet, no gap to fill).
    void setNewestPostId(NewestPostId newestPostId);

    virtual void start() = 0;
    // Closes the stream and cancels any pending retry; status becomes Stopped.
    virtual void stop() = 0;

    const ConnectionStatus &status() const { return m_status; }
    const StreamOptions &options() const { return m_options; }

Q_SIGNALS:
    void postsReceived(const QList<tw::core::Post> &posts);
    // Mastodon "delete": the author withdrew a post.
    void postDeleted(tw::core::Network network, const QString &postId);
    // Mastodon "status.update": text, editedAt and raw are filled in.
    void postEdited(const tw::core::Post &post);
    // A payload that could not be read; counted and logged, never fatal.
    void malformedPayload(const QString &reason);
    // X: the server's id for one of our rules, to be stored with the rule.
    void ruleSynchronised(tw::core::Id ruleId, const QString &remoteId);
    // A rule the server refused, with the server's own words.
    void ruleRejected(tw::core::Id ruleId, const QString &message);
    void statusChanged(const tw::social::ConnectionStatus &status);
    // A gap fill finished: how many posts it delivered (before de-duplication).
    void backfillFinished(int posts);

protected:
    void setStatus(const ConnectionStatus &status);
    QNetworkAccessManager *networkAccess() const { return m_network; }
    QString newestPostId() const;

private:
    QNetworkAccessManager *m_network;
    StreamOptions m_options;
    QList<core::ListeningRule> m_rules;
    NewestPostId m_newestPostId;
    ConnectionStatus m_status;
};

} // namespace tw::social
