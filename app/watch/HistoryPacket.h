#pragma once

#include "ActivityRecord.h"
#include "CodecResult.h"
#include "HistoryBatchEnd.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace wristdoc {

// One notification of the history service's Record characteristic: either a packet of records
// or the end marker of a batch (docs/watch-profile.md).
//   records: 0x01, count uint8 (1-42), count x 12-byte records, sequences strictly increasing
//   end:     0x02, result uint8, history id uint32, last sequence uint32, count uint32
struct HistoryPacket {
    enum class Type : quint8 {
        Records = 0x01,
        EndOfBatch = 0x02,
    };

    static constexpr int kRecordsHeaderSize = 2;
    static constexpr int kEndOfBatchSize = 14;
    // (512 - 2) / 12: what fits in the largest attribute value ATT allows.
    static constexpr int kMaxRecordsPerPacket = 42;

    Type type = Type::Records;
    QVector<ActivityRecord> records; // Type::Records
    HistoryBatchEnd end;             // Type::EndOfBatch

    // How many records a watch packs into one notification at this ATT MTU: a notification
    // carries MTU - 3 bytes. At least 1 (the default MTU of 23), at most kMaxRecordsPerPacket.
    static int recordsPerPacket(int attMtu);

    static HistoryPacket fromRecords(const QVector<ActivityRecord> &records);
    static HistoryPacket fromEnd(const HistoryBatchEnd &end);

    // Refuses: an unknown packet type, a count of 0 or one that disagrees with the length,
    // a record with sequence 0, sequences out of order within the packet, an end marker with
    // history id 0, an unknown result, a truncated packet, trailing bytes.
    static CodecResult<HistoryPacket> decode(QByteArrayView payload);
    // Fails for the values decode() would refuse (and for more than kMaxRecordsPerPacket).
    CodecResult<QByteArray> encode() const;

    bool operator==(const HistoryPacket &other) const;
    bool operator!=(const HistoryPacket &other) const { return !(*this == other); }
};

} // namespace wristdoc
