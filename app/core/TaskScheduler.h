#pragma once

#include <QObject>
#include <QtGlobal>

#include <functional>

namespace wristdoc {

// Deferred work for the watch session, the simulated watch and the outbox worker: the one place
// where time passes.
// EventLoopScheduler runs tasks from the Qt event loop; ManualScheduler runs them when a test
// moves virtual time, so reconnect backoff, heart-rate ticks and stale scan entries are tested
// without sleeping.
class TaskScheduler {
public:
    using TaskId = quint64;

    virtual ~TaskScheduler() = default;

    // Runs task once, delayMs from now; 0 means as soon as control returns to the loop, never
    // inside this call. The task is dropped if context is destroyed first. Tasks due at the same
    // time run in the order they were scheduled. Returns an id for cancel() (never 0).
    virtual TaskId schedule(qint64 delayMs, QObject *context, std::function<void()> task) = 0;
    // Forgets a task that has not run yet; unknown or finished ids are ignored.
    virtual void cancel(TaskId id) = 0;
};

} // namespace wristdoc
