// Battery Level (0x2A19): one byte, 0-100.
#include "BatteryLevel.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

class BatteryVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(BatteryVectorTest, DecodesAsRecorded) {
    checkWatchVector<BatteryLevel>(
        GetParam(), &BatteryLevel::decode,
        [](const BatteryLevel &value) { return CharacteristicJson::toJson(value); },
        [](const BatteryLevel &value) { return value.encode(); });
    checkPrefixesRefused<BatteryLevel>(GetParam(), &BatteryLevel::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, BatteryVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-battery.txt")),
                         watchVectorName);

TEST(BatteryLevelTest, EveryByteValue) {
    for (int byte = 0; byte <= 255; ++byte) {
        const QByteArray payload(1, char(byte));
        const auto decoded = BatteryLevel::decode(payload);
        if (byte <= 100) {
            ASSERT_TRUE(decoded.ok()) << byte;
            EXPECT_EQ(decoded.value().percent, byte);
            EXPECT_EQ(decoded.value().encode().value(), payload);
        } else {
            ASSERT_FALSE(decoded.ok()) << byte;
            EXPECT_EQ(decoded.error().code, CodecError::Code::OutOfRange);
            EXPECT_EQ(decoded.error().message,
                      QStringLiteral("battery level %1 is outside 0-100 %").arg(byte));
        }
    }
}

TEST(BatteryLevelTest, EncodeRefusesOutOfRange) {
    for (const int percent : {-1, 101, 255, 1000}) {
        BatteryLevel value;
        value.percent = percent;
        const auto encoded = value.encode();
        ASSERT_FALSE(encoded.ok()) << percent;
        EXPECT_EQ(encoded.error().code, CodecError::Code::OutOfRange);
        EXPECT_TRUE(encoded.value().isEmpty());
    }
}

} // namespace
