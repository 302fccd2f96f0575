#include "DailyStepAggregator.h"

#include <QDateTime>
#include <QMap>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

qint64 utc(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc())
        .toSecsSinceEpoch();
}

MinuteSample steps(qint64 minute, int count) {
    MinuteSample sample;
    sample.minuteUtc = minute;
    sample.steps = count;
    return sample;
}

MinuteSample heartOnly(qint64 minute, int bpm) {
    MinuteSample sample;
    sample.minuteUtc = minute;
    sample.heartRate = bpm;
    return sample;
}

} // namespace

TEST(DailyStepAggregatorTest, SeoulMidnightSplitsAt1500Utc) {
    const MinuteSamples samples{steps(utc(2026, 3, 1, 14, 59), 100),
                                steps(utc(2026, 3, 1, 15, 0), 40)};
    const QVector<DaySteps> days =
        DailyStepAggregator::aggregate(samples, PointsPolicy::builtInDefault());
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days.at(0).date, QDate(2026, 3, 1)); // 23:59 in Seoul
    EXPECT_EQ(days.at(0).steps, 100);
    EXPECT_EQ(days.at(1).date, QDate(2026, 3, 2)); // 00:00 in Seoul
    EXPECT_EQ(days.at(1).steps, 40);
}

TEST(DailyStepAggregatorTest, SameMinutesInUtcGiveOneDay) {
    const MinuteSamples samples{steps(utc(2026, 3, 1, 14, 59), 100),
                                steps(utc(2026, 3, 1, 15, 0), 40)};
    const QVector<DaySteps> days = DailyStepAggregator::aggregate(samples, QTimeZone::utc());
    ASSERT_EQ(days.size(), 1);
    EXPECT_EQ(days.at(0).date, QDate(2026, 3, 1));
    EXPECT_EQ(days.at(0).steps, 140);
}

TEST(DailyStepAggregatorTest, UnsortedInputIsSummedAscending) {
    const MinuteSamples samples{
        steps(utc(2026, 3, 3, 1, 0), 5),
        steps(utc(2026, 3, 1, 1, 0), 1),
        steps(utc(2026, 3, 3, 2, 0), 6),
        steps(utc(2026, 3, 1, 2, 0), 2),
    };
    const QVector<DaySteps> days = DailyStepAggregator::aggregate(samples, QTimeZone::utc());
    ASSERT_EQ(days.size(), 2);
    EXPECT_EQ(days.at(0).date, QDate(2026, 3, 1));
    EXPECT_EQ(days.at(0).steps, 3);
    EXPECT_EQ(days.at(1).date, QDate(2026, 3, 3));
    EXPECT_EQ(days.at(1).steps, 11);
}

TEST(DailyStepAggregatorTest, OnlyDaysWithStepSamples) {
    const MinuteSamples samples{heartOnly(utc(2026, 3, 1, 3, 0), 70),
                                steps(utc(2026, 3, 2, 3, 0), 0),
                                heartOnly(utc(2026, 3, 3, 3, 0), 72)};
    const QVector<DaySteps> days = DailyStepAggregator::aggregate(samples, QTimeZone::utc());
    ASSERT_EQ(days.size(), 1); // 2 March has a zero-step minute, so it is a day with 0 steps
    EXPECT_EQ(days.at(0).date, QDate(2026, 3, 2));
    EXPECT_EQ(days.at(0).steps, 0);
    EXPECT_TRUE(DailyStepAggregator::aggregate({}, QTimeZone::utc()).isEmpty());
}

TEST(DailyStepAggregatorTest, ShortDaylightSavingDayHasItsOwnBounds) {
    const QTimeZone newYork("America/New_York");
    ASSERT_TRUE(newYork.isValid());
    // 8 March 2026 local runs from 05:00Z to 04:00Z next day (23 hours).
    const MinuteSamples samples{steps(utc(2026, 3, 8, 4, 59), 1), steps(utc(2026, 3, 8, 5, 0), 2),
                                steps(utc(2026, 3, 9, 3, 59), 4), steps(utc(2026, 3, 9, 4, 0), 8)};
    const QVector<DaySteps> days = DailyStepAggregator::aggregate(samples, newYork);
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(days.at(0).date, QDate(2026, 3, 7));
    EXPECT_EQ(days.at(0).steps, 1);
    EXPECT_EQ(days.at(1).date, QDate(2026, 3, 8));
    EXPECT_EQ(days.at(1).steps, 6);
    EXPECT_EQ(days.at(2).date, QDate(2026, 3, 9));
    EXPECT_EQ(days.at(2).steps, 8);
}

TEST(DailyStepAggregatorTest, AFullYearOfMinutesMatchesPerDayConversion) {
    // Every 7th minute over a year, cross-checked against a plain per-minute QDateTime conversion.
    const PointsPolicy policy = PointsPolicy::builtInDefault();
    MinuteSamples samples;
    for (qint64 t = utc(2025, 12, 31, 0, 0); t < utc(2027, 1, 2, 0, 0); t += 7 * 60) {
        const int count = int((t / 60) % 13);
        samples.append(steps(t, count));
    }
    const QVector<DaySteps> days = DailyStepAggregator::aggregate(samples, policy);
    QMap<QDate, int> slow;
    for (const MinuteSample &sample : samples)
        slow[policy.localDate(sample.minuteUtc)] += sample.steps;
    ASSERT_EQ(days.size(), slow.size());
    int i = 0;
    for (auto it = slow.cbegin(); it != slow.cend(); ++it, ++i) {
        EXPECT_EQ(days.at(i).date, it.key());
        EXPECT_EQ(days.at(i).steps, it.value());
    }
}
