#pragma once

#include "DashboardSnapshot.h"

#include <QTimeZone>

namespace wristdoc::testing {

// An invented participant's day: 12,345 steps on Sunday 2026-11-22 (Seoul), a week of walks,
// a heart-rate line, points both confirmed and pending.
inline DashboardSnapshot sampleSnapshot() {
    DashboardSnapshot s;
    s.today = QDate(2026, 11, 22);
    s.hasDevice = true;
    s.demoData = true;
    s.todaySteps = 12345;
    s.stepGoal = 8000;
    s.goalPoints = 200;
    const int steps[] = {4321, 8000, 9100, 2500, 7999, 10050, 12345};
    for (int i = 0; i < 7; ++i)
        s.week.append({s.today.addDays(i - 6), steps[i]});
    const QDateTime midnightUtc(QDate(2026, 11, 21), QTime(15, 0), QTimeZone::utc());
    for (int minute = 6 * 60; minute <= 14 * 60; minute += 10)
        s.heartRateToday.append({midnightUtc.addSecs(minute * 60), 60 + (minute / 10) % 45});
    s.restingHeartRate = 62;
    s.averageHeartRate = 75;
    s.maxHeartRate = 128;
    s.confirmedPoints = 12400;
    s.pendingPoints = 600;
    s.halfYearPoints = 34000;
    s.capPerHalfYear = 100000;
    s.conversionMinimum = 5000;
    s.conversionAvailable = true;
    // 14:05 and 09:00 in Seoul.
    s.lastWatchSyncUtc = QDateTime(QDate(2026, 11, 22), QTime(5, 5), QTimeZone::utc());
    s.lastServerConfirmationUtc = QDateTime(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc());
    s.policyVersion = QStringLiteral("2025-03");
    return s;
}

} // namespace wristdoc::testing
