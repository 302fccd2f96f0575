#include "SimulatedWatch.h"

#include "WatchProfile.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace wristdoc {

namespace {

constexpr qint64 kSeoulOffsetMinutes = 9 * 60;

// A stateless hash (the splitmix64 finaliser), so a minute's values depend only on the seed and
// the minute, not on how much history was generated before it.
quint32 mix(quint32 a, quint32 b) {
    quint64 z = (quint64(a) << 32 | b) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return quint32((z ^ (z >> 31)) & 0xffffffffu);
}

int inRange(quint32 hash, int low, int high) {
    return low + int(hash % quint32(high - low + 1));
}

// The invented minute: night rest, 30-minute walks on some half hours of the day, and half an
// hour off the wrist on some evenings.
ActivityRecord makeRecord(quint32 seed, quint32 sequence, quint32 minute) {
    ActivityRecord record;
    record.sequence = sequence;
    record.minute = minute;
    const int localHour = int(((qint64(minute) + kSeoulOffsetMinutes) / 60) % 24);
    const int localMinute = int((qint64(minute) + kSeoulOffsetMinutes) % 60);
    const quint32 day = quint32((qint64(minute) + kSeoulOffsetMinutes) / 1440);
    const quint32 noise = mix(seed ^ 0x5EEDu, minute);
    if (localHour == 19 && localMinute < 30 && mix(seed, day) % 3 == 0) {
        record.steps = ActivityRecord::kNoSteps; // not worn
        record.heartRate = 0;
        return record;
    }
    if (localHour < 7) {
        record.steps = 0;
        record.heartRate = quint8(inRange(noise, 48, 60));
        return record;
    }
    const bool awake = localHour < 23;
    const bool walking = awake && mix(seed, minute / 30) % 100 < 9;
    if (walking) {
        record.steps = quint16(inRange(noise, 80, 130));
        record.heartRate = quint8(inRange(noise >> 8, 92, 128));
    } else {
        record.steps = quint16(awake ? inRange(noise, 0, 24) : inRange(noise, 0, 4));
        record.heartRate = quint8(inRange(noise >> 8, 62, 84));
    }
    return record;
}

QString hexDigits(quint32 value, int count) {
    return QString::number(value, 16).rightJustified(8, QLatin1Char('0')).right(count).toUpper();
}

} // namespace

QList<QUuid> SimulatedWatch::profileServices() {
    return {WatchProfile::fromShort(WatchProfile::kHeartRateService),
            WatchProfile::historyService()};
}

SimulatedWatch SimulatedWatch::generate(quint32 seed, int recordCount, const QDateTime &endUtc) {
    SimulatedWatch watch;
    watch.seed = seed;
    const quint32 id = mix(seed, 0xD0C);
    watch.address = QStringLiteral("C0:57:%1:%2:%3:%4")
                        .arg(hexDigits(id >> 24, 2), hexDigits(id >> 16, 2), hexDigits(id >> 8, 2),
                             hexDigits(id, 2));
    watch.info.manufacturerName = QStringLiteral("WristDoc Simulator");
    watch.info.modelNumber = QStringLiteral("WD-1");
    watch.info.firmwareRevision = QStringLiteral("1.4.2");
    watch.info.serialNumber = QStringLiteral("WD-%1").arg(hexDigits(mix(seed, 0x5E41), 5));
    watch.name = QStringLiteral("WristDoc %1").arg(watch.info.shortCode());
    watch.rssi = -40 - int(mix(seed, 0x4551) % 45);
    watch.batteryPercent = 55 + int(mix(seed, 0xBA77) % 45);
    watch.advertisedServices = profileServices();
    watch.localTime.timeZone = int(kSeoulOffsetMinutes / 15);
    watch.localTime.dstOffset = 0;
    watch.historyId = mix(seed, 0x415) | 1u;
    watch.heartRateState = mix(seed, 0x4852);
    watch.appendMinutes(recordCount, endUtc);
    return watch;
}

HistoryStatus SimulatedWatch::status() const {
    HistoryStatus status;
    status.historyId = historyId;
    if (!records.isEmpty()) {
        status.oldestSequence = records.first().sequence;
        status.newestSequence = records.last().sequence;
    }
    return status;
}

int SimulatedWatch::indexOfSequence(quint32 sequence) const {
    const auto it = std::lower_bound(
        records.cbegin(), records.cend(), sequence,
        [](const ActivityRecord &record, quint32 value) { return record.sequence < value; });
    return int(it - records.cbegin());
}

void SimulatedWatch::appendMinutes(int count, const QDateTime &nowUtc) {
    if (count <= 0)
        return;
    quint32 minute = records.isEmpty() ? quint32(nowUtc.toSecsSinceEpoch() / 60 - count)
                                       : records.last().minute + 1;
    quint32 sequence = records.isEmpty() ? 1 : records.last().sequence + 1;
    records.reserve(records.size() + count);
    for (int i = 0; i < count; ++i)
        records.append(makeRecord(seed, sequence++, minute++));
}

void SimulatedWatch::reset(quint32 newHistoryId, int keepRecords) {
    keepRecords = qBound(0, keepRecords, int(records.size()));
    records = records.mid(records.size() - keepRecords);
    for (int i = 0; i < records.size(); ++i)
        records[i].sequence = quint32(i + 1);
    historyId = newHistoryId;
    acknowledgedSequence = 0;
}

void SimulatedWatch::dropOldest(int count) {
    records.remove(0, qBound(0, count, int(records.size())));
}

QDateTime SimulatedWatch::wallClock(const QDateTime &nowUtc) const {
    return nowUtc.addSecs(clockOffsetSecs).toOffsetFromUtc(localTime.utcOffsetMinutes() * 60);
}

void SimulatedWatch::setWallClock(const QDateTime &wallClock, const QDateTime &nowUtc) {
    const QDateTime instant(wallClock.date(), wallClock.time(),
                            QTimeZone(localTime.utcOffsetMinutes() * 60));
    clockOffsetSecs = qint64(std::llround(double(nowUtc.msecsTo(instant)) / 1000.0));
}

HeartRateMeasurement SimulatedWatch::nextHeartRate() {
    heartRateState = heartRateState * 1664525u + 1013904223u;
    HeartRateMeasurement measurement;
    measurement.bpm = quint16(64 + (heartRateState >> 24) % 24);
    measurement.sensorContact = HeartRateMeasurement::SensorContact::Detected;
    if ((heartRateState >> 8) % 5 == 0)
        measurement.energyExpendedKj = quint16((heartRateState >> 12) % 900);
    // One beat's interval in 1/1024 s.
    measurement.rrIntervals = {quint16(std::lround(60.0 * 1024.0 / measurement.bpm))};
    return measurement;
}

quint32 SimulatedWatch::nextHistoryId() const {
    quint32 id = mix(seed ^ historyId, 0x4E57);
    if (id == 0 || id == historyId)
        id = historyId + 1 == 0 ? 1 : historyId + 1;
    return id;
}

} // namespace wristdoc
