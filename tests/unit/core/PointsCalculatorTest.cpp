#include "PointsCalculator.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

PointsPolicy policyFrom(const char *json) {
    const PointsPolicy::ParseResult result = PointsPolicy::fromJson(json);
    EXPECT_TRUE(result.ok) << result.error.toStdString();
    return result.policy;
}

// A small cap makes the crossing day easy to see: 200 P a day, 1,000 P a half-year.
PointsPolicy smallCapPolicy() {
    return policyFrom(R"({"version": "cap-test", "timezone": "Asia/Seoul",
        "walking": [{"minAge": 0, "steps": 8000, "points": 200},
                    {"minAge": 70, "steps": 5000, "points": 200}],
        "capPerHalfYear": 1000, "conversionMinimum": 0,
        "events": [{"name": "triple", "from": "2026-06-28", "to": "2026-06-28", "multiplier": 3}]})");
}

const QDate kYoung(1990, 5, 5);

QVector<DaySteps> everyDay(const QDate &from, int count, int steps) {
    QVector<DaySteps> days;
    for (int i = 0; i < count; ++i)
        days.append(DaySteps{from.addDays(i), steps});
    return days;
}

} // namespace

TEST(PointsCalculatorTest, GoalThresholdIsInclusive) {
    const PointsCalculator calculator(PointsPolicy::builtInDefault());
    const QDate day(2026, 3, 1);
    const DayPoints below = calculator.evaluateDay({day, 7999}, kYoung, 0);
    EXPECT_FALSE(below.goalReached);
    EXPECT_EQ(below.points, 0);
    EXPECT_EQ(below.uncappedPoints, 0);
    EXPECT_EQ(below.steps, 7999);
    EXPECT_EQ(below.date, day);

    const DayPoints at = calculator.evaluateDay({day, 8000}, kYoung, 0);
    EXPECT_TRUE(at.goalReached);
    EXPECT_EQ(at.points, 200);
    EXPECT_EQ(calculator.evaluateDay({day, 30000}, kYoung, 0).points, 200);
}

TEST(PointsCalculatorTest, SeventiethBirthdayLowersTheGoalThatDay) {
    const PointsCalculator calculator(PointsPolicy::builtInDefault());
    const QDate birth(1956, 3, 2);
    const QVector<DayPoints> result = calculator.evaluate(
        {{QDate(2026, 3, 1), 6000}, {QDate(2026, 3, 2), 6000}, {QDate(2026, 3, 3), 4999}}, birth);
    ASSERT_EQ(result.size(), 3);
    EXPECT_EQ(result.at(0).points, 0);   // 69 years old: 8,000 needed
    EXPECT_EQ(result.at(1).points, 200); // 70th birthday: 5,000 is enough
    EXPECT_EQ(result.at(2).points, 0);
}

TEST(PointsCalculatorTest, EventsApplyOnInclusiveEdgesAndMultiply) {
    const PointsCalculator calculator(policyFrom(R"({"version": "e", "timezone": "Asia/Seoul",
        "walking": [{"minAge": 0, "steps": 8000, "points": 200}],
        "capPerHalfYear": 100000, "conversionMinimum": 5000,
        "events": [{"name": "launch", "from": "2023-12-18", "to": "2023-12-31", "multiplier": 3},
                   {"name": "year end", "from": "2023-12-31", "to": "2024-01-01", "multiplier": 2}]})"));
    const QVector<DayPoints> result = calculator.evaluate({{QDate(2023, 12, 17), 9000},
                                                           {QDate(2023, 12, 18), 9000},
                                                           {QDate(2023, 12, 30), 9000},
                                                           {QDate(2023, 12, 31), 9000},
                                                           {QDate(2024, 1, 1), 9000},
                                                           {QDate(2024, 1, 2), 9000},
                                                           {QDate(2024, 1, 3), 100}},
                                                          kYoung);
    ASSERT_EQ(result.size(), 7);
    EXPECT_EQ(result.at(0).points, 200);
    EXPECT_EQ(result.at(1).points, 600);
    EXPECT_EQ(result.at(2).points, 600);
    EXPECT_EQ(result.at(3).points, 1200); // both events: 3 x 2
    EXPECT_EQ(result.at(4).points, 400);
    EXPECT_EQ(result.at(5).points, 200);
    EXPECT_EQ(result.at(6).points, 0); // the multiplier never applies without the goal
}

TEST(PointsCalculatorTest, CrossingDayGetsTheRemainderAndLaterDaysNothing) {
    const PointsCalculator calculator(smallCapPolicy());
    // 24..27 June: 4 x 200 = 800; 28 June (x3 = 600) crosses 1,000 and gets 200; 29, 30: 0.
    const QVector<DayPoints> result =
        calculator.evaluate(everyDay(QDate(2026, 6, 24), 7, 9000), kYoung);
    ASSERT_EQ(result.size(), 7);
    const int expected[] = {200, 200, 200, 200, 200, 0, 0};
    const int uncapped[] = {200, 200, 200, 200, 600, 200, 200};
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(result.at(i).points, expected[i]) << "day " << i;
        EXPECT_EQ(result.at(i).uncappedPoints, uncapped[i]) << "day " << i;
        EXPECT_TRUE(result.at(i).goalReached);
    }
}

TEST(PointsCalculatorTest, FirstOfJulyStartsANewHalfYear) {
    const PointsCalculator calculator(smallCapPolicy());
    const QVector<DayPoints> result =
        calculator.evaluate(everyDay(QDate(2026, 6, 20), 14, 9000), kYoung); // to 3 July
    int firstHalf = 0;
    int secondHalf = 0;
    for (const DayPoints &day : result)
        (day.date.month() <= 6 ? firstHalf : secondHalf) += day.points;
    EXPECT_EQ(firstHalf, 1000);
    EXPECT_EQ(result.at(10).date, QDate(2026, 6, 30));
    EXPECT_EQ(result.at(10).points, 0);
    EXPECT_EQ(result.at(11).date, QDate(2026, 7, 1));
    EXPECT_EQ(result.at(11).points, 200);
    EXPECT_EQ(secondHalf, 600);
}

TEST(PointsCalculatorTest, NewYearResetsTheCapToo) {
    const PointsCalculator calculator(smallCapPolicy());
    const QVector<DayPoints> result =
        calculator.evaluate(everyDay(QDate(2026, 12, 26), 8, 9000), kYoung);
    EXPECT_EQ(result.at(4).date, QDate(2026, 12, 30));
    EXPECT_EQ(result.at(4).points, 200); // fifth day reaches exactly 1,000
    EXPECT_EQ(result.at(5).points, 0);
    EXPECT_EQ(result.at(6).date, QDate(2027, 1, 1));
    EXPECT_EQ(result.at(6).points, 200);
}

TEST(PointsCalculatorTest, EarnedBeforeCountsTowardsTheCap) {
    const PointsCalculator calculator(smallCapPolicy());
    const QDate day(2026, 3, 10);
    QHash<int, int> before;
    before.insert(PointsCalculator::halfYearKey(day), 900);
    before.insert(PointsCalculator::halfYearKey(QDate(2025, 3, 10)), 1000); // another half-year
    const QVector<DayPoints> result = calculator.evaluate(everyDay(day, 2, 9000), kYoung, before);
    EXPECT_EQ(result.at(0).points, 100);
    EXPECT_EQ(result.at(1).points, 0);

    EXPECT_EQ(calculator.evaluateDay({day, 9000}, kYoung, 999).points, 1);
    EXPECT_EQ(calculator.evaluateDay({day, 9000}, kYoung, 1000).points, 0);
    EXPECT_EQ(calculator.evaluateDay({day, 9000}, kYoung, 5000).points, 0);
    EXPECT_EQ(calculator.evaluateDay({day, 9000}, kYoung, 5000).uncappedPoints, 200);
}

TEST(PointsCalculatorTest, HalfYearKeyAndStart) {
    EXPECT_EQ(PointsCalculator::halfYearKey(QDate(2026, 1, 1)), 4052);
    EXPECT_EQ(PointsCalculator::halfYearKey(QDate(2026, 6, 30)), 4052);
    EXPECT_EQ(PointsCalculator::halfYearKey(QDate(2026, 7, 1)), 4053);
    EXPECT_EQ(PointsCalculator::halfYearKey(QDate(2026, 12, 31)), 4053);
    EXPECT_EQ(PointsCalculator::halfYearStart(QDate(2026, 6, 30)), QDate(2026, 1, 1));
    EXPECT_EQ(PointsCalculator::halfYearStart(QDate(2026, 7, 1)), QDate(2026, 7, 1));
    EXPECT_EQ(PointsCalculator::halfYearStart(QDate(2026, 12, 31)), QDate(2026, 7, 1));
}

TEST(PointsCalculatorTest, NoApplicableRuleEarnsNothing) {
    const PointsCalculator calculator(policyFrom(R"({"version": "adults", "timezone": "UTC",
        "walking": [{"minAge": 19, "steps": 8000, "points": 200}],
        "capPerHalfYear": 1000, "conversionMinimum": 0})"));
    const DayPoints child =
        calculator.evaluateDay({QDate(2026, 1, 1), 20000}, QDate(2012, 1, 1), 0);
    EXPECT_FALSE(child.goalReached);
    EXPECT_EQ(child.points, 0);
}

TEST(PointsCalculatorTest, EmptyInputGivesNoDays) {
    const PointsCalculator calculator(PointsPolicy::builtInDefault());
    EXPECT_TRUE(calculator.evaluate({}, kYoung).isEmpty());
}
