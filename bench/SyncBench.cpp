// A seven-day history sync (10,080 per-minute records) from the simulated watch into the cache,
// through the real watch session (connect, Device Information, battery, time, subscriptions,
// status, download at ATT MTU 247, per-batch transactions with the sync position, acknowledgements)
// and WatchHistoryStore, against the storage layer's own SampleStore::ingest of the same rows in
// one call. Both write to fresh files of the current schema; the sync runs on the Qt event loop
// with EventLoopScheduler, whose zero-delay tasks are posted events, not timers.
//
// Run: SyncBench            (prints "ratio sync/ingest = X.XX (goal <= 1.2)" at the end)

#include "Database.h"
#include "DeviceStore.h"
#include "EventLoopScheduler.h"
#include "ManualClock.h"
#include "SampleStore.h"
#include "SeededRandomSource.h"
#include "SimulatedWatchTransport.h"
#include "WatchHistoryStore.h"
#include "WatchSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include "MedianReporter.h"

#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace wristdoc;

namespace {

constexpr int kRecords = 7 * 24 * 60;

QTemporaryDir *g_dir = nullptr;
int g_fileCounter = 0;

// The moment the week of history ends: the clock the session judges "the future" by.
QDateTime syncTime() {
    return QDateTime(QDate(2026, 3, 8), QTime(15, 0), QTimeZone::utc());
}

const SimulatedWatch &weekWatch() {
    static const SimulatedWatch watch = SimulatedWatch::generate(9988, kRecords, syncTime());
    return watch;
}

// The rows the sync stores: one sample per record that has steps or heart rate.
const MinuteSamples &weekSamples() {
    static const MinuteSamples samples = [] {
        MinuteSamples result;
        for (const ActivityRecord &record : weekWatch().records) {
            const MinuteSample sample = record.toMinuteSample();
            if (sample.hasSteps() || sample.hasHeartRate())
                result.append(sample);
        }
        return result;
    }();
    return samples;
}

QString freshPath() {
    const QString path = g_dir->filePath(QStringLiteral("sync-%1.db").arg(++g_fileCounter));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

void removeFiles(const QString &path) {
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

std::unique_ptr<Database> openFresh(const QString &path) {
    Database::Options options;
    options.path = path;
    StorageError error;
    auto db = Database::open(options, &error);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.detail));
        std::exit(1);
    }
    return db;
}

void BM_WatchSync(benchmark::State &state) {
    int stored = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshPath();
        auto db = openFresh(path);
        ManualClock clock(syncTime());
        WatchHistoryStore store(*db, clock);
        EventLoopScheduler scheduler;
        SeededRandomSource random(1);
        auto transport = std::make_unique<SimulatedWatchTransport>(clock, scheduler);
        const QString address = transport->addWatch(weekWatch()).address;
        WatchSession::Options options;
        if (state.range(0) > 0)
            options.maxRecordsPerCommit = int(state.range(0));
        auto session =
            std::make_unique<WatchSession>(*transport, store, clock, scheduler, random, options);
        QEventLoop loop;
        WatchSyncSummary summary;
        QObject::connect(session.get(), &WatchSession::syncFinished,
                         [&](const WatchSyncSummary &result) {
                             summary = result;
                             loop.quit();
                         });
        QTimer::singleShot(60 * 1000, &loop, &QEventLoop::quit); // a hung sync fails the run
        state.ResumeTiming();

        session->connectToWatch(address);
        loop.exec();

        state.PauseTiming();
        if (!summary.complete || summary.lastSequence != quint32(kRecords))
            state.SkipWithError("the sync did not complete");
        stored = summary.recordsStored;
        session.reset();
        transport.reset();
        db.reset();
        removeFiles(path);
        state.ResumeTiming();
    }
    state.counters["records"] = kRecords;
    state.counters["stored"] = stored;
}

// Keeps nothing: what the simulated link and the session cost without the cache, to show that
// the simulator is not what the sync's time is spent on.
class DiscardingSink final : public WatchHistorySink {
public:
    WatchSyncPosition lastStored(const WatchIdentity &, WatchSinkResult *result) override {
        if (result)
            *result = {};
        return {};
    }
    WatchSinkResult storeBatch(const WatchIdentity &, quint32, quint32,
                               const MinuteSamples &samples) override {
        stored += int(samples.size());
        return {};
    }
    int stored = 0;
};

void BM_SimulatedLinkOnly(benchmark::State &state) {
    for (auto _ : state) {
        state.PauseTiming();
        ManualClock clock(syncTime());
        DiscardingSink sink;
        EventLoopScheduler scheduler;
        SeededRandomSource random(1);
        auto transport = std::make_unique<SimulatedWatchTransport>(clock, scheduler);
        const QString address = transport->addWatch(weekWatch()).address;
        auto session = std::make_unique<WatchSession>(*transport, sink, clock, scheduler, random);
        QEventLoop loop;
        QObject::connect(session.get(), &WatchSession::syncFinished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60 * 1000, &loop, &QEventLoop::quit);
        state.ResumeTiming();

        session->connectToWatch(address);
        loop.exec();

        state.PauseTiming();
        if (sink.stored != int(weekSamples().size()))
            state.SkipWithError("the sync did not deliver every record");
        session.reset();
        transport.reset();
        state.ResumeTiming();
    }
}

void BM_StorageIngest(benchmark::State &state) {
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshPath();
        auto db = openFresh(path);
        Device device;
        device.address = QStringLiteral("bench-watch");
        StorageError error;
        const qint64 deviceId = DeviceStore(*db).ensureDevice(device, &error);
        SampleStore samples(*db);
        state.ResumeTiming();

        error = samples.ingest(deviceId, weekSamples());

        state.PauseTiming();
        if (error)
            state.SkipWithError(qPrintable(error.detail));
        db.reset();
        removeFiles(path);
        state.ResumeTiming();
    }
    state.counters["stored"] = double(weekSamples().size());
}

constexpr int kRepetitions = 9;
// Argument: records per cache transaction (0: the session's default); for example
// SyncBench --benchmark_filter=WatchSync with ->Arg(256)->Arg(1024) added shows the trade-off.
BENCHMARK(BM_WatchSync)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions);
BENCHMARK(BM_StorageIngest)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions);
BENCHMARK(BM_SimulatedLinkOnly)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions);

using RatioReporter = wristdoc::bench::MedianReporter;

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("wristdoc.*.debug=false\nwristdoc.*.info=false"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    g_dir = &dir;
    weekSamples(); // generated once, outside every measurement
    // Alternate the repetitions of both programs, so a busy moment of the machine does not
    // land on one side only.
    std::vector<char *> args(argv, argv + argc);
    char interleave[] = "--benchmark_enable_random_interleaving=true";
    args.insert(args.begin() + 1, interleave);
    int count = int(args.size());
    benchmark::Initialize(&count, args.data());
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    const auto sync = reporter.medians.find("BM_WatchSync");
    const auto ingest = reporter.medians.find("BM_StorageIngest");
    if (sync == reporter.medians.end() || ingest == reporter.medians.end() || ingest->second <= 0)
        return 0; // filtered run: nothing to compare
    const double ratio = sync->second / ingest->second;
    const double cpuSync = reporter.cpuMedians["BM_WatchSync"];
    const double cpuIngest = reporter.cpuMedians["BM_StorageIngest"];
    std::printf("\nseven-day sync of %d records (%lld rows per series at most), median of %d: "
                "sync %.2f ms, SampleStore::ingest %.2f ms (cpu %.2f ms / %.2f ms, cpu ratio "
                "%.2f)\n",
                kRecords, static_cast<long long>(weekSamples().size()), kRepetitions, sync->second,
                ingest->second, cpuSync, cpuIngest, cpuIngest > 0 ? cpuSync / cpuIngest : 0.0);
    const auto link = reporter.medians.find("BM_SimulatedLinkOnly");
    if (link != reporter.medians.end())
        std::printf("simulated link and session alone: %.2f ms (%.0f %% of the sync)\n",
                    link->second, 100.0 * link->second / sync->second);
    std::printf("ratio sync/ingest = %.2f (goal <= 1.2): %s\n", ratio,
                ratio <= 1.2 ? "met" : "NOT met");
    return 0;
}
