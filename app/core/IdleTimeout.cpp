#include "IdleTimeout.h"

#include "Clock.h"

namespace wristdoc {

IdleTimeout::IdleTimeout(const Clock &clock, TaskScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_scheduler(scheduler) {}

IdleTimeout::~IdleTimeout() {
    cancelPending();
}

void IdleTimeout::setDurations(qint64 idleMs, qint64 warningMs) {
    m_idleMs = qMax<qint64>(1000, idleMs);
    m_warningMs = qMax(kMinimumWarningMs, warningMs);
}

void IdleTimeout::setSessionInUse(std::function<bool()> inUse) {
    m_inUse = std::move(inUse);
}

int IdleTimeout::secondsLeft() const {
    if (m_state != State::Warning)
        return 0;
    const qint64 left = qMax<qint64>(0, m_clock.nowUtc().msecsTo(m_deadline));
    return int((left + 999) / 1000);
}

void IdleTimeout::start() {
    beginWatching();
}

void IdleTimeout::stop() {
    cancelPending();
    m_state = State::Stopped;
}

void IdleTimeout::noteActivity() {
    if (m_state == State::Watching)
        m_lastActivity = m_clock.nowUtc();
}

void IdleTimeout::continueSession() {
    if (m_state != State::Warning)
        return;
    beginWatching();
    Q_EMIT warningCancelled();
}

void IdleTimeout::beginWatching() {
    cancelPending();
    m_state = State::Watching;
    m_lastActivity = m_clock.nowUtc();
    schedule(m_idleMs, &IdleTimeout::checkIdle);
}

void IdleTimeout::schedule(qint64 delayMs, void (IdleTimeout::*step)()) {
    cancelPending();
    m_pending = m_scheduler.schedule(delayMs, this, [this, step] {
        m_pending = 0;
        (this->*step)();
    });
}

void IdleTimeout::cancelPending() {
    if (m_pending != 0)
        m_scheduler.cancel(m_pending);
    m_pending = 0;
}

void IdleTimeout::checkIdle() {
    if (m_state != State::Watching)
        return;
    const QDateTime now = m_clock.nowUtc();
    qint64 idle = m_lastActivity.msecsTo(now);
    if (idle < 0) {
        // The wall clock went back: count from now rather than wait for it to catch up.
        m_lastActivity = now;
        idle = 0;
    }
    if (idle < m_idleMs) {
        schedule(m_idleMs - idle, &IdleTimeout::checkIdle);
        return;
    }
    if (m_inUse && !m_inUse()) {
        beginWatching();
        return;
    }
    m_state = State::Warning;
    m_deadline = now.addMSecs(m_warningMs);
    Q_EMIT warningStarted(secondsLeft());
    tick();
}

void IdleTimeout::tick() {
    if (m_state != State::Warning)
        return;
    const QDateTime now = m_clock.nowUtc();
    qint64 left = now.msecsTo(m_deadline);
    if (left > m_warningMs) {
        // The wall clock went back during the warning: never more than one full warning.
        m_deadline = now.addMSecs(m_warningMs);
        left = m_warningMs;
    }
    if (left <= 0) {
        beginWatching();
        Q_EMIT expired();
        return;
    }
    Q_EMIT secondsLeftChanged(secondsLeft());
    // Next tick on the next whole second left, so the number on screen steps evenly.
    const qint64 toNextSecond = left % 1000 == 0 ? 1000 : left % 1000;
    schedule(toNextSecond, &IdleTimeout::tick);
}

} // namespace wristdoc
