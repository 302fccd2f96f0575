#pragma once

#include "DeliveryStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace wristdoc {

// What is queued: enrolments (kiosk) and a linked participant's closed days (home). Watch
// bindings will follow.
enum class OutboxKind { Enrolment, ActivityDay };

QString outboxKindCode(OutboxKind kind); // "enrolment", "activity-day"
bool outboxKindFromCode(const QString &code, OutboxKind *out);

// One outbox row as the worker and the staff console see it. No personal data: the request body
// stays sealed until OutboxStore::requestBody is asked for it.
struct OutboxItem {
    qint64 id = 0; // outbox row
    OutboxKind kind = OutboxKind::Enrolment;
    qint64 itemId = 0; // the row of the item in its own table (enrolments.id, activity_days.id)
    QString idempotencyKey;
    DeliveryStatus status; // reference, state, attempts, last error, times, queue position, ...

    // The worker's bookkeeping (app/sync AttemptBook), kept so a restart resumes where it was.
    QString nextStep; // the worker's step code; "send" for a new item, "done" when finished
    int consecutiveFailures = 0;
    QDateTime lastAttemptUtc;
    QString ticket;          // waiting-room or processing ticket
    int refreshSeconds = -1; // the server's poll interval for the ticket
    QDateTime slotFromUtc;   // the cohort slot when deferred to the applicant's day
    QDateTime slotToUtc;
    QString reasonDetail; // e.g. the fields of a 422 "invalid" ("applicant.mobile:format")
    QDateTime updatedUtc;
    bool hasRequestBody = false; // false once confirmed or rejected
};

// One 201/200 answer for OutboxStore::markConfirmed.
struct OutboxConfirmation {
    qint64 id = 0;
    QString participantId;
    QString enrolmentId; // for an activity day: the server's credit id
};

// A queue answer (202 processing, a waiting-room ticket, or a cohort day) for markQueued.
struct OutboxQueueUpdate {
    QString nextStep; // "poll-enrolment", "poll-waiting-room", "send-in-slot", "send-with-ticket"
    QDateTime nextAttemptUtc;
    QString ticket;
    int position = -1;
    int waitMinSeconds = -1;
    int waitMaxSeconds = -1;
    int refreshSeconds = -1;
    QDate cohortDate; // valid when deferred to the applicant's cohort day
    QDateTime slotFromUtc;
    QDateTime slotToUtc;
};

} // namespace wristdoc
