#pragma once

#include "Clock.h"

#include <QDateTime>

#include <array>
#include <limits>
#include <vector>

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
    // Times in ms since the epoch, sorted, oldest first. A window rarely holds more than a few,
    // so the first kInline live in the object itself: no allocation and no pointer to follow
    // (a std::deque allocated 1.2 kB for the two lists up front, which a simulated fleet of
    // 380,000 clients in tools/launch-sim pays in full). Beyond kInline they move to the heap.
    class TimeList {
    public:
        const qint64 *begin() const { return m_spill.empty() ? m_inline.data() : m_spill.data(); }
        const qint64 *end() const { return begin() + size(); }
        int size() const { return m_spill.empty() ? m_count : int(m_spill.size()); }
        bool empty() const { return size() == 0; }
        // Sorted insertion: a clock set backwards must not break the binary searches.
        void insertSorted(qint64 atMs);
        // Removes the entries at or before untilMs (the oldest).
        void dropUntil(qint64 untilMs);

    private:
        static constexpr int kInline = 4;
        std::array<qint64, kInline> m_inline{};
        int m_count = 0;             // entries in m_inline; 0 while m_spill holds them
        std::vector<qint64> m_spill; // every entry, once more than kInline were held at once
    };

    qint64 nowMs() const;
    void prune();
    int allowanceFor(int firstAttempts) const;
    QDateTime computeNextRetryAllowed(qint64 now) const;
    static int countSince(const TimeList &times, qint64 sinceMs);

    const Clock &m_clock;
    Settings m_settings;
    TimeList m_firstAttempts;
    TimeList m_retries;
    // nextRetryAllowedUtc() is asked for every held item; its answer only changes when
    // something is recorded, so it is kept until then.
    // Kept as a number: a QDateTime in QTimeZone::utc() holds a 208-byte private part in Qt 6.4
    // for as long as it is kept, per client. kNoNext: none will ever be allowed.
    static constexpr qint64 kNoNext = std::numeric_limits<qint64>::min();
    mutable bool m_nextKnown = false;
    mutable qint64 m_nextMs = kNoNext;
};

} // namespace wristdoc
