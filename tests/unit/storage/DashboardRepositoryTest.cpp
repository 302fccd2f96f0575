#include "DashboardRepository.h"
#include "AppStateStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "LedgerStore.h"
#include "ManualClock.h"
#include "SampleStore.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

// 12:00 on Wednesday 4 March 2026 in Seoul.
const QDateTime kNow(QDate(2026, 3, 4), QTime(3, 0), Qt::UTC);

// First UTC second of a Seoul day (UTC+9, no daylight saving).
qint64 seoulMidnight(const QDate &day) {
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - 9 * 3600;
}

class DashboardRepositoryTest : public ::testing::Test {
protected:
    void SetUp() override {
        StorageError error;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("w.db")), &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
    }

    qint64 addDevice(const QString &address, bool demo = false) {
        Device device;
        device.address = address;
        device.demo = demo;
        return DeviceStore(*m_db).ensureDevice(device, nullptr);
    }

    // `steps` spread over whole minutes of 100 steps from the local midnight of the day.
    void addSteps(qint64 device, const QDate &day, int steps) {
        MinuteSamples samples;
        const qint64 start = seoulMidnight(day);
        for (int i = 0; steps > 0; ++i, steps -= 100)
            samples.append(sample(start + i * 60, std::min(steps, 100)));
        ASSERT_FALSE(SampleStore(*m_db).ingest(device, samples));
    }

    void confirm(const QDate &day, int points, const QString &reference,
                 const QDateTime &when = kNow.addSecs(-3600)) {
        LedgerEntry entry;
        entry.date = day;
        entry.kind = LedgerKind::Confirmed;
        entry.points = points;
        entry.reference = reference;
        entry.recordedUtc = when;
        ASSERT_FALSE(LedgerStore(*m_db).record(entry));
    }

    DashboardSnapshot snapshot(const PointsPolicy &policy = PointsPolicy::builtInDefault()) {
        DashboardRepository repository(*m_db, m_clock, policy);
        StorageError error;
        DashboardSnapshot result = repository.snapshot(&error);
        EXPECT_FALSE(error) << error.detail.toStdString();
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow};
};

} // namespace

TEST_F(DashboardRepositoryTest, EmptyCacheGivesAnEmptyButCompleteSnapshot) {
    const DashboardSnapshot s = snapshot();
    EXPECT_EQ(s.today, QDate(2026, 3, 4));
    EXPECT_FALSE(s.hasDevice);
    EXPECT_FALSE(s.demoData);
    EXPECT_EQ(s.todaySteps, 0);
    EXPECT_EQ(s.stepGoal, 8000);
    EXPECT_EQ(s.goalPoints, 200);
    ASSERT_EQ(s.week.size(), 7);
    for (int i = 0; i < 7; ++i) {
        EXPECT_EQ(s.week[i].date, QDate(2026, 2, 26).addDays(i));
        EXPECT_EQ(s.week[i].steps, 0);
    }
    EXPECT_TRUE(s.heartRateToday.isEmpty());
    EXPECT_EQ(s.restingHeartRate, 0);
    EXPECT_EQ(s.averageHeartRate, 0);
    EXPECT_EQ(s.maxHeartRate, 0);
    EXPECT_EQ(s.confirmedPoints, 0);
    EXPECT_EQ(s.pendingPoints, 0);
    EXPECT_EQ(s.halfYearPoints, 0);
    EXPECT_EQ(s.capPerHalfYear, 100000);
    EXPECT_EQ(s.conversionMinimum, 5000);
    EXPECT_FALSE(s.conversionAvailable);
    EXPECT_FALSE(s.lastWatchSyncUtc.isValid());
    EXPECT_FALSE(s.lastServerConfirmationUtc.isValid());
    EXPECT_EQ(s.policyVersion, PointsPolicy::builtInDefault().version());
}

TEST_F(DashboardRepositoryTest, StepsWeekAndPointsComeFromRollupsAndLedger) {
    const qint64 watch = addDevice(QStringLiteral("watch-a"));
    addSteps(watch, QDate(2025, 12, 31), 9000); // previous half-year: never pending now
    addSteps(watch, QDate(2026, 3, 1), 8500);   // confirmed by the server
    addSteps(watch, QDate(2026, 3, 2), 3000);   // below the goal
    addSteps(watch, QDate(2026, 3, 3), 8200);   // pending
    addSteps(watch, QDate(2026, 3, 4), 9000);   // today, pending
    addSteps(watch, QDate(2026, 3, 5), 9900);   // tomorrow (a clock set back): not today
    const QDateTime confirmedAt(QDate(2026, 3, 2), QTime(1, 2, 3), Qt::UTC);
    confirm(QDate(2026, 3, 1), 200, QStringLiteral("credit-0301"), confirmedAt);
    confirm(QDate(2025, 12, 31), 200, QStringLiteral("credit-1231"), confirmedAt.addDays(-60));
    const QDateTime syncA(QDate(2026, 3, 4), QTime(2, 0), Qt::UTC);
    ASSERT_FALSE(DeviceStore(*m_db).markSynced(watch, syncA));
    const qint64 other = addDevice(QStringLiteral("watch-b"));
    ASSERT_FALSE(DeviceStore(*m_db).markSynced(other, syncA.addSecs(-7200)));

    const DashboardSnapshot s = snapshot();
    EXPECT_TRUE(s.hasDevice);
    EXPECT_FALSE(s.demoData);
    EXPECT_EQ(s.todaySteps, 9000);
    const QVector<int> weekSteps = {0, 0, 0, 8500, 3000, 8200, 9000};
    ASSERT_EQ(s.week.size(), 7);
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(s.week[i].steps, weekSteps[i]) << i;
    EXPECT_EQ(s.week.constLast().date, s.today);
    EXPECT_EQ(s.confirmedPoints, 400);
    EXPECT_EQ(s.pendingPoints, 400);  // 3 and 4 March
    EXPECT_EQ(s.halfYearPoints, 600); // 1 March confirmed + pending
    EXPECT_FALSE(s.conversionAvailable);
    EXPECT_EQ(s.lastWatchSyncUtc, syncA);
    EXPECT_EQ(s.lastServerConfirmationUtc, confirmedAt);
}

TEST_F(DashboardRepositoryTest, HeartRateIsDrawnInFiveMinuteAverages) {
    const qint64 watch = addDevice(QStringLiteral("watch-a"));
    const qint64 start = seoulMidnight(QDate(2026, 3, 4));
    MinuteSamples samples;
    for (int i = 0; i < 15; ++i) // 60..64, 70..74, 80..84
        samples.append(sample(start + i * 60, -1, 60 + (i / 5) * 10 + i % 5));
    samples.append(sample(start - 60, -1, 40)); // yesterday: not in today's chart
    ASSERT_FALSE(SampleStore(*m_db).ingest(watch, samples));

    const DashboardSnapshot s = snapshot();
    ASSERT_EQ(s.heartRateToday.size(), 3);
    EXPECT_EQ(s.heartRateToday[0].timeUtc, QDateTime::fromSecsSinceEpoch(start, Qt::UTC));
    EXPECT_EQ(s.heartRateToday[0].bpm, 62);
    EXPECT_EQ(s.heartRateToday[1].timeUtc, QDateTime::fromSecsSinceEpoch(start + 300, Qt::UTC));
    EXPECT_EQ(s.heartRateToday[1].bpm, 72);
    EXPECT_EQ(s.heartRateToday[2].bpm, 82);
    EXPECT_EQ(s.restingHeartRate, 62);
    EXPECT_EQ(s.averageHeartRate, 72);
    EXPECT_EQ(s.maxHeartRate, 84);
    EXPECT_EQ(s.todaySteps, 0);
}

TEST_F(DashboardRepositoryTest, CapMultiplierAndConversionFollowThePolicy) {
    const PointsPolicy::ParseResult parsed = PointsPolicy::fromJson(R"({
        "version": "test-cap", "timezone": "Asia/Seoul",
        "walking": [{"minAge": 0, "steps": 8000, "points": 200},
                    {"minAge": 70, "steps": 5000, "points": 200}],
        "capPerHalfYear": 500, "conversionMinimum": 300,
        "events": [{"name": "festival", "from": "2026-03-04", "to": "2026-03-04", "multiplier": 3}]
    })");
    ASSERT_TRUE(parsed.ok) << parsed.error.toStdString();
    const qint64 watch = addDevice(QStringLiteral("watch-a"));
    addSteps(watch, QDate(2026, 3, 1), 8500);
    addSteps(watch, QDate(2026, 3, 3), 8200);
    addSteps(watch, QDate(2026, 3, 4), 9000);
    confirm(QDate(2026, 3, 1), 200, QStringLiteral("c1"));
    confirm(QDate(2025, 11, 2), 150, QStringLiteral("c0")); // earlier half-year, still available

    const DashboardSnapshot s = snapshot(parsed.policy);
    EXPECT_EQ(s.goalPoints, 600); // tripled today
    EXPECT_EQ(s.stepGoal, 8000);
    // 200 confirmed + 200 (3 March) leave 100 of the cap for today's 600.
    EXPECT_EQ(s.pendingPoints, 300);
    EXPECT_EQ(s.halfYearPoints, 500);
    EXPECT_EQ(s.capPerHalfYear, 500);
    EXPECT_EQ(s.confirmedPoints, 350);
    EXPECT_TRUE(s.conversionAvailable);
    EXPECT_EQ(s.policyVersion, QStringLiteral("test-cap"));
}

TEST_F(DashboardRepositoryTest, BirthDateChoosesTheWalkingRule) {
    DashboardRepository repository(*m_db, m_clock, PointsPolicy::builtInDefault());
    const QDate fallback = repository.birthDate();
    EXPECT_TRUE(fallback.isValid());
    EXPECT_LT(ageOn(fallback, QDate(2026, 3, 4)), 70);

    ASSERT_FALSE(AppStateStore(*m_db).setValue(DashboardRepository::birthDateKey(),
                                               QStringLiteral("1950-01-01")));
    EXPECT_EQ(repository.birthDate(), QDate(1950, 1, 1));
    const qint64 watch = addDevice(QStringLiteral("watch-a"));
    addSteps(watch, QDate(2026, 3, 4), 5500);
    const DashboardSnapshot s = snapshot();
    EXPECT_EQ(s.stepGoal, 5000);
    EXPECT_EQ(s.pendingPoints, 200);

    ASSERT_FALSE(AppStateStore(*m_db).setValue(DashboardRepository::birthDateKey(),
                                               QStringLiteral("not a date")));
    EXPECT_EQ(repository.birthDate(), fallback);
}

TEST_F(DashboardRepositoryTest, TodayFollowsTheClock) {
    const qint64 watch = addDevice(QStringLiteral("watch-a"), true);
    addSteps(watch, QDate(2026, 3, 4), 1200);
    addSteps(watch, QDate(2026, 3, 5), 700);
    EXPECT_TRUE(snapshot().demoData);
    EXPECT_EQ(snapshot().todaySteps, 1200);
    // 15:00Z is midnight in Seoul: the next local day begins.
    m_clock.set(QDateTime(QDate(2026, 3, 4), QTime(15, 0), Qt::UTC));
    const DashboardSnapshot s = snapshot();
    EXPECT_EQ(s.today, QDate(2026, 3, 5));
    EXPECT_EQ(s.todaySteps, 700);
    EXPECT_EQ(s.week.value(5).steps, 1200);
}
