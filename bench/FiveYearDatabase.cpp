#include "FiveYearDatabase.h"

#include "AppStateStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "LedgerStore.h"
#include "Migration.h"
#include "PointsPolicy.h"
#include "SampleStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace wristdoc::bench {

namespace {

constexpr int kGeneratorVersion = 2;
constexpr qint64 kSeoulOffset = 9 * 3600;
const char *const kCompleteKey = "bench.complete";

QString cachePath() {
    return QDir::tempPath() + QStringLiteral("/wristdoc-bench/five-years-schema%1-gen%2.db")
                                  .arg(Migration::latestBuiltInVersion())
                                  .arg(kGeneratorVersion);
}

std::unique_ptr<Database> openAt(const QString &path) {
    Database::Options options;
    options.path = path;
    StorageError error;
    auto db = Database::open(options, &error);
    if (!db)
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error.detail));
    return db;
}

// Invented but plausible: a day's activity level, walking bursts by day, every minute a row.
MinuteSamples daysOfData(const QDate &from, int days, quint32 *state) {
    MinuteSamples samples;
    samples.reserve(days * 1440);
    for (int d = 0; d < days; ++d) {
        const qint64 start = seoulMidnight(from.addDays(d));
        *state = *state * 1664525u + 1013904223u;
        const int level = 5 + int((*state >> 24) % 12); // walking minutes per 100 awake minutes
        for (int minute = 0; minute < 1440; ++minute) {
            *state = *state * 1664525u + 1013904223u;
            const quint32 r = *state >> 8;
            const bool awake = minute >= 7 * 60 && minute < 22 * 60;
            const bool walking = awake && int(r % 100) < level;
            MinuteSample sample;
            sample.minuteUtc = start + minute * 60;
            sample.steps = walking ? 60 + int((r >> 8) % 60) : (awake ? int((r >> 8) % 4) : 0);
            sample.heartRate = walking
                                   ? 95 + int((r >> 12) % 40)
                                   : (awake ? 68 + int((r >> 12) % 15) : 50 + int((r >> 12) % 10));
            samples.append(sample);
        }
    }
    return samples;
}

bool generate(const QString &path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString partial = path + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    QElapsedTimer timer;
    timer.start();
    {
        auto db = openAt(partial);
        if (!db)
            return false;
        Device device;
        device.address = QStringLiteral("bench-watch");
        device.name = QStringLiteral("Bench watch");
        StorageError error;
        const qint64 deviceId = DeviceStore(*db).ensureDevice(device, &error);
        SampleStore samples(*db);
        quint32 state = 20260304;
        for (QDate day = fiveYearToday().addYears(-5).addDays(1); day <= fiveYearToday();
             day = day.addDays(31)) {
            const int days = int(std::min<qint64>(31, day.daysTo(fiveYearToday()) + 1));
            error = samples.ingest(deviceId, daysOfData(day, days, &state));
            if (error) {
                std::fprintf(stderr, "ingest failed: %s\n", qPrintable(error.detail));
                return false;
            }
        }
        // The server confirmed every goal day up to three days ago; some points were converted.
        LedgerStore ledger(*db);
        const PointsPolicy policy = PointsPolicy::builtInDefault();
        for (const DailyRollup &rollup : samples.rollups(fiveYearToday().addYears(-5).addDays(1),
                                                         fiveYearToday().addDays(-3))) {
            LedgerEntry entry;
            entry.date = rollup.date;
            entry.kind = LedgerKind::Confirmed;
            entry.points = rollup.steps >= 8000 ? 200 : 0;
            entry.policyVersion = policy.version();
            entry.reference = QStringLiteral("credit-") + rollup.date.toString(Qt::ISODate);
            entry.recordedUtc = QDateTime::fromSecsSinceEpoch(
                seoulMidnight(rollup.date.addDays(1)) + 3600, Qt::UTC);
            if (entry.points > 0 && ledger.record(entry))
                return false;
            if (rollup.date.day() == 1 && rollup.date.month() % 3 == 0) {
                entry.kind = LedgerKind::Converted;
                entry.points = 5000;
                entry.reference = QStringLiteral("receipt-") + rollup.date.toString(Qt::ISODate);
                if (ledger.record(entry))
                    return false;
            }
        }
        DeviceStore(*db).markSynced(deviceId, fiveYearNowUtc().addSecs(-600));
        AppStateStore(*db).setValue(QString::fromLatin1(kCompleteKey), QStringLiteral("1"));
    }
    // Closed: the WAL is checkpointed and removed, the single file can move into place.
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        return false;
    std::printf("generated %s in %.1f s\n", qPrintable(path), timer.elapsed() / 1000.0);
    return true;
}

} // namespace

QDate fiveYearToday() {
    return QDate(2026, 3, 4);
}

qint64 seoulMidnight(const QDate &day) {
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - kSeoulOffset;
}

QDateTime fiveYearNowUtc() {
    return QDateTime(fiveYearToday(), QTime(12, 0), Qt::UTC).addSecs(-kSeoulOffset);
}

QString fiveYearDatabase() {
    const QString path = cachePath();
    if (QFile::exists(path)) {
        const auto db = openAt(path);
        if (db && AppStateStore(*db).value(QString::fromLatin1(kCompleteKey)) == QLatin1String("1"))
            return path;
    }
    return generate(path) ? path : QString();
}

} // namespace wristdoc::bench
