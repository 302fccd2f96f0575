#pragma once

#include "AttemptBook.h"
#include "DeliveryStatus.h"
#include "OutboxItem.h"
#include "RetryPlanner.h"
#include "StorageError.h"
#include "TaskScheduler.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

namespace wristdoc {

class Clock;
class OutboxStore;
class ProgrammeApi;
class RetryPlanner;
struct HttpReply;

// Delivers the outbox to the programme server in the background. It takes due items from the
// store, asks the RetryPlanner whether each may go (circuit breaker, retry budget), sends or
// polls through ProgrammeApi, and writes every answer back to the store before it looks at the
// next item, so a kill at any moment resumes from the database: an item that was being sent
// goes back to pending and is sent again with the same key and bytes (the server replays).
// Items that go out together are marked sending in one transaction, and confirmations that
// arrive together (a server's group commit answers many at once) are written in one, so a
// backlog drains at the server's pace rather than the cache's.
//
// It never sleeps: the next wake-up is a task on the injected scheduler at the earliest next
// attempt time the store knows. Up to maxInFlight requests are out at once.
class OutboxWorker : public QObject {
    Q_OBJECT
public:
    struct Settings {
        int maxInFlight = 4;
    };

    OutboxWorker(OutboxStore &store, ProgrammeApi &api, RetryPlanner &planner, const Clock &clock,
                 TaskScheduler &scheduler, QObject *parent = nullptr);
    OutboxWorker(OutboxStore &store, ProgrammeApi &api, RetryPlanner &planner, const Clock &clock,
                 TaskScheduler &scheduler, const Settings &settings, QObject *parent = nullptr);
    ~OutboxWorker() override;

    // Returns items left in "sending" by a crash to pending, then starts delivering.
    void start();
    int inFlight() const { return int(m_inFlight.size()); }

public Q_SLOTS:
    // Something was added or a staff member asked for a retry: look at the queue now.
    void wake();

Q_SIGNALS:
    // An item changed state (for the receipt screen and the staff console). No personal data.
    void itemChanged(const wristdoc::DeliveryStatus &status);
    // A store operation failed (disk full, ...); delivery pauses until the next wake.
    void storageProblem(const QString &detail);
    // Nothing is in flight and nothing is due now (the next wake-up may still be scheduled).
    void idle();

private:
    struct Outgoing {
        OutboxItem item;
        AttemptBook book;
        QByteArray body; // sends only
    };

    void pump();
    void dispatch(QVector<Outgoing> batch);
    void send(const Outgoing &outgoing);
    bool readBody(Outgoing *outgoing);
    void requestFlush();
    void flush();
    void onReply(qint64 id, OutboxKind kind, NextStep sentStep, AttemptBook book,
                 const HttpReply &reply);
    void applyPlan(qint64 id, NextStep sentStep, const AttemptBook &before,
                   const AttemptBook &after, const RetryPlan &plan, const ServerAnswer &answer);
    void scheduleWake();
    void report(qint64 id);
    bool check(const StorageError &error);
    static AttemptBook bookFor(const OutboxItem &item);

    OutboxStore &m_store;
    ProgrammeApi &m_api;
    RetryPlanner &m_planner;
    const Clock &m_clock;
    TaskScheduler &m_scheduler;
    Settings m_settings;
    QSet<qint64> m_inFlight;
    QVector<OutboxConfirmation> m_confirmations; // answered, not yet written (flush)
    TaskScheduler::TaskId m_flushTask = 0;
    TaskScheduler::TaskId m_wakeTask = 0;
    QDateTime m_wakeAt;
    bool m_started = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace wristdoc
