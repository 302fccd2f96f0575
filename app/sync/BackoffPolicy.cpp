#include "BackoffPolicy.h"

#include "RandomDraw.h"

#include <cmath>

namespace wristdoc {

BackoffPolicy::BackoffPolicy(const Settings &settings)
    : m_settings(settings) {
    // Settings come from code and options; keep them usable whatever they say.
    m_settings.baseMs = qMax<qint64>(1, m_settings.baseMs);
    m_settings.capMs = qMax(m_settings.baseMs, m_settings.capMs);
    m_settings.retryAfterJitterFraction = qMax(0.0, m_settings.retryAfterJitterFraction);
    m_settings.retryAfterJitterMinMs = qMax<qint64>(0, m_settings.retryAfterJitterMinMs);
    m_settings.retryAfterJitterMaxMs =
        qMax(m_settings.retryAfterJitterMinMs, m_settings.retryAfterJitterMaxMs);
    m_settings.pollJitterFraction = qMax(0.0, m_settings.pollJitterFraction);
    m_settings.minPollMs = qMax<qint64>(0, m_settings.minPollMs);
    m_settings.maxPollMs = qMax(m_settings.minPollMs, m_settings.maxPollMs);
}

qint64 BackoffPolicy::ceilingMs(int attempt) const {
    qint64 ceiling = m_settings.baseMs;
    for (int i = 0; i < attempt && ceiling < m_settings.capMs; ++i)
        ceiling *= 2; // stops once past the cap, so no overflow
    return qMin(ceiling, m_settings.capMs);
}

qint64 BackoffPolicy::backoffMs(int attempt, RandomSource &random) const {
    return RandomDraw::between(random, 0, ceilingMs(attempt) + 1);
}

qint64 BackoffPolicy::slowestMs(RandomSource &random) const {
    return RandomDraw::between(random, 0, m_settings.capMs + 1);
}

qint64 BackoffPolicy::retryAfterJitterSpanMs(qint64 floorMs) const {
    const double proportional =
        double(qMax<qint64>(0, floorMs)) * m_settings.retryAfterJitterFraction;
    const qint64 span = qint64(std::llround(qMin(proportional, 1e15)));
    return qBound(m_settings.retryAfterJitterMinMs, span, m_settings.retryAfterJitterMaxMs);
}

qint64 BackoffPolicy::retryAfterMs(qint64 floorMs, RandomSource &random) const {
    const qint64 floor = qMax<qint64>(0, floorMs);
    return floor + RandomDraw::between(random, 0, retryAfterJitterSpanMs(floor) + 1);
}

qint64 BackoffPolicy::pollMs(qint64 refreshMs, RandomSource &random) const {
    const qint64 interval = qBound(m_settings.minPollMs, refreshMs, m_settings.maxPollMs);
    const qint64 span = qint64(std::llround(double(interval) * m_settings.pollJitterFraction));
    return interval + RandomDraw::between(random, 0, span + 1);
}

} // namespace wristdoc
