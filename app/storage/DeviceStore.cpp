#include "DeviceStore.h"

#include "Database.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace wristdoc {

namespace {

QString orEmpty(const QString &text) {
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace

DeviceStore::DeviceStore(Database &database)
    : m_database(database) {}

qint64 DeviceStore::ensureDevice(const Device &device, StorageError *error) {
    if (error)
        *error = {};
    if (device.address.isEmpty()) {
        if (error)
            *error = {StorageErrorCode::InvalidData, QStringLiteral("device without an address")};
        return 0;
    }
    QSqlQuery upsert(m_database.connection());
    // The demo flag is fixed when the device is first stored; later calls only refresh the
    // descriptive fields.
    upsert.prepare(QStringLiteral("INSERT INTO devices (address, name, model, firmware, demo)"
                                  " VALUES (?, ?, ?, ?, ?) ON CONFLICT (address) DO UPDATE SET"
                                  " name = excluded.name, model = excluded.model,"
                                  " firmware = excluded.firmware"));
    upsert.addBindValue(device.address);
    upsert.addBindValue(orEmpty(device.name));
    upsert.addBindValue(orEmpty(device.model));
    upsert.addBindValue(orEmpty(device.firmware));
    upsert.addBindValue(device.demo ? 1 : 0);
    if (!upsert.exec()) {
        if (error)
            *error = storageErrorFromQuery(upsert.lastError(), QStringLiteral("store device"));
        return 0;
    }
    QSqlQuery select(m_database.connection());
    select.setForwardOnly(true);
    select.prepare(QStringLiteral("SELECT id FROM devices WHERE address = ?"));
    select.addBindValue(device.address);
    if (!select.exec() || !select.next()) {
        if (error)
            *error = storageErrorFromQuery(select.lastError(), QStringLiteral("read device"));
        return 0;
    }
    return select.value(0).toLongLong();
}

QVector<Device> DeviceStore::devices(StorageError *error) const {
    if (error)
        *error = {};
    QVector<Device> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, address, name, model, firmware, demo, last_sync_utc"
                                   " FROM devices ORDER BY id"))) {
        if (error)
            *error = storageErrorFromQuery(query.lastError(), QStringLiteral("read devices"));
        return result;
    }
    while (query.next()) {
        Device device;
        device.id = query.value(0).toLongLong();
        device.address = query.value(1).toString();
        device.name = query.value(2).toString();
        device.model = query.value(3).toString();
        device.firmware = query.value(4).toString();
        device.demo = query.value(5).toInt() != 0;
        if (!query.value(6).isNull())
            device.lastSyncUtc =
                QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        result.append(device);
    }
    return result;
}

StorageError DeviceStore::markSynced(qint64 deviceId, const QDateTime &utc) {
    if (!utc.isValid())
        return {StorageErrorCode::InvalidData, QStringLiteral("invalid sync time")};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE devices SET last_sync_utc = ? WHERE id = ?"));
    query.addBindValue(utc.toSecsSinceEpoch());
    query.addBindValue(deviceId);
    if (!query.exec())
        return storageErrorFromQuery(query.lastError(), QStringLiteral("mark device synced"));
    if (query.numRowsAffected() != 1)
        return {StorageErrorCode::QueryFailed, QStringLiteral("unknown device %1").arg(deviceId)};
    return {};
}

StorageError DeviceStore::removeDemoData() {
    sqlite3 *db = m_database.handle();
    if (!db)
        return {StorageErrorCode::CannotOpen, QStringLiteral("database is closed")};
    SqliteTransaction transaction(db);
    int rc = transaction.begin();
    // Explicit deletes rather than relying on ON DELETE CASCADE, so the outcome does not depend
    // on the foreign_keys setting of the connection.
    static const char *const statements[] = {
        "DELETE FROM points_ledger WHERE demo = 1",
        "DELETE FROM step_samples WHERE device_id IN (SELECT id FROM devices WHERE demo = 1)",
        "DELETE FROM heart_rate_samples WHERE device_id IN (SELECT id FROM devices WHERE demo = 1)",
        "DELETE FROM daily_rollup WHERE device_id IN (SELECT id FROM devices WHERE demo = 1)",
        "DELETE FROM devices WHERE demo = 1",
    };
    for (const char *sql : statements) {
        if (rc != SQLITE_OK)
            break;
        rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        rc = transaction.commit();
    if (rc != SQLITE_OK) {
        transaction.rollback();
        return storageErrorFromSqlite(rc, QStringLiteral("remove demo data"));
    }
    qCInfo(lcStorage) << "demo data removed";
    return {};
}

bool DeviceStore::hasDemoData() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM devices WHERE demo = 1)"
                                   " OR EXISTS (SELECT 1 FROM points_ledger WHERE demo = 1)")) ||
        !query.next())
        return false;
    return query.value(0).toBool();
}

} // namespace wristdoc
