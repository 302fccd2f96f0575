#include "LedgerStore.h"
#include "Database.h"
#include "StorageTestSupport.h"

#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

class LedgerStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        StorageError error;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("w.db")), &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
    }

    static LedgerEntry entry(const QDate &date, LedgerKind kind, int points,
                             const QString &reference, const QDateTime &recorded = QDateTime()) {
        LedgerEntry e;
        e.date = date;
        e.kind = kind;
        e.points = points;
        e.reference = reference;
        e.policyVersion = QStringLiteral("2025-03");
        e.recordedUtc = recorded;
        return e;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST(LedgerKindTest, NamesRoundTrip) {
    for (LedgerKind kind : {LedgerKind::Earned, LedgerKind::Pending, LedgerKind::Confirmed,
                            LedgerKind::Converted, LedgerKind::Expired}) {
        LedgerKind parsed = LedgerKind::Earned;
        ASSERT_TRUE(ledgerKindFromName(ledgerKindName(kind), &parsed));
        EXPECT_EQ(parsed, kind);
    }
    EXPECT_EQ(ledgerKindName(LedgerKind::Confirmed), QStringLiteral("confirmed"));
    LedgerKind unchanged = LedgerKind::Pending;
    EXPECT_FALSE(ledgerKindFromName(QStringLiteral("Confirmed"), &unchanged));
    EXPECT_EQ(unchanged, LedgerKind::Pending);
}

TEST_F(LedgerStoreTest, RecordIsAnUpsertOnDateKindAndReference) {
    LedgerStore ledger(*m_db);
    const QDateTime t1(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
    const QDateTime t2(QDate(2026, 3, 3), QTime(1, 0), Qt::UTC);
    ASSERT_FALSE(ledger.record(
        entry(QDate(2026, 3, 1), LedgerKind::Confirmed, 200, QStringLiteral("c-1"), t1)));
    // The same fact again, corrected by the server: one row, newest values.
    ASSERT_FALSE(ledger.record(
        entry(QDate(2026, 3, 1), LedgerKind::Confirmed, 600, QStringLiteral("c-1"), t2)));
    // Same date and reference, another kind: its own row.
    ASSERT_FALSE(ledger.record(
        entry(QDate(2026, 3, 1), LedgerKind::Earned, 200, QStringLiteral("c-1"), t1)));
    const QVector<LedgerEntry> entries = ledger.entries(QDate(2026, 3, 1), QDate(2026, 3, 1));
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[0].kind, LedgerKind::Confirmed);
    EXPECT_EQ(entries[0].points, 600);
    EXPECT_EQ(entries[0].recordedUtc, t2);
    EXPECT_EQ(entries[0].policyVersion, QStringLiteral("2025-03"));
    EXPECT_EQ(entries[0].reference, QStringLiteral("c-1"));
    EXPECT_GT(entries[0].id, 0);
    EXPECT_EQ(entries[1].kind, LedgerKind::Earned);
    EXPECT_EQ(rowCount(*m_db, "points_ledger"), 2);
}

TEST_F(LedgerStoreTest, BalanceIsConfirmedLessConvertedAndExpired) {
    LedgerStore ledger(*m_db);
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 1, 5), LedgerKind::Confirmed, 6000, "c-1")));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 1, 6), LedgerKind::Confirmed, 400, "c-2")));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 2, 1), LedgerKind::Converted, 5000, "r-1")));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 2, 2), LedgerKind::Expired, 100, "x-1")));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 2, 3), LedgerKind::Earned, 200, "")));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 2, 3), LedgerKind::Pending, 200, "")));
    StorageError error;
    const LedgerBalance balance = ledger.balance(&error);
    ASSERT_FALSE(error);
    EXPECT_EQ(balance.confirmed, 6400);
    EXPECT_EQ(balance.converted, 5000);
    EXPECT_EQ(balance.expired, 100);
    EXPECT_EQ(balance.available(), 1300);
}

TEST_F(LedgerStoreTest, ConfirmedRangeQueries) {
    LedgerStore ledger(*m_db);
    EXPECT_FALSE(ledger.lastConfirmationUtc().isValid());
    const QDateTime early(QDate(2026, 6, 30), QTime(10, 0), Qt::UTC);
    const QDateTime late(QDate(2026, 7, 2), QTime(9, 0), Qt::UTC);
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 6, 29), LedgerKind::Confirmed, 200, "a", early)));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 6, 30), LedgerKind::Confirmed, 200, "b", late)));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 6, 30), LedgerKind::Confirmed, 100, "b2", early)));
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 7, 1), LedgerKind::Confirmed, 200, "c", early)));
    ASSERT_FALSE(
        ledger.record(entry(QDate(2026, 7, 3), LedgerKind::Earned, 200, "d", late.addDays(5))));

    EXPECT_EQ(ledger.confirmedBetween(QDate(2026, 1, 1), QDate(2026, 6, 30)), 500);
    EXPECT_EQ(ledger.confirmedBetween(QDate(2026, 7, 1), QDate(2026, 12, 31)), 200);
    EXPECT_EQ(ledger.confirmedBetween(QDate(2025, 1, 1), QDate(2025, 12, 31)), 0);
    EXPECT_EQ(ledger.lastConfirmationUtc(), late); // earned rows are no confirmation
    const QVector<QDate> dates = ledger.confirmedDates(QDate(2026, 6, 1), QDate(2026, 6, 30));
    EXPECT_EQ(dates, (QVector<QDate>{QDate(2026, 6, 29), QDate(2026, 6, 30)}));
}

TEST_F(LedgerStoreTest, InvalidEntriesAreRefused) {
    LedgerStore ledger(*m_db);
    EXPECT_EQ(ledger.record(entry(QDate(), LedgerKind::Confirmed, 200, "a")).code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(ledger.record(entry(QDate(2026, 1, 1), LedgerKind::Converted, -5, "a")).code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(rowCount(*m_db, "points_ledger"), 0);
}

TEST_F(LedgerStoreTest, MissingRecordTimeIsTheTimeOfRecording) {
    LedgerStore ledger(*m_db);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_FALSE(ledger.record(entry(QDate(2026, 1, 1), LedgerKind::Confirmed, 200, "a")));
    const QDateTime recorded = ledger.lastConfirmationUtc();
    EXPECT_TRUE(recorded.isValid());
    EXPECT_GE(recorded, before);
}
