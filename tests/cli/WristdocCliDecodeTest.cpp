// Runs the real wristdoc-cli decode on payload hex dumps and checks stdout, stderr and status.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

#include "CliRun.h"

namespace {

const QString kCli = QStringLiteral(WRISTDOC_CLI_PATH);

using wristdoc::test::CliRun;

CliRun decode(const QStringList &arguments) {
    return wristdoc::test::runProgram(kCli, QStringList{QStringLiteral("decode")} + arguments);
}

struct Success {
    const char *name;
    const char *uuid;
    const char *hex;
    const char *json; // the whole of stdout, less its newline
};

class DecodeSuccessTest : public ::testing::TestWithParam<Success> {};

TEST_P(DecodeSuccessTest, PrintsOneLineOfJson) {
    const CliRun run = decode({"--uuid", GetParam().uuid, "--hex", GetParam().hex});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    EXPECT_EQ(run.out.toStdString(), std::string(GetParam().json) + '\n');
    QJsonParseError error;
    QJsonDocument::fromJson(run.out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError);
}

const char *const kHeartRateJson =
    R"({"bpm": 78, "sensorContact": true, "energyExpendedKj": 500, "rrIntervalsMs": [1000.0, 937.5]})";
const char *const kCurrentTimeJson =
    R"({"dateTime": "2025-03-09T14:30:15", "weekday": 7, "fractions256": 0, "adjustReason": 1})";

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeSuccessTest,
    ::testing::Values(
        // The three outputs of the issue, verbatim, through each spelling of the UUID.
        Success{"HeartRateShort", "2a37", "1E 4E F4 01 00 04 C0 03", kHeartRateJson},
        Success{"HeartRatePrefixed", "0x2A37", "1e4ef4010004c003", kHeartRateJson},
        Success{"HeartRateFull", "00002a37-0000-1000-8000-00805f9b34fb", "1E:4E:F4:01:00:04:C0:03",
                kHeartRateJson},
        Success{
            "HeartRateNoContactSupport", "2a37", "00 4E",
            R"({"bpm": 78, "sensorContact": null, "energyExpendedKj": null, "rrIntervalsMs": []})"},
        Success{
            "HeartRateNoContact", "2a37", "04 4E",
            R"({"bpm": 78, "sensorContact": false, "energyExpendedKj": null, "rrIntervalsMs": []})"},
        Success{"Battery", "2a19", "5A", R"({"batteryPercent": 90})"},
        Success{"BatteryUpperCaseFull", "00002A19-0000-1000-8000-00805F9B34FB", "64",
                R"({"batteryPercent": 100})"},
        Success{"CurrentTime", "2a2b", "E9 07 03 09 0E 1E 0F 07 00 01", kCurrentTimeJson},
        Success{"CurrentTimeBraces", "{00002a2b-0000-1000-8000-00805f9b34fb}",
                "E90703090E1E0F070001", kCurrentTimeJson},
        Success{"LocalTimeSeoul", "2a0f", "24 00",
                R"({"timeZoneMinutes": 540, "dstOffsetMinutes": 0})"},
        Success{"Serial", "2a25", "57 44 2D 30 41 37 46 33 00 00",
                R"({"serialNumber": "WD-0A7F3"})"},
        Success{"Manufacturer", "2A29", "", R"({"manufacturerName": ""})"},
        Success{
            "HistoryRecord", "41576a19-a37b-4e0f-8f75-c70269fce97b",
            "01 01 01 00 00 00 CA E2 BA 01 78 00 4E 00",
            R"({"type": "records", "records": [{"sequence": 1, "minute": 29024970, "minuteUtc": "2025-03-09T05:30:00Z", "steps": 120, "heartRate": 78, "flags": 0}]})"},
        Success{
            "HistoryEnd", "41576A19-A37B-4E0F-8F75-C70269FCE97B",
            "02 00 34 12 ED 5E EB 03 00 00 03 00 00 00",
            R"({"type": "endOfBatch", "result": "complete", "historyId": 1592594996, "lastSequence": 1003, "count": 3})"},
        Success{"HistoryControl", "41576a1a-a37b-4e0f-8f75-c70269fce97b",
                "01 EC 03 00 00 34 12 ED 5E",
                R"({"opcode": "requestFrom", "sequence": 1004, "historyId": 1592594996})"},
        Success{"HistoryStatus", "41576a1b-a37b-4e0f-8f75-c70269fce97b",
                "01 34 12 ED 5E 01 00 00 00 60 27 00 00",
                R"({"historyId": 1592594996, "oldestSequence": 1, "newestSequence": 10080})"}),
    [](const ::testing::TestParamInfo<Success> &info) { return info.param.name; });

struct Failure {
    const char *name;
    QStringList arguments;
    const char *stderrLine; // the whole of stderr, less its newline
};

class DecodeFailureTest : public ::testing::TestWithParam<Failure> {};

TEST_P(DecodeFailureTest, OneLineOnStderrAndStatusTwo) {
    const CliRun run = decode(GetParam().arguments);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty()) << run.out.toStdString();
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_EQ(run.err.toStdString(), std::string(GetParam().stderrLine) + '\n');
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeFailureTest,
    ::testing::Values(
        Failure{"SixteenBitRateWithOneByte",
                {"--uuid", "2a37", "--hex", "01 4E"},
                "wristdoc-cli: 0x2A37 Heart Rate Measurement: truncated: the 16-bit heart rate "
                "needs 2 bytes at offset 1, only 1 left"},
        Failure{"OddRrField",
                {"--uuid", "2a37", "--hex", "10 4E 00 04 C0"},
                "wristdoc-cli: 0x2A37 Heart Rate Measurement: the RR-interval field from offset 2 "
                "is 3 bytes, not a whole number of 2-byte intervals"},
        Failure{"EmptyHeartRate",
                {"--uuid", "2a37", "--hex", ""},
                "wristdoc-cli: 0x2A37 Heart Rate Measurement: truncated: empty payload; a heart "
                "rate measurement has at least a flags byte and a rate"},
        Failure{"BatteryOver100",
                {"--uuid", "2a19", "--hex", "65"},
                "wristdoc-cli: 0x2A19 Battery Level: battery level 101 is outside 0-100 %"},
        Failure{"Month13",
                {"--uuid", "2a2b", "--hex", "E9 07 0D 09 0E 1E 0F 07 00 01"},
                "wristdoc-cli: 0x2A2B Current Time: month 13 is outside 1-12 (0 for unknown)"},
        Failure{"CurrentTimeTrailing",
                {"--uuid", "2a2b", "--hex", "E9 07 03 09 0E 1E 0F 07 00 01 FF"},
                "wristdoc-cli: 0x2A2B Current Time: 1 unexpected byte(s) after the 10-byte "
                "current time"},
        Failure{"LocalTimeBadDst",
                {"--uuid", "2a0f", "--hex", "24 03"},
                "wristdoc-cli: 0x2A0F Local Time Information: DST offset 3 is none of 0, 2, 4, 8 "
                "(255 for unknown)"},
        Failure{"SerialWithNewline",
                {"--uuid", "2a25", "--hex", "41 0A 42"},
                "wristdoc-cli: 0x2A25 Serial Number String: control character U+000a in the "
                "string (character 2)"},
        Failure{"BadHexDigit",
                {"--uuid", "2a19", "--hex", "5G"},
                "wristdoc-cli: --hex: 'G' at position 2 is not a hex digit"},
        Failure{"OddHex",
                {"--uuid", "2a19", "--hex", "5A 0"},
                "wristdoc-cli: --hex: \"0\" at position 4 has an odd number of hex digits"},
        Failure{"BadUuid",
                {"--uuid", "heart", "--hex", "00"},
                "wristdoc-cli: --uuid: \"heart\" is not a UUID like 2a37, 0x2A37 or "
                "00002a37-0000-1000-8000-00805f9b34fb"},
        Failure{"UnknownCharacteristic",
                {"--uuid", "2a00", "--hex", "00"},
                "wristdoc-cli: --uuid: no decoder for 0x2A00; known: 2a37, 2a19, 2a2b, 2a0f, "
                "2a29, 2a24, 2a25, 2a26 and the WristDoc history characteristics"},
        Failure{"ServiceIsNotACharacteristic",
                {"--uuid", "180d", "--hex", "00"},
                "wristdoc-cli: --uuid: no decoder for 0x180D; known: 2a37, 2a19, 2a2b, 2a0f, "
                "2a29, 2a24, 2a25, 2a26 and the WristDoc history characteristics"},
        Failure{"HexMissing", {"--uuid", "2a19"}, "wristdoc-cli: --hex \"HEX BYTES\" is required"},
        Failure{"UuidMissing", {"--hex", "5A"}, "wristdoc-cli: --uuid UUID is required"},
        Failure{"HistoryOutOfOrder",
                {"--uuid", "41576a19-a37b-4e0f-8f75-c70269fce97b", "--hex",
                 "01 02 06 00 00 00 CA E2 BA 01 78 00 4E 00 05 00 00 00 CB E2 BA 01 78 00 4E 00"},
                "wristdoc-cli: 41576a19-a37b-4e0f-8f75-c70269fce97b History Record: record 2 has "
                "sequence 5 after 6; sequences in a packet must increase"},
        Failure{"StrayArgument",
                {"--uuid", "2a19", "--hex", "5A", "extra"},
                "wristdoc-cli: decode: unexpected argument 'extra'"}),
    [](const ::testing::TestParamInfo<Failure> &info) { return info.param.name; });

TEST(DecodeCommandTest, ListedInHelp) {
    QProcess process;
    process.start(kCli, {QStringLiteral("--help")});
    ASSERT_TRUE(process.waitForFinished(120000));
    EXPECT_TRUE(process.readAllStandardOutput().contains("decode --uuid UUID --hex \"HEX BYTES\""));
    QProcess commandHelp;
    commandHelp.start(kCli, {QStringLiteral("decode"), QStringLiteral("--help")});
    ASSERT_TRUE(commandHelp.waitForFinished(120000));
    EXPECT_EQ(commandHelp.exitCode(), 0);
    const QByteArray text = commandHelp.readAllStandardOutput();
    EXPECT_TRUE(text.contains("--uuid <UUID>")) << text.toStdString();
    EXPECT_TRUE(text.contains("--hex <HEX BYTES>")) << text.toStdString();
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv); // QProcess needs one
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
