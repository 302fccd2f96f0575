#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <set>
#include <utility>

namespace wristdoc {

class Clock;
class CommitBatch;
class ServerEnrolmentStore;

// Enrolments answered 202 processing (--confirm-delay-ms), confirmed when their time comes:
// eagerly by a timer, and lazily before any answer that depends on their state, so the state a
// client sees never depends on timer precision. The state lives in the database; this is the
// in-memory order for positions and the timer.
class ProcessingQueue : public QObject {
    Q_OBJECT
public:
    ProcessingQueue(ServerEnrolmentStore *store, CommitBatch *batch, const Clock *clock,
                    QObject *parent = nullptr);

    // After a restart: the enrolments the database still has processing.
    void load();
    // After a failed group commit: forget everything and load again.
    void reload();
    void add(const QString &key, qint64 dueMs);
    // Confirms everything due by nowMs; false on a database error.
    bool confirmDue(qint64 nowMs);

    int size() const { return int(m_byDue.size()); }
    // 1-based place among the enrolments still processing; 0 when not processing.
    int positionOf(const QString &key) const;
    qint64 dueOf(const QString &key) const { return m_dueByKey.value(key, -1); }

private:
    void schedule();

    ServerEnrolmentStore *m_store;
    CommitBatch *m_batch;
    const Clock *m_clock;
    std::set<std::pair<qint64, QString>> m_byDue;
    QHash<QString, qint64> m_dueByKey;
    QTimer m_timer;
};

} // namespace wristdoc
