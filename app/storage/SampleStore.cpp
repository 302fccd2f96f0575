#include "SampleStore.h"

#include "DailyRollupBuilder.h"
#include "Database.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

namespace wristdoc {

namespace {

// The first implausible sample, so the whole batch can be refused before anything is written.
StorageError validate(const MinuteSamples &samples) {
    for (int i = 0; i < samples.size(); ++i) {
        const MinuteSample &sample = samples[i];
        QString problem;
        if (sample.minuteUtc % 60 != 0)
            problem = QStringLiteral("is not at the start of a minute");
        else if (sample.steps < -1 || sample.steps > kMaxStepsPerMinute)
            problem = QStringLiteral("has steps outside 0..%1").arg(kMaxStepsPerMinute);
        else if (sample.heartRate != 0 &&
                 (sample.heartRate < kMinHeartRate || sample.heartRate > kMaxHeartRate))
            problem = QStringLiteral("has a heart rate outside %1..%2")
                          .arg(kMinHeartRate)
                          .arg(kMaxHeartRate);
        if (!problem.isEmpty())
            return {StorageErrorCode::InvalidData,
                    QStringLiteral("sample %1 (minute %2) %3; nothing stored")
                        .arg(i)
                        .arg(sample.minuteUtc)
                        .arg(problem)};
    }
    return {};
}

// local_date is always written as YYYY-MM-DD; reading it by hand is much cheaper than
// QDate::fromString on the dashboard's path.
QDate parseDate(const SqliteStatement &statement, int column) {
    const QByteArray text = statement.columnRawText(column);
    if (text.size() != 10)
        return QDate();
    const auto number = [&text](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

} // namespace

SampleStore::SampleStore(Database &database)
    : m_database(database) {}

StorageError SampleStore::ingest(qint64 deviceId, const MinuteSamples &samples) {
    if (const StorageError invalid = validate(samples))
        return invalid;
    if (samples.isEmpty())
        return {};
    sqlite3 *db = m_database.handle();
    if (!db)
        return {StorageErrorCode::CannotOpen, QStringLiteral("database is closed")};
    SqliteTransaction transaction(db);
    const int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return failed(db, rc, "begin ingest");
    if (StorageError error = write(db, deviceId, samples))
        return error; // the transaction rolls back as it goes out of scope
    const int commitRc = transaction.commit();
    if (commitRc != SQLITE_OK)
        return failed(db, commitRc, "commit ingest");
    return {};
}

StorageError SampleStore::ingestInTransaction(qint64 deviceId, const MinuteSamples &samples) {
    if (const StorageError invalid = validate(samples))
        return invalid;
    if (samples.isEmpty())
        return {};
    sqlite3 *db = m_database.handle();
    if (!db)
        return {StorageErrorCode::CannotOpen, QStringLiteral("database is closed")};
    if (sqlite3_get_autocommit(db))
        return {StorageErrorCode::QueryFailed,
                QStringLiteral("ingestInTransaction called without an open transaction")};
    return write(db, deviceId, samples);
}

StorageError SampleStore::failed(sqlite3 *db, int rc, const char *what) {
    StorageError error = storageErrorFromSqlite(rc, QString::fromLatin1(what));
    error.detail += QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    qCWarning(lcStorage).noquote() << "ingest failed, batch rolled back:" << error.detail;
    return error;
}

// The body of an ingest, inside an open transaction; validation has been done.
StorageError SampleStore::write(sqlite3 *db, qint64 deviceId, const MinuteSamples &samples) {
    const auto failed = [db](int rc, const char *what) {
        return SampleStore::failed(db, rc, what);
    };
    SqliteStatement insertSteps;
    SqliteStatement insertHeartRate;
    DailyRollupBuilder rollups(db, m_database.rollupZone());
    // An upsert replaces the value of a repeated minute like INSERT OR REPLACE, at the cost of a
    // plain INSERT; OR REPLACE measured about a third slower on this table.
    int rc = insertSteps.prepare(db, "INSERT INTO step_samples (device_id, minute_utc, steps) "
                                     "VALUES (?1, ?2, ?3) ON CONFLICT (device_id, minute_utc) "
                                     "DO UPDATE SET steps = excluded.steps");
    if (rc == SQLITE_OK)
        rc = insertHeartRate.prepare(db,
                                     "INSERT INTO heart_rate_samples (device_id, minute_utc, bpm) "
                                     "VALUES (?1, ?2, ?3) ON CONFLICT (device_id, minute_utc) "
                                     "DO UPDATE SET bpm = excluded.bpm");
    if (rc == SQLITE_OK)
        rc = rollups.prepare();
    if (rc != SQLITE_OK)
        return failed(rc, "prepare ingest");
    // Bindings survive sqlite3_reset: the device is bound once.
    insertSteps.bind(1, deviceId);
    insertHeartRate.bind(1, deviceId);

    std::vector<QDate> days;
    LocalDays &localDays = rollups.days();
    for (const MinuteSample &sample : samples) {
        if (sample.hasSteps()) {
            insertSteps.bind(2, sample.minuteUtc);
            insertSteps.bind(3, sample.steps);
            if ((rc = insertSteps.run()) != SQLITE_OK)
                return failed(rc, "store steps");
        }
        if (sample.hasHeartRate()) {
            insertHeartRate.bind(2, sample.minuteUtc);
            insertHeartRate.bind(3, sample.heartRate);
            if ((rc = insertHeartRate.run()) != SQLITE_OK)
                return failed(rc, "store heart rate");
        }
        if (sample.hasSteps() || sample.hasHeartRate()) {
            const QDate day = localDays.dateOf(sample.minuteUtc);
            if (days.empty() || days.back() != day)
                days.push_back(day);
        }
    }

    // Recompute only the touched (device, day) pairs, from all of that day's samples.
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (const QDate &day : days) {
        if ((rc = rollups.recompute(deviceId, day)) != SQLITE_OK)
            return failed(rc, "update daily rollup");
    }
    return {};
}

QVector<DailyRollup> SampleStore::rollups(const QDate &from, const QDate &to,
                                          StorageError *error) const {
    if (error)
        *error = {};
    QVector<DailyRollup> result;
    sqlite3 *db = m_database.handle();
    // The dashboard's read path: native statements skip QVariant boxing of every column.
    SqliteStatement query;
    int rc = query.prepare(
        db, "SELECT local_date, sum(steps), sum(step_minutes),"
            " coalesce(min(CASE WHEN hr_minutes > 0 THEN hr_min END), 0), max(hr_max), sum(hr_sum),"
            " sum(hr_minutes) FROM daily_rollup WHERE local_date BETWEEN ?1 AND ?2"
            " GROUP BY local_date ORDER BY local_date");
    if (rc == SQLITE_OK) {
        query.bind(1, from.toString(Qt::ISODate).toLatin1());
        query.bind(2, to.toString(Qt::ISODate).toLatin1());
        while ((rc = query.step()) == SQLITE_ROW) {
            DailyRollup rollup;
            rollup.date = parseDate(query, 0);
            rollup.steps = int(query.columnInt64(1));
            rollup.stepMinutes = int(query.columnInt64(2));
            rollup.hrMin = int(query.columnInt64(3));
            rollup.hrMax = int(query.columnInt64(4));
            const qint64 hrSum = query.columnInt64(5);
            rollup.hrMinutes = int(query.columnInt64(6));
            rollup.hrAvg =
                rollup.hrMinutes > 0 ? int((hrSum + rollup.hrMinutes / 2) / rollup.hrMinutes) : 0;
            result.append(rollup);
        }
    }
    if (rc != SQLITE_DONE && error)
        *error = storageErrorFromSqlite(rc, QStringLiteral("read rollups"));
    return result;
}

MinuteSamples SampleStore::heartRateMinutes(const QDate &day, StorageError *error) const {
    if (error)
        *error = {};
    MinuteSamples result;
    sqlite3 *db = m_database.handle();
    const LocalDays days(m_database.rollupZone());
    // One key-range scan per device; no SQL sort, the rows come in minute order.
    SqliteStatement devices;
    SqliteStatement minutes;
    int rc = devices.prepare(db, "SELECT id FROM devices ORDER BY id");
    if (rc == SQLITE_OK)
        rc = minutes.prepare(db, "SELECT minute_utc, bpm FROM heart_rate_samples"
                                 " WHERE device_id = ?1 AND minute_utc >= ?2 AND minute_utc < ?3");
    int deviceCount = 0;
    if (rc == SQLITE_OK) {
        minutes.bind(2, days.startOf(day));
        minutes.bind(3, days.startOf(day.addDays(1)));
        while ((rc = devices.step()) == SQLITE_ROW) {
            ++deviceCount;
            minutes.bind(1, devices.columnInt64(0));
            while ((rc = minutes.step()) == SQLITE_ROW) {
                MinuteSample sample;
                sample.minuteUtc = minutes.columnInt64(0);
                sample.heartRate = int(minutes.columnInt64(1));
                result.append(sample);
            }
            minutes.reset();
            if (rc != SQLITE_DONE)
                break;
        }
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = storageErrorFromSqlite(rc, QStringLiteral("read heart rate"));
        return {};
    }
    if (deviceCount > 1) {
        // Several watches in one minute: their average, once.
        std::stable_sort(
            result.begin(), result.end(),
            [](const MinuteSample &a, const MinuteSample &b) { return a.minuteUtc < b.minuteUtc; });
        MinuteSamples merged;
        for (int i = 0; i < result.size();) {
            int j = i;
            int sum = 0;
            for (; j < result.size() && result[j].minuteUtc == result[i].minuteUtc; ++j)
                sum += result[j].heartRate;
            MinuteSample sample = result[i];
            const int count = j - i;
            sample.heartRate = (sum + count / 2) / count;
            merged.append(sample);
            i = j;
        }
        result = merged;
    }
    return result;
}

qint64 SampleStore::latestMinute(qint64 deviceId) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT max(coalesce((SELECT max(minute_utc) FROM step_samples WHERE device_id = ?), 0),"
        " coalesce((SELECT max(minute_utc) FROM heart_rate_samples WHERE device_id = ?), 0))"));
    query.addBindValue(deviceId);
    query.addBindValue(deviceId);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace wristdoc
