#include "AdmissionControl.h"

#include <algorithm>
#include <cmath>

namespace wristdoc {

AdmissionControl::AdmissionControl(double ratePerSecond, int burst, int maxConcurrent, qint64 nowMs)
    : m_rate(std::max(0.0, ratePerSecond))
    , m_maxConcurrent(std::max(0, maxConcurrent))
    , m_lastRefillMs(nowMs) {
    m_burst = burst > 0 ? burst : std::max(1.0, std::ceil(m_rate));
    m_tokens = m_burst; // a fresh server takes a burst at once
}

void AdmissionControl::refill(qint64 nowMs) {
    if (m_rate <= 0)
        return;
    // A clock that steps back adds nothing; it never takes tokens away either.
    if (nowMs > m_lastRefillMs) {
        m_tokens = std::min(m_burst, m_tokens + (nowMs - m_lastRefillMs) * m_rate / 1000.0);
        m_lastRefillMs = nowMs;
    }
}

bool AdmissionControl::concurrencyFree() const {
    return m_maxConcurrent <= 0 || m_inProgress + m_reserved < m_maxConcurrent;
}

bool AdmissionControl::hasCapacity(qint64 nowMs) {
    refill(nowMs);
    return concurrencyFree() && (m_rate <= 0 || m_tokens >= 1.0);
}

bool AdmissionControl::tryAcquire(qint64 nowMs) {
    if (!hasCapacity(nowMs))
        return false;
    if (m_rate > 0)
        m_tokens -= 1.0;
    ++m_inProgress;
    return true;
}

bool AdmissionControl::tryReserve(qint64 nowMs) {
    if (!hasCapacity(nowMs))
        return false;
    if (m_rate > 0)
        m_tokens -= 1.0;
    ++m_reserved;
    return true;
}

void AdmissionControl::claimReservation() {
    if (m_reserved > 0)
        --m_reserved;
    ++m_inProgress;
}

void AdmissionControl::cancelReservation() {
    if (m_reserved > 0)
        --m_reserved;
}

void AdmissionControl::forceAcquire() {
    ++m_inProgress;
}

void AdmissionControl::release(qint64 serviceMs) {
    if (m_inProgress > 0)
        --m_inProgress;
    const double sample = std::max<qint64>(1, serviceMs);
    m_serviceMsAverage = m_serviceMsAverage < 0 ? sample : 0.8 * m_serviceMsAverage + 0.2 * sample;
}

int AdmissionControl::retryAfterSeconds(qint64 nowMs) {
    refill(nowMs);
    double seconds = 1;
    if (m_rate > 0 && m_tokens < 1.0)
        seconds = std::max(seconds, (1.0 - m_tokens) / m_rate);
    if (m_maxConcurrent > 0 && !concurrencyFree() && m_serviceMsAverage > 0)
        seconds = std::max(seconds, m_serviceMsAverage / 1000.0);
    return int(std::ceil(seconds));
}

double AdmissionControl::throughputPerSecond() const {
    double perSecond = 0;
    if (m_maxConcurrent > 0) {
        // Until a request has finished, guess 100 ms each.
        const double serviceMs = m_serviceMsAverage > 0 ? m_serviceMsAverage : 100.0;
        perSecond = m_maxConcurrent * 1000.0 / std::max(1.0, serviceMs);
    }
    if (m_rate > 0)
        perSecond = perSecond > 0 ? std::min(perSecond, m_rate) : m_rate;
    return perSecond;
}

} // namespace wristdoc
