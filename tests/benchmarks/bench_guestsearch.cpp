// Guest search and the in-house lookup for a handle on a large SQLite data set
// (by default 1,000,000 guests and 3,000,000 stays; TW_BENCH_GUESTS changes the
// size, TW_BENCH_DATA_DIR where the generated file is kept). Every query is
// checked once before it is timed, so a fast wrong answer cannot pass. The
// GuestSearchModel cases time what staff feel while typing: from a keystroke
// to the first rows of the guests page's list.

#include "benchmarkdataset.h"
#include "synthetichotels.h"

#include <core/handlenormalizer.h>
#include <core/inhouserule.h>
#include <desk/guests/guestsearchmodel.h>
#include <storage/guestrepository.h>
#include <storage/socialaccountrepository.h>
#include <storage/stayrepository.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

using tw::bench::BenchmarkDataSet;
using tw::bench::SyntheticHotels;
using tw::core::Id;

constexpr qint64 kDefaultGuests = 1'000'000;
constexpr int kQueriesPerCase = 200;
constexpr int kSearchLimit = 50;

std::unique_ptr<BenchmarkDataSet> s_dataSet;
bool s_failed = false;

void fail(benchmark::State &state, const QString &message)
{
    s_failed = true;
    state.SkipWithError(qUtf8Printable(message));
}

// One search as people type it, and the guest it must find (or none when any
// non-empty answer will do, as for a room or a common name).
struct SearchQuery
{
    QString text;
    Id mustFind = tw::core::InvalidId;
};

using QueryMaker = std::function<std::optional<SearchQuery>(const SyntheticHotels &, SyntheticHotels::Random &)>;

std::vector<SearchQuery> makeQueries(std::uint64_t stream, const QueryMaker &make)
{
    const SyntheticHotels &hotels = s_dataSet->hotels();
    SyntheticHotels::Random random = SyntheticHotels::randomFor(1000 + stream, 0);
    std::vector<SearchQuery> queries;
    for (int attempt = 0; queries.size() < std::size_t(kQueriesPerCase) && attempt < kQueriesPerCase * 100; ++attempt) {
        if (auto query = make(hotels, random))
            queries.push_back(*query);
    }
    return queries;
}

tw::core::Guest randomGuest(const SyntheticHotels &hotels, SyntheticHotels::Random &random)
{
    return hotels.guest(random.below(hotels.guestCount()));
}

void runSearch(benchmark::State &state, const std::vector<SearchQuery> &queries)
{
    if (queries.empty()) {
        fail(state, u"no queries could be drawn from the data set"_s);
        return;
    }
    tw::storage::GuestRepository guests(s_dataSet->db());
    for (const SearchQuery &query : queries) {
        const QList<tw::core::Guest> found = guests.search(query.text, kSearchLimit);
        const bool ok = query.mustFind == tw::core::InvalidId
            ? !found.isEmpty()
            : std::any_of(found.cbegin(), found.cend(), [&](const auto &g) { return g.id == query.mustFind; });
        if (!ok) {
            fail(state,
                 u"search for \"%1\" returned %2 guests without the expected guest %3"_s.arg(query.text)
                     .arg(found.size())
                     .arg(query.mustFind));
            return;
        }
    }

    std::size_t next = 0;
    qint64 rows = 0;
    for (auto _ : state) { // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop idiom
        const QList<tw::core::Guest> found = guests.search(queries[next].text, kSearchLimit);
        benchmark::DoNotOptimize(found.constData());
        rows += found.size();
        next = (next + 1) % queries.size();
    }
    state.counters["rows"] = benchmark::Counter(double(rows), benchmark::Counter::kAvgIterations);
}

void searchByLastNamePrefix(benchmark::State &state)
{
    static const auto queries = makeQueries(1, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const tw::core::Guest g = randomGuest(hotels, random);
        return std::optional(SearchQuery{g.lastName.left(3 + int(random.below(3)))});
    });
    runSearch(state, queries);
}

void searchByFullName(benchmark::State &state)
{
    static const auto queries = makeQueries(2, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const tw::core::Guest g = randomGuest(hotels, random);
        return std::optional(SearchQuery{g.firstName + u' ' + g.lastName});
    });
    runSearch(state, queries);
}

void searchByEmail(benchmark::State &state)
{
    static const auto queries = makeQueries(3, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const tw::core::Guest g = randomGuest(hotels, random);
        return g.email.isEmpty() ? std::nullopt : std::optional(SearchQuery{g.email, g.id});
    });
    runSearch(state, queries);
}

void searchByPhone(benchmark::State &state)
{
    static const auto queries = makeQueries(4, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const tw::core::Guest g = randomGuest(hotels, random);
        return g.phone.isEmpty() ? std::nullopt : std::optional(SearchQuery{g.phone, g.id});
    });
    runSearch(state, queries);
}

void searchByHandle(benchmark::State &state)
{
    static const auto queries = makeQueries(5, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const qint64 index = random.below(hotels.guestCount());
        const QList<tw::core::SocialAccount> accounts = hotels.accounts(index);
        if (accounts.isEmpty())
            return std::optional<SearchQuery>();
        const tw::core::SocialAccount &a = accounts.at(random.below(accounts.size()));
        return std::optional(SearchQuery{tw::core::HandleNormalizer::display(a.network, a.handle), a.guestId});
    });
    runSearch(state, queries);
}

void searchByRoom(benchmark::State &state)
{
    static const auto queries = makeQueries(6, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        return std::optional(SearchQuery{hotels.stay(random.below(hotels.stayCount())).room});
    });
    runSearch(state, queries);
}

void searchByLoyaltyNumber(benchmark::State &state)
{
    static const auto queries = makeQueries(7, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const tw::core::Guest g = randomGuest(hotels, random);
        return g.loyaltyNumber.isEmpty() ? std::nullopt : std::optional(SearchQuery{g.loyaltyNumber, g.id});
    });
    runSearch(state, queries);
}

// The question a new post raises: is its author a guest in house right now?
// Find the account by handle, read the guest's stays, let the rule decide.
void inHouseForHandle(benchmark::State &state)
{
    const SyntheticHotels &hotels = s_dataSet->hotels();
    static const std::vector<tw::core::SocialAccount> handles = [&] {
        SyntheticHotels::Random random = SyntheticHotels::randomFor(2000, 0);
        std::vector<tw::core::SocialAccount> picked;
        for (int attempt = 0; picked.size() < std::size_t(kQueriesPerCase) && attempt < kQueriesPerCase * 100;
             ++attempt) {
            const QList<tw::core::SocialAccount> accounts = hotels.accounts(random.below(hotels.guestCount()));
            if (!accounts.isEmpty())
                picked.push_back(accounts.at(random.below(accounts.size())));
        }
        return picked;
    }();
    if (handles.empty()) {
        fail(state, u"the data set has no social accounts"_s);
        return;
    }

    std::map<Id, tw::core::InHouseRule> rules;
    for (const tw::core::Property &p : hotels.properties())
        rules.emplace(p.id, tw::core::InHouseRule(p));
    tw::storage::SocialAccountRepository accounts(s_dataSet->db());
    tw::storage::StayRepository stays(s_dataSet->db());
    const QDateTime now = SyntheticHotels::referenceInstant();

    const auto lookup = [&](const tw::core::SocialAccount &handle) -> std::optional<std::pair<Id, int>> {
        const auto account = accounts.find(handle.network, QString(), handle.handle);
        if (!account)
            return std::nullopt;
        int inHouse = 0;
        for (const tw::core::Stay &s : stays.forGuest(account->guestId)) {
            const auto rule = rules.find(s.propertyId);
            if (rule != rules.end() && rule->second.isInHouse(s, now))
                ++inHouse;
        }
        return std::pair(account->guestId, inHouse);
    };

    qint64 expectedInHouse = 0;
    for (const tw::core::SocialAccount &handle : handles) {
        const auto found = lookup(handle);
        if (!found || found->first != handle.guestId) {
            fail(state,
                 u"the %1 handle %2 did not lead to guest %3"_s.arg(tw::core::networkKey(handle.network), handle.handle)
                     .arg(handle.guestId));
            return;
        }
        expectedInHouse += found->second;
    }

    std::size_t next = 0;
    qint64 inHouse = 0;
    for (auto _ : state) { // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop idiom
        const auto found = lookup(handles[next]);
        inHouse += found ? found->second : 0;
        next = (next + 1) % handles.size();
    }
    state.counters["in_house_share"] = double(expectedInHouse) / double(handles.size());
    benchmark::DoNotOptimize(inHouse);
}

// The front desk's "in house now" list for one property: stays around today's
// local date, filtered by the rule.
void inHouseListForProperty(benchmark::State &state)
{
    const SyntheticHotels &hotels = s_dataSet->hotels();
    const QList<tw::core::Property> properties = hotels.properties();
    tw::storage::StayRepository stays(s_dataSet->db());
    const QDateTime now = SyntheticHotels::referenceInstant();
    std::vector<tw::core::InHouseRule> rules;
    for (const tw::core::Property &p : properties)
        rules.emplace_back(p);

    // Candidates are the stays around the local date; actual times may reach
    // into the neighbouring days, the rule decides.
    const auto inHouseAt = [&](std::size_t property, qint64 *candidateCount) {
        const tw::core::InHouseRule &rule = rules[property];
        const QDate today = rule.localDate(now);
        const QList<tw::core::Stay> candidates
            = stays.overlapping(properties.at(qsizetype(property)).id, today.addDays(-1), today.addDays(1));
        *candidateCount += candidates.size();
        return std::count_if(candidates.cbegin(), candidates.cend(),
                             [&](const tw::core::Stay &s) { return rule.isInHouse(s, now); });
    };

    // On small data sets, the answer is checked against every generated stay.
    qint64 ignored = 0;
    qint64 total = 0;
    for (std::size_t p = 0; p < rules.size(); ++p) {
        const qint64 found = inHouseAt(p, &ignored);
        total += found;
        if (hotels.stayCount() > 100'000)
            continue;
        qint64 expected = 0;
        for (qint64 i = 0; i < hotels.stayCount(); ++i) {
            const tw::core::Stay s = hotels.stay(i);
            if (s.propertyId == properties.at(qsizetype(p)).id && rules[p].isInHouse(s, now))
                ++expected;
        }
        if (found != expected) {
            fail(state,
                 u"%1 has %2 guests in house, but the in-house list shows %3"_s.arg(properties.at(qsizetype(p)).code)
                     .arg(expected)
                     .arg(found));
            return;
        }
    }
    if (total == 0) {
        fail(state, u"no property has anyone in house at the reference instant"_s);
        return;
    }

    std::size_t next = 0;
    qint64 rows = 0;
    qint64 inHouse = 0;
    for (auto _ : state) { // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop idiom
        inHouse += inHouseAt(next, &rows);
        next = (next + 1) % rules.size();
    }
    state.counters["rows"] = benchmark::Counter(double(rows), benchmark::Counter::kAvgIterations);
    state.counters["in_house"] = benchmark::Counter(double(inHouse), benchmark::Counter::kAvgIterations);
}

// The guests page while typing: the search text changes (no pause, as if the
// debounce had just run out) and the clock stops when the model shows the first
// rows of the answer -- the search in the model's worker thread on its own
// connection, plus each shown guest's handles and current or next stay, for a
// page of GuestSearchModel::DefaultPageSize rows. Each answer is checked after
// its time is taken: rows for the newest text, with the guest the text names.
void runModelFirstRows(benchmark::State &state, const std::vector<SearchQuery> &queries)
{
    if (queries.empty()) {
        fail(state, u"no queries could be drawn from the data set"_s);
        return;
    }
    tw::storage::DatabaseUrl url;
    url.engine = tw::storage::Engine::Sqlite;
    url.path = s_dataSet->filePath();
    tw::desk::GuestSearchModel model(url);
    model.setDebounceInterval(0);
    model.setReferenceTime(SyntheticHotels::referenceInstant());

    QEventLoop loop;
    bool shown = false;
    const auto rowsShown = [&] {
        if (model.rowCount() > 0 && !shown) {
            shown = true;
            loop.quit();
        }
    };
    QObject::connect(&model, &QAbstractItemModel::modelReset, &loop, rowsShown);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, rowsShown);
    QObject::connect(&model, &tw::desk::GuestSearchModel::loaded, &loop, [&] { loop.quit(); });
    QObject::connect(&model, &tw::desk::GuestSearchModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });

    // One search before the clock runs: the worker opens its connection once.
    model.setSearchText(queries.front().text);
    while (model.isLoading())
        loop.exec();

    std::size_t next = 1 % queries.size();
    std::vector<double> milliseconds;
    double completeMilliseconds = 0;
    qint64 rows = 0;
    for (auto _ : state) { // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop idiom
        const SearchQuery *query = &queries[next];
        next = (next + 1) % queries.size();
        if (query->text.trimmed() == model.searchText().trimmed()) { // the same text searches nothing new
            query = &queries[next];
            next = (next + 1) % queries.size();
        }
        shown = false;
        QElapsedTimer timer;
        timer.start();
        model.setSearchText(query->text);
        loop.exec();
        const qint64 elapsed = timer.nsecsElapsed();
        state.SetIterationTime(double(elapsed) / 1e9);
        milliseconds.push_back(double(elapsed) / 1e6);

        const bool found = query->mustFind == tw::core::InvalidId || model.rowOf(query->mustFind) >= 0;
        if (!shown || model.shownText() != query->text.trimmed() || !found) {
            fail(state,
                 u"the model showed %1 rows for \"%2\" (answering \"%3\"), without the expected guest %4"_s
                     .arg(model.rowCount())
                     .arg(query->text, model.shownText())
                     .arg(query->mustFind));
            return;
        }
        rows += model.rowCount();
        // The next keystroke comes once the handles and stays are filled in;
        // how long that takes is reported beside the first rows.
        while (model.isLoading())
            loop.exec();
        completeMilliseconds += double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double share) {
        return milliseconds[std::min(milliseconds.size() - 1,
                                     std::size_t(std::ceil(share * double(milliseconds.size())) - 1))];
    };
    if (!milliseconds.empty()) {
        state.counters["p95_ms"] = at(0.95);
        state.counters["max_ms"] = milliseconds.back();
        state.counters["complete_ms"] = completeMilliseconds / double(milliseconds.size());
    }
    state.counters["rows"] = benchmark::Counter(double(rows), benchmark::Counter::kAvgIterations);
}

// Typing the first letters of a surname: every answer is a full first page.
void modelFirstRowsForNamePrefix(benchmark::State &state)
{
    static const auto queries = makeQueries(11, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const tw::core::Guest g = randomGuest(hotels, random);
        return std::optional(SearchQuery{g.lastName.left(3 + int(random.below(3)))});
    });
    runModelFirstRows(state, queries);
}

// Whatever the desk has in hand: a name, an e-mail, a phone or loyalty number,
// a handle or a room, in turn.
void modelFirstRowsForAnyField(benchmark::State &state)
{
    static const auto queries = makeQueries(12, [](const SyntheticHotels &hotels, SyntheticHotels::Random &random) {
        const qint64 index = random.below(hotels.guestCount());
        const tw::core::Guest g = hotels.guest(index);
        switch (random.below(6)) {
        case 0: // many people share a name: any answer will do
            return std::optional(SearchQuery{g.firstName + u' ' + g.lastName});
        case 1:
            return g.email.isEmpty() ? std::nullopt : std::optional(SearchQuery{g.email, g.id});
        case 2:
            return g.phone.isEmpty() ? std::nullopt : std::optional(SearchQuery{g.phone, g.id});
        case 3:
            return g.loyaltyNumber.isEmpty() ? std::nullopt : std::optional(SearchQuery{g.loyaltyNumber, g.id});
        case 4: {
            const QList<tw::core::SocialAccount> accounts = hotels.accounts(index);
            if (accounts.isEmpty())
                return std::optional<SearchQuery>();
            const tw::core::SocialAccount &a = accounts.at(random.below(accounts.size()));
            return std::optional(SearchQuery{tw::core::HandleNormalizer::display(a.network, a.handle), a.guestId});
        }
        default:
            return std::optional(SearchQuery{hotels.stay(random.below(hotels.stayCount())).room});
        }
    });
    runModelFirstRows(state, queries);
}

qint64 guestCountFromEnvironment()
{
    const QString text = qEnvironmentVariable("TW_BENCH_GUESTS");
    if (text.isEmpty())
        return kDefaultGuests;
    bool ok = false;
    const qint64 count = text.toLongLong(&ok);
    if (!ok || count < 100) {
        std::fprintf(stderr, "TW_BENCH_GUESTS=%s is not a number of at least 100; using %lld\n", qUtf8Printable(text),
                     static_cast<long long>(kDefaultGuests));
        return kDefaultGuests;
    }
    return count;
}

QString dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("TW_BENCH_DATA_DIR");
    return fromEnvironment.isEmpty() ? QString::fromUtf8(TW_BENCH_DEFAULT_DATA_DIR) : fromEnvironment;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    QCoreApplication app(argc, argv); // the SQL driver plugins need an application object

    const qint64 guests = guestCountFromEnvironment();
    QElapsedTimer timer;
    timer.start();
    auto dataSet = BenchmarkDataSet::open(guests, dataDirectory());
    if (!dataSet) {
        std::fprintf(stderr, "Cannot prepare the benchmark data: %s\n", qUtf8Printable(dataSet.error()));
        return 1;
    }
    s_dataSet = std::move(dataSet).value();
    std::fprintf(stderr, "Data set: %lld guests, %lld stays in %s (%s in %.1f s)\n", static_cast<long long>(guests),
                 static_cast<long long>(s_dataSet->hotels().stayCount()), qUtf8Printable(s_dataSet->filePath()),
                 s_dataSet->wasBuilt() ? "built" : "reused", double(timer.elapsed()) / 1000.0);

    const auto add = [](const char *name, void (*function)(benchmark::State &)) {
        benchmark::RegisterBenchmark(name, function)->Unit(benchmark::kMicrosecond);
    };
    add("GuestSearch/LastNamePrefix", searchByLastNamePrefix);
    add("GuestSearch/FullName", searchByFullName);
    add("GuestSearch/Email", searchByEmail);
    add("GuestSearch/Phone", searchByPhone);
    add("GuestSearch/Handle", searchByHandle);
    add("GuestSearch/Room", searchByRoom);
    add("GuestSearch/LoyaltyNumber", searchByLoyaltyNumber);
    add("InHouse/ForHandle", inHouseForHandle);
    add("InHouse/PropertyList", inHouseListForProperty);
    // Timed from the keystroke to the first rows on screen, not by CPU time:
    // the work happens in the model's worker thread.
    benchmark::RegisterBenchmark("GuestSearchModel/KeystrokeToFirstRows/NamePrefix", modelFirstRowsForNamePrefix)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime();
    benchmark::RegisterBenchmark("GuestSearchModel/KeystrokeToFirstRows/AnyField", modelFirstRowsForAnyField)
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime();

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    s_dataSet.reset();
    return s_failed ? 1 : 0;
}
