#pragma once

#include <QtGlobal>
#include <QVector>

namespace wristdoc {

// One minute of watch data. minuteUtc is seconds since the Unix epoch, a multiple of 60.
// heartRate 0 means "no reading in that minute"; steps -1 means "no step value".
struct MinuteSample
{
    qint64 minuteUtc = 0;
    int steps = -1;
    int heartRate = 0;

    bool hasSteps() const { return steps >= 0; }
    bool hasHeartRate() const { return heartRate > 0; }
};

using MinuteSamples = QVector<MinuteSample>;

// Plausibility limits shared by every input path (CSV, watch, demo generator).
constexpr int kMaxStepsPerMinute = 1000;
constexpr int kMinHeartRate = 20;
constexpr int kMaxHeartRate = 250;

} // namespace wristdoc
