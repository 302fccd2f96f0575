#pragma once

#include "ActivityDaySummary.h"
#include "PointsPolicy.h"
#include "StorageError.h"

namespace wristdoc {

class Database;

// Builds a local day's summary for the server from the stored per-minute samples of real
// watches (demo history is never uploaded): steps, minutes worn, steps per local hour, the
// watch's name and the digest of the minutes. The revision is left at 1; the uploader numbers it.
class ActivityDayBuilder {
public:
    ActivityDayBuilder(Database &database, PointsPolicy policy);

    // false when the day has no step minute from a real watch, or on error.
    bool build(const QString &participantId, const QDate &date, ActivityDaySummary *out,
               StorageError *error = nullptr) const;

private:
    Database &m_database;
    PointsPolicy m_policy;
};

} // namespace wristdoc
