#include "ActivityUploadSchedule.h"
#include "SeededRandomSource.h"

#include <QHash>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {
const QTimeZone kSeoul("Asia/Seoul");
const QDate kDay(2026, 11, 18);
} // namespace

TEST(ActivityUploadScheduleTest, ManyInstallationsSpreadOverTheEarlyHours) {
    // 20,000 installations, each with its own secret: how many call in any one minute?
    SeededRandomSource random(7);
    const int installations = 20000;
    QHash<qint64, int> perMinute;
    qint64 earliest = std::numeric_limits<qint64>::max();
    qint64 latest = 0;
    const QDateTime midnight(kDay.addDays(1), QTime(0, 0), kSeoul);
    for (int i = 0; i < installations; ++i) {
        const ActivityUploadSchedule schedule(kSeoul, ActivityUploadSchedule::drawSecret(random));
        const qint64 at = schedule.uploadTime(kDay).toSecsSinceEpoch();
        ++perMinute[at / 60];
        earliest = std::min(earliest, at);
        latest = std::max(latest, at);
    }
    // Never at midnight: nothing before 01:00, nothing after 05:00 local.
    EXPECT_GE(earliest, midnight.toSecsSinceEpoch() + 3600);
    EXPECT_LT(latest, midnight.toSecsSinceEpoch() + 5 * 3600);
    int busiest = 0;
    for (int n : perMinute)
        busiest = std::max(busiest, n);
    // 240 minutes: an even spread puts ~0.42 % in each; allow twice that, far from a herd.
    EXPECT_LE(double(busiest) / installations, 0.01) << busiest;
    EXPECT_GE(perMinute.size(), 235);
}

TEST(ActivityUploadScheduleTest, TheSameInstallationKeepsItsTimeAcrossRestarts) {
    const ActivityUploadSchedule a(kSeoul, 123456789);
    const ActivityUploadSchedule b(kSeoul, 123456789);
    EXPECT_EQ(a.uploadTime(kDay), b.uploadTime(kDay));
    EXPECT_EQ(a.offsetSeconds(), b.offsetSeconds());
    // Each day moves a little (jitter), within ten minutes of the installation's offset.
    const QDateTime midnight(kDay.addDays(1), QTime(0, 0), kSeoul);
    const qint64 base = midnight.toSecsSinceEpoch() + 3600 + a.offsetSeconds();
    for (int i = 0; i < 30; ++i) {
        const QDate day = kDay.addDays(i);
        const qint64 at = a.uploadTime(day).toSecsSinceEpoch() - 86400LL * i;
        EXPECT_GE(at, base);
        EXPECT_LT(at, base + 600);
    }
}

TEST(ActivityUploadScheduleTest, LateRevisionsGoWithinHalfAnHour) {
    SeededRandomSource random(3);
    const ActivityUploadSchedule schedule(kSeoul, 1);
    const QDateTime now(kDay, QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 100; ++i) {
        const qint64 delay = now.secsTo(schedule.lateRevisionTime(now, random));
        EXPECT_GE(delay, 60);
        EXPECT_LE(delay, 1800);
    }
}
