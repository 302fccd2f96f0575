#pragma once

#include "Clock.h"
#include "StorageError.h"
#include "WatchHistorySink.h"

struct sqlite3;

namespace wristdoc {

class Database;

// The cache side of a watch history sync (WatchHistorySink): per watch the history id and the
// last stored sequence (table watch_sync_state), written in the same transaction as the samples
// and their daily rollups, so a crash or a dropped link can never leave samples without the
// position that covers them, or a position ahead of its samples.
//
// A watch is found by its serial number first (a reset may change its Bluetooth address), then
// by address; a watch seen for the first time gets a device row. Samples are keyed by
// (device, minute), so a minute delivered again replaces itself.
class WatchHistoryStore final : public WatchHistorySink {
public:
    struct Options {
        // Devices this store creates are demo devices, removable with the demo data (set at the
        // composition root when it syncs from the simulated watch).
        bool demo = false;
    };

    WatchHistoryStore(Database &database, const Clock &clock);
    WatchHistoryStore(Database &database, const Clock &clock, const Options &options);

    WatchSyncPosition lastStored(const WatchIdentity &watch, WatchSinkResult *result) override;
    WatchSinkResult storeBatch(const WatchIdentity &watch, quint32 historyId, quint32 lastSequence,
                               const MinuteSamples &samples) override;

    // The device row the watch's history goes to; 0 when the watch has none yet.
    qint64 deviceIdFor(const WatchIdentity &watch, StorageError *error = nullptr) const;

    static WatchSinkResult toSinkResult(const StorageError &error);

private:
    qint64 findDevice(sqlite3 *db, const WatchIdentity &watch, QString *storedAddress,
                      int *rc) const;
    StorageError store(sqlite3 *db, const WatchIdentity &watch, quint32 historyId,
                       quint32 lastSequence, const MinuteSamples &samples);

    Database &m_database;
    const Clock &m_clock;
    Options m_options;
};

} // namespace wristdoc
