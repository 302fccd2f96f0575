// EnrolmentOutbox and OutboxStore: the durable, sealed enrolment outbox and its state machine.
#include "EnrolmentOutbox.h"
#include "EnrolmentJson.h"
#include "ManualClock.h"
#include "OutboxTestSupport.h"
#include "ReferenceCode.h"
#include "SeededRandomSource.h"
#include "StorageTestSupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <gtest/gtest.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(1, 29, 41, 250), Qt::UTC);

class EnrolmentOutboxTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("outbox.db"));
        reopen();
    }

    void reopen() {
        m_outbox.reset();
        m_db.reset();
        StorageError error;
        m_db = openDatabase(m_path, &error);
        ASSERT_TRUE(m_db) << error.detail.toStdString();
        m_outbox = std::make_unique<EnrolmentOutbox>(*m_db, m_cipher, m_clock, m_random);
    }

    OutboxStore &store() { return m_outbox->outbox(); }

    // Submits and returns the outbox item of the new enrolment.
    OutboxItem submit(int n = 1) {
        const IntakeResult result = m_outbox->submit(testApplication(n));
        EXPECT_TRUE(result.ok());
        OutboxItem item;
        EXPECT_TRUE(store().itemByReference(result.receipt.reference, &item));
        return item;
    }

    OutboxItem reload(qint64 id) {
        OutboxItem item;
        EXPECT_TRUE(store().item(id, &item));
        return item;
    }

    QTemporaryDir m_dir;
    QString m_path;
    FieldCipher m_cipher{testKey()};
    ManualClock m_clock{kStart};
    SeededRandomSource m_random{7};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
};

int traceStatement(unsigned, void *context, void *statement, void *) {
    auto *lines = static_cast<QStringList *>(context);
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql)
        lines->append(QString::fromUtf8(sql).simplified());
    sqlite3_free(sql);
    return 0;
}

int indexOf(const QStringList &lines, const QString &prefix) {
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(prefix, Qt::CaseInsensitive))
            return i;
    }
    return -1;
}

} // namespace

TEST_F(EnrolmentOutboxTest, SubmitStoresBothRowsAndReturnsAPendingReceipt) {
    const EnrolmentApplication application = testApplication();
    const IntakeResult result = m_outbox->submit(application);
    ASSERT_TRUE(result.ok());
    const DeliveryStatus &receipt = result.receipt;
    EXPECT_TRUE(ReferenceCode::isWellFormed(receipt.reference)) << receipt.reference.toStdString();
    EXPECT_EQ(receipt.state, DeliveryState::Pending);
    // Whole seconds, as in the body's createdAt.
    EXPECT_EQ(receipt.createdUtc, QDateTime(QDate(2026, 11, 22), QTime(1, 29, 41), Qt::UTC));
    EXPECT_EQ(rowCount(*m_db, "enrolments"), 1);
    EXPECT_EQ(rowCount(*m_db, "outbox"), 1);

    OutboxItem item;
    ASSERT_TRUE(store().itemByReference(receipt.reference, &item));
    EXPECT_EQ(item.kind, OutboxKind::Enrolment);
    EXPECT_EQ(item.status.reference, receipt.reference);
    EXPECT_EQ(item.status.state, DeliveryState::Pending);
    EXPECT_EQ(item.status.attempts, 0);
    EXPECT_EQ(item.status.createdUtc, receipt.createdUtc);
    EXPECT_EQ(item.status.nextAttemptUtc, receipt.createdUtc);
    EXPECT_EQ(item.nextStep, QStringLiteral("send"));
    EXPECT_TRUE(item.hasRequestBody);
    const QUuid key = QUuid::fromString(item.idempotencyKey);
    EXPECT_FALSE(key.isNull());
    EXPECT_EQ(key.version(), QUuid::Random);
    EXPECT_EQ(item.idempotencyKey.size(), 36); // within the API's 8..64 characters

    // The sealed body is exactly what EnrolmentJson makes of the application, reference and time.
    QByteArray body;
    ASSERT_EQ(store().requestBody(item.id, &body), UnsealResult::Ok);
    EXPECT_EQ(body, EnrolmentJson::encode(
                        EnrolmentRequest{application, receipt.reference, receipt.createdUtc}));
    EnrolmentRequest decoded;
    ASSERT_TRUE(EnrolmentJson::decode(body, &decoded, nullptr));
    EXPECT_EQ(decoded.application, application);
    EXPECT_EQ(decoded.reference, receipt.reference);

    EnrolmentRecord record;
    ASSERT_TRUE(m_outbox->enrolments().record(item.itemId, &record));
    EXPECT_EQ(record.reference, receipt.reference);
    EXPECT_EQ(record.district, QStringLiteral("jongno"));
    EXPECT_EQ(record.eligibility, QStringLiteral("lives"));
    EXPECT_EQ(record.device, QStringLiteral("rental-band"));
    EXPECT_EQ(record.consents, application.consents);
    EXPECT_TRUE(record.hasPersonalData);
    EnrolmentPersonalData personal;
    ASSERT_EQ(m_outbox->enrolments().personalData(item.itemId, &personal), UnsealResult::Ok);
    EXPECT_EQ(personal.name, application.name);
    EXPECT_EQ(personal.birthDate, application.birthDate);
    EXPECT_EQ(personal.mobile, application.mobile);
}

TEST_F(EnrolmentOutboxTest, EverySubmissionHasItsOwnReferenceAndKey) {
    QSet<QString> references;
    QSet<QString> keys;
    for (int n = 1; n <= 30; ++n) {
        const OutboxItem item = submit(n);
        references.insert(item.status.reference);
        keys.insert(item.idempotencyKey);
    }
    EXPECT_EQ(references.size(), 30);
    EXPECT_EQ(keys.size(), 30);
    EXPECT_EQ(rowCount(*m_db, "outbox"), 30);
}

TEST_F(EnrolmentOutboxTest, ReferenceAlreadyTakenIsDrawnAgain) {
    // Twelve zero draws give WD-222222 twice; then all ones give WD-ZZZZZZ.
    QVector<quint32> values(12, 0u);
    values.append(0xFFFFFFFFu);
    ScriptedRandom random(values);
    EnrolmentOutbox outbox(*m_db, m_cipher, m_clock, random);
    const IntakeResult first = outbox.submit(testApplication(1));
    const IntakeResult second = outbox.submit(testApplication(2));
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first.receipt.reference, QStringLiteral("WD-222222"));
    EXPECT_EQ(second.receipt.reference, QStringLiteral("WD-ZZZZZZ"));
    EXPECT_EQ(rowCount(*m_db, "enrolments"), 2);
    EXPECT_EQ(rowCount(*m_db, "outbox"), 2);
}

TEST_F(EnrolmentOutboxTest, ReceiptTransactionRunsWithFullSyncAndRestoresTheLevel) {
    ASSERT_EQ(scalar(*m_db, QStringLiteral("PRAGMA synchronous")), 1); // NORMAL
    QStringList trace;
    sqlite3_trace_v2(m_db->handle(), SQLITE_TRACE_STMT, traceStatement, &trace);
    ASSERT_TRUE(m_outbox->submit(testApplication()).ok());
    sqlite3_trace_v2(m_db->handle(), 0, nullptr, nullptr);

    const int full = indexOf(trace, QStringLiteral("PRAGMA synchronous = FULL"));
    const int begin = indexOf(trace, QStringLiteral("BEGIN IMMEDIATE"));
    const int enrolment = indexOf(trace, QStringLiteral("INSERT INTO enrolments"));
    const int outbox = indexOf(trace, QStringLiteral("INSERT INTO outbox"));
    const int commit = indexOf(trace, QStringLiteral("COMMIT"));
    const int restore = indexOf(trace, QStringLiteral("PRAGMA synchronous = 1"));
    EXPECT_GE(full, 0) << trace.join(QLatin1Char('\n')).toStdString();
    EXPECT_LT(full, begin);
    EXPECT_LT(begin, enrolment);
    EXPECT_LT(enrolment, outbox);
    EXPECT_LT(outbox, commit);
    EXPECT_LT(commit, restore);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("PRAGMA synchronous")), 1);
}

TEST_F(EnrolmentOutboxTest, ConfirmationDeletesPersonalFieldsAndBodyTogether) {
    const OutboxItem item = submit();
    ASSERT_FALSE(store().markSending(item.id));
    m_clock.advanceSecs(3);
    ASSERT_FALSE(
        store().markConfirmed(item.id, QStringLiteral("P-00012345"), QStringLiteral("E-00000001")));

    const OutboxItem confirmed = reload(item.id);
    EXPECT_EQ(confirmed.status.state, DeliveryState::Confirmed);
    EXPECT_EQ(confirmed.status.participantId, QStringLiteral("P-00012345"));
    EXPECT_EQ(confirmed.status.confirmedUtc, kStart.addSecs(3));
    EXPECT_FALSE(confirmed.status.nextAttemptUtc.isValid());
    EXPECT_EQ(confirmed.nextStep, QStringLiteral("done"));
    EXPECT_FALSE(confirmed.hasRequestBody);
    EXPECT_EQ(confirmed.status.reference, item.status.reference); // reference remains

    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM enrolments"
                                           " WHERE sealed_personal IS NOT NULL")),
              0);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("SELECT count(*) FROM outbox"
                                           " WHERE sealed_body IS NOT NULL")),
              0);
    QByteArray body("x");
    EXPECT_EQ(store().requestBody(item.id, &body), UnsealResult::Forgotten);
    EXPECT_TRUE(body.isEmpty());
    EnrolmentPersonalData personal;
    EXPECT_EQ(m_outbox->enrolments().personalData(item.itemId, &personal), UnsealResult::Forgotten);
    EnrolmentRecord record;
    ASSERT_TRUE(m_outbox->enrolments().record(item.itemId, &record));
    EXPECT_FALSE(record.hasPersonalData);
    EXPECT_EQ(record.participantId, QStringLiteral("P-00012345"));
    EXPECT_EQ(record.enrolmentId, QStringLiteral("E-00000001"));
    EXPECT_EQ(record.district, QStringLiteral("jongno"));

    // A replayed confirmation changes nothing; nothing moves out of confirmed.
    m_clock.advanceSecs(60);
    EXPECT_FALSE(
        store().markConfirmed(item.id, QStringLiteral("P-00012345"), QStringLiteral("E-00000001")));
    EXPECT_EQ(reload(item.id).status.confirmedUtc, kStart.addSecs(3));
    EXPECT_EQ(store().markSending(item.id).code, StorageErrorCode::InvalidData);
    EXPECT_EQ(store().markRetry(item.id, m_clock.nowUtc(), QStringLiteral("timeout")).code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(store().markRejected(item.id, QStringLiteral("invalid")).code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(store().retryNow(item.id).code, StorageErrorCode::InvalidData);
    EXPECT_EQ(reload(item.id).status.state, DeliveryState::Confirmed);
}

TEST_F(EnrolmentOutboxTest, BatchesStartAndConfirmManyItemsInOneTransaction) {
    QVector<qint64> ids;
    for (int n = 1; n <= 4; ++n)
        ids.append(submit(n).id);
    ASSERT_FALSE(store().markSending(ids[3]));
    ASSERT_FALSE(store().markRejected(ids[3], QStringLiteral("invalid")));

    QStringList trace;
    sqlite3_trace_v2(m_db->handle(), SQLITE_TRACE_STMT, traceStatement, &trace);
    StorageError error;
    // The rejected one is not waiting: left out, not an error.
    const QVector<qint64> marked = store().markSending(ids, &error);
    sqlite3_trace_v2(m_db->handle(), 0, nullptr, nullptr);
    ASSERT_FALSE(error) << error.detail.toStdString();
    EXPECT_EQ(marked, ids.mid(0, 3));
    EXPECT_EQ(trace.filter(QStringLiteral("BEGIN")).size(), 1);
    EXPECT_EQ(trace.filter(QStringLiteral("COMMIT")).size(), 1);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(reload(ids[i]).status.state, DeliveryState::Sending);
        EXPECT_EQ(reload(ids[i]).status.attempts, 1);
    }
    EXPECT_EQ(reload(ids[3]).status.state, DeliveryState::Rejected);

    // All or none: an unknown id fails the whole batch and confirms nothing.
    EXPECT_EQ(store()
                  .markConfirmed({{ids[0], QStringLiteral("P-1"), QStringLiteral("E-1")},
                                  {9999, QStringLiteral("P-9"), QStringLiteral("E-9")}})
                  .code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(reload(ids[0]).status.state, DeliveryState::Sending);
    EXPECT_TRUE(reload(ids[0]).hasRequestBody);

    ASSERT_FALSE(store().markConfirmed({{ids[0], QStringLiteral("P-1"), QStringLiteral("E-1")},
                                        {ids[1], QStringLiteral("P-2"), QStringLiteral("E-2")}}));
    for (int i = 0; i < 2; ++i) {
        const OutboxItem item = reload(ids[i]);
        EXPECT_EQ(item.status.state, DeliveryState::Confirmed);
        EXPECT_EQ(item.status.participantId, QStringLiteral("P-%1").arg(i + 1));
        EXPECT_FALSE(item.hasRequestBody);
        EXPECT_EQ(m_outbox->enrolments().personalData(item.itemId, nullptr),
                  UnsealResult::Forgotten);
    }
    EXPECT_EQ(reload(ids[2]).status.state, DeliveryState::Sending);
    EXPECT_TRUE(store().markSending(QVector<qint64>()).isEmpty());
}

TEST_F(EnrolmentOutboxTest, FailuresAreCountedAndPostponeTheNextAttempt) {
    const OutboxItem item = submit();
    ASSERT_FALSE(store().markSending(item.id));
    OutboxItem sending = reload(item.id);
    EXPECT_EQ(sending.status.state, DeliveryState::Sending);
    EXPECT_EQ(sending.status.attempts, 1);
    EXPECT_EQ(sending.lastAttemptUtc, kStart);
    EXPECT_TRUE(store().nextDue(kStart.addDays(1)).isEmpty()); // in flight: not due
    // Only waiting items can be sent.
    EXPECT_EQ(store().markSending(item.id).code, StorageErrorCode::InvalidData);

    const QDateTime retryAt = kStart.addSecs(30);
    ASSERT_FALSE(store().markRetry(item.id, retryAt, QStringLiteral("http-503")));
    OutboxItem pending = reload(item.id);
    EXPECT_EQ(pending.status.state, DeliveryState::Pending);
    EXPECT_EQ(pending.consecutiveFailures, 1);
    EXPECT_EQ(pending.status.lastError, QStringLiteral("http-503"));
    EXPECT_EQ(pending.status.nextAttemptUtc, retryAt);
    EXPECT_EQ(pending.nextStep, QStringLiteral("send"));
    EXPECT_TRUE(store().nextDue(retryAt.addMSecs(-1)).isEmpty());
    ASSERT_EQ(store().nextDue(retryAt).size(), 1);

    // Too many failures in a row: needs attention, still retried (and still due).
    ASSERT_FALSE(store().markSending(item.id));
    ASSERT_FALSE(store().markRetry(item.id, retryAt.addSecs(300), QStringLiteral("timeout"),
                                   DeliveryState::NeedsAttention));
    OutboxItem attention = reload(item.id);
    EXPECT_EQ(attention.status.state, DeliveryState::NeedsAttention);
    EXPECT_EQ(attention.status.reasonCode, QStringLiteral("timeout"));
    EXPECT_EQ(attention.consecutiveFailures, 2);
    EXPECT_EQ(attention.status.attempts, 2);
    ASSERT_EQ(store().nextDue(retryAt.addSecs(300)).size(), 1);

    // Staff: try now, and forget the run of failures.
    m_clock.advanceSecs(10);
    ASSERT_FALSE(store().retryNow(item.id));
    OutboxItem retried = reload(item.id);
    EXPECT_EQ(retried.status.state, DeliveryState::Pending);
    EXPECT_EQ(retried.consecutiveFailures, 0);
    EXPECT_TRUE(retried.status.reasonCode.isEmpty());
    EXPECT_EQ(retried.status.nextAttemptUtc, m_clock.nowUtc());
    EXPECT_EQ(retried.status.attempts, 2); // history kept

    EXPECT_EQ(store().markRetry(item.id, QDateTime(), QStringLiteral("x")).code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(
        store().markRetry(item.id, retryAt, QStringLiteral("x"), DeliveryState::Confirmed).code,
        StorageErrorCode::InvalidData);
}

TEST_F(EnrolmentOutboxTest, QueuedItemKeepsItsTicketAcrossFailedPolls) {
    const OutboxItem item = submit();
    ASSERT_FALSE(store().markSending(item.id));
    ASSERT_FALSE(store().markRetry(item.id, kStart, QStringLiteral("http-503")));
    ASSERT_FALSE(store().markSending(item.id));
    OutboxQueueUpdate update;
    update.nextStep = QStringLiteral("poll-waiting-room");
    update.nextAttemptUtc = kStart.addSecs(20);
    update.ticket = QStringLiteral("T-5f2c9a1e");
    update.position = 1206;
    update.waitMinSeconds = 240;
    update.waitMaxSeconds = 600;
    update.refreshSeconds = 20;
    ASSERT_FALSE(store().markQueued(item.id, update));

    OutboxItem queued = reload(item.id);
    EXPECT_EQ(queued.status.state, DeliveryState::Queued);
    EXPECT_EQ(queued.nextStep, QStringLiteral("poll-waiting-room"));
    EXPECT_EQ(queued.ticket, QStringLiteral("T-5f2c9a1e"));
    EXPECT_EQ(queued.status.waitingPosition, 1206);
    EXPECT_EQ(queued.status.waitMinSeconds, 240);
    EXPECT_EQ(queued.status.waitMaxSeconds, 600);
    EXPECT_EQ(queued.refreshSeconds, 20);
    EXPECT_EQ(queued.consecutiveFailures, 0); // progress ends the run of failures
    EXPECT_EQ(queued.status.nextAttemptUtc, kStart.addSecs(20));
    EXPECT_TRUE(queued.hasRequestBody);

    // A failed poll stays a queued poll with its ticket and position.
    ASSERT_FALSE(store().markRetry(item.id, kStart.addSecs(45), QStringLiteral("timeout"),
                                   DeliveryState::Queued));
    OutboxItem stillQueued = reload(item.id);
    EXPECT_EQ(stillQueued.status.state, DeliveryState::Queued);
    EXPECT_EQ(stillQueued.ticket, QStringLiteral("T-5f2c9a1e"));
    EXPECT_EQ(stillQueued.status.waitingPosition, 1206);
    EXPECT_EQ(stillQueued.nextStep, QStringLiteral("poll-waiting-room"));
    EXPECT_EQ(stillQueued.consecutiveFailures, 1);

    // The ticket expired: back to plain sending; the stale position is not shown any more.
    ASSERT_FALSE(store().markRetry(item.id, kStart.addSecs(60), QStringLiteral("unknown-ticket"),
                                   DeliveryState::Pending, QStringLiteral("send")));
    OutboxItem plain = reload(item.id);
    EXPECT_EQ(plain.status.state, DeliveryState::Pending);
    EXPECT_EQ(plain.nextStep, QStringLiteral("send"));
    EXPECT_EQ(plain.status.waitingPosition, -1);
    EXPECT_EQ(plain.status.waitMinSeconds, -1);

    EXPECT_EQ(store().markQueued(item.id, OutboxQueueUpdate()).code, StorageErrorCode::InvalidData);
}

TEST_F(EnrolmentOutboxTest, CohortDayIsKeptWithTheItemAndTheEnrolment) {
    const OutboxItem item = submit();
    ASSERT_FALSE(store().markSending(item.id));
    OutboxQueueUpdate update;
    update.nextStep = QStringLiteral("send-in-slot");
    update.cohortDate = QDate(2026, 11, 23);
    update.slotFromUtc = QDateTime(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    update.slotToUtc = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    update.nextAttemptUtc = QDateTime(QDate(2026, 11, 23), QTime(4, 17, 3), Qt::UTC);
    ASSERT_FALSE(store().markQueued(item.id, update));

    const OutboxItem queued = reload(item.id);
    EXPECT_EQ(queued.status.state, DeliveryState::Queued);
    EXPECT_EQ(queued.status.cohortDate, QDate(2026, 11, 23));
    EXPECT_EQ(queued.slotFromUtc, update.slotFromUtc);
    EXPECT_EQ(queued.slotToUtc, update.slotToUtc);
    EXPECT_EQ(queued.nextStep, QStringLiteral("send-in-slot"));
    EnrolmentRecord record;
    ASSERT_TRUE(m_outbox->enrolments().record(item.itemId, &record));
    EXPECT_EQ(record.cohortDate, QDate(2026, 11, 23));
    EXPECT_TRUE(store().nextDue(kStart.addDays(1)).isEmpty());
    EXPECT_EQ(store().nextDue(update.nextAttemptUtc).size(), 1);

    // A cohort update for an item that is gone changes nothing at all.
    EXPECT_EQ(store().markQueued(item.id + 100, update).code, StorageErrorCode::InvalidData);
}

TEST_F(EnrolmentOutboxTest, RejectionDeletesTheBodyAndKeepsFieldsForStaff) {
    const OutboxItem item = submit();
    ASSERT_FALSE(store().markSending(item.id));
    ASSERT_FALSE(store().markRejected(item.id, QStringLiteral("invalid"),
                                      QStringLiteral("applicant.mobile:format")));
    const OutboxItem rejected = reload(item.id);
    EXPECT_EQ(rejected.status.state, DeliveryState::Rejected);
    EXPECT_EQ(rejected.status.reasonCode, QStringLiteral("invalid"));
    EXPECT_EQ(rejected.reasonDetail, QStringLiteral("applicant.mobile:format"));
    EXPECT_FALSE(rejected.status.nextAttemptUtc.isValid());
    EXPECT_FALSE(rejected.hasRequestBody);
    EXPECT_EQ(store().requestBody(item.id, nullptr), UnsealResult::Forgotten);
    EnrolmentPersonalData personal;
    EXPECT_EQ(m_outbox->enrolments().personalData(item.itemId, &personal), UnsealResult::Ok);
    EXPECT_EQ(personal.mobile, testApplication().mobile);
    EXPECT_TRUE(store().nextDue(kStart.addDays(10)).isEmpty());
    EXPECT_EQ(store().retryNow(item.id).code, StorageErrorCode::InvalidData);
    EXPECT_EQ(store().markSending(item.id).code, StorageErrorCode::InvalidData);
}

TEST_F(EnrolmentOutboxTest, NeedsAttentionAnswerIsRetriedSlowly) {
    const OutboxItem item = submit();
    ASSERT_FALSE(store().markSending(item.id));
    const QDateTime later = kStart.addSecs(3600);
    ASSERT_FALSE(store().markNeedsAttention(item.id, QStringLiteral("key-reused"), later));
    const OutboxItem attention = reload(item.id);
    EXPECT_EQ(attention.status.state, DeliveryState::NeedsAttention);
    EXPECT_EQ(attention.status.reasonCode, QStringLiteral("key-reused"));
    EXPECT_EQ(attention.status.lastError, QStringLiteral("key-reused"));
    EXPECT_EQ(attention.consecutiveFailures, 1);
    EXPECT_TRUE(attention.hasRequestBody); // the same key and body, never a new key
    EXPECT_TRUE(store().nextDue(later.addSecs(-1)).isEmpty());
    EXPECT_EQ(store().nextDue(later).size(), 1);
}

TEST_F(EnrolmentOutboxTest, TransitionsOfUnknownItemsAreRefused) {
    const StorageError error = store().markSending(4242);
    EXPECT_EQ(error.code, StorageErrorCode::InvalidData);
    EXPECT_TRUE(error.detail.contains(QLatin1String("no outbox item")))
        << error.detail.toStdString();
    EXPECT_EQ(store().markConfirmed(4242, QStringLiteral("P-1"), QStringLiteral("E-1")).code,
              StorageErrorCode::InvalidData);
    EXPECT_EQ(store().retryNow(4242).code, StorageErrorCode::InvalidData);
    EXPECT_EQ(store().requestBody(4242, nullptr), UnsealResult::NoSuchItem);
    EXPECT_EQ(rowCount(*m_db, "outbox"), 0);
}

TEST_F(EnrolmentOutboxTest, ItemsInFlightAtACrashReturnToPendingWithTheSameKeyAndBody) {
    const OutboxItem a = submit(1);
    const OutboxItem b = submit(2);
    const OutboxItem c = submit(3);
    QByteArray bodyA;
    ASSERT_EQ(store().requestBody(a.id, &bodyA), UnsealResult::Ok);
    ASSERT_FALSE(store().markSending(a.id));
    ASSERT_FALSE(store().markSending(b.id));
    ASSERT_FALSE(store().markRetry(b.id, kStart.addSecs(5), QStringLiteral("timeout")));
    ASSERT_FALSE(store().markSending(b.id));

    // The program stops here: nothing more is written. It starts again later.
    m_clock.advanceSecs(120);
    reopen();
    EXPECT_EQ(store().recoverInFlight(), 2);
    EXPECT_EQ(store().recoverInFlight(), 0);

    for (const OutboxItem &before : {a, b, c}) {
        const OutboxItem after = reload(before.id);
        EXPECT_EQ(after.status.state, DeliveryState::Pending);
        EXPECT_EQ(after.idempotencyKey, before.idempotencyKey);
        EXPECT_LE(after.status.nextAttemptUtc, m_clock.nowUtc());
    }
    EXPECT_EQ(reload(a.id).status.attempts, 1);
    EXPECT_EQ(reload(b.id).status.attempts, 2);
    EXPECT_EQ(reload(b.id).consecutiveFailures, 1);
    QByteArray again;
    ASSERT_EQ(store().requestBody(a.id, &again), UnsealResult::Ok);
    EXPECT_EQ(again, bodyA);
    EXPECT_EQ(store().nextDue(m_clock.nowUtc()).size(), 3);
}

TEST_F(EnrolmentOutboxTest, NextDueIsEarliestFirstThenOldestAndUsesItsIndex) {
    QVector<qint64> ids;
    for (int n = 1; n <= 5; ++n) {
        ids.append(submit(n).id);
        m_clock.advanceSecs(1);
    }
    // The first one failed and waits until later than the others.
    ASSERT_FALSE(store().markSending(ids[0]));
    ASSERT_FALSE(store().markRetry(ids[0], kStart.addSecs(100), QStringLiteral("timeout")));
    const QVector<OutboxItem> firstThree = store().nextDue(kStart.addSecs(1000), 3);
    ASSERT_EQ(firstThree.size(), 3);
    EXPECT_EQ(firstThree[0].id, ids[1]);
    EXPECT_EQ(firstThree[1].id, ids[2]);
    EXPECT_EQ(firstThree[2].id, ids[3]);
    const QVector<OutboxItem> all = store().nextDue(kStart.addSecs(1000));
    ASSERT_EQ(all.size(), 5);
    EXPECT_EQ(all.last().id, ids[0]);
    EXPECT_EQ(store().nextDue(kStart.addSecs(2)).size(), 2); // items created at +1 and +2
    EXPECT_EQ(store().nextWakeUtc(), QDateTime(QDate(2026, 11, 22), QTime(1, 29, 42), Qt::UTC));

    QSqlQuery plan(m_db->connection());
    ASSERT_TRUE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM outbox o WHERE o.state IN ('pending', 'queued',"
        " 'needs-attention') AND o.next_attempt_ms <= 5 ORDER BY o.next_attempt_ms, o.id"
        " LIMIT 3")));
    QString details;
    while (plan.next())
        details += plan.value(3).toString() + QLatin1Char(';');
    EXPECT_TRUE(details.contains(QLatin1String("outbox_due"))) << details.toStdString();
    EXPECT_FALSE(details.contains(QLatin1String("TEMP B-TREE"))) << details.toStdString();
}

TEST_F(EnrolmentOutboxTest, ListCountsAndAgesForTheStaffConsole) {
    EXPECT_EQ(store().oldestPendingAgeSeconds(), -1);
    EXPECT_FALSE(store().lastConfirmedUtc().isValid());
    const OutboxItem a = submit(1);
    m_clock.advanceSecs(30);
    const OutboxItem b = submit(2);
    const OutboxItem c = submit(3);
    m_clock.advanceSecs(60);
    EXPECT_EQ(store().oldestPendingAgeSeconds(), 90);

    ASSERT_FALSE(store().markSending(a.id));
    ASSERT_FALSE(store().markConfirmed(a.id, QStringLiteral("P-1"), QStringLiteral("E-1")));
    ASSERT_FALSE(store().markRejected(c.id, QStringLiteral("capacity-reached")));
    EXPECT_EQ(store().oldestPendingAgeSeconds(), 60); // b is the oldest still open
    EXPECT_EQ(store().lastConfirmedUtc(), m_clock.nowUtc());

    const QVector<OutboxItem> items = store().list();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].status.reference, a.status.reference);
    EXPECT_EQ(items[0].status.state, DeliveryState::Confirmed);
    EXPECT_EQ(items[1].status.state, DeliveryState::Pending);
    EXPECT_EQ(items[2].status.state, DeliveryState::Rejected);
    EXPECT_EQ(items[2].status.reasonCode, QStringLiteral("capacity-reached"));
    const QMap<DeliveryState, int> counts = store().stateCounts();
    EXPECT_EQ(counts.value(DeliveryState::Confirmed), 1);
    EXPECT_EQ(counts.value(DeliveryState::Pending), 1);
    EXPECT_EQ(counts.value(DeliveryState::Rejected), 1);
    EXPECT_EQ(counts.value(DeliveryState::Queued), 0);

    OutboxItem found;
    EXPECT_TRUE(store().itemByReference(b.status.reference, &found));
    EXPECT_EQ(found.id, b.id);
    EXPECT_FALSE(store().itemByReference(QStringLiteral("WD-AAAAAA"), &found));
}

TEST_F(EnrolmentOutboxTest, RetryAllWakesEveryWaitingItemOnly) {
    const OutboxItem a = submit(1);
    const OutboxItem b = submit(2);
    const OutboxItem c = submit(3);
    ASSERT_FALSE(store().markSending(a.id));
    ASSERT_FALSE(store().markRetry(a.id, kStart.addSecs(900), QStringLiteral("timeout"),
                                   DeliveryState::NeedsAttention));
    ASSERT_FALSE(store().markSending(b.id)); // in flight: left alone
    ASSERT_FALSE(store().markSending(c.id));
    ASSERT_FALSE(store().markRejected(c.id, QStringLiteral("already-enrolled")));
    m_clock.advanceSecs(5);
    EXPECT_EQ(store().retryAll(), 1);
    EXPECT_EQ(reload(a.id).status.state, DeliveryState::Pending);
    EXPECT_EQ(reload(a.id).status.nextAttemptUtc, m_clock.nowUtc());
    EXPECT_EQ(reload(b.id).status.state, DeliveryState::Sending);
    EXPECT_EQ(reload(c.id).status.state, DeliveryState::Rejected);
}

TEST_F(EnrolmentOutboxTest, WrongKeyIsReportedAsSuchNotAsGarbage) {
    const OutboxItem item = submit();
    const FieldCipher otherKey(testKey('z'));
    OutboxStore other(*m_db, otherKey, m_clock);
    QByteArray body("stale");
    EXPECT_EQ(other.requestBody(item.id, &body), UnsealResult::WrongKey);
    EXPECT_TRUE(body.isEmpty());
    EnrolmentStore otherEnrolments(*m_db, otherKey);
    EnrolmentPersonalData personal;
    personal.name = QStringLiteral("stale");
    EXPECT_EQ(otherEnrolments.personalData(item.itemId, &personal), UnsealResult::WrongKey);
    EXPECT_TRUE(personal.name.isEmpty());

    const FieldCipher noKey;
    EXPECT_EQ(OutboxStore(*m_db, noKey, m_clock).requestBody(item.id, &body), UnsealResult::NoKey);

    // At start, the composition root can tell a key that fits from one that does not.
    EXPECT_EQ(store().checkKey(), UnsealResult::Ok);
    EXPECT_EQ(other.checkKey(), UnsealResult::WrongKey);
    ASSERT_FALSE(store().markSending(item.id));
    ASSERT_FALSE(store().markConfirmed(item.id, QStringLiteral("P-1"), QStringLiteral("E-1")));
    EXPECT_EQ(other.checkKey(), UnsealResult::NoSuchItem); // nothing sealed left: any key fits
}

TEST_F(EnrolmentOutboxTest, SealedBlobsSwappedBetweenRowsDoNotOpen) {
    const OutboxItem a = submit(1);
    const OutboxItem b = submit(2);
    // Exchange the two rows' blobs, as someone editing the file might.
    const auto swapColumn = [this](const QString &table, const QString &column) {
        QSqlQuery read(m_db->connection());
        ASSERT_TRUE(
            read.exec(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(column, table)));
        QVector<qint64> ids;
        QVector<QByteArray> blobs;
        while (read.next()) {
            ids << read.value(0).toLongLong();
            blobs << read.value(1).toByteArray();
        }
        read.finish();
        ASSERT_EQ(ids.size(), 2);
        ASSERT_NE(blobs[0], blobs[1]);
        for (int i = 0; i < 2; ++i) {
            QSqlQuery write(m_db->connection());
            write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
            write.addBindValue(blobs[1 - i]);
            write.addBindValue(ids[i]);
            ASSERT_TRUE(write.exec());
        }
    };
    swapColumn(QStringLiteral("outbox"), QStringLiteral("sealed_body"));
    swapColumn(QStringLiteral("enrolments"), QStringLiteral("sealed_personal"));
    EXPECT_EQ(store().requestBody(a.id, nullptr), UnsealResult::WrongKey);
    EXPECT_EQ(store().requestBody(b.id, nullptr), UnsealResult::WrongKey);
    EXPECT_EQ(m_outbox->enrolments().personalData(a.itemId, nullptr), UnsealResult::WrongKey);
    EXPECT_EQ(m_outbox->enrolments().personalData(b.itemId, nullptr), UnsealResult::WrongKey);
}

TEST_F(EnrolmentOutboxTest, WithoutAKeyNothingIsWritten) {
    const FieldCipher noKey;
    EnrolmentOutbox outbox(*m_db, noKey, m_clock, m_random);
    const IntakeResult result = outbox.submit(testApplication());
    EXPECT_EQ(result.failure, IntakeFailure::KeyUnavailable);
    EXPECT_TRUE(result.receipt.reference.isEmpty());
    EXPECT_EQ(rowCount(*m_db, "enrolments"), 0);
    EXPECT_EQ(rowCount(*m_db, "outbox"), 0);
}

TEST_F(EnrolmentOutboxTest, FullDiskIsReportedAndLeavesNothingHalfWritten) {
    ASSERT_TRUE(m_outbox->submit(testApplication(1)).ok());
    // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does.
    const qint64 pages = scalar(*m_db, QStringLiteral("PRAGMA page_count"));
    ASSERT_EQ(scalar(*m_db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)), pages);
    IntakeResult result;
    int stored = 1;
    for (int n = 2; n < 500; ++n) {
        result = m_outbox->submit(testApplication(n));
        if (!result.ok())
            break;
        ++stored;
    }
    EXPECT_EQ(result.failure, IntakeFailure::DiskFull);
    EXPECT_TRUE(result.receipt.reference.isEmpty());
    EXPECT_EQ(rowCount(*m_db, "enrolments"), stored);
    EXPECT_EQ(rowCount(*m_db, "outbox"), stored);
    EXPECT_EQ(scalar(*m_db, QStringLiteral("PRAGMA synchronous")), 1);
    QSqlQuery check(m_db->connection());
    ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
    EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
    check.finish();

    scalar(*m_db, QStringLiteral("PRAGMA max_page_count = 1000000"));
    EXPECT_TRUE(m_outbox->submit(testApplication(1000)).ok());
    EXPECT_EQ(rowCount(*m_db, "outbox"), stored + 1);
}

TEST(EnrolmentOutboxFailureTest, StorageErrorsMapToWhatTheCitizenIsTold) {
    EXPECT_EQ(EnrolmentOutbox::failureFor({}), IntakeFailure::None);
    EXPECT_EQ(EnrolmentOutbox::failureFor({StorageErrorCode::DiskFull, {}}),
              IntakeFailure::DiskFull);
    EXPECT_EQ(EnrolmentOutbox::failureFor({StorageErrorCode::ReadOnly, {}}),
              IntakeFailure::ReadOnly);
    EXPECT_EQ(EnrolmentOutbox::failureFor({StorageErrorCode::QueryFailed, {}}),
              IntakeFailure::Other);
    EXPECT_EQ(EnrolmentOutbox::failureFor({StorageErrorCode::NotADatabase, {}}),
              IntakeFailure::Other);
}

TEST(EnrolmentOutboxFailureTest, ReadOnlyDatabaseRefusesTheEnrolment) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.db"));
    ASSERT_TRUE(openDatabase(path));
    // SQLite's own read-only open: every write answers SQLITE_READONLY.
    Database::Options options;
    options.path = path;
    StorageError error;
    auto db = Database::open(options, &error);
    ASSERT_TRUE(db);
    ASSERT_EQ(sqlite3_exec(db->handle(), "PRAGMA query_only = ON", nullptr, nullptr, nullptr),
              SQLITE_OK);
    const FieldCipher cipher(testKey());
    ManualClock clock(kStart);
    SeededRandomSource random(1);
    EnrolmentOutbox outbox(*db, cipher, clock, random);
    const IntakeResult result = outbox.submit(testApplication());
    EXPECT_EQ(result.failure, IntakeFailure::ReadOnly);
    EXPECT_EQ(rowCount(*db, "enrolments"), 0);
}
