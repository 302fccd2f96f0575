#pragma once

#include "RandomSource.h"

#include <QtGlobal>

namespace wristdoc {

// How long to wait before the next request, in milliseconds. Every delay is drawn at random
// so that a fleet of kiosks that failed together does not come back together:
//
// - after a failure without server guidance: capped exponential backoff with FULL jitter,
//   uniform in [0, min(cap, base * 2^attempt)] (attempt 0 is the first retry);
// - after Retry-After: the server's value is a floor, plus uniform [0, span], where span is
//   retryAfterJitterFraction of the floor, kept within [retryAfterJitterMinMs,
//   retryAfterJitterMaxMs] (so "Retry-After: 0" still spreads over a second);
// - a waiting-room or processing poll: the server's refresh interval plus 0..20 % of it,
//   the interval first kept within [minPollMs, maxPollMs].
//
// Pure arithmetic; the random source is passed in so tests draw a fixed sequence.
class BackoffPolicy {
public:
    struct Settings {
        qint64 baseMs = 1000;
        qint64 capMs = 5 * 60 * 1000;
        double retryAfterJitterFraction = 0.5;
        qint64 retryAfterJitterMinMs = 1000;
        qint64 retryAfterJitterMaxMs = 5 * 60 * 1000;
        double pollJitterFraction = 0.2;
        qint64 minPollMs = 1000;
        qint64 maxPollMs = 60 * 60 * 1000;
    };

    BackoffPolicy() = default;
    explicit BackoffPolicy(const Settings &settings);

    const Settings &settings() const { return m_settings; }

    // min(cap, base * 2^attempt), without overflow for any attempt; attempt < 0 counts as 0.
    qint64 ceilingMs(int attempt) const;
    // Full jitter: uniform in [0, ceilingMs(attempt)].
    qint64 backoffMs(int attempt, RandomSource &random) const;
    // Uniform in [0, capMs]: the pace of an item that needs attention.
    qint64 slowestMs(RandomSource &random) const;

    qint64 retryAfterJitterSpanMs(qint64 floorMs) const;
    // floorMs (negative counts as 0) plus uniform [0, retryAfterJitterSpanMs(floorMs)].
    qint64 retryAfterMs(qint64 floorMs, RandomSource &random) const;

    // The refresh interval, kept within [minPollMs, maxPollMs], plus uniform [0, 20 %] of it.
    qint64 pollMs(qint64 refreshMs, RandomSource &random) const;

private:
    Settings m_settings;
};

} // namespace wristdoc
