#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

// Everything the dashboard shows, read once from the cache. Plain data so the widgets can be
// tested with any values and never touch storage.
struct DashboardSnapshot
{
    struct DayTotal
    {
        QDate date;
        int steps = 0;
    };
    struct HeartRatePoint
    {
        QDateTime timeUtc;
        int bpm = 0;
    };

    QDate today; // local date in the policy's time zone
    bool hasDevice = false;
    bool demoData = false;

    int todaySteps = 0;
    int stepGoal = 8000;   // from the walking rule for the participant's age today
    int goalPoints = 200;  // points the goal earns today (multiplier applied)

    QVector<DayTotal> week; // seven days ending today, ascending, zeros included

    QVector<HeartRatePoint> heartRateToday; // ascending; empty when no reading
    int restingHeartRate = 0;               // 0: unknown
    int averageHeartRate = 0;
    int maxHeartRate = 0;

    int confirmedPoints = 0;  // available balance credited by the server
    int pendingPoints = 0;    // computed locally, not yet confirmed
    int halfYearPoints = 0;   // confirmed + pending in the current half-year
    int capPerHalfYear = 100000;
    int conversionMinimum = 5000;
    bool conversionAvailable = false;

    QDateTime lastWatchSyncUtc;         // invalid: never
    QDateTime lastServerConfirmationUtc; // invalid: never
    QString policyVersion;
};

} // namespace wristdoc
