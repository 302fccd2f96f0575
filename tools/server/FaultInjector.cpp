#include "FaultInjector.h"

namespace wristdoc {

FaultInjector::FaultInjector(const FaultSettings &settings, quint32 seed)
    : m_settings(settings)
    , m_reset(seed ^ 0x52455345u)
    , m_fail(seed ^ 0x4641494cu)
    , m_drop(seed ^ 0x44524f50u)
    , m_latency(seed ^ 0x4c415459u) {}

bool FaultInjector::draw(QRandomGenerator &generator, double rate) {
    if (rate <= 0)
        return false; // no draw: the sequence of the other faults stays the same
    if (rate >= 1)
        return true;
    return generator.generateDouble() < rate;
}

bool FaultInjector::resetConnection() {
    return draw(m_reset, m_settings.resetRate);
}

bool FaultInjector::failRequest() {
    return draw(m_fail, m_settings.failRate);
}

bool FaultInjector::dropResponse() {
    return draw(m_drop, m_settings.dropAfterCommitRate);
}

int FaultInjector::latencyMs() {
    int ms = qMax(0, m_settings.latencyMs);
    if (m_settings.latencyJitterMs > 0)
        ms += int(m_latency.bounded(quint32(m_settings.latencyJitterMs) + 1));
    return ms;
}

} // namespace wristdoc
