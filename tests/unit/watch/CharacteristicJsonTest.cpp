// The JSON of wristdoc-cli decode: dispatch by UUID, number and string formatting.
#include "CharacteristicJson.h"
#include "WatchProfile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

QString decode(const QUuid &uuid, const char *hex) {
    const auto result = CharacteristicJson::decode(uuid, QByteArray::fromHex(hex));
    return result.ok() ? result.value() : QStringLiteral("error ") + result.error().message;
}

TEST(CharacteristicJsonTest, IssueExamplesVerbatim) {
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A37), "1e4ef4010004c003"),
              QStringLiteral("{\"bpm\": 78, \"sensorContact\": true, \"energyExpendedKj\": 500, "
                             "\"rrIntervalsMs\": [1000.0, 937.5]}"));
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A19), "5a"),
              QStringLiteral("{\"batteryPercent\": 90}"));
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A2B), "e90703090e1e0f070001"),
              QStringLiteral("{\"dateTime\": \"2025-03-09T14:30:15\", \"weekday\": 7, "
                             "\"fractions256\": 0, \"adjustReason\": 1}"));
}

TEST(CharacteristicJsonTest, DeviceInformationKeysFollowTheCharacteristic) {
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A29), "5744"),
              QStringLiteral("{\"manufacturerName\": \"WD\"}"));
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A24), "5744"),
              QStringLiteral("{\"modelNumber\": \"WD\"}"));
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A25), "574400"),
              QStringLiteral("{\"serialNumber\": \"WD\"}"));
    EXPECT_EQ(decode(WatchProfile::fromShort(0x2A26), "312e30"),
              QStringLiteral("{\"firmwareRevision\": \"1.0\"}"));
}

TEST(CharacteristicJsonTest, VendorCharacteristicsDispatch) {
    EXPECT_EQ(decode(WatchProfile::historyControlPoint(), "03"),
              QStringLiteral("{\"opcode\": \"abort\"}"));
    EXPECT_TRUE(decode(WatchProfile::historyStatus(), "012a0000000000000000000000")
                    .startsWith(QLatin1String("{\"historyId\": 42,")));
    EXPECT_TRUE(decode(WatchProfile::historyRecord(), "02002a0000000000000000000000")
                    .contains(QLatin1String("\"endOfBatch\"")));
}

TEST(CharacteristicJsonTest, UnknownUuidIsAnError) {
    EXPECT_FALSE(CharacteristicJson::isKnown(WatchProfile::fromShort(0x2A00)));
    EXPECT_FALSE(CharacteristicJson::isKnown(WatchProfile::historyService()));
    EXPECT_TRUE(CharacteristicJson::isKnown(WatchProfile::historyRecord()));
    const auto result = CharacteristicJson::decode(WatchProfile::fromShort(0x2A00), "x");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, CodecError::Code::UnknownUuid);
    EXPECT_EQ(result.error().message, QStringLiteral("no decoder for 0x2A00"));
}

TEST(CharacteristicJsonTest, DecodeErrorsPassThrough) {
    const auto result =
        CharacteristicJson::decode(WatchProfile::fromShort(0x2A37), QByteArray::fromHex("014e"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, CodecError::Code::Truncated);
}

TEST(CharacteristicJsonTest, DecimalsKeepOneFractionDigitAndAreExact) {
    EXPECT_EQ(CharacteristicJson::decimal(1000.0), QStringLiteral("1000.0"));
    EXPECT_EQ(CharacteristicJson::decimal(937.5), QStringLiteral("937.5"));
    EXPECT_EQ(CharacteristicJson::decimal(0.0), QStringLiteral("0.0"));
    EXPECT_EQ(CharacteristicJson::decimal(0.9765625), QStringLiteral("0.9765625"));
    EXPECT_EQ(CharacteristicJson::decimal(63999.0234375), QStringLiteral("63999.0234375"));
    // Every RR value's text reads back as the same double.
    for (int raw = 0; raw <= 0xFFFF; raw += 97) {
        const double ms = raw * 1000.0 / 1024.0;
        EXPECT_EQ(CharacteristicJson::decimal(ms).toDouble(), ms) << raw;
    }
}

TEST(CharacteristicJsonTest, StringsAreValidJson) {
    const QString text = QStringLiteral("a\"b\\c\x01\td\u00e9\uc190");
    const QString json = QStringLiteral("{\"k\": %1}").arg(CharacteristicJson::string(text));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    EXPECT_EQ(document.object().value(QLatin1String("k")).toString(), text);
}

TEST(CharacteristicJsonTest, EveryOutputIsValidJson) {
    const struct {
        QUuid uuid;
        const char *hex;
    } cases[] = {
        {WatchProfile::fromShort(0x2A37), "1e4ef4010004c003"},
        {WatchProfile::fromShort(0x2A37), "0000"},
        {WatchProfile::fromShort(0x2A19), "00"},
        {WatchProfile::fromShort(0x2A2B), "00000000000000000000"},
        {WatchProfile::fromShort(0x2A25), "22"},
        {WatchProfile::historyRecord(), "0101ffffffffffffffffe803fa00"},
        {WatchProfile::historyControlPoint(), "01ec0300003412ed5e"},
        {WatchProfile::historyControlPoint(), "02eb030000"},
        {WatchProfile::historyStatus(), "013412ed5e0100000060270000"},
    };
    for (const auto &c : cases) {
        const QString json = decode(c.uuid, c.hex);
        QJsonParseError error;
        QJsonDocument::fromJson(json.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << c.hex << ": " << json.toStdString();
        EXPECT_FALSE(json.contains(QLatin1Char('\n')));
    }
}

} // namespace
