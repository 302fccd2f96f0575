#pragma once

#include <QtGlobal>

namespace wristdoc {

class RandomSource;

// Capped exponential backoff with full jitter: before reconnect attempt n (0-based) wait a
// uniformly random time in [0, min(cap, base * 2^n)]. The jitter spreads the reconnects of many
// kiosks after a shared outage instead of lining them up.
struct ReconnectBackoff {
    qint64 baseMs = 1000;
    qint64 capMs = 60 * 1000;

    // min(capMs, baseMs * 2^attempt), without overflow for any attempt.
    qint64 ceilingMs(int attempt) const;
    // Uniform in [0, ceilingMs(attempt)], from one value of random.
    qint64 delayMs(int attempt, RandomSource &random) const;
    // The delay that a random value maps to; delayMs() draws value from random.
    qint64 delayFor(int attempt, quint32 value) const;
};

} // namespace wristdoc
