#include "CircuitBreaker.h"

#include "RandomDraw.h"
#include "SyncLog.h"

#include <cmath>

namespace wristdoc {

CircuitBreaker::CircuitBreaker(const Clock &clock, RandomSource &random)
    : CircuitBreaker(clock, random, Settings()) {}

CircuitBreaker::CircuitBreaker(const Clock &clock, RandomSource &random, const Settings &settings)
    : m_clock(clock)
    , m_random(random)
    , m_settings(settings) {
    m_settings.failureThreshold = qMax(1, m_settings.failureThreshold);
    m_settings.openBaseMs = qMax<qint64>(1, m_settings.openBaseMs);
    m_settings.openCapMs = qMax(m_settings.openBaseMs, m_settings.openCapMs);
    m_settings.cooldownJitterFraction = qBound(0.0, m_settings.cooldownJitterFraction, 1.0);
    m_settings.probeTimeoutMs = qMax<qint64>(1, m_settings.probeTimeoutMs);
}

const char *CircuitBreaker::stateName(State state) {
    switch (state) {
    case State::Closed:
        return "closed";
    case State::Open:
        return "open";
    case State::HalfOpen:
        return "half-open";
    }
    return "closed";
}

CircuitBreaker::State CircuitBreaker::state() const {
    if (!m_open)
        return State::Closed;
    return m_clock.nowUtc() < m_openUntil ? State::Open : State::HalfOpen;
}

bool CircuitBreaker::probeOut() const {
    return m_probeSince.isValid() &&
           m_probeSince.msecsTo(m_clock.nowUtc()) < m_settings.probeTimeoutMs;
}

bool CircuitBreaker::allowRequest() {
    switch (state()) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (probeOut())
            return false;
        m_probeSince = m_clock.nowUtc();
        qCInfo(lcSync) << "circuit half-open: one probe goes";
        return true;
    }
    return true;
}

QDateTime CircuitBreaker::nextAllowedUtc() const {
    const QDateTime now = m_clock.nowUtc();
    switch (state()) {
    case State::Closed:
        return now;
    case State::Open:
        return m_openUntil;
    case State::HalfOpen:
        return probeOut() ? m_probeSince.addMSecs(m_settings.probeTimeoutMs) : now;
    }
    return now;
}

void CircuitBreaker::open(int level) {
    m_open = true;
    m_reopenLevel = level;
    m_probeSince = QDateTime();
    qint64 cooldown = m_settings.openBaseMs;
    for (int i = 0; i < level && cooldown < m_settings.openCapMs; ++i)
        cooldown *= 2;
    cooldown = qMin(cooldown, m_settings.openCapMs);
    const qint64 shortest =
        cooldown - qint64(std::llround(double(cooldown) * m_settings.cooldownJitterFraction));
    const qint64 drawn = RandomDraw::between(m_random, shortest, cooldown + 1);
    m_openUntil = m_clock.nowUtc().addMSecs(drawn);
    qCWarning(lcSync) << "circuit open for" << drawn << "ms after" << m_consecutiveFailures
                      << "consecutive failures, reopened" << level << "times";
}

void CircuitBreaker::recordSuccess() {
    switch (state()) {
    case State::Closed:
        m_consecutiveFailures = 0;
        return;
    case State::Open:
        // An answer to a request sent before the circuit opened; the probe decides.
        return;
    case State::HalfOpen:
        qCInfo(lcSync) << "circuit closed: the server answers again";
        m_open = false;
        m_consecutiveFailures = 0;
        m_reopenLevel = 0;
        m_probeSince = QDateTime();
        m_openUntil = QDateTime();
        return;
    }
}

void CircuitBreaker::recordFailure() {
    switch (state()) {
    case State::Closed:
        ++m_consecutiveFailures;
        if (m_consecutiveFailures >= m_settings.failureThreshold)
            open(0);
        return;
    case State::Open:
        // Late answers to requests sent before it opened say nothing new.
        return;
    case State::HalfOpen:
        ++m_consecutiveFailures;
        open(m_reopenLevel + 1);
        return;
    }
}

void CircuitBreaker::releaseProbe() {
    m_probeSince = QDateTime();
}

} // namespace wristdoc
