// The cache side of the sync: samples and position in one transaction, watches found again by
// serial number, rollups kept right.
#include "WatchHistoryStore.h"
#include "DeviceStore.h"
#include "ManualClock.h"
#include "Migration.h"
#include "SampleStore.h"
#include "SessionTestSupport.h"

#include <QSqlError>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

class WatchHistoryStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("cache.db"));
        StorageError error;
        m_db = Database::open(options, &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
        m_store = std::make_unique<WatchHistoryStore>(*m_db, m_clock);
    }

    static WatchIdentity watch(const QString &address = QStringLiteral("C0:57:00:00:00:01"),
                               const QString &serial = QStringLiteral("WD-0A7F3")) {
        WatchIdentity identity;
        identity.address = address;
        identity.name = QStringLiteral("WristDoc A7F3");
        identity.info.manufacturerName = QStringLiteral("Maker");
        identity.info.modelNumber = QStringLiteral("WD-1");
        identity.info.serialNumber = serial;
        identity.info.firmwareRevision = QStringLiteral("1.0");
        return identity;
    }
    // count minutes from 2026-03-08 00:00 UTC on, steps 10..29, heart rate 60..99.
    static MinuteSamples minutes(int from, int count) {
        MinuteSamples result;
        const qint64 start = testStart().addSecs(-12 * 3600).toSecsSinceEpoch();
        for (int i = from; i < from + count; ++i) {
            MinuteSample sample;
            sample.minuteUtc = start + qint64(i) * 60;
            sample.steps = 10 + i % 20;
            sample.heartRate = 60 + i % 40;
            result.append(sample);
        }
        return result;
    }
    qint64 scalar(const QString &sql) const {
        QSqlQuery query(m_db->connection());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    void exec(const QString &sql) {
        QSqlQuery query(m_db->connection());
        ASSERT_TRUE(query.exec(sql)) << query.lastError().text().toStdString();
    }
    WatchSyncPosition position(const WatchIdentity &identity) {
        WatchSinkResult result;
        const WatchSyncPosition stored = m_store->lastStored(identity, &result);
        EXPECT_TRUE(result.ok()) << result.detail.toStdString();
        return stored;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{testStart()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WatchHistoryStore> m_store;
};

TEST_F(WatchHistoryStoreTest, MigrationFourCreatesTheSyncStateTable) {
    // Version 4 added the table; later migrations must keep it.
    EXPECT_GE(m_db->schemaVersion(), 4);
    EXPECT_EQ(m_db->schemaVersion(), Migration::latestBuiltInVersion());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN"
                                    " ('watch_sync_state', 'watch_sync_state_by_serial')")),
              2);
}

TEST_F(WatchHistoryStoreTest, UnknownWatchHasNoPosition) {
    EXPECT_EQ(position(watch()), WatchSyncPosition());
    EXPECT_EQ(m_store->deviceIdFor(watch()), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM devices")), 0);
}

TEST_F(WatchHistoryStoreTest, BatchStoresDeviceSamplesAndPositionTogether) {
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 100, minutes(0, 100)).ok());
    EXPECT_EQ(position(watch()), (WatchSyncPosition{77, 100}));
    const qint64 id = m_store->deviceIdFor(watch());
    ASSERT_GT(id, 0);
    const QVector<Device> devices = DeviceStore(*m_db).devices();
    ASSERT_EQ(devices.size(), 1);
    EXPECT_EQ(devices[0].address, watch().address);
    EXPECT_EQ(devices[0].name, watch().name);
    EXPECT_EQ(devices[0].model, QStringLiteral("WD-1"));
    EXPECT_EQ(devices[0].firmware, QStringLiteral("1.0"));
    EXPECT_FALSE(devices[0].demo);
    EXPECT_EQ(devices[0].lastSyncUtc, testStart());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 100);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM heart_rate_samples")), 100);
    EXPECT_EQ(scalar(QStringLiteral("SELECT serial_number = 'WD-0A7F3' FROM watch_sync_state")), 1);

    // An empty batch moves only the position (records that were all refused, a new history).
    ASSERT_TRUE(m_store->storeBatch(watch(), 78, 0, {}).ok());
    EXPECT_EQ(position(watch()), (WatchSyncPosition{78, 0}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 100);
}

TEST_F(WatchHistoryStoreTest, MinutesStoredAgainReplaceThemselvesAndRollupsStayRight) {
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 600, minutes(0, 600)).ok());
    // After a reset the watch sends an overlapping stretch again, under a new history.
    ASSERT_TRUE(m_store->storeBatch(watch(), 99, 400, minutes(400, 400)).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 800);

    // The same rows ingested at once into a fresh cache give the same rollups.
    QTemporaryDir other;
    Database::Options options;
    options.path = other.filePath(QStringLiteral("fresh.db"));
    StorageError error;
    auto fresh = Database::open(options, &error);
    ASSERT_TRUE(fresh);
    Device device;
    device.address = QStringLiteral("x");
    const qint64 id = DeviceStore(*fresh).ensureDevice(device, &error);
    ASSERT_FALSE(SampleStore(*fresh).ingest(id, minutes(0, 800)));
    const auto expected = SampleStore(*fresh).rollups(QDate(2026, 1, 1), QDate(2026, 12, 31));
    const auto actual = SampleStore(*m_db).rollups(QDate(2026, 1, 1), QDate(2026, 12, 31));
    ASSERT_EQ(actual.size(), expected.size());
    ASSERT_FALSE(actual.isEmpty());
    for (int i = 0; i < actual.size(); ++i) {
        EXPECT_EQ(actual[i].date, expected[i].date);
        EXPECT_EQ(actual[i].steps, expected[i].steps);
        EXPECT_EQ(actual[i].stepMinutes, expected[i].stepMinutes);
        EXPECT_EQ(actual[i].hrAvg, expected[i].hrAvg);
        EXPECT_EQ(actual[i].hrMinutes, expected[i].hrMinutes);
    }
}

TEST_F(WatchHistoryStoreTest, FailureWhileStoringThePositionKeepsNoSamples) {
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 10, minutes(0, 10)).ok());
    // The position write of the next batch fails after its samples were written.
    exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE ON watch_sync_state"
                        " BEGIN SELECT RAISE(ABORT, 'injected'); END"));
    const WatchSinkResult result = m_store->storeBatch(watch(), 77, 50, minutes(10, 40));
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.code, WatchSinkResult::Code::Failed);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 10);
    EXPECT_EQ(scalar(QStringLiteral("SELECT sum(step_minutes) FROM daily_rollup")), 10);
    EXPECT_EQ(position(watch()), (WatchSyncPosition{77, 10}));

    exec(QStringLiteral("DROP TRIGGER refuse"));
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 50, minutes(10, 40)).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 50);
    EXPECT_EQ(position(watch()), (WatchSyncPosition{77, 50}));
}

TEST_F(WatchHistoryStoreTest, FullDiskStoresNothingOfTheBatch) {
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 10, minutes(0, 10)).ok());
    const qint64 pages = scalar(QStringLiteral("PRAGMA page_count"));
    exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
    const WatchSinkResult result = m_store->storeBatch(watch(), 77, 5010, minutes(10, 5000));
    EXPECT_EQ(result.code, WatchSinkResult::Code::Full);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 10);
    EXPECT_EQ(position(watch()), (WatchSyncPosition{77, 10}));
    exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    EXPECT_TRUE(m_store->storeBatch(watch(), 77, 5010, minutes(10, 5000)).ok());
}

TEST_F(WatchHistoryStoreTest, WatchIsRecognisedBySerialUnderANewAddress) {
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 100, minutes(0, 100)).ok());
    const qint64 id = m_store->deviceIdFor(watch());
    const WatchIdentity moved = watch(QStringLiteral("C0:57:00:00:00:99"));
    EXPECT_EQ(m_store->deviceIdFor(moved), id);
    EXPECT_EQ(position(moved), (WatchSyncPosition{77, 100}));

    ASSERT_TRUE(m_store->storeBatch(moved, 78, 50, minutes(50, 100)).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM devices")), 1);
    EXPECT_EQ(DeviceStore(*m_db).devices().first().address, moved.address);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 150); // no doubling

    // Another watch is another device.
    const WatchIdentity other =
        watch(QStringLiteral("C0:57:00:00:00:02"), QStringLiteral("WD-11111"));
    EXPECT_EQ(m_store->deviceIdFor(other), 0);
    ASSERT_TRUE(m_store->storeBatch(other, 5, 1, minutes(0, 1)).ok());
    EXPECT_NE(m_store->deviceIdFor(other), id);
    EXPECT_EQ(position(watch()), (WatchSyncPosition{78, 50}));
}

TEST_F(WatchHistoryStoreTest, EmptyFieldsDoNotOverwriteKnownOnes) {
    ASSERT_TRUE(m_store->storeBatch(watch(), 77, 1, minutes(0, 1)).ok());
    WatchIdentity partial = watch();
    partial.name.clear();
    partial.info.modelNumber.clear();
    ASSERT_TRUE(m_store->storeBatch(partial, 77, 2, minutes(1, 1)).ok());
    const Device device = DeviceStore(*m_db).devices().first();
    EXPECT_EQ(device.name, watch().name);
    EXPECT_EQ(device.model, QStringLiteral("WD-1"));
}

TEST_F(WatchHistoryStoreTest, DemoOptionMarksTheSimulatedWatchRemovable) {
    WatchHistoryStore::Options options;
    options.demo = true;
    WatchHistoryStore demo(*m_db, m_clock, options);
    ASSERT_TRUE(demo.storeBatch(watch(), 77, 10, minutes(0, 10)).ok());
    DeviceStore devices(*m_db);
    EXPECT_TRUE(devices.hasDemoData());
    ASSERT_FALSE(devices.removeDemoData());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM watch_sync_state")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM step_samples")), 0);
}

TEST_F(WatchHistoryStoreTest, InvalidBatchesAreRefused) {
    EXPECT_FALSE(m_store->storeBatch(watch(), 0, 1, minutes(0, 1)).ok());
    EXPECT_FALSE(m_store->storeBatch(watch(QString()), 1, 1, minutes(0, 1)).ok());
    MinuteSamples bad = minutes(0, 2);
    bad[1].steps = 5000;
    EXPECT_FALSE(m_store->storeBatch(watch(), 1, 2, bad).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM devices")), 0); // rolled back too
    EXPECT_EQ(position(watch()), WatchSyncPosition());
}

} // namespace
