#pragma once

#include "Clock.h"

#include <QDateTime>

namespace wristdoc {

// Simulated time for the retry policy: milliseconds since the launch, mapped onto a fixed UTC
// instant. The QDateTime is kept ready because every policy call reads the clock.
class VirtualClock final : public Clock {
public:
    explicit VirtualClock(qint64 epochMs)
        : m_epochMs(epochMs)
        , m_now(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC)) {}

    QDateTime nowUtc() const override { return m_now; }

    qint64 elapsedMs() const { return m_elapsedMs; }
    void setElapsedMs(qint64 elapsedMs) {
        if (elapsedMs == m_elapsedMs)
            return;
        m_elapsedMs = elapsedMs;
        m_now = QDateTime::fromMSecsSinceEpoch(m_epochMs + elapsedMs, Qt::UTC);
    }

    // Simulated milliseconds for an instant the policy returned.
    qint64 toElapsedMs(const QDateTime &at) const { return at.toMSecsSinceEpoch() - m_epochMs; }
    QDateTime atElapsedMs(qint64 elapsedMs) const {
        return QDateTime::fromMSecsSinceEpoch(m_epochMs + elapsedMs, Qt::UTC);
    }

private:
    qint64 m_epochMs;
    qint64 m_elapsedMs = 0;
    QDateTime m_now;
};

} // namespace wristdoc
