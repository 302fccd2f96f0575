#pragma once

#include "MinuteSample.h"
#include "StorageError.h"

#include <QDate>
#include <QVector>

struct sqlite3;

namespace wristdoc {

class Database;

struct DailyRollup {
    QDate date;
    int steps = 0;
    int stepMinutes = 0; // minutes with a step value (worn time)
    int hrMin = 0;       // 0 when the day has no heart-rate minute
    int hrAvg = 0;
    int hrMax = 0;
    int hrMinutes = 0;
};

// Per-minute samples keyed by (device, minute): a repeated sync replaces, never duplicates.
// Daily rollups (local days of the database's rollup zone) are kept current in the same
// transaction as the samples, so readers never scan raw rows for a day total.
class SampleStore {
public:
    explicit SampleStore(Database &database);

    // All or nothing: on any error (disk full, read-only) nothing of the batch is stored.
    StorageError ingest(qint64 deviceId, const MinuteSamples &samples);
    // The same validation, writes and rollup updates inside a transaction the caller holds on
    // Database::handle(), so samples can be committed together with other rows (the watch sync
    // position). On an error the caller must roll back; nothing is committed here.
    StorageError ingestInTransaction(qint64 deviceId, const MinuteSamples &samples);

    // One entry per local date in [from, to] that has data, summed over devices, ascending.
    QVector<DailyRollup> rollups(const QDate &from, const QDate &to,
                                 StorageError *error = nullptr) const;
    // Heart-rate minutes of one local day, ascending (steps left at -1).
    MinuteSamples heartRateMinutes(const QDate &day, StorageError *error = nullptr) const;
    // Newest sample minute stored for a device (0 when none).
    qint64 latestMinute(qint64 deviceId) const;

private:
    StorageError write(sqlite3 *db, qint64 deviceId, const MinuteSamples &samples);
    static StorageError failed(sqlite3 *db, int rc, const char *what);

    Database &m_database;
};

} // namespace wristdoc
