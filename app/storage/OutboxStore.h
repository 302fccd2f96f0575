#pragma once

#include "FieldCipher.h"
#include "OutboxItem.h"
#include "SqliteStatement.h"
#include "StorageError.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QVector>

#include <functional>

struct sqlite3;

namespace wristdoc {

class Clock;
class Database;

// The durable queue of requests for the programme server (docs/storage.md, "outbox"). Each row
// holds the idempotency key and the sealed, exact request bytes sent on every attempt, and the
// delivery bookkeeping the worker needs to resume after a restart.
//
// Every transition is one small transaction on prepared statements. A transition refuses
// (InvalidData) an item that does not exist or whose state does not allow it: nothing moves out
// of confirmed or rejected, and only items that wait (pending, queued, needs attention) can be
// sent. Confirming an enrolment deletes its personal fields and its sealed body in the same
// transaction; a rejection deletes the body and keeps the personal fields for staff follow-up.
//
// The store must not outlive the Database; one thread at a time.
class OutboxStore {
public:
    OutboxStore(Database &database, const FieldCipher &cipher, const Clock &clock);
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    // Adds a pending row, due at notBeforeUtc (invalid: at once); used inside the caller's
    // transaction (EnrolmentOutbox::submit, ActivityDayStore::enqueue). The body is sealed to
    // this row's idempotency key.
    StorageError insert(OutboxKind kind, qint64 itemId, const QString &idempotencyKey,
                        const QByteArray &requestBody, const QDateTime &createdUtc,
                        qint64 *id = nullptr, const QDateTime &notBeforeUtc = QDateTime());

    // At start: items that were being sent when the program stopped go back to pending, due at
    // once (the next attempt with the same key gets the server's first answer if it had one).
    // Returns how many; -1 on error.
    int recoverInFlight(StorageError *error = nullptr);

    // Pending, queued and needs-attention items whose next attempt has come, earliest due first
    // (then oldest). Needs-attention items are included: they are still retried, slowly.
    QVector<OutboxItem> nextDue(const QDateTime &nowUtc, int limit = 64,
                                StorageError *error = nullptr) const;
    // The earliest next attempt of any waiting item (invalid when none): when to wake up.
    QDateTime nextWakeUtc(StorageError *error = nullptr) const;

    bool item(qint64 id, OutboxItem *out, StorageError *error = nullptr) const;
    bool itemByReference(const QString &reference, OutboxItem *out,
                         StorageError *error = nullptr) const;
    QVector<OutboxItem> list(StorageError *error = nullptr) const; // oldest first
    QMap<DeliveryState, int> stateCounts(StorageError *error = nullptr) const;

    // The exact bytes to send (decrypted). WrongKey when the blob does not open with this key.
    UnsealResult requestBody(qint64 id, QByteArray *body, StorageError *error = nullptr) const;

    // Whether the data key fits the data already stored: Ok when the newest sealed body opens,
    // NoSuchItem when nothing sealed is stored (any key fits), WrongKey otherwise. For the
    // composition root, so a key from the wrong store is noticed at start, not at the first send.
    UnsealResult checkKey(StorageError *error = nullptr) const;

    // An attempt starts (a POST; polls are not sent through here): state sending, attempts + 1.
    StorageError markSending(qint64 id);
    // Several attempts start together (the worker sends a batch concurrently): one transaction
    // instead of one each. Returns the ids that were marked; an id that is not waiting is left
    // out, not an error.
    QVector<qint64> markSending(const QVector<qint64> &ids, StorageError *error = nullptr);
    // The server stored it (201/200): state confirmed; personal fields and body deleted. From any
    // state: the server's word wins. Confirming a confirmed item again changes nothing.
    StorageError markConfirmed(qint64 id, const QString &participantId, const QString &enrolmentId);
    // Several answers at once, in one transaction; all or none (an unknown id fails the batch).
    StorageError markConfirmed(const QVector<OutboxConfirmation> &confirmations);
    // Accepted into a queue: processing (202), waiting room, or the applicant's cohort day.
    // Clears the run of failures.
    StorageError markQueued(qint64 id, const OutboxQueueUpdate &update);
    // A failed attempt or poll: one more consecutive failure, next try at nextAttemptUtc.
    // state: Pending after a failed send, Queued after a failed poll (ticket kept),
    // NeedsAttention after too many failures in a row (reason = lastError). nextStep empty: keep.
    StorageError markRetry(qint64 id, const QDateTime &nextAttemptUtc, const QString &lastError,
                           DeliveryState state = DeliveryState::Pending,
                           const QString &nextStep = QString());
    // Refused for good (409 already-enrolled, 422 invalid, 410): the body is deleted.
    StorageError markRejected(qint64 id, const QString &reasonCode,
                              const QString &reasonDetail = QString());
    // An answer that needs staff (422 key-reused): still retried at nextAttemptUtc.
    StorageError markNeedsAttention(qint64 id, const QString &reasonCode,
                                    const QDateTime &nextAttemptUtc);
    // Staff: try a waiting item now and forget its run of failures. InvalidData for an item
    // that is confirmed, rejected or being sent.
    StorageError retryNow(qint64 id);
    // The worker held a due item back (circuit open, retry budget spent): it waits until
    // nextAttemptUtc. Not a failure and not progress: state, step and counters stay.
    StorageError reschedule(qint64 id, const QDateTime &nextAttemptUtc);
    int retryAll(StorageError *error = nullptr); // every waiting item; how many, -1 on error

    // Seconds since the oldest item that is not yet confirmed or rejected was created; -1: none.
    qint64 oldestPendingAgeSeconds(StorageError *error = nullptr) const;
    QDateTime lastConfirmedUtc(StorageError *error = nullptr) const; // invalid: never

    static QByteArray bodyAssociatedData(const QString &idempotencyKey);

private:
    // One nullable time column of one row (min/max aggregates); invalid when NULL.
    QDateTime singleTime(SqliteStatement &statement, const char *sql, const char *what,
                         StorageError *error) const;
    StorageError prepared(SqliteStatement &statement, const char *sql) const;
    StorageError transition(SqliteStatement &statement, const char *sql, const char *what,
                            qint64 id, const std::function<void(SqliteStatement &)> &bind);
    bool readItems(SqliteStatement &statement, QVector<OutboxItem> *items,
                   StorageError *error) const;
    qint64 nowMs() const;
    StorageError prepareConfirm();
    StorageError confirmOne(const OutboxConfirmation &confirmation, qint64 nowMs);

    sqlite3 *m_db;
    const FieldCipher &m_cipher;
    const Clock &m_clock;
    mutable SqliteStatement m_insert;
    mutable SqliteStatement m_nextDue;
    mutable SqliteStatement m_nextWake; // asked after every answer: prepared once
    mutable SqliteStatement m_byId;
    mutable SqliteStatement m_body;
    mutable SqliteStatement m_sending;
    mutable SqliteStatement m_confirmRead;
    mutable SqliteStatement m_confirmOutbox;
    mutable SqliteStatement m_confirmEnrolment;
    mutable SqliteStatement m_confirmActivity;
    mutable SqliteStatement m_queued;
    mutable SqliteStatement m_queuedCohort;
    mutable SqliteStatement m_retry;
    mutable SqliteStatement m_rejected;
    mutable SqliteStatement m_attention;
    mutable SqliteStatement m_retryNow;
    mutable SqliteStatement m_reschedule;
};

} // namespace wristdoc
