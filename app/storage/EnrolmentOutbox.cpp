#include "EnrolmentOutbox.h"

#include "ApplicantFingerprint.h"
#include "Clock.h"
#include "Database.h"
#include "EnrolmentJson.h"
#include "ReferenceCode.h"
#include "FullSync.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <QUuid>

#include <sqlite3.h>

namespace wristdoc {

namespace {

// A clash of six symbols from 32 is rare; a handful of draws makes failure practically
// impossible while still ending if the random source is broken.
constexpr int kReferenceDraws = 16;

} // namespace

EnrolmentOutbox::EnrolmentOutbox(Database &database, const FieldCipher &cipher, const Clock &clock,
                                 RandomSource &random)
    : EnrolmentOutbox(database, cipher, clock, random, Limits()) {}

EnrolmentOutbox::EnrolmentOutbox(Database &database, const FieldCipher &cipher, const Clock &clock,
                                 RandomSource &random, const Limits &limits)
    : m_database(database)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_random(random)
    , m_limits(limits)
    , m_enrolments(database, cipher)
    , m_outbox(database, cipher, clock) {}

int EnrolmentOutbox::recentEnrolments() const {
    sqlite3 *db = m_database.handle();
    SqliteStatement count;
    if (!db || count.prepare(db, "SELECT count(*) FROM outbox WHERE kind = 'enrolment'"
                                 " AND created_ms > ?1") != SQLITE_OK)
        return -1;
    count.bind(1, m_clock.nowUtc().toMSecsSinceEpoch() - m_limits.windowSeconds * 1000);
    if (count.step() != SQLITE_ROW)
        return -1;
    return int(count.columnInt64(0));
}

QByteArray EnrolmentOutbox::markFor(const EnrolmentApplication &application) const {
    QByteArray key = ApplicantFingerprint::keyFrom(m_cipher);
    const QByteArray mark = ApplicantFingerprint::mark(application, key);
    FieldCipher::wipe(&key);
    return mark;
}

bool EnrolmentOutbox::isRepeatApplicant(const EnrolmentApplication &application) {
    const QByteArray mark = markFor(application);
    sqlite3 *db = m_database.handle();
    SqliteStatement find;
    if (mark.isEmpty() || !db ||
        find.prepare(db, "SELECT 1 FROM applicant_marks WHERE mark = ?1 AND last_ms >= ?2") !=
            SQLITE_OK)
        return false;
    sqlite3_bind_blob(find.get(), 1, mark.constData(), int(mark.size()), SQLITE_TRANSIENT);
    find.bind(2,
              m_clock.nowUtc().toMSecsSinceEpoch() - m_limits.markRetentionDays * 24 * 3600 * 1000);
    return find.step() == SQLITE_ROW;
}

// Inside the submit transaction: the mark of this application, and marks past retention go.
StorageError EnrolmentOutbox::recordMark(const QByteArray &mark, qint64 nowMs) {
    sqlite3 *db = m_database.handle();
    SqliteStatement purge;
    int rc = purge.prepare(db, "DELETE FROM applicant_marks WHERE last_ms < ?1");
    if (rc == SQLITE_OK) {
        purge.bind(1, nowMs - m_limits.markRetentionDays * 24 * 3600 * 1000);
        rc = purge.run();
    }
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("purge applicant marks"));
    if (mark.isEmpty())
        return {};
    SqliteStatement upsert;
    rc = upsert.prepare(db, "INSERT INTO applicant_marks (mark, first_ms, last_ms)"
                            " VALUES (?1, ?2, ?2) ON CONFLICT (mark) DO UPDATE"
                            " SET last_ms = excluded.last_ms, applications = applications + 1");
    if (rc == SQLITE_OK) {
        sqlite3_bind_blob(upsert.get(), 1, mark.constData(), int(mark.size()), SQLITE_TRANSIENT);
        upsert.bind(2, nowMs);
        rc = upsert.run();
    }
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("applicant mark"));
    return {};
}

IntakeFailure EnrolmentOutbox::failureFor(const StorageError &error) {
    switch (error.code) {
    case StorageErrorCode::None:
        return IntakeFailure::None;
    case StorageErrorCode::DiskFull:
        return IntakeFailure::DiskFull;
    case StorageErrorCode::ReadOnly:
        return IntakeFailure::ReadOnly;
    default:
        return IntakeFailure::Other;
    }
}

IntakeResult EnrolmentOutbox::fail(IntakeFailure failure, const StorageError &error) const {
    // The detail comes from SQLite and this library, never from the application's fields.
    qCWarning(lcStorage).noquote() << "enrolment not stored:" << error.detail;
    IntakeResult result;
    result.failure = failure;
    return result;
}

IntakeResult EnrolmentOutbox::submit(const EnrolmentApplication &application) {
    if (!m_cipher.isValid())
        return fail(IntakeFailure::KeyUnavailable,
                    {StorageErrorCode::InvalidData, QStringLiteral("no data key")});
    sqlite3 *db = m_database.handle();
    if (!db)
        return fail(IntakeFailure::Other,
                    {StorageErrorCode::CannotOpen, QStringLiteral("no native SQLite handle")});

    // Whole seconds: the body's createdAt has no fraction, and the receipt shows the same time.
    QDateTime created = m_clock.nowUtc().toUTC();
    created = QDateTime::fromSecsSinceEpoch(created.toSecsSinceEpoch(), Qt::UTC);
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);

    FullSync fullSync(db);
    if (!fullSync.ok())
        return fail(IntakeFailure::Other,
                    storageErrorFromSqlite(sqlite3_errcode(db), QStringLiteral("sync level")));
    SqliteTransaction transaction(db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK) {
        const StorageError error = storageErrorFromSqlite(rc, QStringLiteral("begin enrolment"));
        return fail(failureFor(error), error);
    }

    if (m_limits.maxPerWindow > 0) {
        const int recent = recentEnrolments();
        if (recent < 0) {
            const StorageError error =
                storageErrorFromSqlite(sqlite3_errcode(db), QStringLiteral("recent enrolments"));
            return fail(failureFor(error), error);
        }
        if (recent >= m_limits.maxPerWindow)
            return fail(IntakeFailure::TooManyRecent,
                        {StorageErrorCode::None, QStringLiteral("enrolment limit of this kiosk")});
    }

    QString reference;
    qint64 enrolmentId = 0;
    for (int draw = 0; draw < kReferenceDraws; ++draw) {
        reference = ReferenceCode::generate(m_random);
        bool taken = false;
        const StorageError error =
            m_enrolments.insert(reference, application, created, &enrolmentId, &taken);
        if (!error)
            break;
        if (!taken)
            return fail(failureFor(error), error);
        reference.clear();
    }
    if (reference.isEmpty())
        return fail(IntakeFailure::Other,
                    {StorageErrorCode::QueryFailed, QStringLiteral("no free reference code")});

    QByteArray body = EnrolmentJson::encode(EnrolmentRequest{application, reference, created});
    qint64 outboxId = 0;
    const StorageError inserted =
        m_outbox.insert(OutboxKind::Enrolment, enrolmentId, key, body, created, &outboxId);
    FieldCipher::wipe(&body);
    if (inserted)
        return fail(failureFor(inserted), inserted);
    if (const StorageError marked =
            recordMark(markFor(application), m_clock.nowUtc().toMSecsSinceEpoch()))
        return fail(failureFor(marked), marked);

    rc = transaction.commit();
    if (rc != SQLITE_OK) {
        const StorageError error = storageErrorFromSqlite(rc, QStringLiteral("commit enrolment"));
        return fail(failureFor(error), error);
    }
    qCInfo(lcStorage) << "enrolment stored durably as outbox item" << outboxId;

    IntakeResult result;
    DeliveryStatus &receipt = result.receipt;
    receipt.reference = reference;
    receipt.state = DeliveryState::Pending;
    receipt.createdUtc = created;
    receipt.nextAttemptUtc = created;
    return result;
}

} // namespace wristdoc
