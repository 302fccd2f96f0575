#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace wristdoc {

// What one history sync did, for the pairing screen and the tests.
struct WatchSyncSummary {
    quint32 historyId = 0;
    quint32 fromSequence = 0; // first sequence asked for
    quint32 lastSequence = 0; // every record up to this one is stored now
    quint32 expected = 0;     // records the watch said it had from fromSequence on
    int recordsStored = 0;    // records written to the cache in this sync
    int recordsRefused = 0;   // implausible records, counted and not stored
    int duplicatesDropped = 0;
    int corruptPackets = 0;
    int requests = 0;        // Request From writes (re-requests after a corrupt or lost packet)
    quint32 gapRecords = 0;  // records the watch no longer held (its ring overwrote them)
    bool watchReset = false; // the history id changed, or the history went back
    bool complete = false;   // everything the watch held is stored
};

} // namespace wristdoc

Q_DECLARE_METATYPE(wristdoc::WatchSyncSummary)
