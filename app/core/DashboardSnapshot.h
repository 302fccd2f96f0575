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

    // One day whose points the server credited differently from what the local samples and the
    // policy give (reconciliation, app/core Reconciler).
    struct PointsCheckDay
    {
        QDate date;
        int steps = 0;          // the local day's steps (the revision uploaded last)
        int expectedPoints = 0; // from the local steps and the policy
        int creditedPoints = 0; // what the server's ledger shows (0 when the day is absent)
        QString reason;         // Reconciler reason code, e.g. "points-differ", "missing-credit"
    };
    // A person on this computer (a household may have several).
    struct Profile
    {
        QString id;
        QString name;        // chosen by the household, e.g. "엄마"; may be empty
        bool linked = false; // has a participant link (token) to the programme
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

    // Reconciliation with the server's ledger (linked profiles only).
    bool linked = false;
    QString participantLabel;             // masked participant number, e.g. "P-****0001"
    QVector<PointsCheckDay> mismatches;   // ascending by date
    int disputedPoints = 0;               // expected but not credited, over mismatching days
    QDate conversionDeadline;             // from the server; invalid: not known yet
    QDateTime lastLedgerCheckUtc;         // invalid: never compared
    QVector<Profile> profiles;            // at least the active one
    QString activeProfileId;

    QDateTime lastWatchSyncUtc;         // invalid: never
    QDateTime lastServerConfirmationUtc; // invalid: never
    QString policyVersion;
};

} // namespace wristdoc
