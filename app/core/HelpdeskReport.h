#pragma once

#include "ActivityDaySummary.h"
#include "Reconciler.h"

#include <QByteArray>
#include <QDateTime>

namespace wristdoc {

// What a participant hands the helpdesk about a day whose points differ: the day's summary
// (steps, minutes worn, steps per hour, digest, revision, policy version) and both figures with
// the reason. Nothing else: no participant number, name, watch or birth year; the helpdesk asks
// who is calling, and the digest lets it match the day with the server's copy.
class HelpdeskReport {
public:
    static QByteArray toJson(const ReconciledDay &day, const ActivityDaySummary &summary,
                             const QDateTime &generatedUtc);
    // "wristdoc-report-2026-11-18.json"
    static QString fileName(const QDate &date);
};

} // namespace wristdoc
