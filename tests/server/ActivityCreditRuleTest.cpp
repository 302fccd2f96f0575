// How the reference server credits a day: all hours, or with --credit-bug utc-days only those
// on the local date's UTC date; age by birth year; the default conversion deadline.
#include "ActivityCreditRule.h"
#include "ActivityDayUpload.h"
#include "ServerOptions.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

ActivityDayUpload day(const QDate &date, const QVector<int> &hourly) {
    ActivityDayUpload d;
    d.participantId = QStringLiteral("P-00000001");
    d.date = date;
    d.revision = 1;
    d.hourlySteps = hourly;
    for (int h : hourly)
        d.steps += h;
    return d;
}

QVector<int> onlyHour(int hour, int steps) {
    QVector<int> hours(24, 0);
    hours[hour] = steps;
    return hours;
}

} // namespace

TEST(ActivityCreditRuleTest, WithoutTheBugEveryHourCounts) {
    const ActivityCreditRule rule(PointsPolicy::builtInDefault(), false);
    for (int hour = 0; hour < 24; ++hour)
        EXPECT_EQ(rule.countedSteps(day(QDate(2026, 11, 18), onlyHour(hour, 100))), 100) << hour;
}

TEST(ActivityCreditRuleTest, UtcDaysBugCountsSeoulHoursNineToTwentyThree) {
    const ActivityCreditRule rule(PointsPolicy::builtInDefault(), true);
    for (int hour = 0; hour < 24; ++hour) {
        EXPECT_EQ(rule.countedSteps(day(QDate(2026, 11, 18), onlyHour(hour, 100))),
                  hour >= 9 ? 100 : 0)
            << hour;
    }
}

TEST(ActivityCreditRuleTest, UtcDaysBugTurnsAMorningWalkIntoNothing) {
    const ActivityCreditRule buggy(PointsPolicy::builtInDefault(), true);
    const ActivityCreditRule right(PointsPolicy::builtInDefault(), false);
    const ActivityDayUpload morning = day(QDate(2026, 11, 18), onlyHour(7, 9000));
    EXPECT_EQ(buggy.credit(morning, 1960, 0).points, 0);
    EXPECT_EQ(right.credit(morning, 1960, 0).points, 200);
}

TEST(ActivityCreditRuleTest, AgeIsCountedByBirthYear) {
    const ActivityCreditRule rule(PointsPolicy::builtInDefault(), false);
    const ActivityDayUpload walk = day(QDate(2026, 1, 2), onlyHour(10, 5500));
    EXPECT_EQ(rule.credit(walk, 1956, 0).points, 200); // 70 by year
    EXPECT_EQ(rule.credit(walk, 1957, 0).points, 0);   // 69: needs 8,000
}

TEST(ActivityCreditRuleTest, HalfYearCapCountsOtherDaysFirst) {
    const ActivityCreditRule rule(PointsPolicy::builtInDefault(), false);
    const ActivityDayUpload walk = day(QDate(2026, 11, 18), onlyHour(10, 9000));
    const int cap = rule.policy().capPerHalfYear();
    EXPECT_EQ(rule.credit(walk, 1960, cap - 50).points, 50);
    EXPECT_EQ(rule.credit(walk, 1960, cap).points, 0);
}

TEST(ActivityCreditRuleTest, DefaultConversionDeadlineIsTheEndOfTheNextMonth) {
    EXPECT_EQ(ServerOptions::defaultConversionDeadline(QDate(2026, 7, 1)), QDate(2027, 1, 31));
    EXPECT_EQ(ServerOptions::defaultConversionDeadline(QDate(2026, 12, 31)), QDate(2027, 1, 31));
    EXPECT_EQ(ServerOptions::defaultConversionDeadline(QDate(2026, 1, 1)), QDate(2026, 7, 31));
    EXPECT_EQ(ServerOptions::defaultConversionDeadline(QDate(2026, 6, 30)), QDate(2026, 7, 31));
}
