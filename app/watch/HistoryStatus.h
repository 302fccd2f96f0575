#pragma once

#include "CodecResult.h"

#include <QByteArray>
#include <QByteArrayView>

namespace wristdoc {

// The history service's Status characteristic (read, notify): what the watch holds.
//   format version uint8 (1), history id uint32, oldest sequence uint32, newest sequence uint32
// A watch that is reset, or whose history is erased, picks a new random history id and starts
// its sequences at 1 again (docs/watch-profile.md, "Watch reset").
struct HistoryStatus {
    static constexpr int kSize = 13;
    static constexpr quint8 kFormatVersion = 1;

    quint32 historyId = 0;      // never 0
    quint32 oldestSequence = 0; // 0 with newestSequence 0: no records held
    quint32 newestSequence = 0;

    bool isEmpty() const { return newestSequence == 0; }
    quint32 recordCount() const { return isEmpty() ? 0 : newestSequence - oldestSequence + 1; }

    // Refuses: another format version, history id 0, oldest > newest, exactly one of the two 0,
    // a wrong length.
    static CodecResult<HistoryStatus> decode(QByteArrayView payload);
    CodecResult<QByteArray> encode() const;
    CodecError validate() const;

    bool operator==(const HistoryStatus &other) const {
        return historyId == other.historyId && oldestSequence == other.oldestSequence &&
               newestSequence == other.newestSequence;
    }
    bool operator!=(const HistoryStatus &other) const { return !(*this == other); }
};

} // namespace wristdoc
