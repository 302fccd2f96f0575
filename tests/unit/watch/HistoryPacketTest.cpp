// History Record notifications: records packets and end markers of the WristDoc history service.
#include "HistoryPacket.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

class HistoryPacketVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(HistoryPacketVectorTest, DecodesAsRecorded) {
    checkWatchVector<HistoryPacket>(
        GetParam(), &HistoryPacket::decode,
        [](const HistoryPacket &value) { return CharacteristicJson::toJson(value); },
        [](const HistoryPacket &value) { return value.encode(); });
    checkPrefixesRefused<HistoryPacket>(GetParam(), &HistoryPacket::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, HistoryPacketVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-history-record.txt")),
                         watchVectorName);

ActivityRecord record(quint32 sequence, quint32 minute, quint16 steps = 10, quint8 bpm = 70) {
    ActivityRecord value;
    value.sequence = sequence;
    value.minute = minute;
    value.steps = steps;
    value.heartRate = bpm;
    return value;
}

TEST(HistoryPacketTest, RecordFieldsAndTheCacheShape) {
    const auto decoded = HistoryPacket::decode(
        QByteArray::fromHex("0102e9030000cae2ba0178004e00ea030000cbe2ba01ffff0000"));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    ASSERT_EQ(decoded.value().type, HistoryPacket::Type::Records);
    const QVector<ActivityRecord> &records = decoded.value().records;
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].sequence, 1001u);
    EXPECT_EQ(records[0].minuteUtc(), QDateTime(QDate(2025, 3, 9), QTime(5, 30), Qt::UTC));
    EXPECT_EQ(records[0].steps, 120);
    EXPECT_EQ(records[0].heartRate, 78);

    const MinuteSample first = records[0].toMinuteSample();
    EXPECT_EQ(first.minuteUtc,
              QDateTime(QDate(2025, 3, 9), QTime(5, 30), Qt::UTC).toSecsSinceEpoch());
    EXPECT_EQ(first.steps, 120);
    EXPECT_EQ(first.heartRate, 78);

    EXPECT_FALSE(records[1].hasSteps());
    EXPECT_FALSE(records[1].hasHeartRate());
    const MinuteSample second = records[1].toMinuteSample();
    EXPECT_FALSE(second.hasSteps());
    EXPECT_FALSE(second.hasHeartRate());
    EXPECT_EQ(second.minuteUtc % 60, 0);
}

TEST(HistoryPacketTest, RecordsPerPacketFollowsTheMtu) {
    EXPECT_EQ(HistoryPacket::recordsPerPacket(23), 1);   // default MTU: 20-byte notifications
    EXPECT_EQ(HistoryPacket::recordsPerPacket(0), 1);    // never less than one
    EXPECT_EQ(HistoryPacket::recordsPerPacket(185), 15); // a common phone/central MTU
    EXPECT_EQ(HistoryPacket::recordsPerPacket(247), 20); // LE data length extension
    EXPECT_EQ(HistoryPacket::recordsPerPacket(517), 42); // Qt/BlueZ maximum
    EXPECT_EQ(HistoryPacket::recordsPerPacket(100000), HistoryPacket::kMaxRecordsPerPacket);
    for (const int mtu : {23, 64, 185, 247, 517}) {
        const int count = HistoryPacket::recordsPerPacket(mtu);
        EXPECT_LE(HistoryPacket::kRecordsHeaderSize + count * ActivityRecord::kSize, mtu - 3);
    }
    EXPECT_LE(HistoryPacket::kEndOfBatchSize, 23 - 3); // an end marker fits the default MTU
}

TEST(HistoryPacketTest, FullPacketRoundTrips) {
    QVector<ActivityRecord> records;
    for (quint32 i = 0; i < HistoryPacket::kMaxRecordsPerPacket; ++i)
        records.append(record(500 + i, 29024970 + i, quint16(i * 7), quint8(60 + i)));
    const auto encoded = HistoryPacket::fromRecords(records).encode();
    ASSERT_TRUE(encoded.ok()) << encoded.error().message.toStdString();
    EXPECT_EQ(encoded.value().size(), 2 + 42 * 12);
    EXPECT_LE(encoded.value().size(), 512);
    const auto decoded = HistoryPacket::decode(encoded.value());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().records, records);
}

TEST(HistoryPacketTest, EncodeRefusesWhatDecodeRefuses) {
    EXPECT_EQ(HistoryPacket::fromRecords({}).encode().error().code, CodecError::Code::OutOfRange);
    QVector<ActivityRecord> tooMany;
    for (quint32 i = 1; i <= 43; ++i)
        tooMany.append(record(i, i));
    EXPECT_EQ(HistoryPacket::fromRecords(tooMany).encode().error().code, CodecError::Code::TooLong);
    EXPECT_EQ(HistoryPacket::fromRecords({record(0, 1)}).encode().error().code,
              CodecError::Code::OutOfRange);
    EXPECT_EQ(HistoryPacket::fromRecords({record(5, 1), record(5, 2)}).encode().error().code,
              CodecError::Code::Inconsistent);

    HistoryBatchEnd end;
    end.historyId = 0;
    EXPECT_EQ(HistoryPacket::fromEnd(end).encode().error().code, CodecError::Code::OutOfRange);
    end.historyId = 7;
    end.count = 3;
    end.lastSequence = 2;
    EXPECT_EQ(HistoryPacket::fromEnd(end).encode().error().code, CodecError::Code::Inconsistent);
    end.lastSequence = 3;
    EXPECT_TRUE(HistoryPacket::fromEnd(end).encode().ok());
    end.result = static_cast<HistoryBatchEnd::Result>(9);
    EXPECT_EQ(HistoryPacket::fromEnd(end).encode().error().code, CodecError::Code::UnknownOpcode);
}

TEST(HistoryPacketTest, SequencesMayJumpButNotGoBack) {
    // A gap (records the watch overwrote) is for the sync to report; disorder is corruption.
    const auto gap = HistoryPacket::fromRecords({record(3, 10), record(9, 11)}).encode();
    ASSERT_TRUE(gap.ok());
    EXPECT_TRUE(HistoryPacket::decode(gap.value()).ok());
    const auto message =
        HistoryPacket::decode(
            QByteArray::fromHex("010206000000cae2ba0178004e0005000000cbe2ba0178004e00"))
            .error()
            .message;
    EXPECT_EQ(message, QStringLiteral(
                           "record 2 has sequence 5 after 6; sequences in a packet must increase"));
}

TEST(HistoryPacketTest, TruncatedRecordsSayHowMuchIsMissing) {
    const auto decoded = HistoryPacket::decode(QByteArray::fromHex("010201000000cae2ba0178004e00"));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, CodecError::Code::Truncated);
    EXPECT_EQ(decoded.error().message,
              QStringLiteral("truncated: 2 record(s) needs 24 bytes at offset 2, only 12 left"));
}

} // namespace
