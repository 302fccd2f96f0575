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

// The same day for a linked person ("엄마", one of two on this computer) whose points the
// programme credited wrongly on two days: 18 November is missing from its ledger, 20 November
// got 100 P instead of 200 P.
inline DashboardSnapshot pointsCheckSnapshot() {
    DashboardSnapshot s = sampleSnapshot();
    s.demoData = false;
    s.linked = true;
    s.participantLabel = QStringLiteral("P-****0001");
    s.mismatches.append({QDate(2026, 11, 18), 8214, 200, 0, QStringLiteral("missing-credit")});
    s.mismatches.append({QDate(2026, 11, 20), 9050, 200, 100, QStringLiteral("points-differ")});
    s.disputedPoints = 300;
    s.conversionDeadline = QDate(2027, 1, 31);
    // 13:30 in Seoul.
    s.lastLedgerCheckUtc = QDateTime(QDate(2026, 11, 22), QTime(4, 30), QTimeZone::utc());
    s.profiles = {{QStringLiteral("p1"), QStringLiteral("엄마"), true},
                  {QStringLiteral("p2"), QStringLiteral("아빠"), false}};
    s.activeProfileId = QStringLiteral("p1");
    return s;
}

} // namespace wristdoc::testing
