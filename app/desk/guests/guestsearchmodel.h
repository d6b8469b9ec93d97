#pragma once

#include "guestsearchrow.h"
#include "guestsearchworker.h"

#include <core/types.h>
#include <storage/databaseurl.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace tw::desk {

// The guests page's result list: searches as the text changes (after a short
// pause in typing) in a worker thread with its own database connection, shows
// the first page of matches as soon as the search answers, fills in their
// handles and stays a moment later, and fetches further pages as the view
// scrolls.
// Answers to a text that has since changed are dropped, so rows always belong
// to the newest text. An empty text lists the guests in house at the property.
class GuestSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        VipColumn,
        EmailColumn,
        PhoneColumn,
        LoyaltyColumn,
        HandlesColumn,
        StayColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        GuestIdRole = Qt::UserRole + 1, // core::Id as qint64
        StayRelationRole,               // GuestSearchRow::StayRelation as int
    };

    static constexpr int DefaultDebounceMs = 150;
    static constexpr int DefaultPageSize = 100;

    explicit GuestSearchModel(storage::DatabaseUrl url, QObject *parent = nullptr);
    ~GuestSearchModel() override;

    // The text typed; results may still be on their way (see isLoading()).
    QString searchText() const { return m_text; }
    // The text the rows on show answer (empty for the in-house list).
    QString shownText() const { return m_shownText; }

    // Pause after the last change of the text before searching; 0 searches at once.
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const;
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    // Whose guests the in-house list shows; empty means the first property.
    // Takes effect with the next search or refresh().
    void setPropertyCode(const QString &code);
    QString propertyCode() const { return m_propertyCode; }
    // The instant that decides who is in house, arriving or gone; invalid (the
    // default) means the clock. Takes effect with the next search or refresh().
    void setReferenceTime(const QDateTime &instant);

    // A search is waiting for the pause in typing or for its first rows, or
    // more rows or the details of rows on show are on their way.
    bool isLoading() const;
    bool isInHouseList() const { return m_shownText.isEmpty(); }
    // The in-house list's property, once it has loaded.
    QString shownPropertyCode() const { return m_shownPropertyCode; }
    QString shownPropertyName() const { return m_shownPropertyName; }
    // More matches exist than a search can list: the text should be longer.
    bool isTruncated() const { return m_truncated; }
    // Why the last search failed; empty when it did not.
    QString errorText() const { return m_error; }

    core::Id guestId(int row) const;
    const GuestSearchRow &guestRow(int row) const { return m_rows.at(row); }
    // -1 when the guest is not among the rows.
    int rowOf(core::Id guestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    void setSearchText(const QString &text);
    // Runs the current search again at once (the data changed), as many rows
    // deep as are loaded, so the view keeps its place.
    void refresh();

Q_SIGNALS:
    void searchTextChanged(const QString &text);
    void loadingChanged(bool loading);
    // Rows for the current text arrived (the first page, a further page, or
    // the news that there are none), or the search failed. Their details
    // follow as dataChanged().
    void loaded();

private:
    void startSearch();
    void send(int limit, bool replace);
    void invalidate();
    void apply(const tw::desk::GuestSearchWorker::Reply &reply);
    void applyDetails(const tw::desk::GuestSearchWorker::Reply &reply);
    void updateLoading();
    void setLoading(bool loading);
    QString stayText(const GuestSearchRow &row) const;
    QString handlesText(const GuestSearchRow &row) const;
    QDateTime now() const;

    storage::DatabaseUrl m_url;
    QList<GuestSearchRow> m_rows;
    QHash<core::Id, int> m_rowOfGuest;
    QString m_text;
    QString m_shownText;
    QString m_shownPropertyCode;
    QString m_shownPropertyName;
    QString m_propertyCode;
    QString m_error;
    QDateTime m_referenceTime;
    int m_pageSize = DefaultPageSize;
    int m_requestedLimit = 0;       // rows asked for in the current generation
    quint64 m_generation = 0;       // bumped by every new text or refresh
    bool m_awaitingReply = false;   // rows of the current generation
    bool m_awaitingDetails = false; // handles and stays of rows on show
    bool m_hasMore = false;
    bool m_truncated = false;
    bool m_loading = false;
    QTimer m_debounce;
    std::shared_ptr<std::atomic<quint64>> m_latestGeneration;
    QThread m_thread;
    GuestSearchWorker *m_worker = nullptr;
};

} // namespace tw::desk
