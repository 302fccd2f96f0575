#pragma once

#include "Clock.h"
#include "RandomSource.h"

#include <QDateTime>

namespace wristdoc {

// Stops sending new work to a server that keeps failing, and lets one request find out when it
// has recovered.
//
// - Closed: requests go. failureThreshold consecutive failures (overload answers, 5xx,
//   timeouts, resets; never a 4xx answer, which proves the server is answering) open it.
// - Open: nothing goes until the cool-down has passed. The cool-down is
//   min(openCapMs, openBaseMs * 2^(times reopened)), drawn uniformly from
//   [(1 - cooldownJitterFraction) * d, d] so a fleet that opened together does not probe together.
// - HalfOpen (the cool-down has passed): exactly one request, the probe, may go. Success closes
//   the circuit and forgets the history; failure opens it again with the next, longer cool-down.
//   A probe that never reports back (the request was dropped) frees its place after
//   probeTimeoutMs, so the circuit cannot stay stuck.
//
// Time comes from the injected clock, randomness from the injected source.
class CircuitBreaker {
public:
    enum class State { Closed, Open, HalfOpen };

    struct Settings {
        int failureThreshold = 5;
        qint64 openBaseMs = 30 * 1000;
        qint64 openCapMs = 10 * 60 * 1000;
        double cooldownJitterFraction = 0.5;
        qint64 probeTimeoutMs = 60 * 1000;
    };

    CircuitBreaker(const Clock &clock, RandomSource &random);
    CircuitBreaker(const Clock &clock, RandomSource &random, const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // Open turns into HalfOpen by itself once the cool-down has passed.
    State state() const;
    // True when a request may go now. In HalfOpen this takes the single probe place.
    bool allowRequest();
    // When allowRequest() may next say yes: now when Closed, the end of the cool-down when Open,
    // the end of the probe's time when HalfOpen with a probe out.
    QDateTime nextAllowedUtc() const;

    void recordSuccess();
    void recordFailure();
    // The probe's request ended without telling anything about the server's health (an odd
    // status); another request may probe.
    void releaseProbe();

    int consecutiveFailures() const { return m_consecutiveFailures; }
    int timesReopened() const { return m_reopenLevel; }
    QDateTime openUntilUtc() const { return m_openUntil; }
    bool probeOut() const;

    static const char *stateName(State state);

private:
    void open(int level);

    const Clock &m_clock;
    RandomSource &m_random;
    Settings m_settings;
    bool m_open = false; // Open or HalfOpen; which one depends on the time
    int m_consecutiveFailures = 0;
    int m_reopenLevel = 0;
    QDateTime m_openUntil;
    QDateTime m_probeSince; // invalid when no probe is out
};

} // namespace wristdoc
