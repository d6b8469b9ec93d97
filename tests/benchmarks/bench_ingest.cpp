// Ingest throughput of the live-post pipeline: X filtered-stream lines parsed,
// matched to guests (account id, then handle), checked against the in-house
// rule, given name-resemblance suggestions and stored on SQLite, against the
// cached data set of TW_BENCH_GUESTS guests (1,000,000 by default, shared with
// bench_guestsearch). TW_BENCH_POSTS sets how many posts one run ingests
// (100,000 by default). Batches are as large as the listener makes them under
// load.
#include "benchmarkdataset.h"
#include "recordedposts.h"

#include <social/ingest/ingestpipeline.h>
#include <social/x/xpostparser.h>
#include <storage/listeningrulerepository.h>
#include <storage/transaction.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tw;
using bench::BenchmarkDataSet;

namespace {

constexpr qint64 kDefaultGuests = 1'000'000;
constexpr qint64 kDefaultPosts = 100'000;
// The listener's largest batch (see social::Listener).
constexpr qsizetype kBatch = 500;

std::unique_ptr<BenchmarkDataSet> s_dataSet;
QList<core::ListeningRule> s_rules;
QList<QByteArray> s_lines;
bool s_failed = false;

qint64 countFromEnvironment(const char *name, qint64 fallback, qint64 minimum)
{
    const QString text = qEnvironmentVariable(name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 count = text.toLongLong(&ok);
    if (!ok || count < minimum) {
        std::fprintf(stderr, "%s=%s is not a number of at least %lld; using %lld\n", name, qUtf8Printable(text),
                     static_cast<long long>(minimum), static_cast<long long>(fallback));
        return fallback;
    }
    return count;
}

QString dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("TW_BENCH_DATA_DIR");
    return fromEnvironment.isEmpty() ? QString::fromUtf8(TW_BENCH_DEFAULT_DATA_DIR) : fromEnvironment;
}

// Leaves the cached data set as it was built: no posts, one rule per property.
bool resetPostsAndRules()
{
    storage::Database &db = s_dataSet->db();
    for (const QString &sql : {u"DELETE FROM posts"_s, u"DELETE FROM listening_rules"_s}) {
        if (!db.exec(sql))
            return false;
    }
    s_rules.clear();
    storage::ListeningRuleRepository rules(db);
    qint64 remote = 1'700'000'000'000'000'000LL;
    for (const core::Property &property : s_dataSet->hotels().properties()) {
        core::ListeningRule rule;
        rule.propertyId = property.id;
        rule.network = core::Network::X;
        rule.value = u"@"_s + property.code + u" OR #"_s + property.code + u"Stay"_s;
        rule.tag = property.code;
        auto added = rules.add(rule, u"benchmark"_s);
        if (!added) {
            std::fprintf(stderr, "cannot add a rule: %s\n", qUtf8Printable(added.error()));
            return false;
        }
        const QString remoteId = QString::number(remote++);
        if (!rules.setRemoteId(added->id, remoteId))
            return false;
        added->remoteId = remoteId;
        s_rules.append(added.value());
    }
    return true;
}

bool deletePosts()
{
    return bool(s_dataSet->db().exec(u"DELETE FROM posts"_s));
}

void parseMatchStore(benchmark::State &state)
{
    social::XPostParser parser(s_rules);
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 inHouse = 0;
    qint64 suggestions = 0;
    for (auto _ : state) {
        state.PauseTiming();
        if (!deletePosts()) {
            state.SkipWithError("cannot empty the posts table");
            s_failed = true;
            return;
        }
        social::IngestPipeline pipeline(s_dataSet->db());
        state.ResumeTiming();

        stored = duplicates = inHouse = suggestions = 0;
        QList<core::Post> batch;
        batch.reserve(kBatch);
        const auto flush = [&] {
            auto report = pipeline.ingest(std::move(batch));
            batch = {};
            batch.reserve(kBatch);
            if (!report) {
                state.SkipWithError(qUtf8Printable(report.error()));
                s_failed = true;
                return false;
            }
            stored += report->stored;
            duplicates += report->duplicates;
            inHouse += report->inHouse;
            suggestions += report->suggestions;
            return true;
        };
        for (const QByteArray &line : std::as_const(s_lines)) {
            social::XStreamEvent event = parser.parseStreamLine(line);
            if (event.kind != social::XStreamEvent::Kind::Post) {
                pipeline.countMalformed(event.message);
                continue;
            }
            batch.append(std::move(event.posts));
            if (batch.size() >= kBatch && !flush())
                return;
        }
        if (!batch.isEmpty() && !flush())
            return;
    }
    state.SetItemsProcessed(state.iterations() * s_lines.size());
    state.counters["stored"] = double(stored);
    state.counters["duplicates"] = double(duplicates);
    state.counters["in_house"] = double(inHouse);
    state.counters["suggestions"] = double(suggestions);
    if (stored + duplicates != s_lines.size()) {
        state.SkipWithError("not every post was stored or recognised as a duplicate");
        s_failed = true;
    }
}

// Parsing alone, for comparison with the whole pipeline.
void parseOnly(benchmark::State &state)
{
    social::XPostParser parser(s_rules);
    qint64 posts = 0;
    for (auto _ : state) {
        for (const QByteArray &line : std::as_const(s_lines)) {
            social::XStreamEvent event = parser.parseStreamLine(line);
            posts += event.posts.size();
        }
    }
    benchmark::DoNotOptimize(posts);
    state.SetItemsProcessed(state.iterations() * s_lines.size());
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    QCoreApplication app(argc, argv); // the SQL driver plugins need an application object

    const qint64 guests = countFromEnvironment("TW_BENCH_GUESTS", kDefaultGuests, 100);
    const qint64 posts = countFromEnvironment("TW_BENCH_POSTS", kDefaultPosts, 10);
    QElapsedTimer timer;
    timer.start();
    auto dataSet = BenchmarkDataSet::open(guests, dataDirectory());
    if (!dataSet) {
        std::fprintf(stderr, "Cannot prepare the benchmark data: %s\n", qUtf8Printable(dataSet.error()));
        return 1;
    }
    s_dataSet = std::move(dataSet).value();
    // As the listener's own connection does.
    if (!s_dataSet->db().preferThroughputOverDurability())
        return 1;
    if (!resetPostsAndRules())
        return 1;
    const bench::RecordedPosts recorded(s_dataSet->hotels(), s_rules);
    std::fprintf(stderr, "Authors: %s\n", qUtf8Printable(recorded.describePools()));
    s_lines = recorded.generate(posts);
    std::fprintf(stderr, "Data set: %lld guests in %s (%s); %lld stream lines generated in %.1f s\n",
                 static_cast<long long>(guests), qUtf8Printable(s_dataSet->filePath()),
                 s_dataSet->wasBuilt() ? "built" : "reused", static_cast<long long>(s_lines.size()),
                 double(timer.elapsed()) / 1000.0);

    benchmark::RegisterBenchmark("Ingest/ParseMatchStore", parseMatchStore)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);

    benchmark::RegisterBenchmark("Ingest/ParseOnly", parseOnly)->Unit(benchmark::kMillisecond)->Iterations(1);

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    deletePosts();
    s_dataSet.reset();
    return s_failed ? 1 : 0;
}
