#include "HistoryPacket.h"

#include "ByteReader.h"
#include "ByteWriter.h"

#include <QtGlobal>

namespace wristdoc {

namespace {

using Result = CodecResult<HistoryPacket>;

constexpr int kNotificationOverhead = 3; // ATT opcode and attribute handle
constexpr quint8 kMaxResult = static_cast<quint8>(HistoryBatchEnd::Result::HistoryChanged);

// Shared by decode and encode, so the two refuse the same things.
CodecError checkRecords(const QVector<ActivityRecord> &records) {
    if (records.isEmpty())
        return {CodecError::Code::OutOfRange,
                QStringLiteral("a records packet holds at least one record")};
    if (records.size() > HistoryPacket::kMaxRecordsPerPacket) {
        return {CodecError::Code::TooLong, QStringLiteral("%1 records; a packet holds at most %2")
                                               .arg(records.size())
                                               .arg(HistoryPacket::kMaxRecordsPerPacket)};
    }
    for (int i = 0; i < records.size(); ++i) {
        if (records[i].sequence == 0) {
            return {CodecError::Code::OutOfRange,
                    QStringLiteral("record %1 has sequence 0, which is reserved").arg(i + 1)};
        }
        if (i > 0 && records[i].sequence <= records[i - 1].sequence) {
            return {CodecError::Code::Inconsistent,
                    QStringLiteral("record %1 has sequence %2 after %3; sequences in a packet "
                                   "must increase")
                        .arg(i + 1)
                        .arg(records[i].sequence)
                        .arg(records[i - 1].sequence)};
        }
    }
    return {};
}

CodecError checkEnd(const HistoryBatchEnd &end) {
    if (static_cast<quint8>(end.result) > kMaxResult) {
        return {CodecError::Code::UnknownOpcode,
                QStringLiteral("unknown end-of-batch result 0x%1")
                    .arg(uint(static_cast<quint8>(end.result)), 2, 16, QLatin1Char('0'))};
    }
    if (end.historyId == 0)
        return {CodecError::Code::OutOfRange,
                QStringLiteral("history id 0 is reserved; a watch's history id is never 0")};
    if (end.count > end.lastSequence) {
        return {CodecError::Code::Inconsistent,
                QStringLiteral("%1 records sent, yet the last sequence is %2")
                    .arg(end.count)
                    .arg(end.lastSequence)};
    }
    return {};
}

Result decodeRecords(ByteReader &reader) {
    quint8 count = 0;
    if (!reader.readU8(&count))
        return Result::failure(CodecError::Code::Truncated,
                               reader.shortfall(QStringLiteral("the record count"), 1));
    if (count == 0)
        return Result::failure(CodecError::Code::OutOfRange,
                               QStringLiteral("a records packet holds at least one record"));
    const qsizetype expected = qsizetype(count) * ActivityRecord::kSize;
    if (reader.remaining() < expected) {
        return Result::failure(
            CodecError::Code::Truncated,
            reader.shortfall(QStringLiteral("%1 record(s)").arg(count), expected));
    }
    if (reader.remaining() > expected) {
        return Result::failure(CodecError::Code::TrailingBytes,
                               QStringLiteral("%1 unexpected byte(s) after %2 record(s)")
                                   .arg(reader.remaining() - expected)
                                   .arg(count));
    }
    HistoryPacket packet;
    packet.type = HistoryPacket::Type::Records;
    packet.records.reserve(count);
    for (int i = 0; i < count; ++i) {
        ActivityRecord record;
        // The length was checked above; every read succeeds.
        reader.readU32(&record.sequence);
        reader.readU32(&record.minute);
        reader.readU16(&record.steps);
        reader.readU8(&record.heartRate);
        reader.readU8(&record.flags);
        packet.records.append(record);
    }
    const CodecError error = checkRecords(packet.records);
    if (error.isError())
        return Result::failure(error);
    return packet;
}

Result decodeEnd(ByteReader &reader) {
    const qsizetype expected = HistoryPacket::kEndOfBatchSize - 1;
    if (reader.remaining() < expected)
        return Result::failure(CodecError::Code::Truncated,
                               reader.shortfall(QStringLiteral("the end marker"), expected));
    if (reader.remaining() > expected) {
        return Result::failure(CodecError::Code::TrailingBytes,
                               QStringLiteral("%1 unexpected byte(s) after the %2-byte end marker")
                                   .arg(reader.remaining() - expected)
                                   .arg(HistoryPacket::kEndOfBatchSize));
    }
    quint8 result = 0;
    HistoryPacket packet;
    packet.type = HistoryPacket::Type::EndOfBatch;
    reader.readU8(&result);
    reader.readU32(&packet.end.historyId);
    reader.readU32(&packet.end.lastSequence);
    reader.readU32(&packet.end.count);
    packet.end.result = static_cast<HistoryBatchEnd::Result>(result);
    const CodecError error = checkEnd(packet.end);
    if (error.isError())
        return Result::failure(error);
    return packet;
}

} // namespace

int HistoryPacket::recordsPerPacket(int attMtu) {
    const int fit = (attMtu - kNotificationOverhead - kRecordsHeaderSize) / ActivityRecord::kSize;
    return qBound(1, fit, kMaxRecordsPerPacket);
}

HistoryPacket HistoryPacket::fromRecords(const QVector<ActivityRecord> &records) {
    HistoryPacket packet;
    packet.type = Type::Records;
    packet.records = records;
    return packet;
}

HistoryPacket HistoryPacket::fromEnd(const HistoryBatchEnd &end) {
    HistoryPacket packet;
    packet.type = Type::EndOfBatch;
    packet.end = end;
    return packet;
}

Result HistoryPacket::decode(QByteArrayView payload) {
    ByteReader reader(payload);
    quint8 type = 0;
    if (!reader.readU8(&type))
        return Result::failure(CodecError::Code::Truncated,
                               QStringLiteral("truncated: empty history packet"));
    switch (type) {
    case static_cast<quint8>(Type::Records):
        return decodeRecords(reader);
    case static_cast<quint8>(Type::EndOfBatch):
        return decodeEnd(reader);
    default:
        return Result::failure(CodecError::Code::UnknownOpcode,
                               QStringLiteral("unknown history packet type 0x%1")
                                   .arg(uint(type), 2, 16, QLatin1Char('0')));
    }
}

CodecResult<QByteArray> HistoryPacket::encode() const {
    using Bytes = CodecResult<QByteArray>;
    if (type == Type::EndOfBatch) {
        const CodecError error = checkEnd(end);
        if (error.isError())
            return Bytes::failure(error);
        ByteWriter writer(kEndOfBatchSize);
        writer.writeU8(static_cast<quint8>(Type::EndOfBatch));
        writer.writeU8(static_cast<quint8>(end.result));
        writer.writeU32(end.historyId);
        writer.writeU32(end.lastSequence);
        writer.writeU32(end.count);
        return writer.bytes();
    }
    const CodecError error = checkRecords(records);
    if (error.isError())
        return Bytes::failure(error);
    ByteWriter writer(kRecordsHeaderSize + records.size() * ActivityRecord::kSize);
    writer.writeU8(static_cast<quint8>(Type::Records));
    writer.writeU8(static_cast<quint8>(records.size()));
    for (const ActivityRecord &record : records) {
        writer.writeU32(record.sequence);
        writer.writeU32(record.minute);
        writer.writeU16(record.steps);
        writer.writeU8(record.heartRate);
        writer.writeU8(record.flags);
    }
    return writer.bytes();
}

bool HistoryPacket::operator==(const HistoryPacket &other) const {
    if (type != other.type)
        return false;
    return type == Type::Records ? records == other.records : end == other.end;
}

} // namespace wristdoc
