#pragma once

#include "feedrow.h"
#include "feedworker.h"

#include <core/types.h>
#include <storage/databaseurl.h>
#include <storage/postrepository.h>

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace tw::storage {
class ChangeNotifier;
class Database;
} // namespace tw::storage

namespace tw::desk {

// The live feed of the desk's property, newest first: loads a page at a time
// as the view scrolls (keyset paging, PostRepository::list), takes new posts in
// at the top and updates rows in place when they change (a change
// notification names the post, or the newest rows are read again and merged),
// so a view keeps its place and selection. Filters: in house only, not yet
// handled, network, rule tag. Handling actions (states, link suggestions) run
// off the UI thread; a post someone else changed first is not overwritten.
//
// All database work runs in FeedWorker on a thread of its own, over its own
// connection; nothing here blocks the UI thread.
class FeedModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PostIdRole = Qt::UserRole + 1, // core::Id as qint64
        NetworkRole,                   // core::Network as int
        NetworkNameRole,               // "X", "Mastodon"
        AuthorNameRole,                // display name as the author set it
        HandleRole,                    // as people write it: "@name", "@user@instance"
        TextRole,                      // plain text
        CreatedAtRole,                 // QDateTime, UTC
        UrlRole,
        RuleTagRole,
        GuestIdRole, // core::Id, 0 when the author is no known guest
        GuestNameRole,
        RoomRole,    // the room the guest was in when posting; empty when not in house
        VipCodeRole, // the guest's VIP code
        InHouseRole, // bool: posted by a guest in house at the time
        SuggestedGuestIdRole,
        SuggestedGuestNameRole,
        SuggestedVipCodeRole,
        SuggestedRoomRole,
        StateRole,     // core::PostState as int
        StateNameRole, // "New", "Seen", ... translated
        HandledByRole,
        HandledAtRole, // QDateTime UTC, invalid when never handled
        EditedRole,    // bool: the author edited the post
        VersionRole,
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 50;
    // A refresh reads at most this many of the newest rows again; rows loaded
    // beyond them are kept as they are until they change.
    static constexpr int MaxMergeRows = 1000;
    static constexpr int DefaultChangeDelayMs = 100;
    // New posts arriving at the top push the oldest loaded ones out beyond
    // this many rows (they come back with fetchMore()), so a busy feed left
    // open all day stays light for the view.
    static constexpr int DefaultMaxKeptRows = 2000;

    explicit FeedModel(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Waits for the database work in progress, then closes the worker's connection.
    ~FeedModel() override;

    // Whose posts: empty means the first property. Takes effect with reload().
    void setPropertyCode(const QString &code);
    QString propertyCode() const { return m_propertyCode; }
    // Filters reload the list at once.
    void setInHouseOnly(bool on);
    bool inHouseOnly() const { return m_filter.inHouseOnly; }
    void setUnhandledOnly(bool on);
    bool unhandledOnly() const { return m_filter.unhandledOnly; }
    void setNetwork(std::optional<core::Network> network);
    std::optional<core::Network> network() const { return m_filter.network; }
    // Exact tag; empty for any.
    void setRuleTag(const QString &tag);
    QString ruleTag() const { return m_filter.ruleTag; }
    // The filter as the list applies it (propertyId once the property is known).
    storage::PostFilter filter() const;

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxKeptRows(int rows);
    int maxKeptRows() const { return m_maxKeptRows; }
    // Pause that gathers a burst of change notifications into one read.
    void setChangeDelay(int milliseconds);
    // The staff member recorded with every action; empty means the workstation's user.
    void setActor(const QString &staffName);
    QString actor() const { return m_actor; }
    // Follows changes seen through db's connection (posts, and the guests,
    // stays and handles they show); db belongs to this thread and must outlive
    // the model or the next watch() call.
    void watch(storage::Database &db);
    // For the accessible description of each row; the property's zone is used for times.
    void setLocale(const QLocale &locale);

    bool isLoading() const { return m_loading; }
    // The first load (or the reload after a filter change) has answered.
    bool isLoaded() const { return m_loaded; }
    // Why the last load failed; empty when it did not.
    QString errorText() const { return m_error; }
    // The property the rows are for, once loaded.
    const core::Property &property() const { return m_property; }
    // Tags of the property's listening rules, and of the rows loaded, sorted.
    QStringList ruleTags() const { return m_ruleTags; }

    const FeedRow &feedRow(int row) const { return m_rows.at(row); }
    core::Id postId(int row) const;
    // -1 when the post is not among the rows.
    int rowOf(core::Id postId) const { return m_rowOf.value(postId, -1); }
    // An action on this post is on its way.
    bool isBusy(core::Id postId) const { return m_inFlight.contains(postId); }

    // Actions, answered by actionDone() or actionFailed(). False (and nothing
    // sent) when the row does not exist or the action makes no sense for it.
    // A second action on a post whose first is still on its way follows it.
    bool setState(int row, core::PostState state);
    bool confirmSuggestion(int row);
    bool dismissSuggestion(int row);
    // Reads the posts named (with their guests), whatever the filter: lookedUp().
    void lookUp(const QList<core::Id> &postIds);

    static QString stateName(core::PostState state);
    static QString networkName(core::Network network);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    // Loads the list from the top again (after a filter or property change):
    // the rows are replaced.
    void reload();
    // Reads the newest rows again, as deep as are loaded, and merges them in:
    // new posts appear at the top, changed ones change in place.
    void refresh();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The first page after reload() arrived, or the load failed.
    void loaded();
    void propertyChanged(const tw::core::Property &property);
    void ruleTagsChanged(const QStringList &tags);
    void actionDone(tw::core::Id postId, tw::desk::FeedWorker::ActionKind kind);
    // Nothing was written; message says why and what to do. The row already
    // shows what is stored now.
    void actionFailed(tw::core::Id postId, const QString &message);
    void lookedUp(const QList<tw::desk::FeedRow> &rows);

private:
    void send(FeedWorker::Request request);
    void apply(const tw::desk::FeedWorker::Reply &reply);
    void applyPage(const FeedWorker::Reply &reply);
    void applyPosts(const FeedWorker::Reply &reply);
    void merge(const QList<FeedRow> &fresh, bool exhausted);
    void applyAction(const tw::desk::FeedWorker::ActionReply &reply);
    bool submit(int row, FeedWorker::Action action);
    void dispatch(FeedWorker::Action action);
    void updateRow(const FeedRow &row);
    void insertRows(QList<FeedRow> rows);
    void removeRows(const QList<core::Id> &postIds);
    void removeRow(core::Id postId);
    void rebuildIndex();
    void trim();
    void setLoading(bool loading);
    void adoptProperty(const core::Property &property);
    void setRuleTags(QStringList tags);
    void addRuleTagsOf(const QList<FeedRow> &rows);
    static QStringList tagsOf(const QList<FeedRow> &rows);
    void changed(const QString &table, qint64 id);
    void applyChanges();
    QString describe(const FeedRow &row) const;
    static bool isNewer(const FeedRow &a, const FeedRow &b);
    static bool sameRow(const FeedRow &a, const FeedRow &b);

    storage::DatabaseUrl m_url;
    QList<FeedRow> m_rows;
    QHash<core::Id, int> m_rowOf;
    storage::PostFilter m_filter; // without the property
    QString m_propertyCode;
    core::Property m_property;
    QStringList m_propertyTags; // of the listening rules
    QStringList m_ruleTags;     // shown: rules' and rows'
    QString m_actor;
    QString m_error;
    QLocale m_locale;
    int m_pageSize = DefaultPageSize;
    int m_maxKeptRows = DefaultMaxKeptRows;
    quint64 m_generation = 0;
    bool m_awaitingReplace = false;
    bool m_awaitingPage = false;
    bool m_exhausted = true;
    bool m_loading = false;
    bool m_loaded = false;

    QSet<core::Id> m_inFlight;
    QHash<core::Id, FeedWorker::Action> m_queued;

    storage::ChangeNotifier *m_notifier = nullptr;
    QSet<core::Id> m_changedIds;
    bool m_changedMany = false;
    QTimer m_changeTimer;

    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    QThread m_thread;
    FeedWorker *m_worker = nullptr;
};

} // namespace tw::desk
