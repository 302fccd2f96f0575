// Heart Rate Measurement (0x2A37): the recorded vectors, then the codec's fields one by one.
#include "HeartRateMeasurement.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

using Contact = HeartRateMeasurement::SensorContact;

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

class HeartRateVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(HeartRateVectorTest, DecodesAsRecorded) {
    checkWatchVector<HeartRateMeasurement>(
        GetParam(), &HeartRateMeasurement::decode,
        [](const HeartRateMeasurement &value) { return CharacteristicJson::toJson(value); },
        [](const HeartRateMeasurement &value) { return value.encode(); });
}

TEST_P(HeartRateVectorTest, FixedLayoutPrefixesAreRefused) {
    // Without the RR flag every field has a fixed size, so no shorter payload is valid; with
    // it, a shorter payload is legitimately a measurement with fewer intervals.
    const WatchVector &vector = GetParam();
    if (!vector.payload.isEmpty() &&
        (quint8(vector.payload[0]) & HeartRateMeasurement::kFlagRrIntervals) == 0)
        checkPrefixesRefused<HeartRateMeasurement>(vector, &HeartRateMeasurement::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, HeartRateVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-heart-rate.txt")),
                         watchVectorName);

TEST(HeartRateMeasurementTest, VectorFileCoversEveryCase) {
    const QVector<WatchVector> vectors = loadWatchVectors("watch-heart-rate.txt");
    EXPECT_GE(vectors.size(), 25);
    int errors = 0;
    for (const WatchVector &vector : vectors)
        errors += vector.expectsError() ? 1 : 0;
    EXPECT_GE(errors, 10);
}

TEST(HeartRateMeasurementTest, IssueExampleFieldByField) {
    const auto decoded = HeartRateMeasurement::decode(hex("1e4ef4010004c003"));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    const HeartRateMeasurement &value = decoded.value();
    EXPECT_EQ(value.bpm, 78);
    EXPECT_FALSE(value.rate16Bit);
    EXPECT_EQ(value.sensorContact, Contact::Detected);
    ASSERT_TRUE(value.energyExpendedKj.has_value());
    EXPECT_EQ(*value.energyExpendedKj, 500);
    EXPECT_EQ(value.rrIntervals, (QVector<quint16>{1024, 960}));
    EXPECT_EQ(value.rrIntervalsMs(), (QVector<double>{1000.0, 937.5}));
}

TEST(HeartRateMeasurementTest, SixteenBitRateReadsLittleEndian) {
    const auto decoded = HeartRateMeasurement::decode(hex("010201"));
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().bpm, 0x0102);
    EXPECT_TRUE(decoded.value().rate16Bit);
}

TEST(HeartRateMeasurementTest, SensorContactNeedsTheSupportedBit) {
    EXPECT_EQ(HeartRateMeasurement::decode(hex("0048")).value().sensorContact,
              Contact::NotSupported);
    EXPECT_EQ(HeartRateMeasurement::decode(hex("0248")).value().sensorContact,
              Contact::NotSupported);
    EXPECT_EQ(HeartRateMeasurement::decode(hex("0448")).value().sensorContact,
              Contact::NotDetected);
    EXPECT_EQ(HeartRateMeasurement::decode(hex("0648")).value().sensorContact, Contact::Detected);
}

TEST(HeartRateMeasurementTest, ErrorsNameTheFieldAndOffset) {
    const auto rate = HeartRateMeasurement::decode(hex("014e"));
    ASSERT_FALSE(rate.ok());
    EXPECT_EQ(rate.error().code, CodecError::Code::Truncated);
    EXPECT_EQ(rate.error().message,
              QStringLiteral("truncated: the 16-bit heart rate needs 2 bytes at offset 1, only 1 "
                             "left"));

    const auto rr = HeartRateMeasurement::decode(hex("104e0004c0"));
    ASSERT_FALSE(rr.ok());
    EXPECT_EQ(rr.error().code, CodecError::Code::OddRrLength);
    EXPECT_TRUE(rr.error().message.contains(QLatin1String("offset 2 is 3 bytes")))
        << rr.error().message.toStdString();

    const auto trailing = HeartRateMeasurement::decode(hex("004e00"));
    ASSERT_FALSE(trailing.ok());
    EXPECT_EQ(trailing.error().code, CodecError::Code::TrailingBytes);
    EXPECT_TRUE(trailing.error().message.contains(QLatin1String("offset 2")));
}

TEST(HeartRateMeasurementTest, FailedDecodeHoldsADefaultValue) {
    const auto decoded = HeartRateMeasurement::decode(hex("08ff"));
    ASSERT_FALSE(decoded.ok());
    EXPECT_TRUE(decoded.value() == HeartRateMeasurement());
}

struct EncodeCase {
    const char *name;
    HeartRateMeasurement value;
    const char *hex;
};

class HeartRateEncodeTest : public ::testing::TestWithParam<EncodeCase> {};

TEST_P(HeartRateEncodeTest, EncodesCanonically) {
    const auto encoded = GetParam().value.encode();
    ASSERT_TRUE(encoded.ok()) << encoded.error().message.toStdString();
    EXPECT_EQ(encoded.value(), hex(GetParam().hex));
    const auto decoded = HeartRateMeasurement::decode(encoded.value());
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.value().bpm, GetParam().value.bpm);
    EXPECT_EQ(decoded.value().rrIntervals, GetParam().value.rrIntervals);
}

HeartRateMeasurement measurement(quint16 bpm, Contact contact, std::optional<quint16> energy,
                                 QVector<quint16> rr, bool wide = false) {
    HeartRateMeasurement value;
    value.bpm = bpm;
    value.sensorContact = contact;
    value.energyExpendedKj = energy;
    value.rrIntervals = rr;
    value.rate16Bit = wide;
    return value;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, HeartRateEncodeTest,
    ::testing::Values(
        EncodeCase{"Plain", measurement(78, Contact::NotSupported, {}, {}), "004e"},
        EncodeCase{"Detected", measurement(78, Contact::Detected, {}, {}), "064e"},
        EncodeCase{"NotDetected", measurement(78, Contact::NotDetected, {}, {}), "044e"},
        EncodeCase{"RateAbove255GoesWide", measurement(256, Contact::NotSupported, {}, {}),
                   "010001"},
        EncodeCase{"WideOnRequest", measurement(60, Contact::NotSupported, {}, {}, true), "013c00"},
        EncodeCase{"IssueExample", measurement(78, Contact::Detected, 500, {1024, 960}),
                   "1e4ef4010004c003"},
        EncodeCase{"EnergyZeroIsPresent", measurement(78, Contact::NotSupported, 0, {}),
                   "084e0000"}),
    [](const ::testing::TestParamInfo<EncodeCase> &info) { return info.param.name; });

TEST(HeartRateMeasurementTest, EncodeRefusesMoreThanAnAttributeHolds) {
    // 1 flags + 1 rate + 2 * 255 = 512 bytes fit; one interval more does not.
    HeartRateMeasurement value = measurement(70, Contact::NotSupported, {}, {});
    value.rrIntervals = QVector<quint16>(255, 800);
    ASSERT_TRUE(value.encode().ok());
    EXPECT_EQ(value.encode().value().size(), 512);
    value.rrIntervals.append(800);
    const auto encoded = value.encode();
    ASSERT_FALSE(encoded.ok());
    EXPECT_EQ(encoded.error().code, CodecError::Code::TooLong);
}

TEST(HeartRateMeasurementTest, DecodeRefusesMoreThanAnAttributeHolds) {
    // The fuzzer's find: 513 bytes decoded, then could not be encoded again.
    QFile file(QStringLiteral(WRISTDOC_FUZZ_CORPUS "/heart-rate/regression-513-bytes"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray payload = file.readAll();
    ASSERT_EQ(payload.size(), 513);
    const auto decoded = HeartRateMeasurement::decode(payload);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, CodecError::Code::TooLong);
    EXPECT_EQ(decoded.error().message,
              QStringLiteral("513-byte heart rate measurement; an attribute holds at most 512 "
                             "bytes"));
    // One RR interval fewer decodes, and re-encodes to as many bytes (reserved bit 5 dropped).
    const auto fits = HeartRateMeasurement::decode(payload.left(511));
    ASSERT_TRUE(fits.ok()) << fits.error().message.toStdString();
    EXPECT_EQ(fits.value().rrIntervals.size(), 253);
    ASSERT_TRUE(fits.value().encode().ok());
    EXPECT_EQ(fits.value().encode().value().mid(1), payload.left(511).mid(1));
    QByteArray widest(512, '\0');
    widest[0] = char(HeartRateMeasurement::kFlagRrIntervals);
    widest[1] = char(70);
    ASSERT_TRUE(HeartRateMeasurement::decode(widest).ok());
    EXPECT_EQ(HeartRateMeasurement::decode(widest).value().rrIntervals.size(), 255);
}

TEST(HeartRateMeasurementTest, RrConversionIsExact) {
    EXPECT_EQ(HeartRateMeasurement::rrToMs(0), 0.0);
    EXPECT_EQ(HeartRateMeasurement::rrToMs(1), 0.9765625);
    EXPECT_EQ(HeartRateMeasurement::rrToMs(512), 500.0);
    EXPECT_EQ(HeartRateMeasurement::rrToMs(65535), 63999.0234375);
}

TEST(HeartRateMeasurementTest, DecodeReadsOnlyTheViewGiven) {
    // The view ends before the rate byte; the byte behind it in memory must not be read.
    const QByteArray buffer = hex("0148ff");
    const auto decoded = HeartRateMeasurement::decode(QByteArrayView(buffer).first(2));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.error().code, CodecError::Code::Truncated);
}

} // namespace
