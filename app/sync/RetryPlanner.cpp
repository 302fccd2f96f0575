#include "RetryPlanner.h"

#include "RandomDraw.h"
#include "SyncLog.h"

namespace wristdoc {

namespace {

bool isSend(NextStep step) {
    return step == NextStep::Send || step == NextStep::SendInSlot ||
           step == NextStep::SendWithTicket;
}

bool isPoll(NextStep step) {
    return step == NextStep::PollEnrolment || step == NextStep::PollWaitingRoom;
}

} // namespace

RetryPlanner::RetryPlanner(const Clock &clock, RandomSource &random, CircuitBreaker &breaker,
                           RetryBudget &budget, const BackoffPolicy &policy)
    : RetryPlanner(clock, random, breaker, budget, policy, Settings()) {}

RetryPlanner::RetryPlanner(const Clock &clock, RandomSource &random, CircuitBreaker &breaker,
                           RetryBudget &budget, const BackoffPolicy &policy,
                           const Settings &settings)
    : m_clock(clock)
    , m_random(random)
    , m_breaker(breaker)
    , m_budget(budget)
    , m_policy(policy)
    , m_settings(settings) {
    m_settings.needsAttentionAfter = qMax(1, m_settings.needsAttentionAfter);
    m_settings.defaultRefreshSeconds = qMax(1, m_settings.defaultRefreshSeconds);
    m_settings.holdJitterMs = qMax<qint64>(0, m_settings.holdJitterMs);
    m_settings.probeRecheckMs = qMax<qint64>(1, m_settings.probeRecheckMs);
    m_settings.lateSlotSpreadMs = qMax<qint64>(1, m_settings.lateSlotSpreadMs);
}

Admission RetryPlanner::hold(AttemptBook *book, HoldReason reason, const QDateTime &atUtc) {
    Admission admission;
    admission.hold = reason;
    admission.retryAtUtc =
        atUtc.addMSecs(RandomDraw::between(m_random, 0, m_settings.holdJitterMs + 1));
    book->schedule(book->nextStep(), admission.retryAtUtc);
    return admission;
}

Admission RetryPlanner::admit(AttemptBook *book) {
    const NextStep step = book->nextStep();
    const QDateTime now = m_clock.nowUtc();
    if (step == NextStep::Done)
        return Admission();

    const bool gatedByCircuit = step == NextStep::Send || step == NextStep::SendInSlot;
    const bool isRetry = step == NextStep::Send && book->isRetry();

    if (isRetry && !m_budget.canRetry()) {
        QDateTime at = m_budget.nextRetryAllowedUtc();
        if (!at.isValid())
            at = now.addMSecs(m_policy.settings().capMs);
        return hold(book, HoldReason::BudgetExhausted, at);
    }
    bool probe = false;
    if (gatedByCircuit) {
        const CircuitBreaker::State before = m_breaker.state();
        if (!m_breaker.allowRequest()) {
            const QDateTime at = before == CircuitBreaker::State::HalfOpen
                                     ? now.addMSecs(m_settings.probeRecheckMs)
                                     : m_breaker.nextAllowedUtc();
            return hold(book, HoldReason::CircuitOpen, at);
        }
        probe = before == CircuitBreaker::State::HalfOpen;
    }

    if (isRetry)
        m_budget.tryRetry();
    else if (gatedByCircuit)
        m_budget.recordFirstAttempt(); // a first attempt, or the first of its cohort day
    if (isSend(step))
        book->recordAttempt(now);

    Admission admission;
    admission.allowed = true;
    admission.probe = probe;
    return admission;
}

void RetryPlanner::reportToBreaker(const ServerAnswer &answer, NextStep sent) {
    switch (answer.breaker) {
    case BreakerSignal::Healthy:
        if (isSend(sent))
            m_breaker.recordSuccess();
        return;
    case BreakerSignal::Failure:
        m_breaker.recordFailure();
        return;
    case BreakerSignal::Neutral:
        m_breaker.releaseProbe();
        return;
    }
}

DeliveryState RetryPlanner::stateFor(NextStep step, const AttemptBook &book) const {
    if (book.needsAttention(m_settings.needsAttentionAfter))
        return DeliveryState::NeedsAttention;
    switch (step) {
    case NextStep::Done:
    case NextStep::Send:
        return DeliveryState::Pending;
    case NextStep::SendInSlot:
    case NextStep::SendWithTicket:
    case NextStep::PollEnrolment:
    case NextStep::PollWaitingRoom:
        return DeliveryState::Queued;
    }
    return DeliveryState::Pending;
}

qint64 RetryPlanner::failureDelayMs(const ServerAnswer &answer, const AttemptBook &book) {
    if (answer.retryAfterSeconds >= 0)
        return m_policy.retryAfterMs(answer.retryAfterSeconds * 1000, m_random);
    if (book.needsAttention(m_settings.needsAttentionAfter))
        return m_policy.slowestMs(m_random);
    return m_policy.backoffMs(book.consecutiveFailures() - 1, m_random);
}

QDateTime RetryPlanner::pointInSlot(const QDateTime &fromUtc, const QDateTime &toUtc) {
    const QDateTime now = m_clock.nowUtc();
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return now;
    if (toUtc <= now) // the slot passed while the kiosk was off: go soon, not all at once
        return now.addMSecs(RandomDraw::between(m_random, 0, m_settings.lateSlotSpreadMs));
    const QDateTime start = qMax(fromUtc, now);
    return start.addMSecs(RandomDraw::between(m_random, 0, start.msecsTo(toUtc)));
}

RetryPlan RetryPlanner::afterAnswer(const ServerAnswer &answer, AttemptBook *book) {
    const NextStep sent = book->nextStep();
    const QDateTime now = m_clock.nowUtc();
    reportToBreaker(answer, sent);

    RetryPlan plan;
    plan.position = answer.position;
    plan.waitMinSeconds = answer.waitMinSeconds;
    plan.waitMaxSeconds = answer.waitMaxSeconds;

    const auto pollDelay = [&]() {
        qint64 seconds = answer.refreshSeconds;
        if (seconds <= 0)
            seconds = answer.retryAfterSeconds > 0 ? answer.retryAfterSeconds
                                                   : m_settings.defaultRefreshSeconds;
        return m_policy.pollMs(seconds * 1000, m_random);
    };
    const auto finish = [&](NextStep step, const QDateTime &at) {
        book->schedule(step, at);
        plan.step = step;
        plan.notBeforeUtc = at;
        if (plan.state == DeliveryState::Pending) // not set by the answer itself
            plan.state = stateFor(step, *book);
        if (plan.state == DeliveryState::NeedsAttention && plan.reasonCode.isEmpty())
            plan.reasonCode = book->lastError();
        return plan;
    };

    switch (answer.kind) {
    case AnswerKind::Confirmed:
        book->recordProgress();
        book->setTicket(QString());
        plan.state = DeliveryState::Confirmed;
        plan.participantId = answer.participantId;
        plan.enrolmentId = answer.enrolmentId;
        return finish(NextStep::Done, QDateTime());

    case AnswerKind::Rejected:
        book->recordProgress();
        book->setTicket(QString());
        plan.state = DeliveryState::Rejected;
        plan.reasonCode = answer.code;
        plan.fields = answer.fields;
        return finish(NextStep::Done, QDateTime());

    case AnswerKind::Processing:
        book->recordProgress();
        if (!answer.ticket.isEmpty())
            book->setTicket(answer.ticket);
        return finish(NextStep::PollEnrolment, now.addMSecs(pollDelay()));

    case AnswerKind::WaitingRoom:
        book->recordProgress();
        book->setTicket(answer.ticket);
        return finish(NextStep::PollWaitingRoom, now.addMSecs(pollDelay()));

    case AnswerKind::TicketReady:
        book->recordProgress();
        book->setTicket(answer.ticket);
        return finish(NextStep::SendWithTicket, now);

    case AnswerKind::CohortDeferred:
        book->recordProgress();
        book->setTicket(QString());
        plan.cohortDate = answer.nextDate;
        return finish(NextStep::SendInSlot, pointInSlot(answer.slotFromUtc, answer.slotToUtc));

    case AnswerKind::NotStored:
        // The server has no trace of the key: send the same body again soon.
        book->setTicket(QString());
        return finish(NextStep::Send, now.addMSecs(RandomDraw::between(
                                          m_random, 0, m_policy.settings().baseMs + 1)));

    case AnswerKind::NeedsAttention:
        book->recordFailure(answer.code);
        book->setTicket(QString());
        plan.state = DeliveryState::NeedsAttention;
        plan.reasonCode = answer.code;
        return finish(NextStep::Send, now.addMSecs(m_policy.slowestMs(m_random)));

    case AnswerKind::TicketExpired:
        book->recordFailure(answer.code);
        book->setTicket(QString());
        return finish(NextStep::Send, now.addMSecs(failureDelayMs(answer, *book)));

    case AnswerKind::Overloaded:
    case AnswerKind::InFlight:
    case AnswerKind::TransientFailure:
    case AnswerKind::StatusOk: {
        // A poll that failed stays a poll (the ticket still holds); so does a send with a ready
        // ticket. A send in the cohort slot becomes an ordinary retry.
        book->recordFailure(answer.kind == AnswerKind::StatusOk
                                ? QStringLiteral("unexpected-answer")
                                : answer.code);
        const NextStep next =
            (isPoll(sent) || sent == NextStep::SendWithTicket) ? sent : NextStep::Send;
        if (book->consecutiveFailures() == m_settings.needsAttentionAfter)
            qCWarning(lcSync) << "an outbox item needs attention after"
                              << book->consecutiveFailures() << "failures, last"
                              << book->lastError();
        return finish(next, now.addMSecs(failureDelayMs(answer, *book)));
    }
    }
    return finish(NextStep::Send, now);
}

} // namespace wristdoc
