#include "WatchHistoryStore.h"

#include "Database.h"
#include "SampleStore.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <sqlite3.h>

namespace wristdoc {

namespace {

QByteArray utf8(const QString &text) {
    return text.toUtf8();
}

StorageError sqliteFailure(sqlite3 *db, int rc, const char *what) {
    StorageError error = storageErrorFromSqlite(rc, QString::fromLatin1(what));
    error.detail += QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    return error;
}

} // namespace

WatchHistoryStore::WatchHistoryStore(Database &database, const Clock &clock)
    : WatchHistoryStore(database, clock, Options()) {}

WatchHistoryStore::WatchHistoryStore(Database &database, const Clock &clock, const Options &options)
    : m_database(database)
    , m_clock(clock)
    , m_options(options) {}

WatchSinkResult WatchHistoryStore::toSinkResult(const StorageError &error) {
    WatchSinkResult result;
    result.detail = error.detail;
    switch (error.code) {
    case StorageErrorCode::None:
        result.code = WatchSinkResult::Code::Ok;
        break;
    case StorageErrorCode::DiskFull:
        result.code = WatchSinkResult::Code::Full;
        break;
    case StorageErrorCode::ReadOnly:
        result.code = WatchSinkResult::Code::ReadOnly;
        break;
    default:
        result.code = WatchSinkResult::Code::Failed;
        break;
    }
    return result;
}

qint64 WatchHistoryStore::findDevice(sqlite3 *db, const WatchIdentity &watch,
                                     QString *storedAddress, int *rc) const {
    *rc = SQLITE_OK;
    const QString serial = watch.info.serialNumber;
    if (!serial.isEmpty()) {
        SqliteStatement bySerial;
        *rc = bySerial.prepare(db, "SELECT s.device_id, d.address FROM watch_sync_state s"
                                   " JOIN devices d ON d.id = s.device_id"
                                   " WHERE s.serial_number = ?1"
                                   " ORDER BY s.updated_utc DESC LIMIT 1");
        if (*rc != SQLITE_OK)
            return 0;
        bySerial.bind(1, utf8(serial));
        const int step = bySerial.step();
        if (step == SQLITE_ROW) {
            if (storedAddress)
                *storedAddress = bySerial.columnText(1);
            return bySerial.columnInt64(0);
        }
        if (step != SQLITE_DONE) {
            *rc = step;
            return 0;
        }
    }
    SqliteStatement byAddress;
    *rc = byAddress.prepare(db, "SELECT id FROM devices WHERE address = ?1");
    if (*rc != SQLITE_OK)
        return 0;
    byAddress.bind(1, utf8(watch.address));
    const int step = byAddress.step();
    if (step == SQLITE_ROW) {
        if (storedAddress)
            *storedAddress = watch.address;
        return byAddress.columnInt64(0);
    }
    if (step != SQLITE_DONE)
        *rc = step;
    return 0;
}

qint64 WatchHistoryStore::deviceIdFor(const WatchIdentity &watch, StorageError *error) const {
    if (error)
        *error = {};
    sqlite3 *db = m_database.handle();
    if (!db) {
        if (error)
            *error = {StorageErrorCode::CannotOpen, QStringLiteral("database is closed")};
        return 0;
    }
    int rc = SQLITE_OK;
    const qint64 id = findDevice(db, watch, nullptr, &rc);
    if (rc != SQLITE_OK && error)
        *error = sqliteFailure(db, rc, "find watch");
    return id;
}

WatchSyncPosition WatchHistoryStore::lastStored(const WatchIdentity &watch,
                                                WatchSinkResult *result) {
    if (result)
        *result = {};
    StorageError error;
    const qint64 deviceId = deviceIdFor(watch, &error);
    if (error || deviceId == 0) {
        if (result)
            *result = toSinkResult(error);
        return {};
    }
    sqlite3 *db = m_database.handle();
    SqliteStatement select;
    int rc = select.prepare(
        db, "SELECT history_id, last_sequence FROM watch_sync_state WHERE device_id = ?1");
    WatchSyncPosition position;
    if (rc == SQLITE_OK) {
        select.bind(1, deviceId);
        rc = select.step();
        if (rc == SQLITE_ROW) {
            position.historyId = quint32(select.columnInt64(0));
            position.lastSequence = quint32(select.columnInt64(1));
            rc = SQLITE_DONE;
        }
    }
    if (rc != SQLITE_DONE) {
        if (result)
            *result = toSinkResult(sqliteFailure(db, rc, "read watch sync position"));
        return {};
    }
    return position;
}

WatchSinkResult WatchHistoryStore::storeBatch(const WatchIdentity &watch, quint32 historyId,
                                              quint32 lastSequence, const MinuteSamples &samples) {
    if (watch.address.isEmpty())
        return toSinkResult(
            {StorageErrorCode::InvalidData, QStringLiteral("watch without an address")});
    if (historyId == 0)
        return toSinkResult({StorageErrorCode::InvalidData, QStringLiteral("history id 0")});
    sqlite3 *db = m_database.handle();
    if (!db)
        return toSinkResult({StorageErrorCode::CannotOpen, QStringLiteral("database is closed")});
    SqliteTransaction transaction(db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return toSinkResult(sqliteFailure(db, rc, "begin watch batch"));
    if (const StorageError error = store(db, watch, historyId, lastSequence, samples)) {
        transaction.rollback();
        qCWarning(lcStorage).noquote() << "watch batch rolled back:" << error.detail;
        return toSinkResult(error);
    }
    rc = transaction.commit();
    if (rc != SQLITE_OK) {
        const StorageError error = sqliteFailure(db, rc, "commit watch batch");
        qCWarning(lcStorage).noquote() << "watch batch rolled back:" << error.detail;
        return toSinkResult(error);
    }
    return {};
}

// Inside the batch's transaction: the device row, the samples with their rollups, the position.
StorageError WatchHistoryStore::store(sqlite3 *db, const WatchIdentity &watch, quint32 historyId,
                                      quint32 lastSequence, const MinuteSamples &samples) {
    QString storedAddress;
    int rc = SQLITE_OK;
    qint64 deviceId = findDevice(db, watch, &storedAddress, &rc);
    if (rc != SQLITE_OK)
        return sqliteFailure(db, rc, "find watch");

    if (deviceId == 0) {
        SqliteStatement insert;
        rc = insert.prepare(db, "INSERT INTO devices (address, name, model, firmware, demo)"
                                " VALUES (?1, ?2, ?3, ?4, ?5)");
        if (rc == SQLITE_OK) {
            insert.bind(1, utf8(watch.address));
            insert.bind(2, utf8(watch.name));
            insert.bind(3, utf8(watch.info.modelNumber));
            insert.bind(4, utf8(watch.info.firmwareRevision));
            insert.bind(5, qint64(m_options.demo ? 1 : 0));
            rc = insert.run();
        }
        if (rc != SQLITE_OK)
            return sqliteFailure(db, rc, "store watch");
        deviceId = sqlite3_last_insert_rowid(db);
    } else {
        // Known fields are refreshed; an empty one (a read that failed) keeps what is stored.
        SqliteStatement update;
        rc = update.prepare(db, "UPDATE devices SET"
                                " name = CASE WHEN ?2 <> '' THEN ?2 ELSE name END,"
                                " model = CASE WHEN ?3 <> '' THEN ?3 ELSE model END,"
                                " firmware = CASE WHEN ?4 <> '' THEN ?4 ELSE firmware END"
                                " WHERE id = ?1");
        if (rc == SQLITE_OK) {
            update.bind(1, deviceId);
            update.bind(2, utf8(watch.name));
            update.bind(3, utf8(watch.info.modelNumber));
            update.bind(4, utf8(watch.info.firmwareRevision));
            rc = update.run();
        }
        if (rc == SQLITE_OK && storedAddress != watch.address) {
            // Recognised by serial under a new address: reach it there from now on, unless
            // another device row holds that address.
            SqliteStatement move;
            rc = move.prepare(db, "UPDATE devices SET address = ?2 WHERE id = ?1 AND NOT EXISTS"
                                  " (SELECT 1 FROM devices WHERE address = ?2)");
            if (rc == SQLITE_OK) {
                move.bind(1, deviceId);
                move.bind(2, utf8(watch.address));
                rc = move.run();
            }
        }
        if (rc != SQLITE_OK)
            return sqliteFailure(db, rc, "update watch");
    }

    if (const StorageError error = SampleStore(m_database).ingestInTransaction(deviceId, samples))
        return error;

    const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
    SqliteStatement position;
    rc = position.prepare(
        db, "INSERT INTO watch_sync_state"
            " (device_id, serial_number, history_id, last_sequence, updated_utc)"
            " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (device_id) DO UPDATE SET"
            " serial_number = CASE WHEN excluded.serial_number <> ''"
            "  THEN excluded.serial_number ELSE serial_number END,"
            " history_id = excluded.history_id, last_sequence = excluded.last_sequence,"
            " updated_utc = excluded.updated_utc");
    if (rc == SQLITE_OK) {
        position.bind(1, deviceId);
        position.bind(2, utf8(watch.info.serialNumber));
        position.bind(3, qint64(historyId));
        position.bind(4, qint64(lastSequence));
        position.bind(5, now);
        rc = position.run();
    }
    if (rc != SQLITE_OK)
        return sqliteFailure(db, rc, "store sync position");

    SqliteStatement synced;
    rc = synced.prepare(db, "UPDATE devices SET last_sync_utc = ?2 WHERE id = ?1");
    if (rc == SQLITE_OK) {
        synced.bind(1, deviceId);
        synced.bind(2, now);
        rc = synced.run();
    }
    if (rc != SQLITE_OK)
        return sqliteFailure(db, rc, "mark watch synced");
    return {};
}

} // namespace wristdoc
