// Hex dumps as support staff paste them.
#include "HexDump.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

struct HexCase {
    const char *name;
    const char *text;
    const char *bytes; // plain hex of the expected bytes, or nullptr for an error
    const char *error; // part of the error, when bytes is nullptr
};

class HexDumpParseTest : public ::testing::TestWithParam<HexCase> {};

TEST_P(HexDumpParseTest, Parses) {
    QByteArray bytes = "untouched";
    QString error;
    const bool ok = HexDump::parse(QString::fromUtf8(GetParam().text), &bytes, &error);
    if (GetParam().bytes) {
        ASSERT_TRUE(ok) << error.toStdString();
        EXPECT_EQ(bytes, QByteArray::fromHex(GetParam().bytes));
    } else {
        ASSERT_FALSE(ok);
        EXPECT_EQ(bytes, QByteArray("untouched"));
        EXPECT_TRUE(error.contains(QString::fromUtf8(GetParam().error))) << error.toStdString();
        EXPECT_FALSE(error.contains(QLatin1Char('\n')));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Forms, HexDumpParseTest,
    ::testing::Values(HexCase{"Spaced", "1E 4E F4 01", "1e4ef401", nullptr},
                      HexCase{"Packed", "1e4ef401", "1e4ef401", nullptr},
                      HexCase{"Colons", "1E:4E:F4:01", "1e4ef401", nullptr},
                      HexCase{"Mixed", " 1E4E\tF4 01 ", "1e4ef401", nullptr},
                      HexCase{"Empty", "", "", nullptr}, HexCase{"Blank", "   ", "", nullptr},
                      HexCase{"OddToken", "1E 4 EF", nullptr, "\"4\" at position 4 has an odd"},
                      HexCase{"OddPacked", "1E4", nullptr, "odd number of hex digits"},
                      HexCase{"NotHex", "1E 4G", nullptr, "'G' at position 5 is not a hex digit"},
                      HexCase{"Prefix", "0x1E", nullptr, "'x' at position 2"},
                      HexCase{"Comma", "1E,4E", nullptr, "',' at position 3"},
                      HexCase{"Newline", "1E\n4E", nullptr, "U+000a at position 3"}),
    [](const ::testing::TestParamInfo<HexCase> &info) { return info.param.name; });

TEST(HexDumpTest, FormatIsUpperCaseSpacedPairs) {
    EXPECT_EQ(HexDump::format(QByteArray::fromHex("1e4ef401")), QStringLiteral("1E 4E F4 01"));
    EXPECT_EQ(HexDump::format(QByteArray()), QString());
}

TEST(HexDumpTest, FormatThenParseIsIdentity) {
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QByteArray parsed;
    QString error;
    ASSERT_TRUE(HexDump::parse(HexDump::format(all), &parsed, &error));
    EXPECT_EQ(parsed, all);
}

} // namespace
