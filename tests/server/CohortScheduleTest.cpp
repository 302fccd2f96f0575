#include "CohortSchedule.h"

#include <gtest/gtest.h>

using wristdoc::CohortDecision;
using wristdoc::CohortMode;
using wristdoc::CohortSchedule;
using wristdoc::CohortWindow;

namespace {

const QTimeZone kSeoul("Asia/Seoul");

QDateTime utc(int y, int m, int d, int h) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

} // namespace

TEST(CohortScheduleTest, OffAllowsEveryone) {
    const CohortSchedule off;
    EXPECT_EQ(off.mode(), CohortMode::Off);
    EXPECT_EQ(off.modeCode(), QStringLiteral("off"));
    EXPECT_TRUE(off.decide(1957, QDate(2026, 11, 22)).allowed);
}

TEST(CohortScheduleTest, ParityMatchesBirthYearAndDate) {
    const CohortSchedule parity = CohortSchedule::parity(kSeoul);
    EXPECT_EQ(parity.modeCode(), QStringLiteral("parity"));
    EXPECT_TRUE(parity.decide(1956, QDate(2026, 11, 22)).allowed);
    EXPECT_TRUE(parity.decide(1957, QDate(2026, 11, 23)).allowed);

    const CohortDecision odd = parity.decide(1957, QDate(2026, 11, 22));
    EXPECT_FALSE(odd.allowed);
    EXPECT_EQ(odd.nextDate, QDate(2026, 11, 23));
    // 09:00 to 18:00 in Seoul (UTC+9).
    EXPECT_EQ(odd.slotFromUtc, utc(2026, 11, 23, 0));
    EXPECT_EQ(odd.slotToUtc, utc(2026, 11, 23, 9));
}

TEST(CohortScheduleTest, ParityCountsTheDayOfTheMonthAcrossMonthEnds) {
    const CohortSchedule parity = CohortSchedule::parity(kSeoul);
    // The 31st and the 1st are both odd: even years wait two days.
    EXPECT_EQ(parity.decide(1960, QDate(2026, 10, 31)).nextDate, QDate(2026, 11, 2));
    EXPECT_TRUE(parity.decide(1961, QDate(2026, 10, 31)).allowed);
    EXPECT_TRUE(parity.decide(1961, QDate(2026, 11, 1)).allowed);
    EXPECT_EQ(parity.decide(1961, QDate(2026, 10, 30)).nextDate, QDate(2026, 10, 31));
}

TEST(CohortScheduleTest, WindowsOpenByBirthYear) {
    const QVector<CohortWindow> windows{
        {1950, 1959, QDate(2026, 11, 23), QDate(2026, 11, 24)},
        {1960, 1969, QDate(2026, 11, 20), QDate(2026, 11, 22)},
        {1950, 1959, QDate(2026, 12, 1), QDate(2026, 12, 2)},
    };
    const CohortSchedule schedule = CohortSchedule::windows(windows, kSeoul);
    EXPECT_EQ(schedule.modeCode(), QStringLiteral("windows"));
    const QDate today(2026, 11, 22);
    EXPECT_TRUE(schedule.decide(1965, today).allowed);

    const CohortDecision early = schedule.decide(1955, today);
    EXPECT_FALSE(early.allowed);
    EXPECT_EQ(early.nextDate, QDate(2026, 11, 23));
    EXPECT_EQ(early.slotFromUtc, utc(2026, 11, 23, 0));

    EXPECT_EQ(schedule.decide(1955, QDate(2026, 11, 25)).nextDate, QDate(2026, 12, 1));

    const CohortDecision none = schedule.decide(1975, today);
    EXPECT_FALSE(none.allowed);
    EXPECT_FALSE(none.nextDate.isValid());
    const CohortDecision closed = schedule.decide(1965, QDate(2026, 11, 23));
    EXPECT_FALSE(closed.allowed);
    EXPECT_FALSE(closed.nextDate.isValid());
}

TEST(CohortScheduleTest, ParsesWindows) {
    QVector<CohortWindow> windows;
    QString error;
    ASSERT_TRUE(CohortSchedule::parseWindows(
        R"([{"birthYears":[1950,1959],"from":"2026-11-23","to":"2026-11-24"}])", &windows, &error))
        << error.toStdString();
    ASSERT_EQ(windows.size(), 1);
    EXPECT_EQ(windows[0].firstBirthYear, 1950);
    EXPECT_EQ(windows[0].lastBirthYear, 1959);
    EXPECT_EQ(windows[0].from, QDate(2026, 11, 23));
    EXPECT_EQ(windows[0].to, QDate(2026, 11, 24));
}

TEST(CohortScheduleTest, RejectsBrokenWindows) {
    QVector<CohortWindow> windows;
    QString error;
    for (const char *json : {
             "{}",
             "not json",
             R"([{"from":"2026-11-23","to":"2026-11-24"}])",
             R"([{"birthYears":[1950],"from":"2026-11-23","to":"2026-11-24"}])",
             R"([{"birthYears":[1959,1950],"from":"2026-11-23","to":"2026-11-24"}])",
             R"([{"birthYears":[1950,1959],"from":"2026-11-25","to":"2026-11-24"}])",
             R"([{"birthYears":[1950,1959],"from":"2026-02-30","to":"2026-11-24"}])",
             R"([{"birthYears":[1950.5,1959],"from":"2026-11-23","to":"2026-11-24"}])",
         }) {
        error.clear();
        EXPECT_FALSE(CohortSchedule::parseWindows(json, &windows, &error)) << json;
        EXPECT_FALSE(error.isEmpty()) << json;
    }
}
