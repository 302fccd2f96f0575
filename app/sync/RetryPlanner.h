#pragma once

#include "AttemptBook.h"
#include "BackoffPolicy.h"
#include "CircuitBreaker.h"
#include "Clock.h"
#include "DeliveryStatus.h"
#include "RandomSource.h"
#include "RetryBudget.h"
#include "ServerAnswer.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

// What happens to an item after an answer: the item's new state for the receipt and the staff
// console, and its next step and time (also written into its AttemptBook).
struct RetryPlan {
    NextStep step = NextStep::Done;
    QDateTime notBeforeUtc; // invalid when step is Done
    DeliveryState state = DeliveryState::Pending;
    QString reasonCode; // Rejected / NeedsAttention: why ("capacity-reached", "http-503", ...)
    QDate cohortDate;   // CohortDeferred: the applicant's day
    int position = -1;  // waiting room or processing queue
    int waitMinSeconds = -1;
    int waitMaxSeconds = -1;
    QString participantId; // Confirmed
    QString enrolmentId;
    QVector<FieldIssue> fields; // Rejected "invalid"
};

enum class HoldReason {
    None,
    CircuitOpen,     // the server has been failing; only the probe goes
    BudgetExhausted, // too many retries lately
};

// The answer to "may this item go now?".
struct Admission {
    bool allowed = false;
    HoldReason hold = HoldReason::None;
    QDateTime retryAtUtc; // when held: the item's new attempt time (already in its book)
    bool probe = false;   // allowed as the circuit's half-open probe
};

// Decides, for one outbox item, when it goes next and whether it may go now, from the answer
// classified by AnswerClassifier, the item's AttemptBook, the client-wide CircuitBreaker and
// RetryBudget, and the BackoffPolicy. The outbox worker asks admit() when an item is due and
// afterAnswer() when its request has ended.
//
// - Confirmed, Rejected: done. Processing: poll the enrolment at the server's refresh interval
//   plus jitter. Waiting room: poll the ticket likewise; when ready, send with the ticket at once.
//   Cohort day: send at a uniformly random moment inside the slot (a slot already over: within
//   lateSlotSpreadMs). NotStored: send again soon (uniform up to the backoff base).
// - Failures (transient, overloaded, in flight, expired ticket): Retry-After as a floor plus
//   jitter when given, else full-jitter backoff on the consecutive failure count; a poll that
//   fails stays a poll. After needsAttentionAfter consecutive failures, and at once for a
//   NeedsAttention answer, the item is NeedsAttention and retried at the slowest pace.
// - Gates (admit): a plain Send and a SendInSlot wait while the circuit is open; a retried Send
//   also needs the retry budget. A ready ticket and polls go regardless: the server asked for
//   them at that moment. Held items come back with jitter so they do not leave together.
// - Circuit: answers to sends report success or failure; answers to polls only report failures
//   (a poll answering "still waiting" proves little about taking new work).
class RetryPlanner {
public:
    struct Settings {
        int needsAttentionAfter = 10;
        int defaultRefreshSeconds = 20; // when a queue answer names no refresh interval
        qint64 holdJitterMs = 5 * 1000;
        qint64 probeRecheckMs = 2 * 1000; // held behind a probe: look again this soon (+ jitter)
        qint64 lateSlotSpreadMs = 60 * 1000;
    };

    RetryPlanner(const Clock &clock, RandomSource &random, CircuitBreaker &breaker,
                 RetryBudget &budget, const BackoffPolicy &policy = BackoffPolicy());
    RetryPlanner(const Clock &clock, RandomSource &random, CircuitBreaker &breaker,
                 RetryBudget &budget, const BackoffPolicy &policy, const Settings &settings);

    const Settings &settings() const { return m_settings; }
    const BackoffPolicy &policy() const { return m_policy; }

    // The item is due: may it go now? When allowed, the attempt is recorded (in the book for
    // sends, in the budget, and as the circuit's probe when half-open). When held, the book
    // gets the new attempt time and keeps its step.
    Admission admit(AttemptBook *book);

    // The request for the item's current step ended with this answer.
    RetryPlan afterAnswer(const ServerAnswer &answer, AttemptBook *book);

    // A uniformly random moment in [fromUtc, toUtc), never before now.
    QDateTime pointInSlot(const QDateTime &fromUtc, const QDateTime &toUtc);

private:
    DeliveryState stateFor(NextStep step, const AttemptBook &book) const;
    qint64 failureDelayMs(const ServerAnswer &answer, const AttemptBook &book);
    void reportToBreaker(const ServerAnswer &answer, NextStep sent);
    Admission hold(AttemptBook *book, HoldReason reason, const QDateTime &atUtc);

    const Clock &m_clock;
    RandomSource &m_random;
    CircuitBreaker &m_breaker;
    RetryBudget &m_budget;
    BackoffPolicy m_policy;
    Settings m_settings;
};

} // namespace wristdoc
