#pragma once

#include "orderboardloader.h"

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace tw::storage {
class ChangeNotifier;
class Database;
} // namespace tw::storage

namespace tw::desk {

class OrderBoardModel;

// What the Orders page shows, without widgets: one property's amenity orders
// by department and due time (OrderBoardModel), loaded off the UI thread over
// a connection of its own (OrderBoardLoader), reloaded when orders change on
// any desk, with overdue orders following a clock that tests can set. Orders
// move on through advance(), which refuses what the state machine forbids at
// once and writes the rest off the UI thread, naming the version it read so
// that someone else's change is reported instead of overwritten.
class OrderBoard : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // How an advance ended.
    struct Outcome
    {
        core::Id orderId = core::InvalidId;
        core::OrderState to = core::OrderState::Accepted;
        bool ok = false;
        bool refused = false;     // the state machine does not allow it; nothing was sent
        bool conflict = false;    // someone else changed the order first; nothing was written
        QString message;          // on failure: what happened and what to do
        core::AmenityOrder order; // as stored after the change (ok), or now (conflict)
    };

    explicit OrderBoard(storage::DatabaseUrl url, QObject *parent = nullptr);
    // Waits for work still running: it holds a connection to the database.
    ~OrderBoard() override;

    OrderBoardModel *model() const { return m_model; }

    // Reloads on changes seen through db's connection; db belongs to this
    // thread and must outlive the board or the next watch() call.
    void watch(storage::Database &db);
    void setClock(Clock clock);
    QDateTime now() const;
    // How often overdue flags follow the clock; 0 turns it off (tests call tick()).
    void setTickInterval(std::chrono::milliseconds interval);

    void setPreferredPropertyCode(const QString &code);
    void chooseProperty(core::Id propertyId);
    // Also orders delivered or cancelled, due in the last day.
    void setIncludeClosed(bool include);
    bool includesClosed() const { return m_includeClosed; }

    const OrderBoardSnapshot &snapshot() const { return m_snapshot; }
    bool hasLoaded() const { return m_hasLoaded; }
    bool isLoading() const { return m_loading; }
    const QString &errorText() const { return m_error; }
    bool isAdvancing() const { return m_advanceWatcher.isRunning(); }

    // Moves an order on as the actor. False when nothing was sent: an unknown
    // order, another advance still running, or a transition the state machine
    // refuses (advanceFinished() says why, with refused set, before this returns).
    bool advance(core::Id orderId, core::OrderState to, const QString &actor);

public Q_SLOTS:
    void refresh();
    // Overdue flags and texts follow the clock.
    void tick();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void aboutToUpdate();
    void updated();
    void loadFailed(const QString &message);
    void advanceFinished(const tw::desk::OrderBoard::Outcome &outcome);

private:
    OrderBoardLoader::Request currentRequest() const;
    void start();
    void finish();
    void finishAdvance();
    void reloadIfStarted();
    void setLoading(bool loading);
    void onChanged(const QString &table);

    storage::DatabaseUrl m_url;
    OrderBoardModel *m_model = nullptr;
    Clock m_clock;
    storage::ChangeNotifier *m_notifier = nullptr;
    core::Id m_propertyId = core::InvalidId;
    QString m_propertyCode;
    bool m_includeClosed = false;

    QFutureWatcher<core::Result<OrderBoardSnapshot>> m_watcher;
    QFutureWatcher<Outcome> m_advanceWatcher;
    OrderBoardLoader::Request m_running;
    bool m_reloadPending = false;
    bool m_loading = false;
    bool m_started = false;
    QTimer m_changeTimer;
    QTimer m_tickTimer;

    OrderBoardSnapshot m_snapshot;
    bool m_hasLoaded = false;
    QString m_error;
};

} // namespace tw::desk

Q_DECLARE_METATYPE(tw::desk::OrderBoard::Outcome)
