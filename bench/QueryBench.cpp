// Dashboard queries on five years of per-minute steps and heart rate for one device
// (1,826 days x 1,440 minutes = 2,629,440 rows per series), each against a naive GROUP BY over
// the raw samples of the same range:
//   today, week, 30 days, one year  -> SampleStore::rollups
//   snapshot                        -> DashboardRepository::snapshot (naive: the half-year it
//                                      reads, plus today's heart-rate minutes)
// The database comes from FiveYearDatabase (generated once through SampleStore::ingest, so its
// rollups are the real ones, and shared with the start-up benchmark).
//
// Run: QueryBench            (prints a table with each time, the ratio and "<= 5 ms")

#include "DashboardRepository.h"
#include "Database.h"
#include "DeviceStore.h"
#include "FiveYearDatabase.h"
#include "LedgerStore.h"
#include "PointsPolicy.h"
#include "SampleStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace wristdoc;

namespace {

class FixedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return bench::fiveYearNowUtc(); }
};

const QDate kToday = bench::fiveYearToday();
using bench::seoulMidnight;
Database *g_db = nullptr;
const FixedClock g_clock;

void consume(QSqlQuery &query) {
    qint64 sum = 0;
    while (query.next())
        sum += query.value(1).toLongLong();
    benchmark::DoNotOptimize(sum);
}

// What a dashboard without rollups would run: both series grouped by local day.
void naiveGroupBy(const QDate &from, const QDate &to, bool todaysHeartRate = false) {
    const qint64 start = seoulMidnight(from);
    const qint64 end = seoulMidnight(to.addDays(1));
    QSqlQuery steps(g_db->connection());
    steps.setForwardOnly(true);
    steps.prepare(QStringLiteral(
        "SELECT date(minute_utc, 'unixepoch', '+9 hours') AS day, sum(steps), count(*)"
        " FROM step_samples WHERE device_id IN (SELECT id FROM devices)"
        " AND minute_utc >= ? AND minute_utc < ? GROUP BY day ORDER BY day"));
    steps.addBindValue(start);
    steps.addBindValue(end);
    steps.exec();
    consume(steps);
    QSqlQuery heartRate(g_db->connection());
    heartRate.setForwardOnly(true);
    heartRate.prepare(QStringLiteral(
        "SELECT date(minute_utc, 'unixepoch', '+9 hours') AS day, min(bpm), max(bpm), avg(bpm),"
        " count(*) FROM heart_rate_samples WHERE device_id IN (SELECT id FROM devices)"
        " AND minute_utc >= ? AND minute_utc < ? GROUP BY day ORDER BY day"));
    heartRate.addBindValue(start);
    heartRate.addBindValue(end);
    heartRate.exec();
    consume(heartRate);
    if (todaysHeartRate) {
        QSqlQuery minutes(g_db->connection());
        minutes.setForwardOnly(true);
        minutes.prepare(QStringLiteral("SELECT minute_utc, bpm FROM heart_rate_samples"
                                       " WHERE device_id IN (SELECT id FROM devices)"
                                       " AND minute_utc >= ? AND minute_utc < ?"));
        minutes.addBindValue(seoulMidnight(to));
        minutes.addBindValue(end);
        minutes.exec();
        consume(minutes);
    }
}

void BM_Rollups(benchmark::State &state) {
    const QDate from = kToday.addDays(-(state.range(0) - 1));
    SampleStore store(*g_db);
    for (auto _ : state) {
        const QVector<DailyRollup> rollups = store.rollups(from, kToday);
        if (rollups.size() != state.range(0))
            state.SkipWithError("unexpected number of days");
        benchmark::DoNotOptimize(rollups.constData());
    }
}

void BM_NaiveGroupBy(benchmark::State &state) {
    const QDate from = kToday.addDays(-(state.range(0) - 1));
    for (auto _ : state)
        naiveGroupBy(from, kToday);
}

void BM_Snapshot(benchmark::State &state) {
    const DashboardRepository repository(*g_db, g_clock, PointsPolicy::builtInDefault());
    for (auto _ : state) {
        StorageError error;
        const DashboardSnapshot snapshot = repository.snapshot(&error);
        if (error || snapshot.week.size() != 7 || snapshot.heartRateToday.isEmpty())
            state.SkipWithError("incomplete snapshot");
        benchmark::DoNotOptimize(snapshot.todaySteps);
    }
}

void BM_NaiveSnapshot(benchmark::State &state) {
    const QDate halfYearStart(kToday.year(), kToday.month() <= 6 ? 1 : 7, 1);
    for (auto _ : state)
        naiveGroupBy(halfYearStart, kToday, true);
}

BENCHMARK(BM_Rollups)
    ->Arg(1)
    ->Arg(7)
    ->Arg(30)
    ->Arg(365)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_NaiveGroupBy)
    ->Arg(1)
    ->Arg(7)
    ->Arg(30)
    ->Arg(365)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_Snapshot)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_NaiveSnapshot)->Unit(benchmark::kMillisecond)->UseRealTime();

class TableReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run> &runs) override {
        for (const Run &run : runs) {
            if (run.run_type == Run::RT_Iteration && !run.error_occurred)
                milliseconds[run.benchmark_name()] = run.GetAdjustedRealTime();
        }
        ConsoleReporter::ReportRuns(runs);
    }
    std::map<std::string, double> milliseconds;
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    const QString path = bench::fiveYearDatabase();
    if (path.isEmpty())
        return 1;
    Database::Options options;
    options.path = path;
    StorageError error;
    const auto db = Database::open(options, &error);
    if (!db) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.detail));
        return 1;
    }
    g_db = db.get();
    QSqlQuery count(db->connection());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM step_samples),"
                              " (SELECT count(*) FROM heart_rate_samples),"
                              " (SELECT count(*) FROM daily_rollup)"));
    if (count.next())
        std::printf("rows: %lld step samples, %lld heart-rate samples, %lld daily rollups\n",
                    count.value(0).toLongLong(), count.value(1).toLongLong(),
                    count.value(2).toLongLong());
    count.finish();
    TableReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    struct Row {
        const char *label;
        std::string storage;
        std::string naive;
    };
    const std::vector<Row> rows = {
        {"today", "BM_Rollups/1/real_time", "BM_NaiveGroupBy/1/real_time"},
        {"week", "BM_Rollups/7/real_time", "BM_NaiveGroupBy/7/real_time"},
        {"30 days", "BM_Rollups/30/real_time", "BM_NaiveGroupBy/30/real_time"},
        {"one year", "BM_Rollups/365/real_time", "BM_NaiveGroupBy/365/real_time"},
        {"snapshot", "BM_Snapshot/real_time", "BM_NaiveSnapshot/real_time"},
    };
    std::printf("\n%-10s %12s %12s %16s  %s\n", "query", "storage ms", "naive ms", "storage/naive",
                "<= 5 ms");
    for (const Row &row : rows) {
        const auto storage = reporter.milliseconds.find(row.storage);
        const auto naive = reporter.milliseconds.find(row.naive);
        if (storage == reporter.milliseconds.end() || naive == reporter.milliseconds.end())
            continue;
        std::printf("%-10s %12.3f %12.3f %16.4f  %s\n", row.label, storage->second, naive->second,
                    naive->second > 0 ? storage->second / naive->second : 0.0,
                    storage->second <= 5.0 ? "yes" : "NO");
    }
    return 0;
}
