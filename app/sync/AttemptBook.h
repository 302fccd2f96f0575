#pragma once

#include "NextStep.h"

#include <QDateTime>
#include <QString>

namespace wristdoc {

// The delivery bookkeeping of one outbox item, kept with the item in the database and updated by
// RetryPlanner: how often it was sent, how many answers in a row were failures, what went wrong
// last, what to do next and when, and the waiting-room or processing ticket it holds.
//
// "Needs attention" is a matter of consecutive failures (RetryPlanner's threshold): the item is
// still retried, at the slowest pace, and staff see it. Any answer that shows progress (queued,
// deferred to a cohort day, confirmed) clears the failure run.
class AttemptBook {
public:
    AttemptBook() = default;

    int attempts() const { return m_attempts; } // POSTs sent; polls are not counted
    int consecutiveFailures() const { return m_consecutiveFailures; }
    QString lastError() const { return m_lastError; } // "http-503", "timeout", ... empty if none
    QDateTime lastAttemptUtc() const { return m_lastAttemptUtc; }
    QDateTime nextAttemptUtc() const { return m_nextAttemptUtc; }
    NextStep nextStep() const { return m_nextStep; }
    QString ticket() const { return m_ticket; }

    bool isRetry() const { return m_attempts > 0; }
    bool needsAttention(int threshold) const { return m_consecutiveFailures >= threshold; }

    void recordAttempt(const QDateTime &atUtc);
    void recordFailure(const QString &code);
    void recordProgress();

    void schedule(NextStep step, const QDateTime &atUtc);
    void setTicket(const QString &ticket) { m_ticket = ticket; }

    // Restores what the database kept.
    void restore(int attempts, int consecutiveFailures, const QString &lastError,
                 const QDateTime &lastAttemptUtc, NextStep step, const QDateTime &nextAttemptUtc,
                 const QString &ticket);

private:
    int m_attempts = 0;
    int m_consecutiveFailures = 0;
    QString m_lastError;
    QDateTime m_lastAttemptUtc;
    QDateTime m_nextAttemptUtc;
    NextStep m_nextStep = NextStep::Send;
    QString m_ticket;
};

} // namespace wristdoc
