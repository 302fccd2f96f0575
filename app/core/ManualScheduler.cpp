#include "ManualScheduler.h"

#include "ManualClock.h"

namespace wristdoc {

namespace {
// A task that keeps rescheduling itself for "now" would never let runDue() return.
constexpr int kMaxTasksPerCall = 10'000'000;
} // namespace

ManualScheduler::ManualScheduler(ManualClock *clock)
    : m_clock(clock)
    , m_start(clock ? clock->nowUtc() : QDateTime()) {}

TaskScheduler::TaskId ManualScheduler::schedule(qint64 delayMs, QObject *context,
                                                std::function<void()> task) {
    const TaskId id = ++m_nextId;
    Task entry;
    entry.context = context;
    entry.hasContext = context != nullptr;
    entry.run = std::move(task);
    m_tasks.emplace(Key{m_nowMs + qMax<qint64>(0, delayMs), id}, std::move(entry));
    return id;
}

void ManualScheduler::cancel(TaskId id) {
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        if (it->first.second == id) {
            m_tasks.erase(it);
            return;
        }
    }
}

qint64 ManualScheduler::nextDueInMs() const {
    return m_tasks.empty() ? -1 : m_tasks.begin()->first.first - m_nowMs;
}

void ManualScheduler::setNow(qint64 ms) {
    m_nowMs = ms;
    if (m_clock)
        m_clock->set(m_start.addMSecs(ms));
}

bool ManualScheduler::runNext(qint64 limitMs) {
    if (m_tasks.empty() || m_tasks.begin()->first.first > limitMs)
        return false;
    auto node = m_tasks.extract(m_tasks.begin());
    if (node.key().first > m_nowMs)
        setNow(node.key().first);
    Task &task = node.mapped();
    if (!task.hasContext || task.context)
        task.run();
    return true;
}

int ManualScheduler::runDue() {
    int count = 0;
    while (count < kMaxTasksPerCall && runNext(m_nowMs))
        ++count;
    return count;
}

int ManualScheduler::advance(qint64 ms) {
    const qint64 target = m_nowMs + qMax<qint64>(0, ms);
    int count = 0;
    while (count < kMaxTasksPerCall && runNext(target))
        ++count;
    setNow(target);
    return count;
}

bool ManualScheduler::runUntil(const std::function<bool()> &done, qint64 maxMs) {
    const qint64 limit = m_nowMs + qMax<qint64>(0, maxMs);
    for (int count = 0; count < kMaxTasksPerCall; ++count) {
        if (done())
            return true;
        if (!runNext(limit))
            return done();
    }
    return done();
}

} // namespace wristdoc
