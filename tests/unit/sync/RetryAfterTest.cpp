#include "RetryAfter.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

const QDateTime kNow = utc(2026, 11, 22, 1, 29, 0);

std::optional<qint64> parse(const char *value) {
    return RetryAfter::parseSeconds(QByteArray(value), kNow);
}

} // namespace

TEST(RetryAfter, DeltaSeconds) {
    EXPECT_EQ(parse("120"), 120);
    EXPECT_EQ(parse("0"), 0);
    EXPECT_EQ(parse("  30 "), 30);
    EXPECT_EQ(parse("007"), 7);
}

TEST(RetryAfter, AbsurdValuesAreCapped) {
    EXPECT_EQ(parse("3600"), 3600);
    EXPECT_EQ(parse("3601"), 3600);
    EXPECT_EQ(parse("99999999999999999999999999"), 3600); // would overflow 64 bits
    EXPECT_EQ(RetryAfter::parseSeconds("90", kNow, 60), 60);
    EXPECT_EQ(RetryAfter::parseSeconds("Sun, 22 Nov 2026 05:00:00 GMT", kNow, 600), 600);
    EXPECT_EQ(parse("Fri, 01 Jan 2100 00:00:00 GMT"), 3600);
}

TEST(RetryAfter, GarbageIsNoValue) {
    EXPECT_FALSE(parse(""));
    EXPECT_FALSE(parse("   "));
    EXPECT_FALSE(parse("-5"));
    EXPECT_FALSE(parse("+5"));
    EXPECT_FALSE(parse("1.5"));
    EXPECT_FALSE(parse("12 s"));
    EXPECT_FALSE(parse("soon"));
    EXPECT_FALSE(parse("0x10"));
    EXPECT_FALSE(parse("Sun, 31 Nov 2026 01:30:00 GMT"));   // no 31 November
    EXPECT_FALSE(parse("Sun, 22 Nov 2026 24:00:00 GMT"));   // hour out of range
    EXPECT_FALSE(parse("Sun, 22 Nov 2026 01:60:00 GMT"));   // minute out of range
    EXPECT_FALSE(parse("sun, 22 nov 2026 01:30:00 GMT"));   // names are case-sensitive
    EXPECT_FALSE(parse("Sun, 22 Nov 2026 01:30:00 UTC"));   // only GMT
    EXPECT_FALSE(parse("Sun, 22 Nov 2026 01:30:00"));       // zone missing
    EXPECT_FALSE(parse("Sun, 22 Nov 2026 01:30:00 GMT x")); // trailing text
    EXPECT_FALSE(parse("Sun, 22 Nov 26 01:30:00 GMT"));     // two-digit year in IMF-fixdate
    EXPECT_FALSE(parse("2026-11-22T01:30:00Z"));            // ISO 8601 is not an HTTP-date
    EXPECT_FALSE(parse("Sunday, 22-Nov-2026 01:30:00 GMT"));
    EXPECT_FALSE(parse("Sun Nov 22 01:30:00 2026 GMT"));
}

TEST(RetryAfter, ImfFixdate) {
    EXPECT_EQ(parse("Sun, 22 Nov 2026 01:30:00 GMT"), 60);
    EXPECT_EQ(parse(" Sun, 22 Nov 2026 02:29:00 GMT "), 3600);
    EXPECT_EQ(RetryAfter::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT", kNow),
              utc(1994, 11, 6, 8, 49, 37));
}

TEST(RetryAfter, PastDateMeansNow) {
    EXPECT_EQ(parse("Sun, 22 Nov 2026 01:28:59 GMT"), 0);
    EXPECT_EQ(parse("Sun, 06 Nov 1994 08:49:37 GMT"), 0);
}

TEST(RetryAfter, Rfc850) {
    EXPECT_EQ(parse("Sunday, 22-Nov-26 01:30:00 GMT"), 60);
    EXPECT_EQ(RetryAfter::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", kNow),
              utc(1994, 11, 6, 8, 49, 37));
    // Two-digit years: up to 50 years ahead stays in this century, further goes back one.
    EXPECT_EQ(RetryAfter::parseHttpDate("Wednesday, 01-Jan-76 00:00:00 GMT", kNow).date().year(),
              2076);
    EXPECT_EQ(RetryAfter::parseHttpDate("Saturday, 01-Jan-77 00:00:00 GMT", kNow).date().year(),
              1977);
}

TEST(RetryAfter, Asctime) {
    EXPECT_EQ(parse("Sun Nov 22 01:30:00 2026"), 60);
    EXPECT_EQ(RetryAfter::parseHttpDate("Sun Nov  6 08:49:37 1994", kNow),
              utc(1994, 11, 6, 8, 49, 37));
    EXPECT_FALSE(RetryAfter::parseHttpDate("Sun Nov 6 08:49:37 1994", kNow).isValid());
}

TEST(RetryAfter, LeapSecondIsAccepted) {
    EXPECT_EQ(RetryAfter::parseHttpDate("Wed, 31 Dec 2025 23:59:60 GMT", kNow),
              utc(2025, 12, 31, 23, 59, 59));
}

TEST(RetryAfter, DateWithoutNowIsNoValue) {
    EXPECT_FALSE(RetryAfter::parseSeconds("Sun, 22 Nov 2026 01:30:00 GMT", QDateTime()));
    EXPECT_EQ(RetryAfter::parseSeconds("45", QDateTime()), 45); // seconds need no clock
}
