#pragma once

#include "ActivityDaySummary.h"
#include "PointsPolicy.h"
#include "ServerLedger.h"

#include <QVector>

namespace wristdoc {

// A local day as the reconciliation sees it: the newest revision and how far its upload got.
struct LocalActivityDay {
    enum class Upload { Queued, Credited, Refused };
    ActivityDaySummary summary;
    Upload upload = Upload::Queued;
};

struct ReconciledDay {
    enum class Status { Matched, Pending, Mismatch, ServerOnly };
    QDate date;
    Status status = Status::Pending;
    // Why, as a stable code: "points-differ", "steps-differ", "missing-credit", "older-revision"
    // for mismatches; "uploading", "server-pending" for pending days; empty when matched.
    QString reason;
    int steps = 0;         // local steps (the server's for a ServerOnly day)
    int expectedPoints = 0; // from the local steps and the policy
    int creditedPoints = 0; // the server's (0 when absent)
    int revision = 0;      // local revision
    int serverRevision = 0; // 0 when the server has no record
    int serverSteps = 0;
    QString digest;
    QString policyVersion;
};

struct Reconciliation {
    QVector<ReconciledDay> days; // ascending
    int expectedTotal = 0;
    int creditedTotal = 0;
    int pendingPoints = 0;  // expected for days the server has not credited yet
    int disputedPoints = 0; // expected minus credited, over mismatching days, when positive
    QVector<ReconciledDay> mismatches() const;
    bool allMatch() const { return mismatches().isEmpty(); }
};

// Compares, day by day, the points WristDoc expects from its own samples and the policy with
// the points the server's ledger credits. Pure: no clock, storage or network.
//
// The participant's age is counted by year of birth (the year of the day minus the birth year),
// as the server does: it keeps only the birth year (docs/api.md).
class Reconciler {
public:
    Reconciler(PointsPolicy policy, int birthYear);

    // local: the newest revision of each day, any order. Days outside [from, to] are ignored.
    Reconciliation compare(const QVector<LocalActivityDay> &local, const ServerLedger &server,
                           const QDate &from, const QDate &to) const;

    int expectedPoints(const QDate &date, int steps) const;

private:
    PointsPolicy m_policy;
    int m_birthYear;
};

} // namespace wristdoc
