#pragma once

#include "TaskScheduler.h"

#include <QDateTime>
#include <QPointer>

#include <functional>
#include <map>
#include <utility>

namespace wristdoc {

class ManualClock;

// TaskScheduler with virtual time for tests and screenshots: nothing runs until the owner calls
// runDue(), advance() or runUntil(). When given a ManualClock, the clock moves with virtual
// time, so everything that reads the Clock sees the moment the task was due.
class ManualScheduler final : public TaskScheduler {
public:
    explicit ManualScheduler(ManualClock *clock = nullptr);

    TaskId schedule(qint64 delayMs, QObject *context, std::function<void()> task) override;
    void cancel(TaskId id) override;

    // Milliseconds of virtual time since construction.
    qint64 elapsedMs() const { return m_nowMs; }
    int pendingCount() const { return int(m_tasks.size()); }
    // Delay from now of the earliest pending task; -1 when none is pending.
    qint64 nextDueInMs() const;

    // Runs every task due now, including those they schedule for now. Returns how many ran.
    int runDue();
    // Moves virtual time forward by ms, running tasks in due order on the way.
    int advance(qint64 ms);
    // Runs tasks in due order, jumping virtual time to each, until done() holds or no task is
    // due within maxMs of virtual time. Returns done().
    bool runUntil(const std::function<bool()> &done, qint64 maxMs = 3600 * 1000);

private:
    struct Task {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> run;
    };
    using Key = std::pair<qint64, TaskId>; // due time, then scheduling order

    bool runNext(qint64 limitMs);
    void setNow(qint64 ms);

    ManualClock *m_clock;
    QDateTime m_start;
    qint64 m_nowMs = 0;
    TaskId m_nextId = 0;
    std::map<Key, Task> m_tasks;
};

} // namespace wristdoc
