#pragma once

#include "todayloader.h"
#include "todaysnapshot.h"

#include <core/result.h>
#include <storage/databaseurl.h>

#include <QDate>
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <array>
#include <chrono>
#include <functional>

namespace tw::storage {
class ChangeNotifier;
class Database;
} // namespace tw::storage

namespace tw::desk {

class AttentionProvider;
class TodayListModel;

// What the Today page shows, without widgets: which property and date the
// board is on, the three list models, and their loading off the UI thread
// (TodayLoader over a connection of its own). It reloads when stays, guests,
// handles or properties change, and on today's board every few minutes, since
// guests come and go with the clock.
//
// A date equal to the property's today means "follow today": the board moves
// on at the property's midnight. Any other date stays put.
class TodayBoard : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit TodayBoard(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Waits for a load still running: it holds a connection to the database.
    ~TodayBoard() override;

    TodayListModel *model(TodayList list) const;
    TodayListModel *arrivals() const { return model(TodayList::Arrivals); }
    TodayListModel *inHouse() const { return model(TodayList::InHouse); }
    TodayListModel *departures() const { return model(TodayList::Departures); }

    // The badges every board starts with: suggested handle links to confirm,
    // VIPs arriving, open amenity orders.
    static TodayLoader::Providers defaultAttentionProviders();
    // Features with something for staff to look at add their provider here; it
    // counts from the next load on.
    void addAttentionProvider(std::shared_ptr<const AttentionProvider> provider);
    void setAttentionProviders(TodayLoader::Providers providers);
    const TodayLoader::Providers &attentionProviders() const { return m_providers; }

    // Reloads on changes seen through db's connection; db belongs to this
    // thread and must outlive the board or the next watch() call.
    void watch(storage::Database &db);
    // "Now" for deciding today and who is in house; tests fix it.
    void setClock(Clock clock);
    QDateTime now() const;
    // How often today's board reloads by itself; 0 turns it off.
    void setAutoRefreshInterval(std::chrono::milliseconds interval);

    // The workstation's property (Settings); empty: the first one. Clears a
    // property chosen on the board.
    void setPreferredPropertyCode(const QString &code);
    // A property chosen on the board; wins over the preferred code.
    void chooseProperty(core::Id propertyId);
    // Invalid or the property's today: follow today.
    void setDate(const QDate &date);
    bool isFollowingToday() const { return !m_date.isValid(); }

    // What the models show: valid after the first load.
    const TodaySnapshot &snapshot() const { return m_snapshot; }
    bool hasLoaded() const { return m_hasLoaded; }
    // From refresh() until the last wanted load is in (or failed).
    bool isLoading() const { return m_loading; }
    // Why the last load failed; empty when it did not.
    const QString &errorText() const { return m_error; }

public Q_SLOTS:
    void refresh();
    void showToday();
    void showPreviousDay();
    void showNextDay();

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The models are about to change; views note what is selected.
    void aboutToUpdate();
    // The models and snapshot() hold a new load.
    void updated();
    // The load failed; the board keeps what it showed. message says what
    // happened and what to do.
    void loadFailed(const QString &message);

private:
    TodayLoader::Request currentRequest() const;
    void start();
    void finish();
    void apply(TodaySnapshot snapshot);
    void reloadIfStarted();
    void setLoading(bool loading);
    void onChanged(const QString &table);
    QDate effectiveDate() const;

    storage::DatabaseUrl m_url;
    std::array<TodayListModel *, 3> m_models{};
    TodayLoader::Providers m_providers;
    Clock m_clock;
    storage::ChangeNotifier *m_notifier = nullptr;
    QSet<QString> m_watchedTables;

    core::Id m_propertyId = core::InvalidId;
    QString m_propertyCode;
    QDate m_date;

    QFutureWatcher<core::Result<TodaySnapshot>> m_watcher;
    TodayLoader::Request m_running;
    bool m_reloadPending = false;
    bool m_loading = false;
    // Setters only remember until the first refresh(), so the board can be
    // set up before it loads.
    bool m_started = false;
    QTimer m_changeTimer;
    QTimer m_autoRefreshTimer;

    TodaySnapshot m_snapshot;
    bool m_hasLoaded = false;
    QString m_error;
};

} // namespace tw::desk
