#pragma once

#include "StorageError.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

class Database;

struct Device {
    qint64 id = 0;
    QString address; // BLE address or the simulator's identifier; unique
    QString name;
    QString model;
    QString firmware;
    bool demo = false; // simulated demo history, removable from the settings
    QDateTime lastSyncUtc;
};

class DeviceStore {
public:
    explicit DeviceStore(Database &database);

    // Inserts the device or updates its descriptive fields; returns its id (0 on error).
    qint64 ensureDevice(const Device &device, StorageError *error);
    QVector<Device> devices(StorageError *error = nullptr) const;
    StorageError markSynced(qint64 deviceId, const QDateTime &utc);
    // Deletes demo devices with their samples, rollups and ledger rows, in one transaction.
    StorageError removeDemoData();
    bool hasDemoData() const;

private:
    Database &m_database;
};

} // namespace wristdoc
