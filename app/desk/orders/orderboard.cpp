#include "orderboard.h"

#include "orderboardmodel.h"
#include "orderwording.h"

#include <core/orderstatemachine.h>
#include <desk/logging.h>
#include <storage/changenotifier.h>
#include <storage/database.h>
#include <storage/orderrepository.h>

#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace tw::desk {

namespace {

constexpr auto kChangeDelay = 150ms;
// Overdue is shown to the minute.
constexpr auto kDefaultTick = 30s;

bool sameBoard(const OrderBoardLoader::Request &a, const OrderBoardLoader::Request &b)
{
    return a.propertyId == b.propertyId && a.propertyCode == b.propertyCode && a.includeClosed == b.includeClosed;
}

OrderBoard::Outcome runAdvance(const storage::DatabaseUrl &url, core::Id orderId, core::OrderState to,
                               const QString &actor, int expectedVersion)
{
    OrderBoard::Outcome outcome;
    outcome.orderId = orderId;
    outcome.to = to;
    auto database = storage::Database::open(url);
    if (!database) {
        outcome.message = OrderBoard::tr("Order %1 could not be changed: %2 Try again once the database can be "
                                         "reached.")
                              .arg(orderId)
                              .arg(database.error());
        return outcome;
    }
    storage::OrderRepository orders(*database.value());
    const core::Result<core::AmenityOrder> result = orders.advance(orderId, to, actor, expectedVersion);
    if (result) {
        outcome.ok = true;
        outcome.order = result.value();
        return outcome;
    }
    outcome.message = result.error();
    // A refusal because someone else moved the order first is a conflict: the
    // desk shows what is stored now instead of what it read.
    if (const std::optional<core::AmenityOrder> stored = orders.byId(orderId)) {
        outcome.order = *stored;
        outcome.conflict = stored->version != expectedVersion;
    }
    return outcome;
}

} // namespace

OrderBoard::OrderBoard(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_model(new OrderBoardModel(this))
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    qRegisterMetaType<Outcome>();
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDelay);
    connect(&m_changeTimer, &QTimer::timeout, this, &OrderBoard::refresh);
    m_tickTimer.setInterval(kDefaultTick);
    connect(&m_tickTimer, &QTimer::timeout, this, &OrderBoard::tick);
    m_tickTimer.start();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OrderBoard::finish);
    connect(&m_advanceWatcher, &QFutureWatcherBase::finished, this, &OrderBoard::finishAdvance);
}

OrderBoard::~OrderBoard()
{
    disconnect(&m_watcher, nullptr, this, nullptr);
    disconnect(&m_advanceWatcher, nullptr, this, nullptr);
    m_watcher.waitForFinished();
    m_advanceWatcher.waitForFinished();
}

void OrderBoard::watch(storage::Database &db)
{
    delete m_notifier;
    m_notifier = new storage::ChangeNotifier(db, this);
    connect(m_notifier, &storage::ChangeNotifier::changed, this, &OrderBoard::onChanged);
}

void OrderBoard::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
    tick();
}

QDateTime OrderBoard::now() const
{
    return m_clock().toUTC();
}

void OrderBoard::setTickInterval(std::chrono::milliseconds interval)
{
    if (interval <= 0ms) {
        m_tickTimer.stop();
        return;
    }
    m_tickTimer.start(interval);
}

void OrderBoard::setPreferredPropertyCode(const QString &code)
{
    if (code == m_propertyCode && m_propertyId == core::InvalidId)
        return;
    m_propertyCode = code;
    m_propertyId = core::InvalidId;
    reloadIfStarted();
}

void OrderBoard::chooseProperty(core::Id propertyId)
{
    if (propertyId == m_propertyId)
        return;
    m_propertyId = propertyId;
    reloadIfStarted();
}

void OrderBoard::setIncludeClosed(bool include)
{
    if (include == m_includeClosed)
        return;
    m_includeClosed = include;
    reloadIfStarted();
}

void OrderBoard::tick()
{
    if (m_hasLoaded)
        m_model->setNow(now());
}

bool OrderBoard::advance(core::Id orderId, core::OrderState to, const QString &actor)
{
    const QModelIndex index = m_model->indexOfOrder(orderId);
    const OrderBoardRow *row = m_model->rowAt(index);
    if (!row || m_advanceWatcher.isRunning())
        return false;
    const core::Status allowed = core::OrderStateMachine::check(orderId, row->order.state, to);
    if (!allowed) {
        Outcome outcome;
        outcome.orderId = orderId;
        outcome.to = to;
        outcome.refused = true;
        outcome.message = allowed.error();
        outcome.order = row->order;
        Q_EMIT advanceFinished(outcome);
        return false;
    }
    m_advanceWatcher.setFuture(QtConcurrent::run(&runAdvance, m_url, orderId, to, actor, row->order.version));
    return true;
}

void OrderBoard::finishAdvance()
{
    const Outcome outcome = m_advanceWatcher.result();
    if (outcome.ok || outcome.conflict) {
        if (outcome.order.id != core::InvalidId)
            m_model->updateOrder(outcome.order);
    }
    if (!outcome.ok)
        qCInfo(lcDesk) << "order" << outcome.orderId << "not moved on:" << outcome.message;
    Q_EMIT advanceFinished(outcome);
    // Delivered or cancelled orders leave the open board with the next load,
    // which the change notification brings.
}

void OrderBoard::refresh()
{
    m_started = true;
    m_changeTimer.stop();
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    start();
}

void OrderBoard::reloadIfStarted()
{
    if (m_started)
        refresh();
}

OrderBoardLoader::Request OrderBoard::currentRequest() const
{
    return {m_propertyId, m_propertyCode, m_includeClosed, now()};
}

void OrderBoard::start()
{
    m_reloadPending = false;
    m_running = currentRequest();
    m_watcher.setFuture(
        QtConcurrent::run([url = m_url, request = m_running] { return OrderBoardLoader::load(url, request); }));
    setLoading(true);
}

void OrderBoard::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void OrderBoard::finish()
{
    const core::Result<OrderBoardSnapshot> result = m_watcher.result();
    const bool current = sameBoard(m_running, currentRequest());
    if (current) {
        if (result) {
            Q_EMIT aboutToUpdate();
            m_snapshot = result.value();
            m_hasLoaded = true;
            m_error.clear();
            // The clock may have moved on while the load ran.
            m_model->setRows(m_snapshot.rows, OrderWording::zoneOf(m_snapshot.property), now());
            Q_EMIT updated();
        } else {
            qCWarning(lcDesk) << "cannot load the orders board:" << result.error();
            m_error = result.error();
            Q_EMIT loadFailed(m_error);
        }
    }
    if (m_reloadPending || !current) {
        start();
        return;
    }
    setLoading(false);
}

void OrderBoard::onChanged(const QString &table)
{
    static const QStringList watched{u"amenity_orders"_s, u"guests"_s, u"properties"_s};
    if (m_started && watched.contains(table))
        m_changeTimer.start();
}

} // namespace tw::desk
