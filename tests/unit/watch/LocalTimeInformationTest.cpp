// Local Time Information (0x2A0F): the zone that turns the watch's wall clock into UTC.
#include "LocalTimeInformation.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

class LocalTimeVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(LocalTimeVectorTest, DecodesAsRecorded) {
    checkWatchVector<LocalTimeInformation>(
        GetParam(), &LocalTimeInformation::decode,
        [](const LocalTimeInformation &value) { return CharacteristicJson::toJson(value); },
        [](const LocalTimeInformation &value) { return value.encode(); });
    checkPrefixesRefused<LocalTimeInformation>(GetParam(), &LocalTimeInformation::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, LocalTimeVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-local-time.txt")),
                         watchVectorName);

TEST(LocalTimeInformationTest, EveryByteOfEachField) {
    int zones = 0;
    int offsets = 0;
    for (int byte = 0; byte <= 0xFF; ++byte) {
        QByteArray zone(2, '\0');
        zone[0] = char(byte);
        zones += LocalTimeInformation::decode(zone).ok() ? 1 : 0;
        QByteArray dst(2, '\0');
        dst[1] = char(byte);
        offsets += LocalTimeInformation::decode(dst).ok() ? 1 : 0;
    }
    EXPECT_EQ(zones, 48 + 56 + 1 + 1); // -48..+56 and -128
    EXPECT_EQ(offsets, 5);             // 0, 2, 4, 8, 255
}

TEST(LocalTimeInformationTest, FromTimeZone) {
    const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime summer(QDate(2026, 7, 15), QTime(12, 0), Qt::UTC);

    const LocalTimeInformation seoul =
        LocalTimeInformation::fromTimeZone(QTimeZone("Asia/Seoul"), summer);
    EXPECT_EQ(seoul.timeZone, 36);
    EXPECT_EQ(seoul.dstOffset, 0);
    EXPECT_EQ(seoul.utcOffsetMinutes(), 540);
    EXPECT_EQ(seoul.encode().value(), QByteArray::fromHex("2400"));

    const LocalTimeInformation berlinWinter =
        LocalTimeInformation::fromTimeZone(QTimeZone("Europe/Berlin"), winter);
    EXPECT_EQ(berlinWinter.timeZone, 4);
    EXPECT_EQ(berlinWinter.dstOffset, 0);
    const LocalTimeInformation berlinSummer =
        LocalTimeInformation::fromTimeZone(QTimeZone("Europe/Berlin"), summer);
    EXPECT_EQ(berlinSummer.timeZone, 4);
    EXPECT_EQ(berlinSummer.dstOffset, 4);
    EXPECT_EQ(berlinSummer.utcOffsetMinutes(), 120);

    const LocalTimeInformation kathmandu =
        LocalTimeInformation::fromTimeZone(QTimeZone("Asia/Kathmandu"), summer);
    EXPECT_EQ(kathmandu.utcOffsetMinutes(), 345);

    // Local mean time of 1900 is no whole quarter hour: unknown rather than wrong.
    const LocalTimeInformation oldSeoul = LocalTimeInformation::fromTimeZone(
        QTimeZone("Asia/Seoul"), QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC));
    EXPECT_EQ(oldSeoul.timeZone, LocalTimeInformation::kUnknownTimeZone);
    EXPECT_FALSE(oldSeoul.isKnown());
    EXPECT_EQ(oldSeoul.utcOffsetMinutes(), 0);

    EXPECT_FALSE(LocalTimeInformation::fromTimeZone(QTimeZone(), summer).isKnown());
}

TEST(LocalTimeInformationTest, EncodeRefusesWhatDecodeRefuses) {
    LocalTimeInformation value;
    value.timeZone = 57;
    value.dstOffset = 0;
    EXPECT_EQ(value.encode().error().code, CodecError::Code::OutOfRange);
    value.timeZone = 36;
    value.dstOffset = 6;
    EXPECT_EQ(value.encode().error().message,
              QStringLiteral("DST offset 6 is none of 0, 2, 4, 8 (255 for unknown)"));
    value.dstOffset = LocalTimeInformation::kUnknownDstOffset;
    EXPECT_EQ(value.encode().value(), QByteArray::fromHex("24ff"));
}

} // namespace
