#pragma once

#include "Clock.h"

#include <QElapsedTimer>

namespace wristdoc {

// A clock that only moves forward at the pace of a monotonic timer: for measuring how long a
// kiosk was left alone, where a wall-clock step (NTP, --now) must neither wipe a session early
// nor keep it forever. Its instants are the start time plus the elapsed time.
class ElapsedClock final : public Clock {
public:
    ElapsedClock()
        : m_start(QDateTime::currentDateTimeUtc()) {
        m_elapsed.start();
    }
    QDateTime nowUtc() const override { return m_start.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace wristdoc
