#pragma once

#include "feedrow.h"

#include <core/types.h>
#include <storage/databaseurl.h>
#include <storage/postrepository.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace tw::storage {
class Database;
}

namespace tw::desk {

// Reads and changes posts for FeedModel in a thread of its own, over its own
// connection to the database (opened on first use): pages of the feed newest
// first, the newest rows again to merge in what changed, single posts named by
// a change notification, and the handling actions staff take. Each row comes
// with its guest and suggestion already read, so the UI thread never queries.
class FeedWorker : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Page,   // rows after the cursor (or the first ones), to add or to replace the list
        Top,    // the first `limit` rows, to merge into the list
        Posts,  // the posts named by ids, with whether each still belongs in the list
        Lookup, // the posts named by ids, whatever the filter (for notifications)
    };

    struct Request
    {
        Kind kind = Kind::Page;
        quint64 generation = 0;
        storage::PostFilter filter; // propertyId is filled in from propertyCode
        QString propertyCode;       // empty: the first property
        int limit = 50;
        std::optional<storage::PostCursor> after;
        QList<core::Id> ids;
        bool replace = false; // Page: the answer replaces the list
    };

    struct Reply
    {
        Kind kind = Kind::Page;
        quint64 generation = 0;
        bool replace = false;
        QList<FeedRow> rows;  // newest first
        QList<core::Id> gone; // Posts: asked about, but no longer in the list (or no longer stored)
        bool exhausted = false;
        core::Property property; // the property the list is for
        QStringList ruleTags;    // the property's rule tags (Page with replace, Top)
        QString error;           // non-empty: nothing could be read, and why
    };

    enum class ActionKind { SetState, ConfirmSuggestion, DismissSuggestion };

    struct Action
    {
        ActionKind kind = ActionKind::SetState;
        core::Id postId = core::InvalidId;
        core::PostState state = core::PostState::Seen;
        QString actor;
        int expectedVersion = 0;
        storage::PostFilter filter; // of the list the action came from
    };

    struct ActionReply
    {
        Action action;
        bool ok = false;
        // Someone else changed the post first: nothing was written, row is what is stored now.
        bool conflict = false;
        QString message; // on failure: what happened and what to do
        bool hasRow = false;
        FeedRow row;             // the post as stored after the action (or now, on failure)
        bool rowMatches = false; // it still belongs in the list the action came from
    };

    // latestGeneration is written by the model whenever a new filter makes older
    // requests pointless: those still queued are skipped unanswered.
    FeedWorker(storage::DatabaseUrl url, std::shared_ptr<std::atomic<quint64>> latestGeneration,
               QObject *parent = nullptr);
    ~FeedWorker() override;

    // Whether a post belongs in a list with this filter.
    static bool matches(const core::Post &post, const storage::PostFilter &filter);

public Q_SLOTS:
    void run(const tw::desk::FeedWorker::Request &request);
    void act(const tw::desk::FeedWorker::Action &action);
    // Closes the connection; must run in the worker's thread.
    void close();

Q_SIGNALS:
    void finished(const tw::desk::FeedWorker::Reply &reply);
    void acted(const tw::desk::FeedWorker::ActionReply &reply);

private:
    bool ensureOpen(QString *error);
    void loadProperties();
    std::optional<core::Property> propertyFor(const QString &code);
    const core::Property *propertyById(core::Id id);
    QStringList ruleTags(core::Id propertyId) const;
    FeedRow complete(const core::Post &post, QHash<core::Id, std::optional<core::Guest>> &guests);
    FeedRow complete(const core::Post &post);

    storage::DatabaseUrl m_url;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    std::unique_ptr<storage::Database> m_db;
    QList<core::Property> m_properties;
};

} // namespace tw::desk
