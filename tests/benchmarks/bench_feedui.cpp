// The live feed page while posts arrive at 1,000 a second: how long the UI
// thread is ever kept from its event loop. The page is on screen (offscreen
// platform) over the cached data set of TW_BENCH_GUESTS guests (1,000,000 by
// default); a client on the listener's thread hands on recorded-style X posts
// at TW_BENCH_RATE posts a second (1,000) for TW_BENCH_SECONDS (20), through
// the real listener, pipeline, change notifications, feed model and view.
//
// The probe: a 2 ms precise timer on the UI thread; every gap between two of
// its ticks beyond 2 ms is time the event loop was busy elsewhere. Reported as
// counters: the longest stall, the 99th and 99.9th percentiles, and how many
// ticks were late by more than 16 ms (one frame at 60 Hz).
#include "benchmarkdataset.h"
#include "recordedposts.h"

#include <desk/feed/feedcontroller.h>
#include <desk/feed/feedmodel.h>
#include <social/streamclient.h>
#include <social/x/xpostparser.h>
#include <storage/listeningrulerepository.h>
#include <ui/feed/livefeedpage.h>
#include <ui/settings.h>

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tw;
using bench::BenchmarkDataSet;

namespace {

constexpr qint64 kDefaultGuests = 1'000'000;
constexpr int kProbeMs = 2;
constexpr int kTickMs = 10;

std::unique_ptr<BenchmarkDataSet> s_dataSet;
core::ListeningRule s_rule;
QList<QByteArray> s_lines;
int s_rate = 1000;
int s_seconds = 20;
bool s_failed = false;

qint64 numberFromEnvironment(const char *name, qint64 fallback, qint64 minimum)
{
    const QString text = qEnvironmentVariable(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum) {
        std::fprintf(stderr, "%s=%s is not a number of at least %lld; using %lld\n", name, qUtf8Printable(text),
                     static_cast<long long>(minimum), static_cast<long long>(fallback));
        return fallback;
    }
    return value;
}

// Hands on the recorded lines at a steady rate, from the listener's thread,
// parsed as the X client parses them.
class PacedClient : public social::StreamClient
{
public:
    using StreamClient::StreamClient;

    core::Network network() const override { return core::Network::X; }

    void start() override
    {
        m_parser.setRules(rules());
        setStatus({social::ConnectionStatus::State::Connected, 0, 0, {}});
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
    }

    void stop() override
    {
        m_timer.stop();
        setStatus({});
    }

private:
    void tick()
    {
        // As many as the rate asks for by now: bursts catch up after a late tick.
        const qint64 due = std::min<qint64>(m_clock.elapsed() * s_rate / 1000, s_lines.size());
        QList<core::Post> posts;
        for (; m_sent < due; ++m_sent) {
            social::XStreamEvent event = m_parser.parseStreamLine(s_lines.at(qsizetype(m_sent)));
            posts.append(event.posts);
        }
        if (!posts.isEmpty())
            Q_EMIT postsReceived(posts);
        if (m_sent >= s_lines.size())
            m_timer.stop();
    }

    social::XPostParser m_parser;
    QTimer m_timer{this};
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
};

bool prepareRule()
{
    storage::Database &db = s_dataSet->db();
    for (const QString &sql : {u"DELETE FROM posts"_s, u"DELETE FROM listening_rules"_s}) {
        if (!db.exec(sql))
            return false;
    }
    const core::Property property = s_dataSet->hotels().properties().constFirst();
    core::ListeningRule rule;
    rule.propertyId = property.id;
    rule.network = core::Network::X;
    rule.value = u"@"_s + property.code + u" OR #"_s + property.code + u"Stay"_s;
    auto added = storage::ListeningRuleRepository(db).add(rule, u"benchmark"_s);
    if (!added || !storage::ListeningRuleRepository(db).setRemoteId(added->id, u"1700000000000000001"_s))
        return false;
    s_rule = added.value();
    s_rule.remoteId = u"1700000000000000001"_s;
    return true;
}

void feedUnderLoad(benchmark::State &state)
{
    for (auto _ : state) {
        if (!s_dataSet->db().exec(u"DELETE FROM posts"_s)) {
            state.SkipWithError("cannot empty the posts table");
            s_failed = true;
            return;
        }
        ui::Settings settings;
        settings.setValue(ui::Settings::Key::PropertyCode, s_dataSet->hotels().properties().constFirst().code);
        settings.setValue(ui::Settings::Key::StaffName, u"Benchmark"_s);
        ui::LiveFeedPage page(s_dataSet->db(), settings);
        page.controller()->setTokenReader(
            [](core::Network, const QStringList &, auto done) { done(u"bench-token"_s); });
        page.controller()->setClientFactory(core::Network::X,
                                            [](QNetworkAccessManager *access, const social::StreamOptions &options) {
                                                return new PacedClient(access, options);
                                            });
        page.setNotifier([](const ui::PostNotification &) {});
        page.resize(1200, 800);
        page.show();
        page.restartListeners();

        qint64 stored = 0;
        QObject::connect(page.controller(), &desk::FeedController::postsStored, &page,
                         [&stored](const social::IngestReport &report) { stored += report.stored; });

        std::vector<double> lateness;
        lateness.reserve(size_t(s_seconds) * 1000 / kProbeMs + 100);
        QElapsedTimer clock;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(kProbeMs);
        qint64 last = -1;
        QObject::connect(&probe, &QTimer::timeout, &page, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (last >= 0 && stored > 0)
                lateness.push_back(std::max(0.0, double(now - last) / 1e6 - kProbeMs));
            last = now;
        });
        QEventLoop loop;
        QTimer::singleShot(s_seconds * 1000 + 2000, &loop, &QEventLoop::quit);
        clock.start();
        probe.start();
        loop.exec();
        probe.stop();
        page.controller()->stop();

        std::sort(lateness.begin(), lateness.end());
        const auto at = [&](double q) {
            return lateness.empty() ? 0.0
                                    : lateness[std::min(lateness.size() - 1, size_t(q * double(lateness.size())))];
        };
        state.SetIterationTime(double(s_seconds));
        state.counters["posts_stored"] = double(stored);
        state.counters["rows_in_feed"] = double(page.model()->rowCount());
        state.counters["stall_max_ms"] = lateness.empty() ? 0.0 : lateness.back();
        state.counters["stall_p99_ms"] = at(0.99);
        state.counters["stall_p999_ms"] = at(0.999);
        state.counters["ticks_over_16ms"]
            = double(std::count_if(lateness.begin(), lateness.end(), [](double late) { return late > 16.0; }));
        if (stored == 0) {
            state.SkipWithError("no post reached the database");
            s_failed = true;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the benchmark's settings stay out of the user's
    QApplication app(argc, argv);

    const qint64 guests = numberFromEnvironment("TW_BENCH_GUESTS", kDefaultGuests, 100);
    s_rate = int(numberFromEnvironment("TW_BENCH_RATE", 1000, 1));
    s_seconds = int(numberFromEnvironment("TW_BENCH_SECONDS", 20, 1));
    const QString directory = qEnvironmentVariable("TW_BENCH_DATA_DIR", QString::fromUtf8(TW_BENCH_DEFAULT_DATA_DIR));
    auto dataSet = BenchmarkDataSet::open(guests, directory);
    if (!dataSet) {
        std::fprintf(stderr, "Cannot prepare the benchmark data: %s\n", qUtf8Printable(dataSet.error()));
        return 1;
    }
    s_dataSet = std::move(dataSet).value();
    if (!prepareRule())
        return 1;
    s_lines = bench::RecordedPosts(s_dataSet->hotels(), {s_rule}).generate(qint64(s_rate) * s_seconds);
    std::fprintf(stderr, "Data set: %lld guests (%s); %d posts a second for %d s\n", static_cast<long long>(guests),
                 s_dataSet->wasBuilt() ? "built" : "reused", s_rate, s_seconds);

    benchmark::RegisterBenchmark("FeedPage/UiThreadStallsWhilePostsArrive", feedUnderLoad)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(1);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    if (!s_dataSet->db().exec(u"DELETE FROM posts"_s))
        std::fprintf(stderr, "Could not remove the benchmark's posts from the data set\n");
    s_dataSet.reset();
    return s_failed ? 1 : 0;
}
