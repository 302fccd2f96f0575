#pragma once

#include "Clock.h"

#include <QDateTime>

#include <deque>

namespace wristdoc {

// Limits retries to a share of the requests this client makes, so that failing requests cannot
// multiply the load on a server that is already struggling (a fleet of 380,000 kiosks retrying
// freely is the thundering herd).
//
// The rule, over a sliding window of windowMs (default 60 s):
//   retries allowed = max(minRetriesPerWindow, floor(retryRatio * first attempts))
// - First attempts are always allowed and are what earns budget; retries do not earn budget,
//   so retries can never fund themselves. With the defaults, 100 first attempts in a minute
//   allow 10 retries and the 11th is refused.
// - minRetriesPerWindow (default 3) lets a lone kiosk with one or two citizens a day still
//   retry: three retries a minute is less than what capped backoff asks for once it has grown,
//   and still a trickle across a fleet. With 0, a client that sent nothing new cannot retry.
// - Requests the server scheduled itself (a ready waiting-room ticket, a cohort slot, polls)
//   are neither first attempts nor retries here; RetryPlanner decides what is recorded.
//
// Time comes from the injected clock; entries older than the window are dropped as time passes.
class RetryBudget {
public:
    struct Settings {
        qint64 windowMs = 60 * 1000;
        double retryRatio = 0.1;
        int minRetriesPerWindow = 3;
    };

    explicit RetryBudget(const Clock &clock);
    RetryBudget(const Clock &clock, const Settings &settings);

    const Settings &settings() const { return m_settings; }

    void recordFirstAttempt();
    // Records the retry and returns true when the budget allows it; false records nothing.
    bool tryRetry();
    bool canRetry() const;

    int firstAttemptsInWindow() const;
    int retriesInWindow() const;
    int allowance() const; // retries allowed in the current window

    // The earliest time a retry will be allowed if nothing else is recorded: now when one is
    // allowed already; invalid when none ever will be (minRetriesPerWindow 0, no first attempts).
    QDateTime nextRetryAllowedUtc() const;

private:
    qint64 nowMs() const;
    void prune();
    int allowanceFor(int firstAttempts) const;
    QDateTime computeNextRetryAllowed(qint64 now) const;
    static int countSince(const std::deque<qint64> &times, qint64 sinceMs);
    static void insertSorted(std::deque<qint64> &times, qint64 atMs);

    const Clock &m_clock;
    Settings m_settings;
    std::deque<qint64> m_firstAttempts; // ms since the epoch, sorted, oldest first
    std::deque<qint64> m_retries;
    // nextRetryAllowedUtc() is asked for every held item; its answer only changes when
    // something is recorded, so it is kept until then.
    mutable bool m_nextKnown = false;
    mutable QDateTime m_next;
};

} // namespace wristdoc
