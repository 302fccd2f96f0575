#pragma once

#include "NetworkErrorKind.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

// What one answer of the programme server means to the client (docs/api.md). One flat value:
// `kind` says which fields carry meaning.
enum class AnswerKind {
    Confirmed,      // 201/200: stored; participantId, enrolmentId (reference when sent)
    Processing,     // 202: durably queued on the server; ticket (may be empty), position, wait
    WaitingRoom,    // 429/503 with a waiting-room body, or a poll that is not ready yet
    TicketReady,    // waiting-room poll: send again with the ticket now
    TicketExpired,  // waiting-room poll 404: drop the ticket, plain backoff
    NotStored,      // enrolment status 404: the server never stored it; POST again, same key
    Overloaded,     // 429/503 without a waiting room; retryAfterSeconds when given
    InFlight,       // 409 in-flight: the same key is still being processed
    CohortDeferred, // 403 not-cohort-day: nextDate and the slot
    Rejected,       // final refusal: code (already-enrolled, invalid with fields, capacity-reached)
    NeedsAttention, // a client defect or an answer the client cannot act on (key-reused, ...)
    TransientFailure, // 5xx, network failures, a 2xx with a body that cannot be read
    StatusOk,         // GET /v1/status answered "ok"
};

// What an answer says about the server's health, for the circuit breaker.
enum class BreakerSignal {
    Healthy, // a coherent answer (2xx, 4xx other than 429)
    Failure, // overload (429, 503), other 5xx, timeouts, resets, a garbled 2xx
    Neutral, // an odd status that says neither (1xx, 3xx)
};

struct FieldIssue {
    QString field; // "applicant.mobile"
    QString code;  // "format"
    bool operator==(const FieldIssue &other) const {
        return field == other.field && code == other.code;
    }
};

struct ServerAnswer {
    AnswerKind kind = AnswerKind::TransientFailure;
    BreakerSignal breaker = BreakerSignal::Failure;
    int httpStatus = 0; // 0 without an HTTP answer
    NetworkErrorKind networkError = NetworkErrorKind::None;
    // Why, as a stable code: the server's error code ("already-enrolled", "key-reused"), or for
    // failures "http-503", "timeout", "connection-reset", "malformed-body".
    QString code;
    bool replayed = false;         // Idempotent-Replayed: true
    qint64 retryAfterSeconds = -1; // parsed and capped Retry-After; -1 when absent or garbage

    // Confirmed
    QString participantId;
    QString enrolmentId;
    QString reference;

    // Processing, WaitingRoom, TicketReady
    QString ticket;
    int position = -1;
    int waitMinSeconds = -1;
    int waitMaxSeconds = -1;
    int refreshSeconds = -1; // -1 when the server gave none
    QDateTime ticketExpiresUtc;

    // CohortDeferred: the applicant's day and the UTC slot [slotFromUtc, slotToUtc)
    QDate nextDate;
    QDateTime slotFromUtc;
    QDateTime slotToUtc;

    // Rejected "invalid"
    QVector<FieldIssue> fields;

    // GET /v1/status
    QString policyVersion;
};

// "confirmed", "processing", "waiting-room", ... for logs and tests.
QString answerKindCode(AnswerKind kind);

} // namespace wristdoc
