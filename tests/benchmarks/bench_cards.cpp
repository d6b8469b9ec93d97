// Note cards: a batch of TW_BENCH_CARDS cards (500 by default) written to one
// PDF on one core (target: under 5 s), and what the card editor's preview
// does on every keystroke — merge the template, fit the text, paint the card
// into a screen-sized image (target: 50 ms).
#include <core/cardmerge.h>
#include <print/cardrenderer.h>

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_LINUX
#include <sched.h>
#endif

using namespace Qt::StringLiterals;
using namespace tw;

namespace {

int s_cards = 500;
bool s_failed = false;

const QStringList kTemplates{
    u"Dear {first_name},\nWelcome to {property}! We are delighted to have you with us in room {room} until "
    u"{departure}. If there is anything at all we can do to make your stay more comfortable, just let us know.\n\n"
    u"Warm regards,"_s,
    u"Dear {first_name},\nThank you for choosing {property} again. We have put a few of your favourite things in "
    u"room {room} and hope you enjoy every minute until {departure}.\n\nWith best wishes,"_s,
    u"Dear {first_name} {last_name},\nHappy anniversary! The whole team at {property} wishes you both a wonderful "
    u"celebration. Chef has prepared a little something for you.\n\nWith warm wishes,"_s,
};
const QStringList kFirstNames{u"Anna"_s, u"Oluwaseun"_s, u"Margarethe"_s, u"Li"_s,
                              u"José"_s, u"Siobhán"_s,   u"Maximilian"_s, u"Ava"_s};
const QStringList kLastNames{u"Schmidt"_s, u"Okonkwo"_s, u"Nakamura"_s, u"García"_s, u"O'Brien"_s, u"Lindqvist"_s};

core::CardMerge::Values valuesFor(int i)
{
    core::CardMerge::Values values;
    values.firstName = kFirstNames.at(i % kFirstNames.size());
    values.lastName = kLastNames.at(i % kLastNames.size());
    values.room = QString::number(100 + (i * 7) % 900);
    values.arrival = QDate(2026, 11, 25);
    values.departure = QDate(2026, 11, 25).addDays(1 + i % 6);
    values.property = u"Palace Hotel"_s;
    values.signature = u"Maria, Concierge"_s;
    return values;
}

void batchToPdf(benchmark::State &state)
{
    const core::CardMerge merge(QLocale(QLocale::English));
    QList<print::CardFace> faces;
    for (int i = 0; i < s_cards; ++i) {
        const auto values = valuesFor(i);
        const auto outcome = merge.merge(kTemplates.at(i % kTemplates.size()), values);
        faces.append(print::CardFace{core::Id(1000 + i), outcome.text, values.signature});
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"batch.pdf"_s);
    for (auto _ : state) {
        // A fresh renderer, as each batch job makes one.
        const print::CardRenderer renderer(print::CardFormat::A6);
        const core::Status status = renderer.exportPdf(path, faces);
        if (!status.ok()) {
            state.SkipWithError(qUtf8Printable(status.error()));
            s_failed = true;
            return;
        }
    }
    state.counters["cards"] = double(s_cards);
    state.counters["pdf_kib"] = double(QFileInfo(path).size()) / 1024.0;
    state.counters["cards_per_s"] = benchmark::Counter(double(s_cards), benchmark::Counter::kIsIterationInvariantRate);
}

void previewKeystroke(benchmark::State &state)
{
    // The editor's renderer lives as long as the dialog; the template grows by
    // one character per keystroke, so nothing is laid out from a cache.
    const print::CardRenderer renderer(print::CardFormat::A6);
    const core::CardMerge merge(QLocale(QLocale::English));
    const auto values = valuesFor(3);
    const QString typed = u" We have also arranged a late check-out for you on the last day, so there is no need to "
                          u"hurry."_s;
    QImage screen(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QSizeF card = renderer.spec().cardSize;
    const double scale = std::min(screen.width() / card.width(), screen.height() / card.height());
    QString body = kTemplates.at(0);
    qsizetype next = 0;
    double slowest = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        body.insert(body.indexOf(u"\n\n"_s), typed.at(next));
        next = (next + 1) % typed.size();
        const auto outcome = merge.merge(body, values);
        const print::CardFace face{core::Id(77), outcome.text, values.signature};
        const print::CardFit fit = renderer.fit(face);
        benchmark::DoNotOptimize(fit.lines);
        screen.fill(Qt::lightGray);
        QPainter painter(&screen);
        painter.scale(scale, scale);
        renderer.paintCard(painter, face);
        painter.end();
        slowest = std::max(slowest, double(timer.nsecsElapsed()) / 1e6);
    }
    state.counters["slowest_ms"] = slowest;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
#ifdef Q_OS_LINUX
    // One core, as the target says: the process stays on the CPU it started on.
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(std::max(0, sched_getcpu()), &one);
    if (sched_setaffinity(0, sizeof(one), &one) != 0)
        std::fprintf(stderr, "Could not keep the benchmark on one core; timings may use more\n");
#endif

    bool ok = false;
    const int cards = qEnvironmentVariableIntValue("TW_BENCH_CARDS", &ok);
    if (ok && cards > 0)
        s_cards = cards;
    if (!print::HandwritingFonts::ensureRegistered()) {
        std::fprintf(stderr, "The bundled handwriting fonts could not be loaded\n");
        return 1;
    }
    std::fprintf(stderr,
                 "%d cards in one PDF on one core (target: under 5 s for 500); "
                 "preview keystroke target: 50 ms\n",
                 s_cards);

    benchmark::RegisterBenchmark("Cards/BatchToPdf", batchToPdf)->Unit(benchmark::kMillisecond)->Iterations(1);
    benchmark::RegisterBenchmark("Cards/PreviewKeystroke", previewKeystroke)->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return s_failed ? 1 : 0;
}
