#pragma once

#include "LocalDays.h"
#include "SqliteStatement.h"

#include <QString>

struct sqlite3;

namespace wristdoc {

// Recomputes daily_rollup rows from the samples of one (device, local day), by a range scan of
// the (device_id, minute_utc) keys. Recomputing instead of adding deltas keeps rollups right when
// a repeated sync replaces samples. Used by ingest and by the v2 migration's backfill.
class DailyRollupBuilder {
public:
    DailyRollupBuilder(sqlite3 *db, QTimeZone zone);

    int prepare(); // SQLite result code
    int recompute(qint64 deviceId, const QDate &day);
    // Rollups for every day of every device that has samples (schema v2 backfill).
    int backfillAll();

    LocalDays &days() { return m_days; }

private:
    sqlite3 *m_db;
    LocalDays m_days;
    SqliteStatement m_steps;
    SqliteStatement m_heartRate;
    SqliteStatement m_upsert;
    SqliteStatement m_delete;
};

} // namespace wristdoc
