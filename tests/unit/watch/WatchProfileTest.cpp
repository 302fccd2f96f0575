// UUIDs of the profile, and the forms support staff type them in.
#include "WatchProfile.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

TEST(WatchProfileTest, ShortFormsLiveInTheBluetoothBaseUuid) {
    EXPECT_EQ(WatchProfile::fromShort(0x2A37),
              QUuid::fromString(QStringLiteral("00002a37-0000-1000-8000-00805f9b34fb")));
    EXPECT_EQ(WatchProfile::toShort(WatchProfile::fromShort(0x180D)), quint16(0x180D));
    EXPECT_FALSE(WatchProfile::toShort(WatchProfile::historyRecord()).has_value());
    EXPECT_FALSE(WatchProfile::toShort(WatchProfile::fromShort(0x12345678)).has_value());
}

TEST(WatchProfileTest, VendorUuidsAreTheDocumentedOnes) {
    EXPECT_EQ(WatchProfile::historyService().toString(QUuid::WithoutBraces),
              QStringLiteral("41576a18-a37b-4e0f-8f75-c70269fce97b"));
    EXPECT_EQ(WatchProfile::historyRecord().toString(QUuid::WithoutBraces),
              QStringLiteral("41576a19-a37b-4e0f-8f75-c70269fce97b"));
    EXPECT_EQ(WatchProfile::historyControlPoint().toString(QUuid::WithoutBraces),
              QStringLiteral("41576a1a-a37b-4e0f-8f75-c70269fce97b"));
    EXPECT_EQ(WatchProfile::historyStatus().toString(QUuid::WithoutBraces),
              QStringLiteral("41576a1b-a37b-4e0f-8f75-c70269fce97b"));
    EXPECT_EQ(WatchProfile::historyService().version(), QUuid::Random);
}

struct ParseCase {
    const char *name;
    const char *text;
    const char *expected; // 128-bit form, or "" for "not a UUID"
};

class WatchProfileParseTest : public ::testing::TestWithParam<ParseCase> {};

TEST_P(WatchProfileParseTest, Parses) {
    const QUuid parsed = WatchProfile::parse(QString::fromUtf8(GetParam().text));
    if (*GetParam().expected == '\0')
        EXPECT_TRUE(parsed.isNull()) << parsed.toString().toStdString();
    else
        EXPECT_EQ(parsed.toString(QUuid::WithoutBraces), QLatin1String(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(
    Forms, WatchProfileParseTest,
    ::testing::Values(ParseCase{"Short", "2a37", "00002a37-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"ShortUpper", "2A37", "00002a37-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"ShortPrefixed", "0x2A37", "00002a37-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"ShortPrefixedUpperX", "0X2a19",
                                "00002a19-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"ThirtyTwoBit", "00002a2b", "00002a2b-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"Full", "00002A37-0000-1000-8000-00805F9B34FB",
                                "00002a37-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"Braces", "{00002a37-0000-1000-8000-00805f9b34fb}",
                                "00002a37-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"Spaces", "  2a37 ", "00002a37-0000-1000-8000-00805f9b34fb"},
                      ParseCase{"Vendor", "41576a19-a37b-4e0f-8f75-c70269fce97b",
                                "41576a19-a37b-4e0f-8f75-c70269fce97b"},
                      ParseCase{"Empty", "", ""}, ParseCase{"ThreeDigits", "a37", ""},
                      ParseCase{"FiveDigits", "2a370", ""}, ParseCase{"NotHex", "2g37", ""},
                      ParseCase{"PrefixOnly", "0x", ""}, ParseCase{"Name", "heart-rate", ""},
                      ParseCase{"PrefixedFull", "0x00002a37-0000-1000-8000-00805f9b34fb", ""},
                      ParseCase{"CutFull", "00002a37-0000-1000-8000-00805f9b34", ""},
                      ParseCase{"Sign", "+2a3", ""}),
    [](const ::testing::TestParamInfo<ParseCase> &info) { return info.param.name; });

TEST(WatchProfileTest, DisplayAndNames) {
    EXPECT_EQ(WatchProfile::displayString(WatchProfile::fromShort(0x2A37)),
              QStringLiteral("0x2A37"));
    EXPECT_EQ(WatchProfile::displayString(WatchProfile::historyRecord()),
              QStringLiteral("41576a19-a37b-4e0f-8f75-c70269fce97b"));
    EXPECT_EQ(WatchProfile::characteristicName(WatchProfile::fromShort(0x2A2B)),
              QStringLiteral("Current Time"));
    EXPECT_EQ(WatchProfile::characteristicName(WatchProfile::historyStatus()),
              QStringLiteral("History Status"));
    EXPECT_TRUE(WatchProfile::characteristicName(WatchProfile::fromShort(0x2A00)).isEmpty());
    EXPECT_TRUE(WatchProfile::characteristicName(WatchProfile::historyService()).isEmpty());
}

} // namespace
