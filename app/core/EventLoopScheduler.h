#pragma once

#include "TaskScheduler.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace wristdoc {

// TaskScheduler on the Qt event loop of the calling thread. A task without delay is a posted
// event, not a zero-length timer, so a burst of simulated notifications pays no timer latency.
class EventLoopScheduler final : public QObject, public TaskScheduler {
    Q_OBJECT
public:
    explicit EventLoopScheduler(QObject *parent = nullptr);
    ~EventLoopScheduler() override;

    TaskId schedule(qint64 delayMs, QObject *context, std::function<void()> task) override;
    void cancel(TaskId id) override;

private:
    TaskId m_nextId = 0;
    QSet<TaskId> m_posted;                    // posted events that are still wanted
    QHash<TaskId, QPointer<QTimer>> m_timers; // delayed tasks
};

} // namespace wristdoc
