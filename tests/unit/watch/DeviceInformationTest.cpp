// Device Information strings (0x2A29, 0x2A24, 0x2A25, 0x2A26): strict UTF-8, NUL padding.
#include "DeviceInformation.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

class DeviceInformationVectorTest : public ::testing::TestWithParam<WatchVector> {};

// QString has no encode(); wrap it so the shared checks apply.
struct Text {
    QString value;
    bool operator==(const Text &other) const { return value == other.value; }
};

CodecResult<Text> decodeText(QByteArrayView payload) {
    const CodecResult<QString> decoded = DeviceInformation::decodeString(payload);
    if (!decoded.ok())
        return CodecResult<Text>::failure(decoded.error());
    return Text{decoded.value()};
}

TEST_P(DeviceInformationVectorTest, DecodesAsRecorded) {
    checkWatchVector<Text>(
        GetParam(), &decodeText,
        [](const Text &text) { return CharacteristicJson::string(text.value); },
        [](const Text &text) { return DeviceInformation::encodeString(text.value); });
}

INSTANTIATE_TEST_SUITE_P(Recorded, DeviceInformationVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-device-information.txt")),
                         watchVectorName);

TEST(DeviceInformationTest, LengthLimitCountsTextNotPadding) {
    const QByteArray limit(DeviceInformation::kMaxStringBytes, 'A');
    ASSERT_TRUE(DeviceInformation::decodeString(limit).ok());
    EXPECT_EQ(DeviceInformation::decodeString(limit).value().size(), 64);

    const auto over = DeviceInformation::decodeString(limit + 'A');
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().code, CodecError::Code::TooLong);
    EXPECT_EQ(over.error().message,
              QStringLiteral("65 bytes of text; a device information string holds at most 64"));

    // A short text padded to the largest attribute is fine; one byte more is not an attribute.
    const QByteArray padded =
        QByteArray("WD") + QByteArray(DeviceInformation::kMaxPayload - 2, '\0');
    EXPECT_EQ(DeviceInformation::decodeString(padded).value(), QStringLiteral("WD"));
    const auto huge = DeviceInformation::decodeString(padded + '\0');
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().code, CodecError::Code::TooLong);
}

TEST(DeviceInformationTest, LimitIsInBytesNotCharacters) {
    // 21 Hangul syllables are 63 bytes; 22 are 66.
    const QString fits = QString(21, QChar(0xC190));
    EXPECT_TRUE(DeviceInformation::decodeString(fits.toUtf8()).ok());
    EXPECT_EQ(DeviceInformation::decodeString(QString(22, QChar(0xC190)).toUtf8()).error().code,
              CodecError::Code::TooLong);
}

TEST(DeviceInformationTest, InvalidUtf8NamesTheOffset) {
    const auto decoded = DeviceInformation::decodeString(QByteArray::fromHex("5744c0af"));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().message, QStringLiteral("not valid UTF-8 at offset 2 (byte 0xc0)"));
}

TEST(DeviceInformationTest, EveryTwoByteLeadAndContinuation) {
    // Leads C2-DF take 80-BF; C0 and C1 would be overlong, anything else is no lead.
    for (int lead = 0x80; lead <= 0xFF; ++lead) {
        for (int next = 0x00; next <= 0xFF; ++next) {
            QByteArray bytes;
            bytes.append(char(lead));
            bytes.append(char(next));
            const bool wellFormed = lead >= 0xC2 && lead <= 0xDF && next >= 0x80 && next <= 0xBF;
            const auto decoded = DeviceInformation::decodeString(bytes);
            if (wellFormed) {
                // U+0080..U+009F are C1 controls, refused as such.
                const bool control = lead == 0xC2 && next <= 0x9F;
                EXPECT_EQ(decoded.error().code,
                          control ? CodecError::Code::ControlCharacter : CodecError::Code::None)
                    << std::hex << lead << ' ' << next;
            } else {
                EXPECT_EQ(decoded.error().code, CodecError::Code::InvalidUtf8)
                    << std::hex << lead << ' ' << next;
            }
        }
    }
}

TEST(DeviceInformationTest, EncodeRefusesWhatDecodeRefuses) {
    EXPECT_EQ(DeviceInformation::encodeString(QStringLiteral("WD")).value(), QByteArray("WD"));
    EXPECT_EQ(DeviceInformation::encodeString(QStringLiteral("a\nb")).error().code,
              CodecError::Code::ControlCharacter);
    EXPECT_EQ(DeviceInformation::encodeString(QString(65, QLatin1Char('x'))).error().code,
              CodecError::Code::TooLong);
    EXPECT_EQ(DeviceInformation::encodeString(QString(QChar(0xD800))).error().code,
              CodecError::Code::InvalidUtf8);
}

TEST(DeviceInformationTest, ShortCodeIsTheSerialsLastFourCharacters) {
    DeviceInformation info;
    EXPECT_EQ(info.shortCode(), QString());
    info.serialNumber = QStringLiteral("wd-2025-00a7f3");
    EXPECT_EQ(info.shortCode(), QStringLiteral("A7F3"));
    info.serialNumber = QStringLiteral("x9");
    EXPECT_EQ(info.shortCode(), QStringLiteral("X9"));
}

} // namespace
