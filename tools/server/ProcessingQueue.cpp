#include "ProcessingQueue.h"

#include "Clock.h"
#include "CommitBatch.h"
#include "ServerEnrolmentStore.h"
#include "ServerLogging.h"

#include <algorithm>
#include <iterator>

namespace wristdoc {

ProcessingQueue::ProcessingQueue(ServerEnrolmentStore *store, CommitBatch *batch,
                                 const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_batch(batch)
    , m_clock(clock) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { confirmDue(m_clock->nowUtc().toMSecsSinceEpoch()); });
}

void ProcessingQueue::load() {
    for (const auto &entry : m_store->processing())
        add(entry.first, entry.second);
}

void ProcessingQueue::reload() {
    m_byDue.clear();
    m_dueByKey.clear();
    load();
    schedule();
}

void ProcessingQueue::add(const QString &key, qint64 dueMs) {
    m_byDue.emplace(dueMs, key);
    m_dueByKey.insert(key, dueMs);
    schedule();
}

bool ProcessingQueue::confirmDue(qint64 nowMs) {
    if (m_byDue.empty() || m_byDue.begin()->first > nowMs) {
        schedule();
        return true;
    }
    if (!m_batch->join() || m_store->confirmDue(nowMs) < 0) {
        qCWarning(lcServer) << "confirming processed enrolments failed:" << m_store->lastError();
        schedule();
        return false;
    }
    while (!m_byDue.empty() && m_byDue.begin()->first <= nowMs) {
        m_dueByKey.remove(m_byDue.begin()->second);
        m_byDue.erase(m_byDue.begin());
    }
    schedule();
    return true;
}

int ProcessingQueue::positionOf(const QString &key) const {
    const auto due = m_dueByKey.constFind(key);
    if (due == m_dueByKey.constEnd())
        return 0;
    const auto it = m_byDue.find({*due, key});
    return int(std::distance(m_byDue.begin(), it)) + 1;
}

void ProcessingQueue::schedule() {
    if (m_byDue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = m_byDue.begin()->first - m_clock->nowUtc().toMSecsSinceEpoch();
    m_timer.start(int(std::clamp<qint64>(wait, 0, 60 * 60 * 1000)));
}

} // namespace wristdoc
