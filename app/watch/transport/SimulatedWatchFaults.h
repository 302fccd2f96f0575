#pragma once

#include <QtGlobal>

#include <optional>

namespace wristdoc {

// Faults the simulated watch can inject, to test what real watches and real radio links do to a
// sync. One-shot faults clear themselves once they have happened; the others hold while set.
struct SimulatedWatchFaults {
    static constexpr int kLowBatteryPercent = 7;

    // No Bluetooth hardware, or Bluetooth switched off: scans and connections fail at once.
    bool noAdapter = false;
    bool adapterOff = false;
    // The watch does not answer connection attempts (it left the counter).
    bool outOfRange = false;

    // One-shot: the link drops just before the record with this sequence would be sent; the
    // records before it in the same packet still arrive. 0: off.
    quint32 disconnectAtSequence = 0;
    // Every n-th records packet of a connection arrives twice. 0: off.
    int duplicateEveryNthPacket = 0;
    // Every n-th records packet of a connection arrives after the packet that follows it. 0: off.
    int reorderEveryNthPacket = 0;
    // Every n-th records packet of a connection is cut short, so its decoder refuses it. 0: off.
    int corruptEveryNthPacket = 0;

    // The watch's clock is this many seconds off at every new connection (600: ten minutes fast).
    std::optional<qint64> clockOffsetSecs;
    // Battery reads report kLowBatteryPercent.
    bool lowBattery = false;
    // Current Time writes are refused with ATT error 0x80.
    bool refuseTimeWrite = false;
    // The watch hangs: requests get no answer and notifications stop, while the link stays up
    // (the stale connection a session must notice and drop).
    bool stopsAnswering = false;

    // One-shot: the watch is reset as the next connection opens: a new history id, sequences from
    // 1 again. It keeps its newest resetKeepsRecords minutes, renumbered (a firmware update that
    // re-journals them); the rest of its history is erased.
    bool resetOnConnect = false;
    // One-shot: the same reset between the Status read and the next Request From, so the request
    // names the old history id and is answered with "history changed".
    bool resetBeforeRequest = false;
    int resetKeepsRecords = 0;
};

} // namespace wristdoc
