#pragma once

#include "MinuteSample.h"
#include "PointsCalculator.h"

#include <QTimeZone>
#include <QVector>

namespace wristdoc {

// Sums per-minute steps into local calendar days of a time zone (the policy's), ascending, one
// entry per day that has at least one step sample (a day of zero-step minutes gives steps 0).
// Minutes without a step value (heart rate only) do not make a day.
class DailyStepAggregator {
public:
    static QVector<DaySteps> aggregate(const MinuteSamples &samples, const QTimeZone &zone);
    static QVector<DaySteps> aggregate(const MinuteSamples &samples, const PointsPolicy &policy);
};

} // namespace wristdoc
