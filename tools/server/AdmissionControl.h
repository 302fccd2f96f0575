#pragma once

#include <QtGlobal>

namespace wristdoc {

// The server's capacity: a token bucket of requests per second and a limit on requests in
// progress. Without either limit everything is admitted. Times are milliseconds on one clock,
// passed in, so the logic is tested without waiting.
//
// The waiting room reserves capacity for a ticket when the ticket's turn comes (a token, and a
// concurrency place until the holder arrives), so a ready ticket is admitted even when
// newcomers are turned away.
class AdmissionControl {
public:
    // ratePerSecond 0: no rate limit. burst 0: max(1, ceil(ratePerSecond)). maxConcurrent 0: no
    // concurrency limit.
    AdmissionControl(double ratePerSecond, int burst, int maxConcurrent, qint64 nowMs);

    bool limited() const { return m_rate > 0 || m_maxConcurrent > 0; }
    double ratePerSecond() const { return m_rate; }
    int maxConcurrent() const { return m_maxConcurrent; }

    // Whether a newcomer (or a reservation) would be admitted now; consumes nothing.
    bool hasCapacity(qint64 nowMs);
    // A newcomer: takes a token and a concurrency place when both are free.
    bool tryAcquire(qint64 nowMs);
    // The waiting room's turn for one ticket: takes a token and holds a place for its holder.
    bool tryReserve(qint64 nowMs);
    // The ticket holder arrived: its reserved place becomes a request in progress.
    void claimReservation();
    // A ticket that had a reservation expired unused.
    void cancelReservation();
    // Admitted without capacity: a ready ticket presented again after its reservation was
    // claimed (its first request failed). Bounded by the number of ready tickets.
    void forceAcquire();
    // An admitted request finished after serviceMs (its answer left or was lost).
    void release(qint64 serviceMs);

    int inProgress() const { return m_inProgress; }
    int reserved() const { return m_reserved; }

    // Seconds until a newcomer may find capacity: at least 1 (Retry-After).
    int retryAfterSeconds(qint64 nowMs);
    // Requests admitted per second at most, for wait estimates: the rate limit, or the
    // concurrency limit over the observed service time, whichever is lower.
    double throughputPerSecond() const;

private:
    void refill(qint64 nowMs);
    bool concurrencyFree() const;

    double m_rate = 0;
    double m_burst = 1;
    int m_maxConcurrent = 0;
    double m_tokens = 0;
    qint64 m_lastRefillMs = 0;
    int m_inProgress = 0;
    int m_reserved = 0;
    double m_serviceMsAverage = -1; // exponentially weighted; -1 until the first release
};

} // namespace wristdoc
