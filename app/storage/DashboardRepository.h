#pragma once

#include "Clock.h"
#include "DashboardSnapshot.h"
#include "PointsPolicy.h"
#include "StorageError.h"

#include <QDate>

namespace wristdoc {

class Database;

// Builds a DashboardSnapshot from rollups and the ledger (never from a scan of raw samples,
// except the one day of heart-rate minutes the chart draws).
class DashboardRepository {
public:
    DashboardRepository(Database &database, const Clock &clock, PointsPolicy policy);

    DashboardSnapshot snapshot(StorageError *error = nullptr) const;

    // The participant's birth date as stored in the app state (a default when unset).
    QDate birthDate() const;

    // AppStateStore key of the participant's birth date (ISO 8601 date).
    static QString birthDateKey() { return QStringLiteral("participant.birthDate"); }

private:
    QDate birthDateOn(const QDate &today) const;

    Database &m_database;
    const Clock &m_clock;
    PointsPolicy m_policy;
};

} // namespace wristdoc
