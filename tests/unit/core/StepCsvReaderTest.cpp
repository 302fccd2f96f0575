#include "StepCsvReader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

StepCsvReader::Result readText(const QByteArray &text) {
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return StepCsvReader::read(buffer, QStringLiteral("steps.csv"));
}

qint64 utc(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toSecsSinceEpoch();
}

} // namespace

TEST(StepCsvReaderTest, ReadsStepsFormat) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps\n"
                                                  "2026-03-01T14:59:00Z,120\n"
                                                  "2026-03-01T15:00:00Z,0\n");
    ASSERT_TRUE(result.ok) << result.error.toString().toStdString();
    EXPECT_EQ(result.format, StepCsvReader::Format::Steps);
    ASSERT_EQ(result.samples.size(), 2);
    EXPECT_EQ(result.samples.at(0).minuteUtc, utc(2026, 3, 1, 14, 59));
    EXPECT_EQ(result.samples.at(0).steps, 120);
    EXPECT_FALSE(result.samples.at(0).hasHeartRate());
    EXPECT_EQ(result.samples.at(1).minuteUtc, utc(2026, 3, 1, 15, 0));
    EXPECT_EQ(result.samples.at(1).steps, 0);
    EXPECT_TRUE(result.samples.at(1).hasSteps());
}

TEST(StepCsvReaderTest, ReadsImportFormatWithEmptyValues) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps,heart_rate\n"
                                                  "2026-03-01T00:00:00Z,10,72\n"
                                                  "2026-03-01T00:01:00Z,,75\n"
                                                  "2026-03-01T00:02:00Z,1000,\n"
                                                  "2026-03-01T00:03:00Z,3,20\n"
                                                  "2026-03-01T00:04:00Z,3,250\n");
    ASSERT_TRUE(result.ok) << result.error.toString().toStdString();
    EXPECT_EQ(result.format, StepCsvReader::Format::StepsAndHeartRate);
    ASSERT_EQ(result.samples.size(), 5);
    EXPECT_EQ(result.samples.at(0).steps, 10);
    EXPECT_EQ(result.samples.at(0).heartRate, 72);
    EXPECT_FALSE(result.samples.at(1).hasSteps());
    EXPECT_EQ(result.samples.at(1).heartRate, 75);
    EXPECT_EQ(result.samples.at(2).steps, 1000);
    EXPECT_FALSE(result.samples.at(2).hasHeartRate());
    EXPECT_EQ(result.samples.at(3).heartRate, 20);
    EXPECT_EQ(result.samples.at(4).heartRate, 250);
}

TEST(StepCsvReaderTest, RepeatedTimestampLastRowWinsAndOutputIsAscending) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps\n"
                                                  "2026-03-01T10:02:00Z,5\n"
                                                  "2026-03-01T10:00:00Z,1\n"
                                                  "2026-03-01T10:01:00Z,2\n"
                                                  "2026-03-01T10:00:00Z,7\n"
                                                  "2026-03-01T10:02:00Z,0\n");
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.samples.size(), 3);
    EXPECT_EQ(result.samples.at(0).minuteUtc, utc(2026, 3, 1, 10, 0));
    EXPECT_EQ(result.samples.at(0).steps, 7);
    EXPECT_EQ(result.samples.at(1).steps, 2);
    EXPECT_EQ(result.samples.at(2).steps, 0);
}

TEST(StepCsvReaderTest, RepeatedTimestampReplacesHeartRateToo) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps,heart_rate\n"
                                                  "2026-03-01T10:00:00Z,5,80\n"
                                                  "2026-03-01T10:00:00Z,6,\n");
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.samples.size(), 1);
    EXPECT_EQ(result.samples.at(0).steps, 6);
    EXPECT_FALSE(result.samples.at(0).hasHeartRate());
}

TEST(StepCsvReaderTest, ToleratesBomCrlfSpacesAndTrailingBlankLines) {
    const StepCsvReader::Result result = readText("\xEF\xBB\xBFtimestamp_utc,steps\r\n"
                                                  "2026-03-01T10:00:00Z, 12 \r\n"
                                                  "2026-03-01T10:01:00Z,13\r\n"
                                                  "\r\n\n");
    ASSERT_TRUE(result.ok) << result.error.toString().toStdString();
    ASSERT_EQ(result.samples.size(), 2);
    EXPECT_EQ(result.samples.at(0).steps, 12);
    EXPECT_EQ(result.samples.at(1).steps, 13);
}

TEST(StepCsvReaderTest, LastLineWithoutNewline) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps\n2026-03-01T10:00:00Z,9");
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.samples.size(), 1);
    EXPECT_EQ(result.samples.at(0).steps, 9);
}

TEST(StepCsvReaderTest, HeaderOnlyIsValidAndEmpty) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps\n");
    ASSERT_TRUE(result.ok);
    EXPECT_TRUE(result.samples.isEmpty());
}

TEST(StepCsvReaderTest, LeapDayAndEpochArithmetic) {
    const StepCsvReader::Result result = readText("timestamp_utc,steps\n"
                                                  "1970-01-01T00:00:00Z,1\n"
                                                  "2024-02-29T23:59:00Z,2\n"
                                                  "2100-03-01T00:00:00Z,3\n");
    ASSERT_TRUE(result.ok) << result.error.toString().toStdString();
    EXPECT_EQ(result.samples.at(0).minuteUtc, 0);
    EXPECT_EQ(result.samples.at(1).minuteUtc, utc(2024, 2, 29, 23, 59));
    EXPECT_EQ(result.samples.at(2).minuteUtc, utc(2100, 3, 1, 0, 0));
}

struct BadCsv {
    const char *name;
    const char *text;
    StepCsvError::Code code;
    int line;
    const char *message; // expected to appear in the message
};

class StepCsvReaderErrorTest : public ::testing::TestWithParam<BadCsv> {};

TEST_P(StepCsvReaderErrorTest, NamesFileLineAndCause) {
    const BadCsv &bad = GetParam();
    const StepCsvReader::Result result = readText(bad.text);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.samples.isEmpty());
    EXPECT_EQ(result.error.code, bad.code);
    EXPECT_EQ(result.error.line, bad.line);
    EXPECT_EQ(result.error.fileName, "steps.csv");
    const std::string text = result.error.toString().toStdString();
    EXPECT_EQ(text.rfind("steps.csv:" + std::to_string(bad.line) + ": ", 0), 0u) << text;
    EXPECT_NE(text.find(bad.message), std::string::npos) << text;
    EXPECT_EQ(text.find('\n'), std::string::npos) << "one line only";
}

using C = StepCsvError::Code;
constexpr const char *kH = "timestamp_utc,steps\n";
constexpr const char *kOk = "2026-03-01T10:00:00Z,1\n";

INSTANTIATE_TEST_SUITE_P(
    Errors, StepCsvReaderErrorTest,
    ::testing::Values(
        BadCsv{"Empty", "", C::EmptyFile, 1, "file is empty"},
        BadCsv{"OnlyBom", "\xEF\xBB\xBF", C::EmptyFile, 1, "file is empty"},
        BadCsv{"MissingHeader", "2026-03-01T10:00:00Z,1\n", C::MissingHeader, 1, "missing header"},
        BadCsv{"WrongHeader", "time,steps\n2026-03-01T10:00:00Z,1\n", C::MissingHeader, 1,
               "missing header"},
        BadCsv{"HeaderAfterBlank", "\ntimestamp_utc,steps\n", C::MissingHeader, 1,
               "missing header"},
        BadCsv{"MalformedTimestamp",
               "timestamp_utc,steps\n2026-03-01T10:00:00Z,1\n2026-03-01 10:01,2\n",
               C::MalformedTimestamp, 3, "malformed timestamp \"2026-03-01 10:01\""},
        BadCsv{"NoZ", "timestamp_utc,steps\n2026-03-01T10:00:00,1\n", C::MalformedTimestamp, 2,
               "malformed timestamp"},
        BadCsv{"Offset", "timestamp_utc,steps\n2026-03-01T10:00:00+09:00,1\n",
               C::MalformedTimestamp, 2, "malformed timestamp"},
        BadCsv{"Month13", "timestamp_utc,steps\n2026-13-01T10:00:00Z,1\n", C::MalformedTimestamp, 2,
               "malformed timestamp"},
        BadCsv{"Feb29CommonYear", "timestamp_utc,steps\n2026-02-29T10:00:00Z,1\n",
               C::MalformedTimestamp, 2, "malformed timestamp"},
        BadCsv{"Hour24", "timestamp_utc,steps\n2026-03-01T24:00:00Z,1\n", C::MalformedTimestamp, 2,
               "malformed timestamp"},
        BadCsv{"Seconds", "timestamp_utc,steps\n2026-03-01T10:00:00Z,1\n2026-03-01T10:00:30Z,1\n",
               C::NonZeroSeconds, 3, "seconds must be 00"},
        BadCsv{"NegativeSteps", "timestamp_utc,steps\n2026-03-01T10:00:00Z,-5\n", C::NegativeSteps,
               2, "negative steps (-5)"},
        BadCsv{"TooManySteps", "timestamp_utc,steps\n2026-03-01T10:00:00Z,1001\n", C::TooManySteps,
               2, "1001 steps in one minute is more than the limit of 1000"},
        BadCsv{"HugeSteps", "timestamp_utc,steps\n2026-03-01T10:00:00Z,99999999999999999999\n",
               C::TooManySteps, 2, "more than the limit of 1000"},
        BadCsv{"StepsNotANumber", "timestamp_utc,steps\n2026-03-01T10:00:00Z,12a\n",
               C::MalformedNumber, 2, "steps \"12a\" is not a whole number"},
        BadCsv{"StepsFraction", "timestamp_utc,steps\n2026-03-01T10:00:00Z,1.5\n",
               C::MalformedNumber, 2, "not a whole number"},
        BadCsv{"StepsEmpty", "timestamp_utc,steps\n2026-03-01T10:00:00Z,\n", C::MissingValue, 2,
               "steps is empty"},
        BadCsv{"TooManyColumns", "timestamp_utc,steps\n2026-03-01T10:00:00Z,1,70\n", C::ColumnCount,
               2, "expected 2 columns (timestamp_utc,steps), found 3"},
        BadCsv{"TooFewColumns", "timestamp_utc,steps,heart_rate\n2026-03-01T10:00:00Z,1\n",
               C::ColumnCount, 2, "expected 3 columns"},
        BadCsv{"HeartRateLow", "timestamp_utc,steps,heart_rate\n2026-03-01T10:00:00Z,1,19\n",
               C::HeartRateOutOfRange, 2, "heart rate 19 is outside 20..250"},
        BadCsv{"HeartRateHigh", "timestamp_utc,steps,heart_rate\n2026-03-01T10:00:00Z,1,251\n",
               C::HeartRateOutOfRange, 2, "heart rate 251"},
        BadCsv{"HeartRateZero", "timestamp_utc,steps,heart_rate\n2026-03-01T10:00:00Z,1,0\n",
               C::HeartRateOutOfRange, 2, "heart rate 0"},
        BadCsv{"HeartRateText", "timestamp_utc,steps,heart_rate\n2026-03-01T10:00:00Z,1,fast\n",
               C::MalformedNumber, 2, "heart_rate \"fast\""},
        BadCsv{"NeitherValue", "timestamp_utc,steps,heart_rate\n2026-03-01T10:00:00Z,,\n",
               C::MissingValue, 2, "neither steps nor heart_rate"},
        BadCsv{"BlankLineInside",
               "timestamp_utc,steps\n2026-03-01T10:00:00Z,1\n\n2026-03-01T10:01:00Z,1\n",
               C::EmptyLine, 3, "empty line"},
        BadCsv{"CrlfErrorLine",
               "timestamp_utc,steps\r\n2026-03-01T10:00:00Z,1\r\n2026-03-01T10:01:00Z,-1\r\n",
               C::NegativeSteps, 3, "negative steps"}),
    [](const ::testing::TestParamInfo<BadCsv> &info) { return info.param.name; });

TEST(StepCsvReaderTest, ErrorAfterManyGoodLinesHasTheRightLine) {
    QByteArray text = kH;
    for (int i = 0; i < 500; ++i)
        text += kOk;
    text += "2026-03-01T10:00:00Z,2000\n";
    const StepCsvReader::Result result = readText(text);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.line, 502);
}

TEST(StepCsvReaderTest, OverlongLineIsRefused) {
    QByteArray text = "timestamp_utc,steps\n2026-03-01T10:00:00Z,";
    text += QByteArray(StepCsvReader::kMaxLineLength * 2, '1');
    text += "\n";
    const StepCsvReader::Result result = readText(text);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.code, StepCsvError::Code::LineTooLong);
    EXPECT_EQ(result.error.line, 2);
}

TEST(StepCsvReaderTest, MissingFileNamesTheFileWithoutALine) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.csv"));
    const StepCsvReader::Result result = StepCsvReader::readFile(path);
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.code, StepCsvError::Code::CannotOpen);
    EXPECT_EQ(result.error.line, 0);
    EXPECT_EQ(result.error.toString(), path + QStringLiteral(": no such file"));
}

TEST(StepCsvReaderTest, DirectoryIsRefused) {
    QTemporaryDir dir;
    const StepCsvReader::Result result = StepCsvReader::readFile(dir.path());
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.error.code, StepCsvError::Code::CannotOpen);
}

TEST(StepCsvReaderTest, ReadsAFileFromDisk) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crlf.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFtimestamp_utc,steps,heart_rate\r\n2026-03-01T14:59:00Z,100,66\r\n");
    file.close();
    const StepCsvReader::Result result = StepCsvReader::readFile(path);
    ASSERT_TRUE(result.ok) << result.error.toString().toStdString();
    ASSERT_EQ(result.samples.size(), 1);
    EXPECT_EQ(result.samples.at(0).heartRate, 66);
}

TEST(StepCsvReaderTest, ReadsTheSharedCliExample) {
    const StepCsvReader::Result result =
        StepCsvReader::readFile(QStringLiteral(WRISTDOC_TEST_DATA "/cli-steps-seoul.csv"));
    ASSERT_TRUE(result.ok) << result.error.toString().toStdString();
    EXPECT_FALSE(result.samples.isEmpty());
    for (int i = 1; i < result.samples.size(); ++i)
        EXPECT_LT(result.samples.at(i - 1).minuteUtc, result.samples.at(i).minuteUtc);
}
