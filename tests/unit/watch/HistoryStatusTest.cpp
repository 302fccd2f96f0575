// History Status: history id and the sequence range the watch holds.
#include "HistoryStatus.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

class HistoryStatusVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(HistoryStatusVectorTest, DecodesAsRecorded) {
    checkWatchVector<HistoryStatus>(
        GetParam(), &HistoryStatus::decode,
        [](const HistoryStatus &value) { return CharacteristicJson::toJson(value); },
        [](const HistoryStatus &value) { return value.encode(); });
    checkPrefixesRefused<HistoryStatus>(GetParam(), &HistoryStatus::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, HistoryStatusVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-history-status.txt")),
                         watchVectorName);

TEST(HistoryStatusTest, CountsWhatTheWatchHolds) {
    HistoryStatus status;
    status.historyId = 42;
    EXPECT_TRUE(status.isEmpty());
    EXPECT_EQ(status.recordCount(), 0u);
    status.oldestSequence = 1;
    status.newestSequence = 10080;
    EXPECT_FALSE(status.isEmpty());
    EXPECT_EQ(status.recordCount(), 10080u);
    status.oldestSequence = 10080;
    EXPECT_EQ(status.recordCount(), 1u);
}

TEST(HistoryStatusTest, EncodeRefusesWhatDecodeRefuses) {
    HistoryStatus status;
    EXPECT_EQ(status.encode().error().code, CodecError::Code::OutOfRange); // history id 0
    status.historyId = 42;
    EXPECT_EQ(status.encode().value(), QByteArray::fromHex("012a0000000000000000000000"));
    status.newestSequence = 5;
    EXPECT_EQ(status.encode().error().code, CodecError::Code::Inconsistent);
    status.oldestSequence = 6;
    EXPECT_EQ(status.encode().error().code, CodecError::Code::Inconsistent);
    status.oldestSequence = 5;
    EXPECT_TRUE(status.encode().ok());
}

} // namespace
