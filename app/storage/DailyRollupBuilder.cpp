#include "DailyRollupBuilder.h"

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace wristdoc {

DailyRollupBuilder::DailyRollupBuilder(sqlite3 *db, QTimeZone zone)
    : m_db(db)
    , m_days(std::move(zone)) {}

int DailyRollupBuilder::prepare() {
    int rc = m_steps.prepare(m_db, "SELECT count(*), coalesce(sum(steps), 0) FROM step_samples "
                                   "WHERE device_id = ?1 AND minute_utc >= ?2 AND minute_utc < ?3");
    if (rc == SQLITE_OK)
        rc = m_heartRate.prepare(m_db,
                                 "SELECT count(*), coalesce(min(bpm), 0), coalesce(max(bpm), 0), "
                                 "coalesce(sum(bpm), 0) FROM heart_rate_samples "
                                 "WHERE device_id = ?1 AND minute_utc >= ?2 AND minute_utc < ?3");
    if (rc == SQLITE_OK)
        rc = m_upsert.prepare(m_db,
                              "INSERT OR REPLACE INTO daily_rollup (device_id, local_date, steps, "
                              "step_minutes, hr_min, hr_max, hr_sum, hr_minutes) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (rc == SQLITE_OK)
        rc = m_delete.prepare(m_db,
                              "DELETE FROM daily_rollup WHERE device_id = ?1 AND local_date = ?2");
    return rc;
}

int DailyRollupBuilder::recompute(qint64 deviceId, const QDate &day) {
    const qint64 start = m_days.startOf(day);
    const qint64 end = m_days.startOf(day.addDays(1));

    m_steps.bind(1, deviceId);
    m_steps.bind(2, start);
    m_steps.bind(3, end);
    int rc = m_steps.step();
    if (rc != SQLITE_ROW) {
        m_steps.reset();
        return rc;
    }
    const qint64 stepMinutes = m_steps.columnInt64(0);
    const qint64 steps = m_steps.columnInt64(1);
    m_steps.reset();

    m_heartRate.bind(1, deviceId);
    m_heartRate.bind(2, start);
    m_heartRate.bind(3, end);
    rc = m_heartRate.step();
    if (rc != SQLITE_ROW) {
        m_heartRate.reset();
        return rc;
    }
    const qint64 hrMinutes = m_heartRate.columnInt64(0);
    const qint64 hrMin = m_heartRate.columnInt64(1);
    const qint64 hrMax = m_heartRate.columnInt64(2);
    const qint64 hrSum = m_heartRate.columnInt64(3);
    m_heartRate.reset();

    const QByteArray date = day.toString(Qt::ISODate).toLatin1();
    if (stepMinutes == 0 && hrMinutes == 0) {
        m_delete.bind(1, deviceId);
        m_delete.bind(2, date);
        return m_delete.run();
    }
    m_upsert.bind(1, deviceId);
    m_upsert.bind(2, date);
    m_upsert.bind(3, steps);
    m_upsert.bind(4, stepMinutes);
    m_upsert.bind(5, hrMin);
    m_upsert.bind(6, hrMax);
    m_upsert.bind(7, hrSum);
    m_upsert.bind(8, hrMinutes);
    return m_upsert.run();
}

int DailyRollupBuilder::backfillAll() {
    SqliteStatement devices;
    int rc = devices.prepare(m_db, "SELECT id FROM devices ORDER BY id");
    if (rc != SQLITE_OK)
        return rc;
    std::vector<qint64> ids;
    while ((rc = devices.step()) == SQLITE_ROW)
        ids.push_back(devices.columnInt64(0));
    if (rc != SQLITE_DONE)
        return rc;

    // Walk each device's samples once, in key order, collecting the local days that have data;
    // the per-day recompute is then the same code path as ingest.
    SqliteStatement stepMinutes;
    SqliteStatement heartRateMinutes;
    rc = stepMinutes.prepare(m_db, "SELECT minute_utc FROM step_samples WHERE device_id = ?1");
    if (rc == SQLITE_OK)
        rc = heartRateMinutes.prepare(
            m_db, "SELECT minute_utc FROM heart_rate_samples WHERE device_id = ?1");
    if (rc != SQLITE_OK)
        return rc;
    for (const qint64 id : ids) {
        std::vector<QDate> dates;
        for (SqliteStatement *minutes : {&stepMinutes, &heartRateMinutes}) {
            minutes->bind(1, id);
            while ((rc = minutes->step()) == SQLITE_ROW) {
                const QDate date = m_days.dateOf(minutes->columnInt64(0));
                if (dates.empty() || dates.back() != date)
                    dates.push_back(date);
            }
            minutes->reset();
            if (rc != SQLITE_DONE)
                return rc;
        }
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        for (const QDate &date : dates) {
            rc = recompute(id, date);
            if (rc != SQLITE_OK)
                return rc;
        }
    }
    return SQLITE_OK;
}

} // namespace wristdoc
