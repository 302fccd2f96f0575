#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wristdoc {

// A write to the history service's Control Point characteristic (docs/watch-profile.md).
//   0x01 RequestFrom:  from sequence uint32, history id uint32 (0: whatever the watch holds)
//   0x02 Acknowledge:  up to sequence uint32 (stored durably; the watch may free them)
//   0x03 Abort:        nothing more
struct HistoryControlCommand {
    enum class Opcode : quint8 {
        RequestFrom = 0x01,
        Acknowledge = 0x02,
        Abort = 0x03,
    };

    static constexpr int kRequestFromSize = 9;
    static constexpr int kAcknowledgeSize = 5;
    static constexpr int kAbortSize = 1;

    Opcode opcode = Opcode::Abort;
    quint32 sequence = 0;  // RequestFrom: first wanted; Acknowledge: last stored. Never 0.
    quint32 historyId = 0; // RequestFrom only

    static HistoryControlCommand requestFrom(quint32 sequence, quint32 historyId);
    static HistoryControlCommand acknowledge(quint32 sequence);
    static HistoryControlCommand abort();

    // Refuses an unknown opcode, a wrong length for the opcode, and sequence 0.
    static CodecResult<HistoryControlCommand> decode(QByteArrayView payload);
    CodecResult<QByteArray> encode() const;

    bool operator==(const HistoryControlCommand &other) const;
    bool operator!=(const HistoryControlCommand &other) const { return !(*this == other); }
};

} // namespace wristdoc
