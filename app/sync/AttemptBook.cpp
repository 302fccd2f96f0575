#include "AttemptBook.h"

namespace wristdoc {

void AttemptBook::recordAttempt(const QDateTime &atUtc) {
    ++m_attempts;
    m_lastAttemptUtc = atUtc;
}

void AttemptBook::recordFailure(const QString &code) {
    ++m_consecutiveFailures;
    m_lastError = code;
}

void AttemptBook::recordProgress() {
    m_consecutiveFailures = 0;
    m_lastError.clear();
}

void AttemptBook::schedule(NextStep step, const QDateTime &atUtc) {
    m_nextStep = step;
    m_nextAttemptUtc = atUtc;
}

void AttemptBook::restore(int attempts, int consecutiveFailures, const QString &lastError,
                          const QDateTime &lastAttemptUtc, NextStep step,
                          const QDateTime &nextAttemptUtc, const QString &ticket) {
    m_attempts = qMax(0, attempts);
    m_consecutiveFailures = qMax(0, consecutiveFailures);
    m_lastError = lastError;
    m_lastAttemptUtc = lastAttemptUtc;
    m_nextStep = step;
    m_nextAttemptUtc = nextAttemptUtc;
    m_ticket = ticket;
}

} // namespace wristdoc
