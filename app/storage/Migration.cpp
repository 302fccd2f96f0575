#include "Migration.h"

#include "DailyRollupBuilder.h"
#include "Database.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace wristdoc {

namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *error) {
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// v1: devices and the two per-minute series. WITHOUT ROWID tables keyed by
// (device_id, minute_utc): the key is the clustering order, so a day of one device is one
// contiguous range and a repeated minute replaces the row instead of adding one.
bool applyV1(QSqlDatabase &db, const MigrationContext &, QString *error) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE devices ("
                        " id INTEGER PRIMARY KEY,"
                        " address TEXT NOT NULL UNIQUE,"
                        " name TEXT NOT NULL DEFAULT '',"
                        " model TEXT NOT NULL DEFAULT '',"
                        " firmware TEXT NOT NULL DEFAULT '',"
                        " demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),"
                        " last_sync_utc INTEGER)"),
         QStringLiteral("CREATE TABLE step_samples ("
                        " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                        " minute_utc INTEGER NOT NULL,"
                        " steps INTEGER NOT NULL,"
                        " PRIMARY KEY (device_id, minute_utc)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE heart_rate_samples ("
                        " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                        " minute_utc INTEGER NOT NULL,"
                        " bpm INTEGER NOT NULL,"
                        " PRIMARY KEY (device_id, minute_utc)) WITHOUT ROWID")},
        error);
}

// v2: one row per (local day, device), kept current by ingest; backfilled here from the samples
// already stored, in the context's rollup zone.
bool applyV2(QSqlDatabase &db, const MigrationContext &context, QString *error) {
    if (!execAll(
            db,
            {QStringLiteral("CREATE TABLE daily_rollup ("
                            " device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE,"
                            " local_date TEXT NOT NULL," // YYYY-MM-DD in the rollup zone
                            " steps INTEGER NOT NULL DEFAULT 0,"
                            " step_minutes INTEGER NOT NULL DEFAULT 0,"
                            " hr_min INTEGER NOT NULL DEFAULT 0,"
                            " hr_max INTEGER NOT NULL DEFAULT 0,"
                            " hr_sum INTEGER NOT NULL DEFAULT 0,"
                            " hr_minutes INTEGER NOT NULL DEFAULT 0,"
                            // Date first: the dashboard reads date ranges summed over
                            // devices, which is then one contiguous range of the table.
                            " PRIMARY KEY (local_date, device_id)) WITHOUT ROWID")},
            error))
        return false;
    sqlite3 *handle = Database::nativeHandle(db);
    if (!handle) {
        if (error)
            *error = QStringLiteral("no native SQLite handle");
        return false;
    }
    DailyRollupBuilder builder(handle, context.rollupZone);
    int rc = builder.prepare();
    if (rc == SQLITE_OK)
        rc = builder.backfillAll();
    if (rc != SQLITE_OK) {
        if (error)
            *error = QStringLiteral("rollup backfill: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    }
    return true;
}

// v3: the points ledger and the installation's key/value state.
bool applyV3(QSqlDatabase &db, const MigrationContext &, QString *error) {
    return execAll(db,
                   {QStringLiteral("CREATE TABLE points_ledger ("
                                   " id INTEGER PRIMARY KEY,"
                                   " local_date TEXT NOT NULL,"
                                   " kind TEXT NOT NULL CHECK (kind IN"
                                   "  ('earned', 'pending', 'confirmed', 'converted', 'expired')),"
                                   " points INTEGER NOT NULL CHECK (points >= 0),"
                                   " policy_version TEXT NOT NULL DEFAULT '',"
                                   " reference TEXT NOT NULL DEFAULT '',"
                                   " recorded_utc INTEGER NOT NULL,"
                                   " demo INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),"
                                   " UNIQUE (local_date, kind, reference))"),
                    QStringLiteral("CREATE TABLE app_state ("
                                   " key TEXT PRIMARY KEY,"
                                   " value TEXT NOT NULL) WITHOUT ROWID")},
                   error);
}

// v4: where each watch's history sync stands, so a sync resumes from the last stored sequence
// + 1. One row per device; the serial number recognises a watch again after a reset changed its
// Bluetooth address (the address is only how to reach it).
bool applyV4(QSqlDatabase &db, const MigrationContext &, QString *error) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE watch_sync_state ("
                        " device_id INTEGER PRIMARY KEY REFERENCES devices(id) ON DELETE CASCADE,"
                        " serial_number TEXT NOT NULL DEFAULT '',"
                        " history_id INTEGER NOT NULL"
                        "  CHECK (history_id BETWEEN 0 AND 4294967295),"
                        " last_sequence INTEGER NOT NULL"
                        "  CHECK (last_sequence BETWEEN 0 AND 4294967295),"
                        " updated_utc INTEGER NOT NULL)"), // Unix seconds
         QStringLiteral("CREATE INDEX watch_sync_state_by_serial ON watch_sync_state"
                        " (serial_number) WHERE serial_number <> ''")},
        error);
}

// The outbox table: v5 made it, v7 rebuilds it to allow activity days (SQLite cannot change a
// CHECK constraint in place).
QString outboxTableSql(const QString &table, const QString &kinds) {
    return QStringLiteral("CREATE TABLE ") + table +
           QStringLiteral(" ("
             " id INTEGER PRIMARY KEY,"
             " kind TEXT NOT NULL CHECK (kind IN (") + kinds + QStringLiteral(")),"
             " item_id INTEGER NOT NULL,"
             " idempotency_key TEXT NOT NULL UNIQUE,"
             " state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'queued', 'confirmed',"
             "  'rejected', 'needs-attention')),"
             " sealed_body BLOB," // the exact request bytes; NULL once confirmed or rejected
             " attempts INTEGER NOT NULL DEFAULT 0,"
             " consecutive_failures INTEGER NOT NULL DEFAULT 0,"
             " next_step TEXT NOT NULL DEFAULT 'send'," // the worker's code (app/sync NextStep)
             " next_attempt_ms INTEGER,"                // NULL when nothing more is to be sent
             " last_attempt_ms INTEGER,"
             " last_error TEXT NOT NULL DEFAULT '',"
             " reason_code TEXT NOT NULL DEFAULT '',"
             " reason_detail TEXT NOT NULL DEFAULT '',"
             " ticket TEXT NOT NULL DEFAULT '',"
             " position INTEGER NOT NULL DEFAULT -1,"
             " wait_min_seconds INTEGER NOT NULL DEFAULT -1,"
             " wait_max_seconds INTEGER NOT NULL DEFAULT -1,"
             " refresh_seconds INTEGER NOT NULL DEFAULT -1,"
             " cohort_date TEXT,"
             " slot_from_ms INTEGER,"
             " slot_to_ms INTEGER,"
             " created_ms INTEGER NOT NULL,"
             " updated_ms INTEGER NOT NULL,"
             " confirmed_ms INTEGER,"
             " UNIQUE (kind, item_id))");
}

// v5: enrolments and the generic outbox that delivers them (docs/storage.md). Times are Unix
// milliseconds (the retry schedule jitters below a second). Personal fields and the request body
// are sealed blobs (FieldCipher), set to NULL once the server confirmed (or, for the body,
// refused) them. The partial index serves the worker's "next due" query.
bool applyV5(QSqlDatabase &db, const MigrationContext &, QString *error) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE enrolments ("
                        " id INTEGER PRIMARY KEY,"
                        " reference TEXT NOT NULL UNIQUE,"
                        " created_ms INTEGER NOT NULL,"
                        " sealed_personal BLOB," // name, birth date, mobile; NULL once confirmed
                        " district TEXT NOT NULL,"
                        " eligibility TEXT NOT NULL,"
                        " device TEXT NOT NULL,"
                        " language TEXT NOT NULL DEFAULT '',"
                        " watch_serial TEXT NOT NULL DEFAULT '',"
                        " consents TEXT NOT NULL DEFAULT '[]'," // [{id, version, granted}]
                        " participant_id TEXT,"
                        " enrolment_id TEXT,"
                        " cohort_date TEXT," // YYYY-MM-DD when the server deferred it
                        " confirmed_ms INTEGER)"),
         outboxTableSql(QStringLiteral("outbox"), QStringLiteral("'enrolment'")),
         QStringLiteral("CREATE INDEX outbox_due ON outbox (next_attempt_ms, id)"
                        " WHERE state IN ('pending', 'queued', 'needs-attention')")},
        error);
}

// v6: the kiosk's own safety records. staff_pin: one row, the staff PIN's Argon2id hash with the
// run of wrong tries and the end of a lock-out, kept in the database so a restart does not reset
// them (StaffPinStore). applicant_marks: a keyed hash of each applicant's normalised name, birth
// date and mobile (ApplicantFingerprint), never the values, to warn when the same person applies
// twice at this kiosk; rows older than the retention period are deleted on the next submit.
bool applyV6(QSqlDatabase &db, const MigrationContext &, QString *error) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE staff_pin ("
                        " id INTEGER PRIMARY KEY CHECK (id = 1),"
                        " pin_hash TEXT NOT NULL DEFAULT ''," // crypto_pwhash_str, '' when unset
                        " failed_tries INTEGER NOT NULL DEFAULT 0 CHECK (failed_tries >= 0),"
                        " locked_until_ms INTEGER," // NULL when not locked
                        " updated_ms INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE applicant_marks ("
                        " mark BLOB PRIMARY KEY CHECK (length(mark) = 32),"
                        " first_ms INTEGER NOT NULL,"
                        " last_ms INTEGER NOT NULL,"
                        " applications INTEGER NOT NULL DEFAULT 1 CHECK (applications >= 1))"
                        " WITHOUT ROWID"),
         // The abuse limit counts this kiosk's enrolments of the last minutes.
         QStringLiteral("CREATE INDEX outbox_by_created ON outbox (kind, created_ms)")},
        error);
}

// v7: a linked participant's closed days for the server (activity_days, one row per revision;
// the outbox carries the request) and the newest copy of the server's ledger, day by day, with
// its balance and conversion terms, for reconciliation. The outbox is rebuilt to accept the
// kind 'activity-day'; its rows, keys and sealed bodies are copied unchanged.
bool applyV7(QSqlDatabase &db, const MigrationContext &, QString *error) {
    return execAll(
        db,
        {outboxTableSql(QStringLiteral("outbox_v7"), QStringLiteral("'enrolment', 'activity-day'")),
         QStringLiteral("INSERT INTO outbox_v7 SELECT * FROM outbox"),
         QStringLiteral("DROP TABLE outbox"),
         QStringLiteral("ALTER TABLE outbox_v7 RENAME TO outbox"),
         QStringLiteral("CREATE INDEX outbox_due ON outbox (next_attempt_ms, id)"
                        " WHERE state IN ('pending', 'queued', 'needs-attention')"),
         QStringLiteral("CREATE INDEX outbox_by_created ON outbox (kind, created_ms)"),
         QStringLiteral("CREATE TABLE activity_days ("
                        " id INTEGER PRIMARY KEY,"
                        " participant_id TEXT NOT NULL,"
                        " local_date TEXT NOT NULL,"
                        " revision INTEGER NOT NULL CHECK (revision >= 1),"
                        " steps INTEGER NOT NULL CHECK (steps >= 0),"
                        " minutes_worn INTEGER NOT NULL,"
                        " hourly_steps TEXT NOT NULL," // JSON list, one per local hour
                        " device TEXT NOT NULL DEFAULT '',"
                        " policy_version TEXT NOT NULL DEFAULT '',"
                        " digest TEXT NOT NULL,"
                        " created_ms INTEGER NOT NULL,"
                        " credit_id TEXT," // the server's, once credited
                        " confirmed_ms INTEGER,"
                        " UNIQUE (participant_id, local_date, revision))"),
         QStringLiteral("CREATE TABLE server_ledger_days ("
                        " participant_id TEXT NOT NULL,"
                        " local_date TEXT NOT NULL,"
                        " revision INTEGER NOT NULL,"
                        " steps INTEGER NOT NULL,"
                        " points INTEGER NOT NULL,"
                        " state TEXT NOT NULL,"
                        " credit_id TEXT NOT NULL DEFAULT '',"
                        " policy_version TEXT NOT NULL DEFAULT '',"
                        " digest TEXT NOT NULL DEFAULT '',"
                        " PRIMARY KEY (participant_id, local_date)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE server_ledger_summary ("
                        " participant_id TEXT PRIMARY KEY,"
                        " range_from TEXT NOT NULL,"
                        " range_to TEXT NOT NULL,"
                        " fetched_ms INTEGER NOT NULL,"
                        " confirmed INTEGER NOT NULL,"
                        " pending INTEGER NOT NULL,"
                        " converted INTEGER NOT NULL,"
                        " available INTEGER NOT NULL,"
                        " conversion_minimum INTEGER NOT NULL,"
                        " conversion_available INTEGER NOT NULL,"
                        " conversion_deadline TEXT NOT NULL DEFAULT '')")},
        error);
}

} // namespace

QVector<Migration> Migration::builtIn() {
    return {
        {1, QStringLiteral("devices, step and heart-rate samples"), applyV1},
        {2, QStringLiteral("daily rollups, backfilled from samples"), applyV2},
        {3, QStringLiteral("points ledger and app state"), applyV3},
        {4, QStringLiteral("watch history sync positions"), applyV4},
        {5, QStringLiteral("enrolments and their delivery outbox"), applyV5},
        {6, QStringLiteral("staff PIN, applicant marks, outbox by creation time"), applyV6},
        {7, QStringLiteral("activity days, the server's ledger, outbox for activity"), applyV7},
    };
}

int Migration::latestBuiltInVersion() {
    return Migrator::newestVersion(builtIn());
}

int Migrator::newestVersion(const QVector<Migration> &migrations) {
    int newest = 0;
    for (const Migration &migration : migrations)
        newest = std::max(newest, migration.version);
    return newest;
}

int Migrator::currentVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

StorageError Migrator::migrate(QSqlDatabase &db, const QVector<Migration> &migrations, int target,
                               const MigrationContext &context) {
    QVector<Migration> ordered = migrations;
    std::sort(ordered.begin(), ordered.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 0; i < ordered.size(); ++i) {
        if (ordered[i].version <= 0 || (i > 0 && ordered[i].version == ordered[i - 1].version))
            return {StorageErrorCode::MigrationFailed,
                    QStringLiteral("migration list has an invalid or repeated version")};
    }
    const int newest = newestVersion(ordered);
    if (target < 0)
        target = newest;
    if (target > newest)
        return {StorageErrorCode::MigrationFailed,
                QStringLiteral("no migration to version %1").arg(target)};

    const int current = currentVersion(db);
    if (current < 0)
        return storageErrorFromQuery(db.lastError(), QStringLiteral("reading user_version"));
    if (current > newest)
        return {StorageErrorCode::NewerSchema,
                QStringLiteral("schema version %1 is newer than this program's %2")
                    .arg(current)
                    .arg(newest)};
    if (current >= target)
        return {};

    sqlite3 *handle = Database::nativeHandle(db);
    if (!handle)
        return {StorageErrorCode::MigrationFailed, QStringLiteral("no native SQLite handle")};
    SqliteTransaction transaction(handle);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("begin migration"));

    if (current == 0) {
        const QByteArray sql = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
        rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return storageErrorFromSqlite(rc, QStringLiteral("set application_id"));
    }
    for (const Migration &migration : std::as_const(ordered)) {
        if (migration.version <= current || migration.version > target)
            continue;
        QString stepError;
        const bool ok = migration.apply && migration.apply(db, context, &stepError);
        if (!ok) {
            transaction.rollback();
            qCWarning(lcStorage) << "schema migration" << migration.version
                                 << "failed; all steps rolled back";
            return {StorageErrorCode::MigrationFailed,
                    QStringLiteral("migration %1 (%2) failed: %3")
                        .arg(migration.version)
                        .arg(migration.description, stepError)};
        }
    }
    // user_version lives in the file header and changes inside the same transaction.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(target);
    rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = transaction.commit();
    if (rc != SQLITE_OK) {
        StorageError error = storageErrorFromSqlite(rc, QStringLiteral("commit migration"));
        if (error.code == StorageErrorCode::QueryFailed)
            error.code = StorageErrorCode::MigrationFailed;
        return error;
    }
    qCInfo(lcStorage) << "schema migrated from version" << current << "to" << target;
    return {};
}

} // namespace wristdoc
