// Current Time (0x2A2B): Exact Time 256 plus adjust reason, and the QDateTime conversions.
#include "CurrentTime.h"
#include "CharacteristicJson.h"
#include "WatchVectors.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

QByteArray hex(const char *text) {
    return QByteArray::fromHex(text);
}

class CurrentTimeVectorTest : public ::testing::TestWithParam<WatchVector> {};

TEST_P(CurrentTimeVectorTest, DecodesAsRecorded) {
    checkWatchVector<CurrentTime>(
        GetParam(), &CurrentTime::decode,
        [](const CurrentTime &value) { return CharacteristicJson::toJson(value); },
        [](const CurrentTime &value) { return value.encode(); });
    checkPrefixesRefused<CurrentTime>(GetParam(), &CurrentTime::decode);
}

INSTANTIATE_TEST_SUITE_P(Recorded, CurrentTimeVectorTest,
                         ::testing::ValuesIn(loadWatchVectors("watch-current-time.txt")),
                         watchVectorName);

TEST(CurrentTimeTest, IssueExampleFieldByField) {
    const auto decoded = CurrentTime::decode(hex("e90703090e1e0f070001"));
    ASSERT_TRUE(decoded.ok()) << decoded.error().message.toStdString();
    const CurrentTime &value = decoded.value();
    EXPECT_EQ(value.year, 2025);
    EXPECT_EQ(value.month, 3);
    EXPECT_EQ(value.day, 9);
    EXPECT_EQ(value.hours, 14);
    EXPECT_EQ(value.minutes, 30);
    EXPECT_EQ(value.seconds, 15);
    EXPECT_EQ(value.dayOfWeek, 7);
    EXPECT_EQ(value.fractions256, 0);
    EXPECT_EQ(value.adjustReason, CurrentTime::ManualUpdate);
    EXPECT_TRUE(value.hasDate());
}

TEST(CurrentTimeTest, ToDateTimeKeepsTheWallClockInTheGivenZone) {
    const auto decoded = CurrentTime::decode(hex("e90703090e1e0f078001"));
    ASSERT_TRUE(decoded.ok());
    const QTimeZone seoul("Asia/Seoul");
    ASSERT_TRUE(seoul.isValid());
    const QDateTime local = decoded.value().toDateTime(seoul);
    ASSERT_TRUE(local.isValid());
    EXPECT_EQ(local.date(), QDate(2025, 3, 9));
    EXPECT_EQ(local.time(), QTime(14, 30, 15, 500)); // 128/256 s
    EXPECT_EQ(local.toUTC(), QDateTime(QDate(2025, 3, 9), QTime(5, 30, 15, 500), Qt::UTC));
}

TEST(CurrentTimeTest, ToDateTimeIsInvalidWithoutADate) {
    CurrentTime value;
    value.hours = 12;
    EXPECT_FALSE(value.toDateTime(QTimeZone::utc()).isValid());
    value.year = 2025;
    value.month = 3;
    EXPECT_FALSE(value.toDateTime(QTimeZone::utc()).isValid()); // day unknown
    value.day = 9;
    EXPECT_TRUE(value.toDateTime(QTimeZone::utc()).isValid());
    value.month = 13;
    EXPECT_FALSE(value.toDateTime(QTimeZone::utc()).isValid());
}

TEST(CurrentTimeTest, FromDateTimeTakesWeekdayAndFractions) {
    const QTimeZone seoul("Asia/Seoul");
    const QDateTime local(QDate(2025, 3, 9), QTime(14, 30, 15, 999), seoul);
    const CurrentTime value =
        CurrentTime::fromDateTime(local, CurrentTime::ManualUpdate | CurrentTime::TimeZoneChange);
    EXPECT_EQ(value.year, 2025);
    EXPECT_EQ(value.dayOfWeek, 7);      // Sunday
    EXPECT_EQ(value.fractions256, 255); // 999 ms rounds down to 255/256 s
    EXPECT_EQ(value.adjustReason, 0x05);
    const auto encoded = value.encode();
    ASSERT_TRUE(encoded.ok());
    EXPECT_EQ(encoded.value(), hex("e90703090e1e0f07ff05"));
    // A UTC instant becomes Seoul's wall clock once converted, which is what a watch shows.
    const QDateTime utc(QDate(2025, 3, 9), QTime(5, 30, 15), Qt::UTC);
    EXPECT_EQ(CurrentTime::fromDateTime(utc.toTimeZone(seoul)).hours, 14);
}

TEST(CurrentTimeTest, RoundTripThroughQDateTimeForEveryWeekday) {
    const QTimeZone zone = QTimeZone::utc();
    for (int offset = 0; offset < 7; ++offset) {
        const QDateTime start(QDate(2026, 1, 5).addDays(offset), QTime(6, 7, 8, 250), zone);
        const CurrentTime value = CurrentTime::fromDateTime(start);
        EXPECT_EQ(value.dayOfWeek, offset + 1); // 5 January 2026 is a Monday
        const auto decoded = CurrentTime::decode(value.encode().value());
        ASSERT_TRUE(decoded.ok());
        EXPECT_EQ(decoded.value().toDateTime(zone), start); // 250 ms is exactly 64/256 s
    }
}

TEST(CurrentTimeTest, MessagesNameTheField) {
    const auto month = CurrentTime::decode(hex("e9070d090e1e0f070001"));
    EXPECT_EQ(month.error().message, QStringLiteral("month 13 is outside 1-12 (0 for unknown)"));
    const auto date = CurrentTime::decode(hex("e907021d0e1e0f060001"));
    EXPECT_EQ(date.error().message, QStringLiteral("2025-02-29 is not a calendar date"));
    const auto shortPayload = CurrentTime::decode(hex("e907"));
    EXPECT_EQ(shortPayload.error().message,
              QStringLiteral("truncated: current time is 10 bytes, only 2 given"));
}

struct InvalidField {
    const char *name;
    int CurrentTime::*field;
    int value;
    CodecError::Code code;
};

class CurrentTimeEncodeTest : public ::testing::TestWithParam<InvalidField> {};

TEST_P(CurrentTimeEncodeTest, EncodeRefusesWhatDecodeRefuses) {
    CurrentTime value = CurrentTime::decode(hex("e90703090e1e0f070001")).value();
    value.*(GetParam().field) = GetParam().value;
    if (GetParam().code == CodecError::Code::None) {
        // The month alone is valid; day 31 makes a date that does not exist.
        value.day = 31;
        EXPECT_EQ(value.encode().error().code, CodecError::Code::InvalidDate);
        EXPECT_EQ(value.validate().code, CodecError::Code::InvalidDate);
        return;
    }
    const auto encoded = value.encode();
    ASSERT_FALSE(encoded.ok());
    EXPECT_EQ(encoded.error().code, GetParam().code);
    EXPECT_EQ(value.validate().code, GetParam().code);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, CurrentTimeEncodeTest,
    ::testing::Values(
        InvalidField{"Year1581", &CurrentTime::year, 1581, CodecError::Code::OutOfRange},
        InvalidField{"Year10000", &CurrentTime::year, 10000, CodecError::Code::OutOfRange},
        InvalidField{"YearNegative", &CurrentTime::year, -1, CodecError::Code::OutOfRange},
        InvalidField{"Month13", &CurrentTime::month, 13, CodecError::Code::OutOfRange},
        InvalidField{"MonthNegative", &CurrentTime::month, -1, CodecError::Code::OutOfRange},
        InvalidField{"Day32", &CurrentTime::day, 32, CodecError::Code::OutOfRange},
        InvalidField{"Hours24", &CurrentTime::hours, 24, CodecError::Code::OutOfRange},
        InvalidField{"Minutes60", &CurrentTime::minutes, 60, CodecError::Code::OutOfRange},
        InvalidField{"Seconds60", &CurrentTime::seconds, 60, CodecError::Code::OutOfRange},
        InvalidField{"Weekday8", &CurrentTime::dayOfWeek, 8, CodecError::Code::OutOfRange},
        InvalidField{"Fractions256", &CurrentTime::fractions256, 256, CodecError::Code::OutOfRange},
        InvalidField{"Adjust256", &CurrentTime::adjustReason, 256, CodecError::Code::OutOfRange},
        InvalidField{"February31", &CurrentTime::month, 2, CodecError::Code::None},
        InvalidField{"November31", &CurrentTime::month, 11, CodecError::Code::None}),
    [](const ::testing::TestParamInfo<InvalidField> &info) { return info.param.name; });

TEST(CurrentTimeTest, EveryDayOfEveryMonthOfALeapACommonAndAnUnknownYear) {
    for (const int year : {2024, 2025, 0}) {
        for (int month = 1; month <= 12; ++month) {
            // An unknown year allows 29 February, which some year has.
            const int days = year == 0 ? (month == 2 ? 29 : QDate(2001, month, 1).daysInMonth())
                                       : QDate(year, month, 1).daysInMonth();
            for (int day = 1; day <= 31; ++day) {
                QByteArray payload(CurrentTime::kSize, '\0');
                payload[0] = char(year & 0xFF);
                payload[1] = char(year >> 8);
                payload[2] = char(month);
                payload[3] = char(day);
                const auto decoded = CurrentTime::decode(payload);
                EXPECT_EQ(decoded.ok(), day <= days) << year << '-' << month << '-' << day;
                if (!decoded.ok()) {
                    EXPECT_EQ(decoded.error().code, CodecError::Code::InvalidDate);
                }
            }
        }
    }
}

} // namespace
