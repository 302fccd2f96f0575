#include "DeviceStore.h"
#include "Database.h"
#include "LedgerStore.h"
#include "SampleStore.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

class DeviceStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        StorageError error;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("w.db")), &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
    }

    static Device device(const QString &address, bool demo = false) {
        Device d;
        d.address = address;
        d.name = QStringLiteral("Watch ") + address;
        d.model = QStringLiteral("WD-1");
        d.firmware = QStringLiteral("1.0.0");
        d.demo = demo;
        return d;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(DeviceStoreTest, EnsureDeviceIsKeyedByAddress) {
    DeviceStore store(*m_db);
    StorageError error;
    const qint64 first = store.ensureDevice(device(QStringLiteral("AA:01")), &error);
    ASSERT_GT(first, 0);
    EXPECT_FALSE(error);
    Device renamed = device(QStringLiteral("AA:01"));
    renamed.name = QStringLiteral("Renamed");
    renamed.firmware = QStringLiteral("2.1.0");
    renamed.demo = true; // fixed at first insert; an update does not turn a watch into demo data
    EXPECT_EQ(store.ensureDevice(renamed, &error), first);
    const qint64 second = store.ensureDevice(device(QStringLiteral("AA:02")), &error);
    EXPECT_NE(second, first);

    const QVector<Device> all = store.devices(&error);
    ASSERT_FALSE(error);
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].id, first);
    EXPECT_EQ(all[0].address, QStringLiteral("AA:01"));
    EXPECT_EQ(all[0].name, QStringLiteral("Renamed"));
    EXPECT_EQ(all[0].model, QStringLiteral("WD-1"));
    EXPECT_EQ(all[0].firmware, QStringLiteral("2.1.0"));
    EXPECT_FALSE(all[0].demo);
    EXPECT_FALSE(all[0].lastSyncUtc.isValid());
    EXPECT_EQ(all[1].id, second);
}

TEST_F(DeviceStoreTest, DeviceWithoutAddressIsRefused) {
    StorageError error;
    EXPECT_EQ(DeviceStore(*m_db).ensureDevice(Device(), &error), 0);
    EXPECT_EQ(error.code, StorageErrorCode::InvalidData);
    EXPECT_EQ(rowCount(*m_db, "devices"), 0);
}

TEST_F(DeviceStoreTest, MarkSyncedStoresTheTime) {
    DeviceStore store(*m_db);
    const qint64 id = store.ensureDevice(device(QStringLiteral("AA:01")), nullptr);
    const QDateTime when(QDate(2026, 3, 1), QTime(8, 30, 15), Qt::UTC);
    EXPECT_FALSE(store.markSynced(id, when));
    EXPECT_EQ(store.devices().value(0).lastSyncUtc, when);
    EXPECT_EQ(store.markSynced(id + 1, when).code, StorageErrorCode::QueryFailed);
    EXPECT_EQ(store.markSynced(id, QDateTime()).code, StorageErrorCode::InvalidData);
}

TEST_F(DeviceStoreTest, RemoveDemoDataKeepsRealData) {
    DeviceStore devices(*m_db);
    SampleStore samples(*m_db);
    LedgerStore ledger(*m_db);
    EXPECT_FALSE(devices.hasDemoData());
    const qint64 real = devices.ensureDevice(device(QStringLiteral("AA:01")), nullptr);
    const qint64 demo = devices.ensureDevice(device(QStringLiteral("demo-watch"), true), nullptr);
    ASSERT_GT(real, 0);
    ASSERT_GT(demo, 0);
    EXPECT_TRUE(devices.hasDemoData());

    const qint64 minute = utcSecs(2026, 3, 1, 3, 0);
    ASSERT_FALSE(samples.ingest(real, {sample(minute, 10, 70), sample(minute + 60, 20, 71)}));
    ASSERT_FALSE(samples.ingest(demo, {sample(minute, 500, 90), sample(minute + 86400, 600, 95)}));

    LedgerEntry realCredit;
    realCredit.date = QDate(2026, 3, 1);
    realCredit.kind = LedgerKind::Confirmed;
    realCredit.points = 200;
    realCredit.reference = QStringLiteral("credit-1");
    ASSERT_FALSE(ledger.record(realCredit));
    LedgerEntry demoCredit = realCredit;
    demoCredit.reference = QStringLiteral("demo-credit-1");
    demoCredit.demo = true;
    ASSERT_FALSE(ledger.record(demoCredit));

    ASSERT_FALSE(devices.removeDemoData());
    EXPECT_FALSE(devices.hasDemoData());
    const QVector<Device> remaining = devices.devices();
    ASSERT_EQ(remaining.size(), 1);
    EXPECT_EQ(remaining[0].id, real);
    EXPECT_EQ(rowCount(*m_db, "step_samples"), 2);
    EXPECT_EQ(rowCount(*m_db, "heart_rate_samples"), 2);
    EXPECT_EQ(
        scalar(*m_db,
               QStringLiteral("SELECT count(*) FROM daily_rollup WHERE device_id = %1").arg(demo)),
        0);
    const QVector<DailyRollup> rollups = samples.rollups(QDate(2026, 2, 1), QDate(2026, 4, 1));
    ASSERT_EQ(rollups.size(), 1);
    EXPECT_EQ(rollups[0].steps, 30);
    const QVector<LedgerEntry> entries = ledger.entries(QDate(2026, 1, 1), QDate(2026, 12, 31));
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].reference, QStringLiteral("credit-1"));
    EXPECT_EQ(ledger.balance().available(), 200);

    // Nothing left to remove is not an error.
    EXPECT_FALSE(devices.removeDemoData());
}

TEST_F(DeviceStoreTest, DemoLedgerRowsAloneCountAsDemoData) {
    LedgerEntry entry;
    entry.date = QDate(2026, 3, 1);
    entry.kind = LedgerKind::Confirmed;
    entry.points = 200;
    entry.demo = true;
    ASSERT_FALSE(LedgerStore(*m_db).record(entry));
    DeviceStore devices(*m_db);
    EXPECT_TRUE(devices.hasDemoData());
    ASSERT_FALSE(devices.removeDemoData());
    EXPECT_FALSE(devices.hasDemoData());
    EXPECT_EQ(rowCount(*m_db, "points_ledger"), 0);
}
