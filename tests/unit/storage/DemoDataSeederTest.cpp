#include "DemoDataSeeder.h"

#include "DashboardRepository.h"
#include "DeviceStore.h"
#include "LedgerStore.h"
#include "ManualClock.h"
#include "SampleStore.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(5, 30), Qt::UTC); // 14:30 in Seoul

class DemoDataSeederTest : public ::testing::Test {
protected:
    std::unique_ptr<Database> open(const QString &name) {
        StorageError error;
        auto db = openDatabase(m_dir.filePath(name), &error);
        EXPECT_TRUE(db) << error.detail.toStdString();
        return db;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};
    PointsPolicy m_policy = PointsPolicy::builtInDefault();
};

} // namespace

TEST_F(DemoDataSeederTest, SeedsTheRequestedDaysUpToNowMarkedAsDemo) {
    auto db = open(QStringLiteral("a.db"));
    ASSERT_FALSE(DemoDataSeeder(*db, m_clock, m_policy).seedIfEmpty());

    const QVector<Device> devices = DeviceStore(*db).devices();
    ASSERT_EQ(devices.size(), 1);
    EXPECT_TRUE(devices.first().demo);
    EXPECT_EQ(devices.first().lastSyncUtc, kNow);

    const QVector<DailyRollup> days =
        SampleStore(*db).rollups(QDate(2026, 10, 1), QDate(2026, 12, 31));
    ASSERT_EQ(days.size(), 21);
    EXPECT_EQ(days.first().date, QDate(2026, 11, 2));
    EXPECT_EQ(days.last().date, QDate(2026, 11, 22));
    // Nothing after "now": today's last minute is 14:30 Seoul at the latest.
    const qint64 latest = SampleStore(*db).latestMinute(devices.first().id);
    EXPECT_LE(latest, kNow.toSecsSinceEpoch());
    EXPECT_GT(latest, kNow.toSecsSinceEpoch() - 3600);
    for (const DailyRollup &day : days) {
        EXPECT_GT(day.steps, 1000) << day.date.toString(Qt::ISODate).toStdString();
        EXPECT_GT(day.hrMinutes, 0);
    }
}

TEST_F(DemoDataSeederTest, SameSeedSameHistory) {
    auto first = open(QStringLiteral("a.db"));
    auto second = open(QStringLiteral("b.db"));
    ASSERT_FALSE(DemoDataSeeder(*first, m_clock, m_policy).seedIfEmpty());
    ASSERT_FALSE(DemoDataSeeder(*second, m_clock, m_policy).seedIfEmpty());
    const QDate from(2026, 11, 1), to(2026, 11, 22);
    const QVector<DailyRollup> a = SampleStore(*first).rollups(from, to);
    const QVector<DailyRollup> b = SampleStore(*second).rollups(from, to);
    ASSERT_EQ(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].steps, b[i].steps);
        EXPECT_EQ(a[i].hrMax, b[i].hrMax);
    }
}

TEST_F(DemoDataSeederTest, OlderGoalDaysAreConfirmedRecentOnesStayPending) {
    auto db = open(QStringLiteral("a.db"));
    DemoDataSeeder::Options options;
    options.confirmedUpToDaysAgo = 3;
    ASSERT_FALSE(DemoDataSeeder(*db, m_clock, m_policy).seedIfEmpty(options));

    const QVector<LedgerEntry> entries =
        LedgerStore(*db).entries(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const QVector<DailyRollup> days =
        SampleStore(*db).rollups(QDate(2026, 11, 2), QDate(2026, 11, 22));
    int goalDaysConfirmable = 0;
    for (const DailyRollup &day : days) {
        if (day.date <= QDate(2026, 11, 19) && day.steps >= 8000)
            ++goalDaysConfirmable;
    }
    ASSERT_GT(goalDaysConfirmable, 0) << "the demo history should reach the goal on some days";
    EXPECT_EQ(entries.size(), goalDaysConfirmable);
    for (const LedgerEntry &entry : entries) {
        EXPECT_EQ(entry.kind, LedgerKind::Confirmed);
        EXPECT_EQ(entry.points, 200);
        EXPECT_LE(entry.date, QDate(2026, 11, 19));
        EXPECT_TRUE(entry.demo);
    }
}

TEST_F(DemoDataSeederTest, DoesNothingWhenTheCacheHasADevice) {
    auto db = open(QStringLiteral("a.db"));
    Device watch;
    watch.address = QStringLiteral("AA:BB:CC:00:00:01");
    StorageError error;
    DeviceStore(*db).ensureDevice(watch, &error);
    ASSERT_FALSE(error);
    ASSERT_FALSE(DemoDataSeeder(*db, m_clock, m_policy).seedIfEmpty());
    EXPECT_EQ(DeviceStore(*db).devices().size(), 1);
    EXPECT_TRUE(SampleStore(*db).rollups(QDate(2026, 1, 1), QDate(2026, 12, 31)).isEmpty());
}

TEST_F(DemoDataSeederTest, RemovingDemoDataLeavesAnEmptyDashboard) {
    auto db = open(QStringLiteral("a.db"));
    ASSERT_FALSE(DemoDataSeeder(*db, m_clock, m_policy).seedIfEmpty());
    ASSERT_FALSE(DeviceStore(*db).removeDemoData());

    const DashboardSnapshot snapshot = DashboardRepository(*db, m_clock, m_policy).snapshot();
    EXPECT_FALSE(snapshot.hasDevice);
    EXPECT_FALSE(snapshot.demoData);
    EXPECT_EQ(snapshot.todaySteps, 0);
    EXPECT_EQ(snapshot.confirmedPoints, 0);
    EXPECT_EQ(snapshot.pendingPoints, 0);
    EXPECT_TRUE(LedgerStore(*db).entries(QDate(2026, 1, 1), QDate(2026, 12, 31)).isEmpty());
}
