#pragma once

#include "DeviceInformation.h"
#include "MinuteSample.h"

#include <QString>
#include <QtGlobal>

namespace wristdoc {

// Which watch a batch belongs to. The serial number recognises a watch again after a reset that
// changed its Bluetooth address; the address is how it was reached this time.
struct WatchIdentity {
    QString address;
    QString name; // advertised name; may be empty
    DeviceInformation info;
};

// How far the cache holds a watch's history: every record of historyId up to lastSequence is
// stored. historyId 0: nothing stored for this watch yet.
struct WatchSyncPosition {
    quint32 historyId = 0;
    quint32 lastSequence = 0;

    bool operator==(const WatchSyncPosition &other) const {
        return historyId == other.historyId && lastSequence == other.lastSequence;
    }
    bool operator!=(const WatchSyncPosition &other) const { return !(*this == other); }
};

// The outcome of a sink call; detail is English for logs (no personal data).
struct WatchSinkResult {
    enum class Code {
        Ok,
        Full,     // disk full: nothing of the batch was stored
        ReadOnly, // the cache cannot be written
        Failed,   // any other storage failure
    };
    Code code = Code::Ok;
    QString detail;

    bool ok() const { return code == Code::Ok; }
};

// Where the watch session writes history. The storage layer implements it (WatchHistoryStore);
// the session knows nothing of SQL.
class WatchHistorySink {
public:
    virtual ~WatchHistorySink() = default;

    // The stored position for this watch (found by serial number first, then by address); a
    // zero position when the watch is unknown.
    virtual WatchSyncPosition lastStored(const WatchIdentity &watch, WatchSinkResult *result) = 0;

    // Stores samples and the new position together, all or nothing: after a failure neither the
    // samples nor the position changed. samples may be empty (a new history id, or records that
    // were all refused). Minutes are keyed by (watch, minute): a minute stored again replaces
    // itself.
    virtual WatchSinkResult storeBatch(const WatchIdentity &watch, quint32 historyId,
                                       quint32 lastSequence, const MinuteSamples &samples) = 0;
};

} // namespace wristdoc
