#pragma once

#include "TaskScheduler.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace wristdoc {

class Clock;

// When a public kiosk has been left alone: after idleMs without input a warning counts down
// warningMs, and then the session expires (the kiosk wipes it). Input only records the time
// (cheap enough for every mouse move); a single scheduled check compares it with the clock, so
// no timer is re-armed per event. The clock and the scheduler are injected: tests run minutes
// of idleness in microseconds. During the warning input is ignored on purpose: only
// continueSession() (the warning's "Continue" button) keeps the session, so a stray touch on
// a warning nobody reads does not keep the last applicant's data on screen.
class IdleTimeout : public QObject {
    Q_OBJECT

public:
    enum class State { Stopped, Watching, Warning };

    static constexpr qint64 kDefaultIdleMs = 120 * 1000;
    static constexpr qint64 kDefaultWarningMs = 30 * 1000;
    static constexpr qint64 kMinimumWarningMs = 20 * 1000; // time enough to read and tap

    IdleTimeout(const Clock &clock, TaskScheduler &scheduler, QObject *parent = nullptr);
    ~IdleTimeout() override;

    // Takes effect from the next start() or activity. The warning is never shorter than
    // kMinimumWarningMs; an idle time under one second is raised to one second.
    void setDurations(qint64 idleMs, qint64 warningMs);
    qint64 idleMs() const { return m_idleMs; }
    qint64 warningMs() const { return m_warningMs; }
    // Asked when the idle time has passed: false means nothing is there to wipe (the start
    // screen, untouched), so no warning is shown and watching simply goes on.
    void setSessionInUse(std::function<bool()> inUse);

    State state() const { return m_state; }
    // Whole seconds until the session expires, rounded up; 0 unless warning.
    int secondsLeft() const;

public Q_SLOTS:
    void start();
    void stop();
    // Any input: the idle time starts again (ignored while stopped or warning).
    void noteActivity();
    // "Continue" on the warning: the session is kept and the idle time starts again.
    void continueSession();

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void secondsLeftChanged(int secondsLeft);
    void warningCancelled();
    // The warning ran out: the session must be wiped now. Watching has already started again.
    void expired();

private:
    void schedule(qint64 delayMs, void (IdleTimeout::*step)());
    void cancelPending();
    void checkIdle();
    void tick();
    void beginWatching();

    const Clock &m_clock;
    TaskScheduler &m_scheduler;
    std::function<bool()> m_inUse;
    qint64 m_idleMs = kDefaultIdleMs;
    qint64 m_warningMs = kDefaultWarningMs;
    State m_state = State::Stopped;
    QDateTime m_lastActivity;
    QDateTime m_deadline;
    TaskScheduler::TaskId m_pending = 0;
};

} // namespace wristdoc
