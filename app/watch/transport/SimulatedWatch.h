#pragma once

#include "ActivityRecord.h"
#include "DeviceInformation.h"
#include "HeartRateMeasurement.h"
#include "HistoryStatus.h"
#include "LocalTimeInformation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVector>

namespace wristdoc {

// What a simulated watch is and holds, apart from how it is reached (SimulatedWatchTransport):
// identity, battery, its own clock, and a per-minute activity history with sequence numbers.
// Everything is derived from a seed, so the same seed gives the same watch and the same history.
struct SimulatedWatch {
    QString address; // the simulator's identifier, shaped like a BLE address
    QString name;    // advertised local name
    int rssi = -60;  // dBm as a scan reports it
    bool inRange = true;
    QList<QUuid> advertisedServices; // the profile's services unless a test says otherwise
    DeviceInformation info;
    int batteryPercent = 80;

    // The watch's clock runs clockOffsetSecs ahead of the real one (negative: behind), in the
    // zone of localTime.
    qint64 clockOffsetSecs = 0;
    LocalTimeInformation localTime;

    quint32 historyId = 0;           // never 0
    QVector<ActivityRecord> records; // ascending sequences (gaps only where the ring dropped)
    quint32 acknowledgedSequence = 0;
    quint32 seed = 0;
    quint32 heartRateState = 0; // generator state of live heart-rate readings

    // A watch with identity and N per-minute records ending with the minute before endUtc. The
    // records are invented: quiet nights, walks by day, a stretch not worn.
    static SimulatedWatch generate(quint32 seed, int recordCount, const QDateTime &endUtc);
    // The profile's advertised services: Heart Rate and the history service.
    static QList<QUuid> profileServices();

    HistoryStatus status() const;
    // Index of the first record with a sequence >= sequence (records.size() when none).
    int indexOfSequence(quint32 sequence) const;
    // Appends count records for the minutes after the newest one (or ending now when empty).
    void appendMinutes(int count, const QDateTime &nowUtc);
    // Erases the history under a new history id; the newest keepRecords records stay with their
    // minutes, renumbered from 1.
    void reset(quint32 newHistoryId, int keepRecords = 0);
    // The ring overwrote the oldest count records.
    void dropOldest(int count);

    // The watch's wall-clock time now, in the zone of localTime (UTC when unknown).
    QDateTime wallClock(const QDateTime &nowUtc) const;
    // Sets the clock from a wall-clock reading in the zone of localTime.
    void setWallClock(const QDateTime &wallClock, const QDateTime &nowUtc);
    // The next live heart-rate measurement (about one a second while subscribed).
    HeartRateMeasurement nextHeartRate();
    // A deterministic new history id for this watch (never 0, never the current one).
    quint32 nextHistoryId() const;
};

} // namespace wristdoc
