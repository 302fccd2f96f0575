// StaffPinStore: the staff PIN's Argon2id hash, wrong tries and the lock-out, on a real database
// file that is closed and opened again as a restart would; time moves on a ManualClock.
#include "StaffPinStore.h"
#include "ManualClock.h"
#include "StorageTestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);
const QString kPin = QStringLiteral("482915");

class StaffPinStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kiosk.db"));
        restart();
    }

    // Everything closed and opened again, as after a power cut.
    void restart() {
        m_store.reset();
        m_db.reset();
        StorageError error;
        m_db = openDatabase(m_path, &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
        m_store = std::make_unique<StaffPinStore>(*m_db, m_clock);
    }

    void wrongTimes(int n) {
        for (int i = 0; i < n; ++i)
            m_store->verify(QStringLiteral("111222"));
    }

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{kStart};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffPinStore> m_store;
};

TEST_F(StaffPinStoreTest, NewKioskHasNoPinAndAsksToSetOne) {
    EXPECT_EQ(m_store->status().outcome, PinCheck::Outcome::NotSet);
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::NotSet);
    EXPECT_EQ(rowCount(*m_db, "staff_pin"), 0);
}

TEST_F(StaffPinStoreTest, SetPinIsStoredAsArgon2idHashNeverInPlain) {
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT pin_hash FROM staff_pin WHERE id = 1")));
    ASSERT_TRUE(query.next());
    const QString stored = query.value(0).toString();
    EXPECT_TRUE(stored.startsWith(QStringLiteral("$argon2id$"))) << stored.toStdString();
    EXPECT_FALSE(stored.contains(kPin));
    EXPECT_EQ(m_store->status().outcome, PinCheck::Outcome::Ok);
    EXPECT_EQ(m_store->status().triesLeft, 5);
}

TEST_F(StaffPinStoreTest, RulesAreCheckedAndAnExistingPinIsNeverReplaced) {
    EXPECT_EQ(m_store->setPin(QStringLiteral("12345")), PinSetResult::BreaksRule);
    EXPECT_EQ(m_store->setPin(QStringLiteral("777777")), PinSetResult::BreaksRule);
    EXPECT_EQ(m_store->setPin(QStringLiteral("123456")), PinSetResult::BreaksRule);
    EXPECT_EQ(m_store->status().outcome, PinCheck::Outcome::NotSet);
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    EXPECT_EQ(m_store->setPin(QStringLiteral("593017")), PinSetResult::AlreadySet);
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::Ok);
    EXPECT_EQ(m_store->verify(QStringLiteral("593017")).outcome, PinCheck::Outcome::Wrong);
}

TEST_F(StaffPinStoreTest, WrongTriesCountDownAndARightPinForgetsThem) {
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    PinCheck check = m_store->verify(QStringLiteral("000001"));
    EXPECT_EQ(check.outcome, PinCheck::Outcome::Wrong);
    EXPECT_EQ(check.triesLeft, 4);
    check = m_store->verify(QStringLiteral("48291")); // a prefix is not the PIN
    EXPECT_EQ(check.triesLeft, 3);
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::Ok);
    EXPECT_EQ(m_store->status().triesLeft, 5);
    EXPECT_EQ(m_store->verify(QStringLiteral("000001")).triesLeft, 4);
}

TEST_F(StaffPinStoreTest, FiveWrongTriesLockForFiveMinutesEvenForTheRightPin) {
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    wrongTimes(4);
    const PinCheck fifth = m_store->verify(QStringLiteral("111222"));
    EXPECT_EQ(fifth.outcome, PinCheck::Outcome::Wrong);
    EXPECT_EQ(fifth.triesLeft, 0);
    EXPECT_EQ(fifth.lockedUntilUtc, kStart.addSecs(300));

    const PinCheck locked = m_store->verify(kPin);
    EXPECT_EQ(locked.outcome, PinCheck::Outcome::LockedOut);
    EXPECT_EQ(locked.lockedUntilUtc, kStart.addSecs(300));
    m_clock.advanceSecs(299);
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::LockedOut);
    m_clock.advanceSecs(1);
    EXPECT_EQ(m_store->status().outcome, PinCheck::Outcome::Ok);
    EXPECT_EQ(m_store->status().triesLeft, 5);
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::Ok);
}

TEST_F(StaffPinStoreTest, LockAndTriesSurviveARestart) {
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    wrongTimes(3);
    restart();
    EXPECT_EQ(m_store->status().triesLeft, 2);
    wrongTimes(2);
    restart();
    const PinCheck locked = m_store->status();
    EXPECT_EQ(locked.outcome, PinCheck::Outcome::LockedOut);
    EXPECT_EQ(locked.lockedUntilUtc, kStart.addSecs(300));
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::LockedOut);
    m_clock.advanceSecs(301);
    restart();
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::Ok);
}

TEST_F(StaffPinStoreTest, TheTryIsCountedBeforeTheCheck) {
    // What is on disk after the try and before any answer: a process stopped during the slow
    // hash check must not get the try back.
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    m_store->verify(QStringLiteral("111222"));
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT failed_tries FROM staff_pin")), 1);
    // A right PIN as the fifth try still opens (the lock written first is lifted again).
    wrongTimes(3);
    EXPECT_EQ(m_store->verify(kPin).outcome, PinCheck::Outcome::Ok);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT failed_tries FROM staff_pin")), 0);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT locked_until_ms IS NULL FROM staff_pin")), 1);
}

TEST_F(StaffPinStoreTest, AClockSetBackDoesNotLengthenTheLock) {
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    wrongTimes(5);
    m_clock.set(kStart.addSecs(-3600)); // an hour back
    const PinCheck locked = m_store->status();
    ASSERT_EQ(locked.outcome, PinCheck::Outcome::LockedOut);
    EXPECT_EQ(locked.lockedUntilUtc, kStart.addSecs(-3600 + 300));
}

TEST_F(StaffPinStoreTest, SettingsChangeTheLimits) {
    StaffPinStore::Settings settings;
    settings.maxTries = 2;
    settings.lockSeconds = 60;
    StaffPinStore strict(*m_db, m_clock, settings);
    ASSERT_EQ(strict.setPin(kPin), PinSetResult::Ok);
    EXPECT_EQ(strict.verify(QStringLiteral("111222")).triesLeft, 1);
    const PinCheck second = strict.verify(QStringLiteral("111222"));
    EXPECT_EQ(second.lockedUntilUtc, kStart.addSecs(60));
}

TEST_F(StaffPinStoreTest, NonDigitsAreWrongWithoutAnyMatch) {
    ASSERT_EQ(m_store->setPin(kPin), PinSetResult::Ok);
    EXPECT_EQ(m_store->verify(QStringLiteral("482915 ")).outcome, PinCheck::Outcome::Wrong);
    EXPECT_EQ(m_store->verify(QString()).outcome, PinCheck::Outcome::Wrong);
}

} // namespace
