#include "todayboard.h"

#include "openordersattention.h"
#include "suggestedhandleattention.h"
#include "todaylistmodel.h"
#include "viparrivalattention.h"

#include <desk/logging.h>
#include <storage/changenotifier.h>

#include <QtConcurrent>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace tw::desk {

namespace {

// Changes often come in bursts (an import, a profile saved in one
// transaction): one reload after the burst is enough.
constexpr auto kChangeDelay = 150ms;
constexpr auto kDefaultAutoRefresh = 5min;

bool sameBoard(const TodayLoader::Request &a, const TodayLoader::Request &b)
{
    return a.propertyId == b.propertyId && a.propertyCode == b.propertyCode && a.date == b.date;
}

} // namespace

TodayBoard::TodayBoard(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    for (const TodayList list : {TodayList::Arrivals, TodayList::InHouse, TodayList::Departures})
        m_models.at(std::size_t(list)) = new TodayListModel(list, this);
    setAttentionProviders(defaultAttentionProviders());

    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(kChangeDelay);
    connect(&m_changeTimer, &QTimer::timeout, this, &TodayBoard::refresh);

    m_autoRefreshTimer.setInterval(kDefaultAutoRefresh);
    connect(&m_autoRefreshTimer, &QTimer::timeout, this, [this] {
        if (isFollowingToday() && m_started)
            refresh();
    });
    m_autoRefreshTimer.start();

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TodayBoard::finish);
}

TodayBoard::~TodayBoard()
{
    // A load still running holds a connection to the database: it must end
    // before the database closes or the SQL drivers unload at exit. Loads are
    // short, and connecting gives up after the storage layer's timeout.
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_watcher.waitForFinished();
}

TodayListModel *TodayBoard::model(TodayList list) const
{
    return m_models.at(std::size_t(list));
}

TodayLoader::Providers TodayBoard::defaultAttentionProviders()
{
    return {std::make_shared<SuggestedHandleAttention>(), std::make_shared<VipArrivalAttention>(),
            std::make_shared<OpenOrdersAttention>()};
}

void TodayBoard::addAttentionProvider(std::shared_ptr<const AttentionProvider> provider)
{
    if (!provider)
        return;
    TodayLoader::Providers providers = m_providers;
    providers.append(std::move(provider));
    setAttentionProviders(std::move(providers));
}

void TodayBoard::setAttentionProviders(TodayLoader::Providers providers)
{
    m_providers = std::move(providers);
    m_watchedTables = {u"stays"_s, u"guests"_s, u"social_accounts"_s, u"properties"_s};
    for (const auto &provider : std::as_const(m_providers)) {
        if (!provider)
            continue;
        const QStringList tables = provider->watchedTables();
        for (const QString &table : tables)
            m_watchedTables.insert(table);
    }
    reloadIfStarted();
}

void TodayBoard::watch(storage::Database &db)
{
    delete m_notifier;
    m_notifier = new storage::ChangeNotifier(db, this);
    connect(m_notifier, &storage::ChangeNotifier::changed, this, &TodayBoard::onChanged);
}

void TodayBoard::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&QDateTime::currentDateTimeUtc);
}

QDateTime TodayBoard::now() const
{
    return m_clock().toUTC();
}

void TodayBoard::setAutoRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval <= 0ms) {
        m_autoRefreshTimer.stop();
        return;
    }
    m_autoRefreshTimer.start(interval);
}

void TodayBoard::setPreferredPropertyCode(const QString &code)
{
    if (code == m_propertyCode && m_propertyId == core::InvalidId)
        return;
    m_propertyCode = code;
    m_propertyId = core::InvalidId;
    reloadIfStarted();
}

void TodayBoard::chooseProperty(core::Id propertyId)
{
    if (propertyId == m_propertyId)
        return;
    m_propertyId = propertyId;
    reloadIfStarted();
}

void TodayBoard::setDate(const QDate &date)
{
    QDate chosen = date;
    if (m_hasLoaded && m_snapshot.hasProperty() && date == m_snapshot.today)
        chosen = QDate();
    if (chosen == m_date)
        return;
    m_date = chosen;
    reloadIfStarted();
}

void TodayBoard::showToday()
{
    setDate(QDate());
}

void TodayBoard::showPreviousDay()
{
    if (const QDate date = effectiveDate(); date.isValid())
        setDate(date.addDays(-1));
}

void TodayBoard::showNextDay()
{
    if (const QDate date = effectiveDate(); date.isValid())
        setDate(date.addDays(1));
}

QDate TodayBoard::effectiveDate() const
{
    if (m_date.isValid())
        return m_date;
    return m_hasLoaded ? m_snapshot.today : QDate();
}

void TodayBoard::refresh()
{
    m_started = true;
    m_changeTimer.stop();
    if (m_watcher.isRunning()) {
        // One more load once this one is done; more requests meanwhile add nothing.
        m_reloadPending = true;
        return;
    }
    start();
}

void TodayBoard::reloadIfStarted()
{
    if (m_started)
        refresh();
}

TodayLoader::Request TodayBoard::currentRequest() const
{
    return {m_propertyId, m_propertyCode, m_date, now()};
}

void TodayBoard::start()
{
    m_reloadPending = false;
    m_running = currentRequest();
    m_watcher.setFuture(QtConcurrent::run([url = m_url, request = m_running, providers = m_providers] {
        return TodayLoader::load(url, request, providers);
    }));
    setLoading(true);
}

void TodayBoard::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void TodayBoard::finish()
{
    const core::Result<TodaySnapshot> result = m_watcher.result();
    // A load for another property or date than the one now asked for is of no use.
    const bool current = sameBoard(m_running, currentRequest());
    if (current) {
        if (result) {
            apply(result.value());
        } else {
            qCWarning(lcDesk) << "cannot load the Today board:" << result.error();
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

void TodayBoard::apply(TodaySnapshot snapshot)
{
    Q_EMIT aboutToUpdate();
    m_snapshot = std::move(snapshot);
    m_hasLoaded = true;
    m_error.clear();
    for (TodayListModel *model : m_models)
        model->setRows(m_snapshot.rows(model->list()));
    Q_EMIT updated();
}

void TodayBoard::onChanged(const QString &table)
{
    if (m_started && m_watchedTables.contains(table))
        m_changeTimer.start();
}

} // namespace tw::desk
