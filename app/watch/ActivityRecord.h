#pragma once

#include "MinuteSample.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtGlobal>

namespace wristdoc {

// One minute of activity history from the WristDoc history service (docs/watch-profile.md):
// 12 bytes on the wire, inside a records packet (HistoryPacket).
struct ActivityRecord {
    static constexpr int kSize = 12;
    static constexpr quint16 kNoSteps = 0xFFFF; // the watch has no step value for the minute

    quint32 sequence = 0; // 1, 2, 3, ... per history id; 0 is reserved
    quint32 minute = 0;   // UTC minutes since 1970-01-01T00:00Z
    quint16 steps = 0;    // steps in the minute, or kNoSteps
    quint8 heartRate = 0; // average bpm in the minute, 0 when there was no reading
    quint8 flags = 0;     // reserved: sent as 0, kept as received, meaning nothing yet

    qint64 minuteUtcSeconds() const { return qint64(minute) * 60; }
    QDateTime minuteUtc() const {
        return QDateTime::fromSecsSinceEpoch(minuteUtcSeconds(), QTimeZone::utc());
    }
    bool hasSteps() const { return steps != kNoSteps; }
    bool hasHeartRate() const { return heartRate != 0; }

    // The cache's shape (keyed by device and minute there). Plausibility limits
    // (kMaxStepsPerMinute, heart rate 20-250) are the caller's to apply, not the codec's.
    MinuteSample toMinuteSample() const {
        MinuteSample sample;
        sample.minuteUtc = minuteUtcSeconds();
        sample.steps = hasSteps() ? steps : -1;
        sample.heartRate = heartRate;
        return sample;
    }

    bool operator==(const ActivityRecord &other) const {
        return sequence == other.sequence && minute == other.minute && steps == other.steps &&
               heartRate == other.heartRate && flags == other.flags;
    }
    bool operator!=(const ActivityRecord &other) const { return !(*this == other); }
};

} // namespace wristdoc
