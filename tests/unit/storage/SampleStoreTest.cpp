#include "SampleStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

class SampleStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        StorageError error;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("w.db")), &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
        m_device = addDevice(QStringLiteral("watch-a"));
    }

    qint64 addDevice(const QString &address) {
        Device device;
        device.address = address;
        StorageError error;
        const qint64 id = DeviceStore(*m_db).ensureDevice(device, &error);
        EXPECT_GT(id, 0) << error.detail.toStdString();
        return id;
    }

    // Every minute of a UTC range: steps cycle 0..19, heart rate 60..99.
    static MinuteSamples minutes(qint64 fromUtc, int count) {
        MinuteSamples result;
        for (int i = 0; i < count; ++i)
            result.append(sample(fromUtc + i * 60, i % 20, 60 + i % 40));
        return result;
    }

    QVector<DailyRollup> allRollups() {
        StorageError error;
        auto result = SampleStore(*m_db).rollups(QDate(2000, 1, 1), QDate(2100, 1, 1), &error);
        EXPECT_FALSE(error) << error.detail.toStdString();
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_device = 0;
};

void expectEqual(const QVector<DailyRollup> &a, const QVector<DailyRollup> &b) {
    ASSERT_EQ(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].date, b[i].date);
        EXPECT_EQ(a[i].steps, b[i].steps);
        EXPECT_EQ(a[i].stepMinutes, b[i].stepMinutes);
        EXPECT_EQ(a[i].hrMin, b[i].hrMin);
        EXPECT_EQ(a[i].hrAvg, b[i].hrAvg);
        EXPECT_EQ(a[i].hrMax, b[i].hrMax);
        EXPECT_EQ(a[i].hrMinutes, b[i].hrMinutes);
    }
}

} // namespace

TEST_F(SampleStoreTest, RollupsFollowSeoulCalendarDays) {
    SampleStore store(*m_db);
    // 14:59Z is 23:59 in Seoul (1 March); 15:00Z is 00:00 on 2 March.
    const MinuteSamples samples = {sample(utcSecs(2026, 3, 1, 14, 58), 10, 80),
                                   sample(utcSecs(2026, 3, 1, 14, 59), 20, 90),
                                   sample(utcSecs(2026, 3, 1, 15, 0), 300, 120)};
    ASSERT_FALSE(store.ingest(m_device, samples));
    const QVector<DailyRollup> rollups = allRollups();
    ASSERT_EQ(rollups.size(), 2);
    EXPECT_EQ(rollups[0].date, QDate(2026, 3, 1));
    EXPECT_EQ(rollups[0].steps, 30);
    EXPECT_EQ(rollups[0].stepMinutes, 2);
    EXPECT_EQ(rollups[0].hrMin, 80);
    EXPECT_EQ(rollups[0].hrAvg, 85);
    EXPECT_EQ(rollups[0].hrMax, 90);
    EXPECT_EQ(rollups[0].hrMinutes, 2);
    EXPECT_EQ(rollups[1].date, QDate(2026, 3, 2));
    EXPECT_EQ(rollups[1].steps, 300);
    EXPECT_EQ(rollups[1].hrMin, 120);

    // The range is inclusive and limited to the dates asked for.
    EXPECT_EQ(store.rollups(QDate(2026, 3, 2), QDate(2026, 3, 2)).size(), 1);
    EXPECT_TRUE(store.rollups(QDate(2026, 3, 3), QDate(2026, 3, 9)).isEmpty());
}

TEST_F(SampleStoreTest, ReplacedMinutesRecomputeTheDay) {
    SampleStore store(*m_db);
    const qint64 minute = utcSecs(2026, 3, 1, 3, 0);
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 100, 150), sample(minute + 60, 50, 70)}));
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 40, 65)}));
    const QVector<DailyRollup> rollups = allRollups();
    ASSERT_EQ(rollups.size(), 1);
    EXPECT_EQ(rollups[0].steps, 90);
    EXPECT_EQ(rollups[0].stepMinutes, 2);
    EXPECT_EQ(rollups[0].hrMax, 70); // the replaced 150 is gone
    EXPECT_EQ(rollups[0].hrMin, 65);
    EXPECT_EQ(rowCount(*m_db, "step_samples"), 2);
    EXPECT_EQ(rowCount(*m_db, "heart_rate_samples"), 2);
}

TEST_F(SampleStoreTest, RepeatedIngestChangesNothing) {
    SampleStore store(*m_db);
    const MinuteSamples week = minutes(utcSecs(2026, 3, 1), 7 * 1440);
    ASSERT_FALSE(store.ingest(m_device, week));
    const QVector<DailyRollup> first = allRollups();
    const qint64 steps = rowCount(*m_db, "step_samples");
    const qint64 heartRates = rowCount(*m_db, "heart_rate_samples");
    EXPECT_EQ(steps, 7 * 1440);
    EXPECT_EQ(heartRates, 7 * 1440);
    EXPECT_EQ(first.size(), 8); // seven UTC days span eight Seoul days

    ASSERT_FALSE(store.ingest(m_device, week));
    EXPECT_EQ(rowCount(*m_db, "step_samples"), steps);
    EXPECT_EQ(rowCount(*m_db, "heart_rate_samples"), heartRates);
    expectEqual(allRollups(), first);
}

TEST_F(SampleStoreTest, MissingValuesLeaveTheOtherSeriesAlone) {
    SampleStore store(*m_db);
    const qint64 minute = utcSecs(2026, 3, 1, 3, 0);
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 12, 77)}));
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, -1, 88)})); // heart rate only
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 15, 0)}));  // steps only
    const QVector<DailyRollup> rollups = allRollups();
    ASSERT_EQ(rollups.size(), 1);
    EXPECT_EQ(rollups[0].steps, 15);
    EXPECT_EQ(rollups[0].hrMax, 88);
    EXPECT_EQ(rollups[0].hrMinutes, 1);
}

TEST_F(SampleStoreTest, ImplausibleSampleRefusesTheWholeBatch) {
    SampleStore store(*m_db);
    const qint64 base = utcSecs(2026, 3, 1, 3, 0);
    const QVector<MinuteSample> bad = {
        sample(base + 120, kMaxStepsPerMinute + 1),
        sample(base + 150, 10), // not the start of a minute
        sample(base + 120, -2),
        sample(base + 120, 10, kMaxHeartRate + 1),
        sample(base + 120, 10, kMinHeartRate - 1),
    };
    for (const MinuteSample &wrong : bad) {
        MinuteSamples batch = {sample(base, 10, 70), sample(base + 60, 20, 71), wrong};
        const StorageError error = store.ingest(m_device, batch);
        EXPECT_EQ(error.code, StorageErrorCode::InvalidData);
        EXPECT_TRUE(error.detail.contains(QString::number(wrong.minuteUtc)))
            << error.detail.toStdString();
    }
    EXPECT_EQ(rowCount(*m_db, "step_samples"), 0);
    EXPECT_EQ(rowCount(*m_db, "heart_rate_samples"), 0);
    EXPECT_EQ(rowCount(*m_db, "daily_rollup"), 0);

    // The limits themselves are plausible.
    EXPECT_FALSE(store.ingest(m_device, {sample(base, kMaxStepsPerMinute, kMaxHeartRate),
                                         sample(base + 60, 0, kMinHeartRate)}));
    EXPECT_EQ(allRollups().value(0).steps, kMaxStepsPerMinute);
}

TEST_F(SampleStoreTest, UnknownDeviceStoresNothing) {
    const StorageError error =
        SampleStore(*m_db).ingest(m_device + 100, {sample(utcSecs(2026, 3, 1), 10, 70)});
    EXPECT_EQ(error.code, StorageErrorCode::QueryFailed);
    EXPECT_EQ(rowCount(*m_db, "step_samples"), 0);
    EXPECT_EQ(rowCount(*m_db, "daily_rollup"), 0);
}

TEST_F(SampleStoreTest, FullDiskKeepsEarlierDataAndStoresNothingOfTheBatch) {
    SampleStore store(*m_db);
    ASSERT_FALSE(store.ingest(m_device, minutes(utcSecs(2026, 3, 1), 1440)));
    const QVector<DailyRollup> before = allRollups();
    const qint64 steps = rowCount(*m_db, "step_samples");

    // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does.
    const qint64 pages = scalar(*m_db, QStringLiteral("PRAGMA page_count"));
    ASSERT_GT(pages, 0);
    ASSERT_EQ(scalar(*m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
    const StorageError error = store.ingest(m_device, minutes(utcSecs(2026, 3, 2), 7 * 1440));
    EXPECT_EQ(error.code, StorageErrorCode::DiskFull) << error.detail.toStdString();

    EXPECT_EQ(rowCount(*m_db, "step_samples"), steps);
    EXPECT_EQ(rowCount(*m_db, "heart_rate_samples"), steps);
    expectEqual(allRollups(), before);
    QSqlQuery check(m_db->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    check.finish();

    // Once there is room again the same batch goes in whole.
    scalar(*m_db, QStringLiteral("PRAGMA max_page_count = 1000000"));
    EXPECT_FALSE(store.ingest(m_device, minutes(utcSecs(2026, 3, 2), 7 * 1440)));
    EXPECT_EQ(rowCount(*m_db, "step_samples"), steps + 7 * 1440);
}

TEST_F(SampleStoreTest, RollupsAreSummedOverDevices) {
    const qint64 second = addDevice(QStringLiteral("watch-b"));
    SampleStore store(*m_db);
    const qint64 minute = utcSecs(2026, 3, 1, 3, 0);
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 100, 60), sample(minute + 60, 50, 62)}));
    ASSERT_FALSE(store.ingest(second, {sample(minute, 30, 100)}));
    const QVector<DailyRollup> rollups = allRollups();
    ASSERT_EQ(rollups.size(), 1);
    EXPECT_EQ(rollups[0].steps, 180);
    EXPECT_EQ(rollups[0].stepMinutes, 3);
    EXPECT_EQ(rollups[0].hrMin, 60);
    EXPECT_EQ(rollups[0].hrMax, 100);
    EXPECT_EQ(rollups[0].hrMinutes, 3);
    EXPECT_EQ(rollups[0].hrAvg, 74); // (60 + 62 + 100) / 3, rounded
}

TEST_F(SampleStoreTest, DaysWithoutHeartRateReportZeroes) {
    const qint64 second = addDevice(QStringLiteral("watch-b"));
    SampleStore store(*m_db);
    const qint64 minute = utcSecs(2026, 3, 1, 3, 0);
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 100, 0)}));
    ASSERT_FALSE(store.ingest(second, {sample(minute, 5, 0)}));
    const QVector<DailyRollup> rollups = allRollups();
    ASSERT_EQ(rollups.size(), 1);
    EXPECT_EQ(rollups[0].hrMinutes, 0);
    EXPECT_EQ(rollups[0].hrMin, 0);
    EXPECT_EQ(rollups[0].hrAvg, 0);
    EXPECT_EQ(rollups[0].hrMax, 0);
}

TEST_F(SampleStoreTest, HeartRateMinutesOfOneLocalDay) {
    const qint64 second = addDevice(QStringLiteral("watch-b"));
    SampleStore store(*m_db);
    const qint64 dayStart = utcSecs(2026, 3, 1, 15, 0); // 00:00 on 2 March in Seoul
    ASSERT_FALSE(
        store.ingest(m_device, {sample(dayStart - 60, 1, 99), sample(dayStart + 120, 1, 70),
                                sample(dayStart, 1, 61), sample(dayStart + 60, 1, 0),
                                sample(dayStart + 86400, 1, 88)}));
    ASSERT_FALSE(store.ingest(second, {sample(dayStart + 120, 1, 80)}));
    StorageError error;
    const MinuteSamples day = store.heartRateMinutes(QDate(2026, 3, 2), &error);
    ASSERT_FALSE(error);
    ASSERT_EQ(day.size(), 2);
    EXPECT_EQ(day[0].minuteUtc, dayStart);
    EXPECT_EQ(day[0].heartRate, 61);
    EXPECT_EQ(day[0].steps, -1);
    EXPECT_EQ(day[1].minuteUtc, dayStart + 120);
    EXPECT_EQ(day[1].heartRate, 75); // two devices in one minute: their average
    EXPECT_TRUE(store.heartRateMinutes(QDate(2026, 3, 5)).isEmpty());
}

TEST_F(SampleStoreTest, LatestMinutePerDevice) {
    const qint64 second = addDevice(QStringLiteral("watch-b"));
    SampleStore store(*m_db);
    EXPECT_EQ(store.latestMinute(m_device), 0);
    const qint64 minute = utcSecs(2026, 3, 1, 3, 0);
    ASSERT_FALSE(store.ingest(m_device, {sample(minute, 5, 0), sample(minute + 600, -1, 70),
                                         sample(minute + 300, 7, 0)}));
    ASSERT_FALSE(store.ingest(second, {sample(minute + 6000, 5, 0)}));
    EXPECT_EQ(store.latestMinute(m_device), minute + 600);
    EXPECT_EQ(store.latestMinute(second), minute + 6000);
}

TEST_F(SampleStoreTest, EmptyBatchIsFine) {
    EXPECT_FALSE(SampleStore(*m_db).ingest(m_device, {}));
    EXPECT_EQ(rowCount(*m_db, "daily_rollup"), 0);
}
