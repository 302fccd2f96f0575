#include "Reconciler.h"

#include "PointsCalculator.h"

#include <QMap>

namespace wristdoc {

QVector<ReconciledDay> Reconciliation::mismatches() const {
    QVector<ReconciledDay> out;
    for (const ReconciledDay &day : days) {
        if (day.status == ReconciledDay::Status::Mismatch)
            out.append(day);
    }
    return out;
}

Reconciler::Reconciler(PointsPolicy policy, int birthYear)
    : m_policy(std::move(policy))
    , m_birthYear(birthYear) {}

int Reconciler::expectedPoints(const QDate &date, int steps) const {
    // 1 January of the birth year: on every day of a year the age is year - birth year.
    const QDate birth(m_birthYear, 1, 1);
    return PointsCalculator(m_policy).evaluateDay(DaySteps{date, steps}, birth, 0).points;
}

Reconciliation Reconciler::compare(const QVector<LocalActivityDay> &local,
                                   const ServerLedger &server, const QDate &from,
                                   const QDate &to) const {
    QMap<QDate, const LocalActivityDay *> mine;
    for (const LocalActivityDay &day : local) {
        if (day.summary.date >= from && day.summary.date <= to)
            mine.insert(day.summary.date, &day);
    }
    QMap<QDate, const LedgerDay *> theirs;
    for (const LedgerDay &day : server.days) {
        if (day.date >= from && day.date <= to)
            theirs.insert(day.date, &day);
    }
    QVector<QDate> dates = mine.keys().toVector();
    for (const QDate &date : theirs.keys()) {
        if (!mine.contains(date))
            dates.append(date);
    }
    std::sort(dates.begin(), dates.end());

    // Points per day in date order, so the half-year cap falls where the server puts it when
    // days are uploaded in order.
    QVector<DaySteps> steps;
    for (const QDate &date : dates) {
        if (mine.contains(date))
            steps.append({date, mine.value(date)->summary.steps});
    }
    const QVector<DayPoints> points =
        PointsCalculator(m_policy).evaluate(steps, QDate(m_birthYear, 1, 1));
    QMap<QDate, int> expected;
    for (const DayPoints &p : points)
        expected.insert(p.date, p.points);

    Reconciliation out;
    using Status = ReconciledDay::Status;
    for (const QDate &date : dates) {
        ReconciledDay day;
        day.date = date;
        const LocalActivityDay *l = mine.value(date, nullptr);
        const LedgerDay *s = theirs.value(date, nullptr);
        if (s) {
            day.creditedPoints = s->state == QLatin1String("pending") ? 0 : s->points;
            day.serverRevision = s->revision;
            day.serverSteps = s->steps;
        }
        if (!l) {
            // Uploaded from another computer of the same participant: nothing to compare with.
            day.status = Status::ServerOnly;
            day.steps = s->steps;
            out.days.append(day);
            continue;
        }
        day.steps = l->summary.steps;
        day.revision = l->summary.revision;
        day.digest = l->summary.digest;
        day.policyVersion = l->summary.policyVersion;
        day.expectedPoints = expected.value(date);
        const bool credited = l->upload == LocalActivityDay::Upload::Credited;
        if (!s) {
            day.status = credited ? Status::Mismatch : Status::Pending;
            day.reason = credited ? QStringLiteral("missing-credit") : QStringLiteral("uploading");
        } else if (s->revision < l->summary.revision) {
            day.status = credited ? Status::Mismatch : Status::Pending;
            day.reason = credited ? QStringLiteral("older-revision") : QStringLiteral("uploading");
        } else if (s->state == QLatin1String("pending")) {
            day.status = Status::Pending;
            day.reason = QStringLiteral("server-pending");
        } else if (s->steps != l->summary.steps) {
            day.status = Status::Mismatch;
            day.reason = QStringLiteral("steps-differ");
        } else if (s->points != day.expectedPoints) {
            day.status = Status::Mismatch;
            day.reason = QStringLiteral("points-differ");
        } else {
            day.status = Status::Matched;
        }
        out.expectedTotal += day.expectedPoints;
        out.creditedTotal += day.creditedPoints;
        if (day.status == Status::Pending)
            out.pendingPoints += day.expectedPoints;
        if (day.status == Status::Mismatch)
            out.disputedPoints += std::max(0, day.expectedPoints - day.creditedPoints);
        out.days.append(day);
    }
    return out;
}

} // namespace wristdoc
