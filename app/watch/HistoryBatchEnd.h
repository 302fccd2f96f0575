#pragma once

#include <QtGlobal>

namespace wristdoc {

// The end marker that closes a batch of history records (packet type 0x02 on the Record
// characteristic; docs/watch-profile.md).
struct HistoryBatchEnd {
    enum class Result : quint8 {
        Complete = 0x00,       // every record from the requested sequence to lastSequence was sent
        Aborted = 0x01,        // stopped early: an Abort command, or the watch had to stop
        HistoryChanged = 0x02, // the request named another history id: the watch was reset
    };

    Result result = Result::Complete;
    quint32 historyId = 0;    // the watch's current history id; never 0
    quint32 lastSequence = 0; // the last record sent; for an empty batch the newest held (0: none)
    quint32 count = 0;        // records sent in this batch

    bool operator==(const HistoryBatchEnd &other) const {
        return result == other.result && historyId == other.historyId &&
               lastSequence == other.lastSequence && count == other.count;
    }
    bool operator!=(const HistoryBatchEnd &other) const { return !(*this == other); }
};

} // namespace wristdoc
