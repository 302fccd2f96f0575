#include "OutboxWorker.h"

#include "AnswerClassifier.h"
#include "Clock.h"
#include "OutboxStore.h"
#include "ProgrammeApi.h"
#include "RetryPlanner.h"
#include "StorageError.h"
#include "SyncLog.h"

#include <QMetaMethod>
#include <QPointer>

namespace wristdoc {

namespace {

bool isSend(NextStep step) {
    return step == NextStep::Send || step == NextStep::SendInSlot ||
           step == NextStep::SendWithTicket;
}

// Whether this attempt posts the stored body: an activity day always does (it has no queue or
// ticket to poll; even after a waiting-room answer it simply posts again later).
bool postsBody(const OutboxItem &item, NextStep step) {
    return item.kind == OutboxKind::ActivityDay || isSend(step);
}

QString joinFields(const QVector<FieldIssue> &fields) {
    QStringList parts;
    for (const FieldIssue &f : fields)
        parts << f.field + u':' + f.code;
    return parts.join(u',');
}

} // namespace

OutboxWorker::OutboxWorker(OutboxStore &store, ProgrammeApi &api, RetryPlanner &planner,
                           const Clock &clock, TaskScheduler &scheduler, QObject *parent)
    : OutboxWorker(store, api, planner, clock, scheduler, Settings(), parent) {}

OutboxWorker::OutboxWorker(OutboxStore &store, ProgrammeApi &api, RetryPlanner &planner,
                           const Clock &clock, TaskScheduler &scheduler, const Settings &settings,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_planner(planner)
    , m_clock(clock)
    , m_scheduler(scheduler)
    , m_settings(settings) {
    if (m_settings.maxInFlight < 1)
        m_settings.maxInFlight = 1;
}

OutboxWorker::~OutboxWorker() {
    if (m_wakeTask)
        m_scheduler.cancel(m_wakeTask);
    // Answers not yet written stay "sending" in the store and are resent (and replayed by the
    // server) on the next start: nothing is lost, nothing doubled.
    if (m_flushTask)
        m_scheduler.cancel(m_flushTask);
}

void OutboxWorker::start() {
    StorageError error;
    const int recovered = m_store.recoverInFlight(&error);
    if (!check(error))
        return;
    if (recovered > 0)
        qCInfo(lcSync) << "outbox:" << recovered << "item(s) interrupted while sending, resent";
    m_started = true;
    pump();
}

void OutboxWorker::wake() {
    if (m_started)
        pump();
}

AttemptBook OutboxWorker::bookFor(const OutboxItem &item) {
    AttemptBook book;
    NextStep step = NextStep::Send;
    if (!item.nextStep.isEmpty() && !nextStepFromCode(item.nextStep, &step))
        step = NextStep::Send;
    book.restore(item.status.attempts, item.consecutiveFailures, item.status.lastError,
                 item.lastAttemptUtc, step, item.status.nextAttemptUtc, item.ticket);
    return book;
}

void OutboxWorker::pump() {
    // Replies can arrive while the store is being read (never re-entrantly from the API, but a
    // nested event loop elsewhere could); run once more instead of recursing.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        while (int(m_inFlight.size()) < m_settings.maxInFlight) {
            StorageError error;
            // Items in flight are 'sending' and not among the due ones: ask for the free slots.
            const QVector<OutboxItem> due = m_store.nextDue(
                m_clock.nowUtc(), m_settings.maxInFlight - int(m_inFlight.size()), &error);
            if (!check(error)) {
                m_pumping = false;
                return;
            }
            bool progressed = false;
            QVector<Outgoing> batch;
            for (const OutboxItem &item : due) {
                if (m_inFlight.contains(item.id))
                    continue;
                AttemptBook book = bookFor(item);
                if (book.nextStep() == NextStep::Done)
                    continue;
                const Admission admission = m_planner.admit(&book);
                progressed = true;
                if (!admission.allowed) {
                    // Held by the circuit or the budget: not a failure, just later.
                    if (!check(m_store.reschedule(item.id, admission.retryAtUtc))) {
                        m_pumping = false;
                        return;
                    }
                    continue;
                }
                m_inFlight.insert(item.id); // the slot is taken from here on
                batch.append({item, book, {}});
            }
            const bool exhausted = due.size() < m_settings.maxInFlight - int(m_inFlight.size()) +
                                                     int(batch.size());
            dispatch(std::move(batch));
            if (!progressed || exhausted)
                break;
        }
    } while (m_pumpAgain);
    m_pumping = false;
    scheduleWake();
    if (m_inFlight.isEmpty())
        Q_EMIT idle();
}

bool OutboxWorker::readBody(Outgoing *outgoing) {
    const qint64 id = outgoing->item.id;
    StorageError error;
    const UnsealResult unsealed = m_store.requestBody(id, &outgoing->body, &error);
    if (!check(error))
        return false;
    if (unsealed == UnsealResult::Ok)
        return true;
    // The body cannot be opened with this key (a restored database, a lost keychain): sending
    // anything else under this key would be refused, so staff must look.
    qCWarning(lcSync) << "outbox item" << id << "cannot be unsealed; needs attention";
    check(m_store.markNeedsAttention(id, QStringLiteral("body-unreadable"),
                                     m_clock.nowUtc().addSecs(24 * 3600)));
    report(id);
    return false;
}

void OutboxWorker::dispatch(QVector<Outgoing> batch) {
    QVector<Outgoing> ready;
    QVector<qint64> sendIds;
    for (Outgoing &outgoing : batch) {
        if (postsBody(outgoing.item, outgoing.book.nextStep())) {
            if (!readBody(&outgoing)) {
                m_inFlight.remove(outgoing.item.id);
                continue;
            }
            sendIds.append(outgoing.item.id);
        }
        ready.append(std::move(outgoing));
    }
    // One transaction marks every send of this batch; an item another writer moved on since it
    // was read (a staff retry, say) is not marked and not sent.
    QSet<qint64> marked;
    if (!sendIds.isEmpty()) {
        StorageError error;
        const QVector<qint64> done = m_store.markSending(sendIds, &error);
        check(error);
        marked = QSet<qint64>(done.begin(), done.end());
    }
    for (const Outgoing &outgoing : ready) {
        const qint64 id = outgoing.item.id;
        if (postsBody(outgoing.item, outgoing.book.nextStep()) && !marked.contains(id)) {
            m_inFlight.remove(id);
            continue;
        }
        report(id);
        send(outgoing);
    }
}

void OutboxWorker::send(const Outgoing &outgoing) {
    const qint64 id = outgoing.item.id;
    const AttemptBook book = outgoing.book;
    const NextStep step = book.nextStep();
    QPointer<OutboxWorker> self(this);
    const OutboxKind kind = outgoing.item.kind;
    auto done = [self, id, step, book, kind](const HttpReply &reply) {
        if (self)
            self->onReply(id, kind, step, book, reply);
    };
    if (kind == OutboxKind::ActivityDay) {
        // A day has no queue of its own: every step is the same POST with the same key.
        m_api.postActivityDay(outgoing.item.idempotencyKey, outgoing.body, done);
    } else if (isSend(step)) {
        m_api.postEnrolment(outgoing.item.idempotencyKey, outgoing.body,
                            step == NextStep::SendWithTicket ? book.ticket() : QString(), done);
    } else if (step == NextStep::PollEnrolment) {
        m_api.getEnrolment(outgoing.item.idempotencyKey, done);
    } else if (step == NextStep::PollWaitingRoom) {
        m_api.pollWaitingRoom(book.ticket(), done);
    } else {
        m_inFlight.remove(id);
    }
}

void OutboxWorker::onReply(qint64 id, OutboxKind kind, NextStep sentStep, AttemptBook book,
                           const HttpReply &reply) {
    m_inFlight.remove(id);
    const QDateTime now = m_clock.nowUtc();
    ServerAnswer answer;
    switch (kind == OutboxKind::ActivityDay ? NextStep::Send : sentStep) {
    case NextStep::PollEnrolment:
        answer = AnswerClassifier::enrolmentStatus(reply, now);
        break;
    case NextStep::PollWaitingRoom:
        answer = AnswerClassifier::waitingRoomPoll(reply, now);
        break;
    default:
        answer = kind == OutboxKind::ActivityDay ? AnswerClassifier::activityPost(reply, now)
                                                 : AnswerClassifier::enrolmentPost(reply, now);
        break;
    }
    const AttemptBook before = book;
    const RetryPlan plan = m_planner.afterAnswer(answer, &book);
    qCDebug(lcSync) << "outbox item" << id << "answer" << answerKindCode(answer.kind) << answer.code
                    << "->" << deliveryStateCode(plan.state);
    if (plan.state == DeliveryState::Confirmed) {
        // Written with the other answers of this turn of the event loop, in one transaction.
        m_confirmations.append({id, plan.participantId, plan.enrolmentId});
    } else {
        applyPlan(id, sentStep, before, book, plan, answer);
        report(id);
    }
    requestFlush();
}

void OutboxWorker::requestFlush() {
    if (m_flushTask)
        return;
    m_flushTask = m_scheduler.schedule(0, this, [this] {
        m_flushTask = 0;
        flush();
    });
}

void OutboxWorker::flush() {
    if (!m_confirmations.isEmpty()) {
        const QVector<OutboxConfirmation> batch = std::exchange(m_confirmations, {});
        if (check(m_store.markConfirmed(batch))) {
            for (const OutboxConfirmation &confirmation : batch)
                report(confirmation.id);
        }
    }
    pump();
}

void OutboxWorker::applyPlan(qint64 id, NextStep sentStep, const AttemptBook &before,
                             const AttemptBook &after, const RetryPlan &plan,
                             const ServerAnswer &answer) {
    Q_UNUSED(sentStep)
    // Confirmations are batched in flush(); every other answer is written here at once.
    StorageError error;
    if (plan.state == DeliveryState::Rejected) {
        error = m_store.markRejected(id, plan.reasonCode, joinFields(plan.fields));
    } else if (after.consecutiveFailures() > before.consecutiveFailures() ||
               plan.state == DeliveryState::NeedsAttention) {
        if (answer.kind == AnswerKind::NeedsAttention)
            error = m_store.markNeedsAttention(id, plan.reasonCode, plan.notBeforeUtc);
        else
            error = m_store.markRetry(id, plan.notBeforeUtc, after.lastError(), plan.state,
                                      nextStepCode(plan.step));
    } else {
        OutboxQueueUpdate update;
        update.nextStep = nextStepCode(plan.step);
        update.nextAttemptUtc = plan.notBeforeUtc;
        update.ticket = after.ticket();
        update.position = plan.position;
        update.waitMinSeconds = plan.waitMinSeconds;
        update.waitMaxSeconds = plan.waitMaxSeconds;
        update.refreshSeconds = answer.refreshSeconds;
        update.cohortDate = plan.cohortDate;
        update.slotFromUtc = answer.slotFromUtc;
        update.slotToUtc = answer.slotToUtc;
        if (plan.state == DeliveryState::Pending)
            error = m_store.markRetry(id, plan.notBeforeUtc, QString(), DeliveryState::Pending,
                                      update.nextStep);
        else
            error = m_store.markQueued(id, update);
    }
    check(error);
}

void OutboxWorker::scheduleWake() {
    // With every slot taken, the next answer pumps again; a wake now would only spin.
    if (int(m_inFlight.size()) >= m_settings.maxInFlight)
        return;
    StorageError error;
    const QDateTime next = m_store.nextWakeUtc(&error);
    if (!check(error) || !next.isValid())
        return;
    if (m_wakeTask && m_wakeAt == next)
        return;
    if (m_wakeTask)
        m_scheduler.cancel(m_wakeTask);
    const qint64 delay = std::max<qint64>(0, m_clock.nowUtc().msecsTo(next));
    m_wakeAt = next;
    m_wakeTask = m_scheduler.schedule(delay, this, [this] {
        m_wakeTask = 0;
        m_wakeAt = QDateTime();
        pump();
    });
}

void OutboxWorker::report(qint64 id) {
    // Reading the item back costs a query per state change; skip it when nobody listens (a
    // kiosk draining a backlog with no screen open).
    static const QMetaMethod changed = QMetaMethod::fromSignal(&OutboxWorker::itemChanged);
    if (!isSignalConnected(changed))
        return;
    OutboxItem item;
    if (m_store.item(id, &item))
        Q_EMIT itemChanged(item.status);
}

bool OutboxWorker::check(const StorageError &error) {
    if (!error)
        return true;
    qCWarning(lcSync) << "outbox storage:" << error.detail;
    Q_EMIT storageProblem(error.detail);
    return false;
}

} // namespace wristdoc
