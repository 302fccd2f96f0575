#pragma once

#include "Clock.h"
#include "PointsPolicy.h"
#include "StorageError.h"

namespace wristdoc {

class Database;

// Fills a fresh cache with deterministic simulated watch history (a demo device, per-minute steps
// and heart rate, and confirmed points for older days) so a first start shows a living dashboard.
// Everything it writes is marked as demo data and removed by DeviceStore::removeDemoData().
class DemoDataSeeder {
public:
    struct Options {
        int days = 21;                // history ending at the clock's current minute
        quint32 seed = 9988;          // same seed, same history
        int confirmedUpToDaysAgo = 3; // days older than this get a confirmed ledger row
    };

    DemoDataSeeder(Database &database, const Clock &clock, PointsPolicy policy);

    // Seeds only when the cache has no device at all; returns without writing otherwise.
    StorageError seedIfEmpty(const Options &options);
    StorageError seedIfEmpty() { return seedIfEmpty(Options()); }

private:
    Database &m_database;
    const Clock &m_clock;
    PointsPolicy m_policy;
};

} // namespace wristdoc
