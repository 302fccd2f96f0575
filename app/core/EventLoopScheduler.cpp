#include "EventLoopScheduler.h"

#include <QMetaObject>

#include <limits>

namespace wristdoc {

EventLoopScheduler::EventLoopScheduler(QObject *parent)
    : QObject(parent) {}

EventLoopScheduler::~EventLoopScheduler() {
    for (const QPointer<QTimer> &timer : std::as_const(m_timers))
        delete timer.data();
}

TaskScheduler::TaskId EventLoopScheduler::schedule(qint64 delayMs, QObject *context,
                                                   std::function<void()> task) {
    const TaskId id = ++m_nextId;
    QPointer<EventLoopScheduler> self(this);
    if (delayMs <= 0) {
        m_posted.insert(id);
        // The context decides the thread and drops the call when it is gone.
        QMetaObject::invokeMethod(
            context,
            [self, id, task = std::move(task)] {
                if (!self || !self->m_posted.remove(id))
                    return; // cancelled
                task();
            },
            Qt::QueuedConnection);
        return id;
    }
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    m_timers.insert(id, timer);
    connect(timer, &QTimer::timeout, context, [self, id, timer, task = std::move(task)] {
        if (self)
            self->m_timers.remove(id);
        timer->deleteLater();
        task();
    });
    timer->start(int(qMin<qint64>(delayMs, std::numeric_limits<int>::max())));
    return id;
}

void EventLoopScheduler::cancel(TaskId id) {
    if (m_posted.remove(id))
        return;
    if (const QPointer<QTimer> timer = m_timers.take(id)) {
        timer->stop();
        timer->deleteLater();
    }
}

} // namespace wristdoc
