// The kiosk's abuse limits in EnrolmentOutbox: enrolments per ten minutes (counted from the
// outbox, so a restart does not reset them) and the keyed applicant mark behind the "applied
// here before" warning.
#include "ApplicantFingerprint.h"
#include "EnrolmentOutbox.h"
#include "ManualClock.h"
#include "OutboxTestSupport.h"
#include "SeededRandomSource.h"
#include "StorageTestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);

class AbuseLimitsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(FieldCipher::initialize());
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kiosk.db"));
        m_limits.maxPerWindow = 3;
        reopen();
    }

    void reopen() {
        m_outbox.reset();
        m_db.reset();
        StorageError error;
        m_db = openDatabase(m_path, &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
        m_outbox = std::make_unique<EnrolmentOutbox>(*m_db, m_cipher, m_clock, m_random, m_limits);
    }

    IntakeFailure submit(int n) { return m_outbox->submit(testApplication(n)).failure; }

    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{kStart};
    SeededRandomSource m_random{7};
    FieldCipher m_cipher{testKey()};
    EnrolmentOutbox::Limits m_limits;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
};

TEST_F(AbuseLimitsTest, TheLimitRefusesTheNextEnrolmentAndStoresNothing) {
    for (int n = 1; n <= 3; ++n) {
        EXPECT_EQ(submit(n), IntakeFailure::None) << n;
        m_clock.advanceSecs(60);
    }
    EXPECT_EQ(m_outbox->recentEnrolments(), 3);
    EXPECT_EQ(submit(4), IntakeFailure::TooManyRecent);
    EXPECT_EQ(rowCount(*m_db, "outbox"), 3);
    EXPECT_EQ(rowCount(*m_db, "enrolments"), 3);
    EXPECT_EQ(rowCount(*m_db, "applicant_marks"), 3);
}

TEST_F(AbuseLimitsTest, TheWindowSlidesOnTheInjectedClock) {
    for (int n = 1; n <= 3; ++n) {
        ASSERT_EQ(submit(n), IntakeFailure::None);
        m_clock.advanceSecs(120); // 01:00, 01:02, 01:04
    }
    // 01:06: all three in the last ten minutes.
    EXPECT_EQ(submit(4), IntakeFailure::TooManyRecent);
    m_clock.set(kStart.addSecs(600)); // 01:10: the 01:00 one is exactly ten minutes old
    EXPECT_EQ(m_outbox->recentEnrolments(), 2);
    EXPECT_EQ(submit(4), IntakeFailure::None);
    EXPECT_EQ(submit(5), IntakeFailure::TooManyRecent);
}

TEST_F(AbuseLimitsTest, ARestartDoesNotResetTheCount) {
    for (int n = 1; n <= 3; ++n)
        ASSERT_EQ(submit(n), IntakeFailure::None);
    reopen();
    EXPECT_EQ(submit(4), IntakeFailure::TooManyRecent);
}

TEST_F(AbuseLimitsTest, ZeroMeansNoLimit) {
    m_limits.maxPerWindow = 0;
    reopen();
    for (int n = 1; n <= 5; ++n)
        EXPECT_EQ(submit(n), IntakeFailure::None) << n;
}

TEST_F(AbuseLimitsTest, TheSamePersonIsRecognisedTypedAnotherWay) {
    EnrolmentApplication first = testApplication(1);
    first.name = QStringLiteral("테스트 신청자");
    EXPECT_FALSE(m_outbox->isRepeatApplicant(first));
    ASSERT_TRUE(m_outbox->submit(first).ok());

    EnrolmentApplication again = first;
    again.name = QStringLiteral(" 테스트신청자 "); // spaces differ
    again.district = QStringLiteral("mapo");       // not part of who it is
    EXPECT_TRUE(m_outbox->isRepeatApplicant(again));

    EnrolmentApplication other = first;
    other.mobile = QStringLiteral("01099990000");
    EXPECT_FALSE(m_outbox->isRepeatApplicant(other));
    other = first;
    other.birthDate = first.birthDate.addDays(1);
    EXPECT_FALSE(m_outbox->isRepeatApplicant(other));

    // A warning, not a block: the second application is stored too, under one mark.
    ASSERT_TRUE(m_outbox->submit(again).ok());
    EXPECT_EQ(rowCount(*m_db, "applicant_marks"), 1);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT applications FROM applicant_marks")), 2);
}

TEST_F(AbuseLimitsTest, MarksHoldNoPersonalDataAndDependOnTheKiosksKey) {
    EnrolmentApplication a = testApplication(1);
    ASSERT_TRUE(m_outbox->submit(a).ok());
    QSqlQuery query(m_db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT mark FROM applicant_marks")));
    ASSERT_TRUE(query.next());
    const QByteArray stored = query.value(0).toByteArray();
    EXPECT_EQ(stored.size(), ApplicantFingerprint::kBytes);
    EXPECT_FALSE(stored.contains(a.name.toUtf8()));

    const QByteArray mine = ApplicantFingerprint::mark(a, ApplicantFingerprint::keyFrom(m_cipher));
    EXPECT_EQ(mine, stored);
    const FieldCipher otherKiosk(testKey('z'));
    const QByteArray theirs =
        ApplicantFingerprint::mark(a, ApplicantFingerprint::keyFrom(otherKiosk));
    EXPECT_EQ(theirs.size(), ApplicantFingerprint::kBytes);
    EXPECT_NE(theirs, stored);
    // Without a key there is no mark at all (an unkeyed hash of a name could be guessed).
    EXPECT_TRUE(ApplicantFingerprint::mark(a, QByteArray()).isEmpty());
    EXPECT_TRUE(ApplicantFingerprint::keyFrom(FieldCipher()).isEmpty());
}

TEST_F(AbuseLimitsTest, NormalisationIgnoresSpacesCaseAndWidth) {
    EnrolmentApplication a = testApplication(1);
    a.name = QStringLiteral("Test  Applicant");
    a.mobile = QStringLiteral("010-0000-0001");
    EnrolmentApplication b = a;
    b.name = QStringLiteral("ｔｅｓｔ applicant"); // full-width letters, other case
    b.mobile = QStringLiteral("01000000001");
    EXPECT_EQ(ApplicantFingerprint::normalisedIdentity(a),
              ApplicantFingerprint::normalisedIdentity(b));
    EXPECT_EQ(ApplicantFingerprint::normalisedIdentity(a), QByteArray("testapplicant\x1f"
                                                                      "1956-04-09\x1f"
                                                                      "01000000001"));
    a.name.clear();
    EXPECT_TRUE(ApplicantFingerprint::normalisedIdentity(a).isEmpty());
}

TEST_F(AbuseLimitsTest, MarksPastRetentionAreForgotten) {
    ASSERT_TRUE(m_outbox->submit(testApplication(1)).ok());
    m_clock.advanceSecs(91LL * 24 * 3600);
    EXPECT_FALSE(m_outbox->isRepeatApplicant(testApplication(1)));
    ASSERT_TRUE(m_outbox->submit(testApplication(2)).ok());
    EXPECT_EQ(rowCount(*m_db, "applicant_marks"), 1); // only the new one
}

} // namespace
