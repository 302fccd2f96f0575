// Ingest of one week of per-minute steps and heart rate for one device (20,160 rows) through
// SampleStore::ingest, which also keeps the daily rollups current, against raw SQLite C API
// prepared-statement inserts of the same rows into the same schema in one transaction, with the
// same WAL / synchronous=NORMAL / foreign_keys settings. Real files in a temporary folder.
//
// Run: IngestBench            (prints "ratio storage/raw = X.XX (goal <= 1.5)" at the end)

#include "Database.h"
#include "DeviceStore.h"
#include "SampleStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include "MedianReporter.h"
#include <sqlite3.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace wristdoc;

namespace {

constexpr int kMinutesPerWeek = 7 * 24 * 60;

QTemporaryDir *g_dir = nullptr;
int g_fileCounter = 0;

// Deterministic invented data: quiet nights, walking by day, heart rate 52..140.
MinuteSamples makeWeek() {
    MinuteSamples samples;
    samples.reserve(kMinutesPerWeek);
    const qint64 start = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() -
                         9 * 3600; // midnight in Seoul
    quint32 state = 12345;
    for (int i = 0; i < kMinutesPerWeek; ++i) {
        state = state * 1664525u + 1013904223u;
        const int hour = (i / 60) % 24;
        const bool awake = hour >= 7 && hour < 22;
        MinuteSample sample;
        sample.minuteUtc = start + qint64(i) * 60;
        sample.steps = awake ? int(state >> 25) : 0; // 0..127
        sample.heartRate = (awake ? 70 : 52) + int((state >> 8) % 70);
        samples.append(sample);
    }
    return samples;
}

const MinuteSamples &week() {
    static const MinuteSamples samples = makeWeek();
    return samples;
}

QString freshPath() {
    const QString path = g_dir->filePath(QStringLiteral("ingest-%1.db").arg(++g_fileCounter));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    return path;
}

void removeFiles(const QString &path) {
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A fresh database with the current schema and one device, made by the storage layer.
std::unique_ptr<Database> freshDatabase(const QString &path, qint64 *deviceId) {
    Database::Options options;
    options.path = path;
    StorageError error;
    auto db = Database::open(options, &error);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.detail));
        std::exit(1);
    }
    Device device;
    device.address = QStringLiteral("bench-watch");
    *deviceId = DeviceStore(*db).ensureDevice(device, &error);
    return db;
}

void BM_StorageIngest(benchmark::State &state) {
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = freshPath();
        qint64 deviceId = 0;
        auto db = freshDatabase(path, &deviceId);
        SampleStore store(*db);
        state.ResumeTiming();

        const StorageError error = store.ingest(deviceId, week());

        state.PauseTiming();
        if (error)
            state.SkipWithError(qPrintable(error.detail));
        db.reset();
        removeFiles(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kMinutesPerWeek * 2);
}

void exec(sqlite3 *db, const char *sql) {
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
        std::exit(1);
    }
}

void BM_RawSqliteInsert(benchmark::State &state) {
    for (auto _ : state) {
        state.PauseTiming();
        // The same schema, made the same way; then the raw connection with the same settings.
        const QString path = freshPath();
        qint64 deviceId = 0;
        freshDatabase(path, &deviceId).reset();
        sqlite3 *db = nullptr;
        sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        exec(db, "PRAGMA journal_mode = WAL");
        exec(db, "PRAGMA synchronous = NORMAL");
        exec(db, "PRAGMA foreign_keys = ON");
        state.ResumeTiming();

        exec(db, "BEGIN IMMEDIATE");
        sqlite3_stmt *steps = nullptr;
        sqlite3_stmt *heartRate = nullptr;
        sqlite3_prepare_v3(
            db, "INSERT INTO step_samples (device_id, minute_utc, steps) VALUES (?, ?, ?)", -1,
            SQLITE_PREPARE_PERSISTENT, &steps, nullptr);
        sqlite3_prepare_v3(
            db, "INSERT INTO heart_rate_samples (device_id, minute_utc, bpm) VALUES (?, ?, ?)", -1,
            SQLITE_PREPARE_PERSISTENT, &heartRate, nullptr);
        sqlite3_bind_int64(steps, 1, deviceId);
        sqlite3_bind_int64(heartRate, 1, deviceId);
        bool ok = true;
        for (const MinuteSample &sample : week()) {
            sqlite3_bind_int64(steps, 2, sample.minuteUtc);
            sqlite3_bind_int(steps, 3, sample.steps);
            ok = ok && sqlite3_step(steps) == SQLITE_DONE;
            sqlite3_reset(steps);
            sqlite3_bind_int64(heartRate, 2, sample.minuteUtc);
            sqlite3_bind_int(heartRate, 3, sample.heartRate);
            ok = ok && sqlite3_step(heartRate) == SQLITE_DONE;
            sqlite3_reset(heartRate);
        }
        sqlite3_finalize(steps);
        sqlite3_finalize(heartRate);
        exec(db, "COMMIT");

        state.PauseTiming();
        if (!ok)
            state.SkipWithError("raw insert failed");
        sqlite3_close(db);
        removeFiles(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * kMinutesPerWeek * 2);
}

constexpr int kRepetitions = 9;
BENCHMARK(BM_StorageIngest)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions);
BENCHMARK(BM_RawSqliteInsert)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(kRepetitions);

using RatioReporter = wristdoc::bench::MedianReporter;

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    g_dir = &dir;
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

    const auto storage = reporter.medians.find("BM_StorageIngest");
    const auto raw = reporter.medians.find("BM_RawSqliteInsert");
    if (storage == reporter.medians.end() || raw == reporter.medians.end() || raw->second <= 0)
        return 0; // filtered run: nothing to compare
    const double ratio = storage->second / raw->second;
    const double cpuStorage = reporter.cpuMedians["BM_StorageIngest"];
    const double cpuRaw = reporter.cpuMedians["BM_RawSqliteInsert"];
    std::printf("\ningest of %d rows, median of %d: storage %.2f ms, raw sqlite3 %.2f ms "
                "(cpu %.2f ms / %.2f ms, cpu ratio %.2f)\n",
                kMinutesPerWeek * 2, kRepetitions, storage->second, raw->second, cpuStorage, cpuRaw,
                cpuRaw > 0 ? cpuStorage / cpuRaw : 0.0);
    std::printf("ratio storage/raw = %.2f (goal <= 1.5): %s\n", ratio,
                ratio <= 1.5 ? "met" : "NOT met");
    return 0;
}
