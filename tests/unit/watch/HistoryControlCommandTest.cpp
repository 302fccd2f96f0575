// History Control Point writes: request-from, acknowledge, abort.
#include "HistoryControlCommand.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

class HistoryControlVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(HistoryControlVectorTest, DecodesAsRecorded) {
    checkWatchVector<HistoryControlCommand>(
        GetParam(), &HistoryControlCommand::decode,
        [](const HistoryControlCommand &value) { return CharacteristicJson::toJson(value); },
        [](const HistoryControlCommand &value) { return value.encode(); });
    checkPrefixesRefused<HistoryControlCommand>(GetParam(), &HistoryControlCommand::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, HistoryControlVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-history-control.txt")),
                         watchVectorName);

TEST(HistoryControlCommandTest, FactoriesEncodeAsDocumented) {
    EXPECT_EQ(HistoryControlCommand::requestFrom(1004, 0x5EED1234).encode().value(),
              QByteArray::fromHex("01ec0300003412ed5e"));
    EXPECT_EQ(HistoryControlCommand::acknowledge(1003).encode().value(),
              QByteArray::fromHex("02eb030000"));
    EXPECT_EQ(HistoryControlCommand::abort().encode().value(), QByteArray::fromHex("03"));
}

TEST(HistoryControlCommandTest, SequenceZeroIsRefusedBothWays) {
    const auto request = HistoryControlCommand::requestFrom(0, 1).encode();
    ASSERT_FALSE(request.ok());
    EXPECT_EQ(request.error().code, CodecError::Code::OutOfRange);
    EXPECT_EQ(request.error().message,
              QStringLiteral("request-from with sequence 0, which is reserved; the first record "
                             "is 1"));
    EXPECT_EQ(HistoryControlCommand::acknowledge(0).encode().error().code,
              CodecError::Code::OutOfRange);
}

TEST(HistoryControlCommandTest, UnknownOpcodeRefusedBeforeLength) {
    for (int opcode = 0; opcode <= 0xFF; ++opcode) {
        if (opcode >= 1 && opcode <= 3)
            continue;
        const auto decoded = HistoryControlCommand::decode(QByteArray(9, char(opcode)));
        ASSERT_FALSE(decoded.ok());
        EXPECT_EQ(decoded.error().code, CodecError::Code::UnknownOpcode) << opcode;
    }
    HistoryControlCommand command;
    command.opcode = static_cast<HistoryControlCommand::Opcode>(0x7F);
    EXPECT_EQ(command.encode().error().code, CodecError::Code::UnknownOpcode);
}

} // namespace
