#include "RetryPlanner.h"
#include "AnswerClassifier.h"
#include "ManualClock.h"
#include "SeededRandomSource.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(1, 0), QTimeZone::utc());

const QByteArray kConfirmed =
    R"({"state":"confirmed","enrolmentId":"E-1","participantId":"P-00000001","reference":"WD-TEST01"})";
const QByteArray kWaitingRoom = R"({"waitingRoom": {"ticket": "T-room0001", "position": 40,
    "estimatedWaitSeconds": {"min": 60, "max": 120}, "refreshSeconds": 20}})";

// One client: a clock, a seeded random source, the client-wide breaker and budget, a planner.
class RetryPlannerTest : public ::testing::Test {
protected:
    ServerAnswer post(int status, const QByteArray &body = {}, const QByteArray &retryAfter = {}) {
        return AnswerClassifier::enrolmentPost(HttpReply::answer(status, body, retryAfter),
                                               clock.nowUtc());
    }
    ServerAnswer poll(int status, const QByteArray &body = {}) {
        return AnswerClassifier::waitingRoomPoll(HttpReply::answer(status, body), clock.nowUtc());
    }
    ServerAnswer statusOf(int status, const QByteArray &body = {}) {
        return AnswerClassifier::enrolmentStatus(HttpReply::answer(status, body), clock.nowUtc());
    }
    ServerAnswer network(NetworkErrorKind kind) {
        return AnswerClassifier::enrolmentPost(HttpReply::failed(kind), clock.nowUtc());
    }
    // Sends the item (it must be admitted) and applies the answer.
    RetryPlan sendAndAnswer(AttemptBook &book, const ServerAnswer &answer) {
        const Admission admission = planner.admit(&book);
        EXPECT_TRUE(admission.allowed);
        return planner.afterAnswer(answer, &book);
    }
    qint64 delayOf(const RetryPlan &plan) const {
        return clock.nowUtc().msecsTo(plan.notBeforeUtc);
    }

    ManualClock clock{kStart};
    SeededRandomSource random{42};
    CircuitBreaker breaker{clock, random};
    RetryBudget budget{clock};
    RetryPlanner planner{clock, random, breaker, budget};
};

} // namespace

TEST_F(RetryPlannerTest, FirstSendIsAdmittedAndConfirmed) {
    AttemptBook book;
    const Admission admission = planner.admit(&book);
    EXPECT_TRUE(admission.allowed);
    EXPECT_FALSE(admission.probe);
    EXPECT_EQ(book.attempts(), 1);
    EXPECT_EQ(budget.firstAttemptsInWindow(), 1);
    EXPECT_EQ(budget.retriesInWindow(), 0);
    const RetryPlan plan = planner.afterAnswer(post(201, kConfirmed), &book);
    EXPECT_EQ(plan.state, DeliveryState::Confirmed);
    EXPECT_EQ(plan.step, NextStep::Done);
    EXPECT_FALSE(plan.notBeforeUtc.isValid());
    EXPECT_EQ(plan.participantId, QStringLiteral("P-00000001"));
    EXPECT_EQ(book.nextStep(), NextStep::Done);
    EXPECT_FALSE(planner.admit(&book).allowed); // nothing left to send
}

TEST_F(RetryPlannerTest, GarbledCreatedIsRetriedNotConfirmed) {
    AttemptBook book;
    const RetryPlan plan = sendAndAnswer(book, post(201, "{\"state\":\"confirmed\""));
    EXPECT_EQ(plan.state, DeliveryState::Pending);
    EXPECT_EQ(plan.step, NextStep::Send);
    EXPECT_EQ(book.lastError(), QStringLiteral("malformed-body"));
    EXPECT_LE(delayOf(plan), 1000);
}

TEST_F(RetryPlannerTest, RetryAfterIsAFloorPlusJitter) {
    AttemptBook book;
    const RetryPlan plan = sendAndAnswer(book, post(503, {}, "30"));
    EXPECT_EQ(plan.state, DeliveryState::Pending);
    EXPECT_EQ(plan.step, NextStep::Send);
    EXPECT_GE(delayOf(plan), 30000);
    EXPECT_LE(delayOf(plan), 45000);
    EXPECT_EQ(book.nextAttemptUtc(), plan.notBeforeUtc);
    EXPECT_EQ(book.lastError(), QStringLiteral("http-503"));
    EXPECT_EQ(breaker.consecutiveFailures(), 1);
}

TEST_F(RetryPlannerTest, FailuresBackOffExponentiallyThenNeedAttention) {
    // Keep the circuit and the budget out of this test: it is about one item's pace.
    RetryBudget::Settings roomy;
    roomy.minRetriesPerWindow = 1000;
    RetryBudget roomyBudget(clock, roomy);
    RetryPlanner planner(clock, random, breaker, roomyBudget);
    AttemptBook book;
    const BackoffPolicy &policy = planner.policy();
    for (int failure = 1; failure <= 12; ++failure) {
        clock.set(book.nextAttemptUtc().isValid() ? book.nextAttemptUtc() : kStart);
        breaker.recordSuccess();
        const Admission admission = planner.admit(&book);
        ASSERT_TRUE(admission.allowed) << failure;
        const RetryPlan plan = planner.afterAnswer(post(500), &book);
        EXPECT_EQ(book.consecutiveFailures(), failure);
        EXPECT_EQ(plan.step, NextStep::Send);
        EXPECT_GE(delayOf(plan), 0);
        if (failure < 10) {
            EXPECT_EQ(plan.state, DeliveryState::Pending) << failure;
            EXPECT_LE(delayOf(plan), policy.ceilingMs(failure - 1)) << failure;
        } else {
            EXPECT_EQ(plan.state, DeliveryState::NeedsAttention) << failure;
            EXPECT_EQ(plan.reasonCode, QStringLiteral("http-500"));
            EXPECT_LE(delayOf(plan), policy.settings().capMs);
        }
    }
    EXPECT_EQ(book.attempts(), 12);
}

TEST_F(RetryPlannerTest, ProgressClearsTheFailureRun) {
    RetryBudget::Settings roomy;
    roomy.minRetriesPerWindow = 1000;
    RetryBudget roomyBudget(clock, roomy);
    RetryPlanner planner(clock, random, breaker, roomyBudget);
    AttemptBook book;
    for (int i = 0; i < 9; ++i) {
        breaker.recordSuccess();
        ASSERT_TRUE(planner.admit(&book).allowed);
        planner.afterAnswer(network(NetworkErrorKind::ConnectionReset), &book);
    }
    EXPECT_EQ(book.consecutiveFailures(), 9);
    EXPECT_EQ(book.lastError(), QStringLiteral("connection-reset"));
    breaker.recordSuccess();
    clock.set(book.nextAttemptUtc());
    ASSERT_TRUE(planner.admit(&book).allowed);
    const RetryPlan plan = planner.afterAnswer(post(503, kWaitingRoom, "30"), &book);
    EXPECT_EQ(plan.state, DeliveryState::Queued);
    EXPECT_EQ(book.consecutiveFailures(), 0);
}

TEST_F(RetryPlannerTest, WaitingRoomIsPolledAtTheRefreshIntervalUntilReady) {
    AttemptBook book;
    RetryPlan plan = sendAndAnswer(book, post(429, kWaitingRoom, "30"));
    EXPECT_EQ(plan.state, DeliveryState::Queued);
    EXPECT_EQ(plan.step, NextStep::PollWaitingRoom);
    EXPECT_EQ(plan.position, 40);
    EXPECT_EQ(plan.waitMinSeconds, 60);
    EXPECT_EQ(plan.waitMaxSeconds, 120);
    EXPECT_EQ(book.ticket(), QStringLiteral("T-room0001"));
    EXPECT_GE(delayOf(plan), 20000); // refreshSeconds, not Retry-After, paces the polls
    EXPECT_LE(delayOf(plan), 24000);

    clock.set(plan.notBeforeUtc);
    Admission admission = planner.admit(&book);
    EXPECT_TRUE(admission.allowed);
    EXPECT_EQ(book.attempts(), 1); // a poll is not a send
    plan = planner.afterAnswer(
        poll(200, R"({"ticket":"T-room0001","position":7,"ready":false,"refreshSeconds":10})"),
        &book);
    EXPECT_EQ(plan.step, NextStep::PollWaitingRoom);
    EXPECT_EQ(plan.position, 7);
    EXPECT_GE(delayOf(plan), 10000);
    EXPECT_LE(delayOf(plan), 12000);

    // A poll that fails stays a poll with the same ticket.
    clock.set(plan.notBeforeUtc);
    ASSERT_TRUE(planner.admit(&book).allowed);
    plan = planner.afterAnswer(AnswerClassifier::waitingRoomPoll(
                                   HttpReply::failed(NetworkErrorKind::Timeout), clock.nowUtc()),
                               &book);
    EXPECT_EQ(plan.step, NextStep::PollWaitingRoom);
    EXPECT_EQ(plan.state, DeliveryState::Queued);
    EXPECT_EQ(book.ticket(), QStringLiteral("T-room0001"));

    clock.set(plan.notBeforeUtc);
    ASSERT_TRUE(planner.admit(&book).allowed);
    plan = planner.afterAnswer(poll(200, R"({"ticket":"T-room0001","position":0,"ready":true})"),
                               &book);
    EXPECT_EQ(plan.step, NextStep::SendWithTicket);
    EXPECT_EQ(plan.notBeforeUtc, clock.nowUtc()); // at once: the place is held for us
    ASSERT_TRUE(planner.admit(&book).allowed);
    EXPECT_EQ(book.attempts(), 2);
    plan = planner.afterAnswer(post(201, kConfirmed), &book);
    EXPECT_EQ(plan.state, DeliveryState::Confirmed);
    EXPECT_TRUE(book.ticket().isEmpty());
}

TEST_F(RetryPlannerTest, WaitingRoomWithoutRefreshFallsBackToDefaults) {
    AttemptBook book;
    RetryPlan plan =
        sendAndAnswer(book, post(503, R"({"waitingRoom":{"ticket":"T-x0000001"}})", "45"));
    EXPECT_GE(delayOf(plan), 45000); // Retry-After stands in for the refresh interval
    EXPECT_LE(delayOf(plan), 54000);
    AttemptBook other;
    plan = sendAndAnswer(other, post(503, R"({"waitingRoom":{"ticket":"T-x0000002"}})"));
    EXPECT_GE(delayOf(plan), 20000); // the planner's default refresh
    EXPECT_LE(delayOf(plan), 24000);
}

TEST_F(RetryPlannerTest, ExpiredTicketFallsBackToBackoff) {
    AttemptBook book;
    sendAndAnswer(book, post(503, kWaitingRoom));
    ASSERT_TRUE(planner.admit(&book).allowed);
    const RetryPlan plan =
        planner.afterAnswer(poll(404, R"({"error":{"code":"unknown-ticket"}})"), &book);
    EXPECT_EQ(plan.step, NextStep::Send);
    EXPECT_EQ(plan.state, DeliveryState::Pending);
    EXPECT_TRUE(book.ticket().isEmpty());
    EXPECT_EQ(book.lastError(), QStringLiteral("unknown-ticket"));
    EXPECT_LE(delayOf(plan), planner.policy().ceilingMs(0));
}

TEST_F(RetryPlannerTest, ProcessingIsPolledByKey) {
    AttemptBook book;
    RetryPlan plan =
        sendAndAnswer(book, post(202, R"({"state":"processing","ticket":"T-p0000001","position":3,
                            "estimatedWaitSeconds":{"min":5,"max":30},"refreshSeconds":10})"));
    EXPECT_EQ(plan.step, NextStep::PollEnrolment);
    EXPECT_EQ(plan.state, DeliveryState::Queued);
    EXPECT_EQ(plan.position, 3);
    EXPECT_GE(delayOf(plan), 10000);
    EXPECT_LE(delayOf(plan), 12000);
    EXPECT_EQ(book.ticket(), QStringLiteral("T-p0000001"));

    clock.set(plan.notBeforeUtc);
    ASSERT_TRUE(planner.admit(&book).allowed);
    plan = planner.afterAnswer(statusOf(200, kConfirmed), &book);
    EXPECT_EQ(plan.state, DeliveryState::Confirmed);
}

TEST_F(RetryPlannerTest, UnknownKeyIsSentAgainSoon) {
    AttemptBook book;
    sendAndAnswer(book, post(202, R"({"state":"processing"})"));
    ASSERT_TRUE(planner.admit(&book).allowed);
    const RetryPlan plan =
        planner.afterAnswer(statusOf(404, R"({"error":{"code":"unknown"}})"), &book);
    EXPECT_EQ(plan.step, NextStep::Send);
    EXPECT_EQ(plan.state, DeliveryState::Pending);
    EXPECT_GE(delayOf(plan), 0);
    EXPECT_LE(delayOf(plan), planner.policy().settings().baseMs);
}

TEST_F(RetryPlannerTest, CohortDayIsSentInsideTheSlot) {
    const QByteArray body = R"({"error":{"code":"not-cohort-day","nextDate":"2026-11-23",
        "slot":{"from":"2026-11-23T00:00:00Z","to":"2026-11-23T09:00:00Z"}}})";
    const QDateTime from(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());
    qint64 sum = 0;
    qint64 earliest = from.msecsTo(to);
    qint64 latest = 0;
    const int items = 2000;
    for (int i = 0; i < items; ++i) {
        AttemptBook book;
        const RetryPlan plan = sendAndAnswer(book, post(403, body));
        ASSERT_EQ(plan.step, NextStep::SendInSlot);
        ASSERT_EQ(plan.state, DeliveryState::Queued);
        ASSERT_EQ(plan.cohortDate, QDate(2026, 11, 23));
        ASSERT_GE(plan.notBeforeUtc, from);
        ASSERT_LT(plan.notBeforeUtc, to);
        const qint64 offset = from.msecsTo(plan.notBeforeUtc);
        sum += offset;
        earliest = qMin(earliest, offset);
        latest = qMax(latest, offset);
    }
    const qint64 span = from.msecsTo(to);
    EXPECT_NEAR(double(sum) / items, span / 2.0, span * 0.03); // spread, not bunched at the start
    EXPECT_LT(earliest, span / 100);
    EXPECT_GT(latest, span * 99 / 100);
}

TEST_F(RetryPlannerTest, SlotAlreadyStartedOrOver) {
    const QDateTime from = kStart.addSecs(-3600);
    const QDateTime to = kStart.addSecs(600);
    for (int i = 0; i < 500; ++i) {
        const QDateTime at = planner.pointInSlot(from, to);
        ASSERT_GE(at, kStart); // never in the past
        ASSERT_LT(at, to);
    }
    for (int i = 0; i < 500; ++i) {
        const QDateTime at = planner.pointInSlot(kStart.addSecs(-7200), kStart.addSecs(-3600));
        ASSERT_GE(at, kStart);
        ASSERT_LT(at, kStart.addMSecs(planner.settings().lateSlotSpreadMs));
    }
    EXPECT_EQ(planner.pointInSlot(QDateTime(), to), kStart);
    EXPECT_EQ(planner.pointInSlot(to, from), kStart);
}

TEST_F(RetryPlannerTest, SendInSlotWaitsForAnOpenCircuitButNotForTheBudget) {
    AttemptBook book;
    book.schedule(NextStep::SendInSlot, kStart);
    book.recordAttempt(kStart.addDays(-1)); // it was sent before, yesterday
    RetryBudget::Settings s;
    s.minRetriesPerWindow = 0;
    RetryBudget strict(clock, s);
    RetryPlanner strictPlanner(clock, random, breaker, strict);
    EXPECT_TRUE(strictPlanner.admit(&book).allowed); // not a retry: the server set the day
    EXPECT_EQ(strict.firstAttemptsInWindow(), 1);
    for (int i = 0; i < 5; ++i)
        breaker.recordFailure();
    const Admission held = strictPlanner.admit(&book);
    EXPECT_FALSE(held.allowed);
    EXPECT_EQ(held.hold, HoldReason::CircuitOpen);
}

TEST_F(RetryPlannerTest, FinalAnswersAreDone) {
    struct Case {
        int status;
        QByteArray body;
        const char *reason;
    };
    const Case cases[] = {
        {409, R"({"error":{"code":"already-enrolled"}})", "already-enrolled"},
        {422,
         R"({"error":{"code":"invalid","fields":[{"field":"applicant.mobile","code":"format"}]}})",
         "invalid"},
        {410, R"({"error":{"code":"capacity-reached"}})", "capacity-reached"},
    };
    for (const Case &c : cases) {
        AttemptBook book;
        const RetryPlan plan = sendAndAnswer(book, post(c.status, c.body));
        EXPECT_EQ(plan.state, DeliveryState::Rejected) << c.reason;
        EXPECT_EQ(plan.step, NextStep::Done);
        EXPECT_EQ(plan.reasonCode, QLatin1String(c.reason));
        EXPECT_FALSE(planner.admit(&book).allowed);
    }
    AttemptBook invalid;
    const RetryPlan plan = sendAndAnswer(invalid, post(422, cases[1].body));
    ASSERT_EQ(plan.fields.size(), 1);
    EXPECT_EQ(plan.fields[0].field, QStringLiteral("applicant.mobile"));
}

TEST_F(RetryPlannerTest, KeyReusedNeedsAttentionAndIsRetriedSlowly) {
    AttemptBook book;
    const RetryPlan plan = sendAndAnswer(book, post(422, R"({"error":{"code":"key-reused"}})"));
    EXPECT_EQ(plan.state, DeliveryState::NeedsAttention);
    EXPECT_EQ(plan.reasonCode, QStringLiteral("key-reused"));
    EXPECT_EQ(plan.step, NextStep::Send); // same key, same body; never a new key
    EXPECT_LE(delayOf(plan), planner.policy().settings().capMs);
    EXPECT_EQ(breaker.consecutiveFailures(), 0); // a 4xx is not the server failing
}

TEST_F(RetryPlannerTest, InFlightWaitsForRetryAfterOrBacksOff) {
    AttemptBook book;
    RetryPlan plan = sendAndAnswer(book, post(409, R"({"error":{"code":"in-flight"}})", "5"));
    EXPECT_EQ(plan.step, NextStep::Send);
    EXPECT_EQ(plan.state, DeliveryState::Pending);
    EXPECT_GE(delayOf(plan), 5000);
    EXPECT_LE(delayOf(plan), 7500); // plus up to half of it
    AttemptBook other;
    plan = sendAndAnswer(other, post(409, R"({"error":{"code":"in-flight"}})"));
    EXPECT_LE(delayOf(plan), planner.policy().ceilingMs(0));
}

TEST_F(RetryPlannerTest, OpenCircuitHoldsSendsButNotPollsOrReadyTickets) {
    for (int i = 0; i < 5; ++i) {
        AttemptBook book;
        sendAndAnswer(book, post(502));
    }
    ASSERT_EQ(breaker.state(), CircuitBreaker::State::Open);

    AttemptBook fresh;
    const Admission held = planner.admit(&fresh);
    EXPECT_FALSE(held.allowed);
    EXPECT_EQ(held.hold, HoldReason::CircuitOpen);
    EXPECT_GE(held.retryAtUtc, breaker.openUntilUtc());
    EXPECT_LE(held.retryAtUtc, breaker.openUntilUtc().addMSecs(planner.settings().holdJitterMs));
    EXPECT_EQ(fresh.nextAttemptUtc(), held.retryAtUtc);
    EXPECT_EQ(fresh.nextStep(), NextStep::Send);
    EXPECT_EQ(fresh.attempts(), 0); // nothing was sent

    AttemptBook polling;
    polling.schedule(NextStep::PollWaitingRoom, kStart);
    EXPECT_TRUE(planner.admit(&polling).allowed);
    AttemptBook pollingKey;
    pollingKey.schedule(NextStep::PollEnrolment, kStart);
    EXPECT_TRUE(planner.admit(&pollingKey).allowed);
    AttemptBook ready;
    ready.schedule(NextStep::SendWithTicket, kStart);
    EXPECT_TRUE(planner.admit(&ready).allowed);
}

TEST_F(RetryPlannerTest, HalfOpenSendsOneProbeAndItsSuccessReopensTheWay) {
    for (int i = 0; i < 5; ++i) {
        AttemptBook book;
        sendAndAnswer(book, network(NetworkErrorKind::Timeout));
    }
    clock.set(breaker.openUntilUtc());
    AttemptBook probe;
    AttemptBook second;
    const Admission first = planner.admit(&probe);
    EXPECT_TRUE(first.allowed);
    EXPECT_TRUE(first.probe);
    const Admission held = planner.admit(&second);
    EXPECT_FALSE(held.allowed);
    EXPECT_EQ(held.hold, HoldReason::CircuitOpen);
    EXPECT_GE(clock.nowUtc().msecsTo(held.retryAtUtc), planner.settings().probeRecheckMs);
    EXPECT_LE(clock.nowUtc().msecsTo(held.retryAtUtc),
              planner.settings().probeRecheckMs + planner.settings().holdJitterMs);
    planner.afterAnswer(post(201, kConfirmed), &probe);
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Closed);
    EXPECT_TRUE(planner.admit(&second).allowed);
}

TEST_F(RetryPlannerTest, FailedProbeReopens) {
    for (int i = 0; i < 5; ++i) {
        AttemptBook book;
        sendAndAnswer(book, post(503));
    }
    clock.set(breaker.openUntilUtc());
    AttemptBook probe;
    ASSERT_TRUE(planner.admit(&probe).probe);
    planner.afterAnswer(post(503), &probe);
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Open);
    EXPECT_EQ(breaker.timesReopened(), 1);
}

TEST_F(RetryPlannerTest, OddStatusReleasesTheProbe) {
    for (int i = 0; i < 5; ++i) {
        AttemptBook book;
        sendAndAnswer(book, post(503));
    }
    clock.set(breaker.openUntilUtc());
    AttemptBook probe;
    ASSERT_TRUE(planner.admit(&probe).probe);
    planner.afterAnswer(post(302), &probe);
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::HalfOpen);
    AttemptBook next;
    EXPECT_TRUE(planner.admit(&next).probe);
}

TEST_F(RetryPlannerTest, ClientErrorsDoNotOpenTheCircuit) {
    for (int i = 0; i < 4; ++i) {
        AttemptBook book;
        sendAndAnswer(book, post(500));
    }
    AttemptBook rejected;
    sendAndAnswer(rejected, post(409, R"({"error":{"code":"already-enrolled"}})"));
    EXPECT_EQ(breaker.consecutiveFailures(), 0); // the server answered: the run is broken
    for (int i = 0; i < 20; ++i) {
        AttemptBook book;
        sendAndAnswer(book, post(422, R"({"error":{"code":"invalid"}})"));
    }
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Closed);
}

TEST_F(RetryPlannerTest, PollsReportFailuresButNotSuccesses) {
    AttemptBook waiting;
    sendAndAnswer(waiting, post(503, kWaitingRoom)); // failure 1 (over capacity)
    for (int i = 0; i < 3; ++i) {
        AttemptBook book;
        sendAndAnswer(book, post(503)); // failures 2..4
    }
    ASSERT_TRUE(planner.admit(&waiting).allowed);
    planner.afterAnswer(poll(200, R"({"ticket":"T-room0001","position":3,"ready":false})"),
                        &waiting);
    EXPECT_EQ(breaker.consecutiveFailures(), 4); // "still waiting" proves little
    ASSERT_TRUE(planner.admit(&waiting).allowed);
    planner.afterAnswer(poll(500), &waiting);
    EXPECT_EQ(breaker.state(), CircuitBreaker::State::Open);
}

TEST_F(RetryPlannerTest, BudgetRefusesTheEleventhRetryInAHundredRequests) {
    // 100 new items go out; ten items that failed before may retry, the eleventh waits.
    for (int i = 0; i < 100; ++i) {
        AttemptBook book;
        ASSERT_TRUE(planner.admit(&book).allowed);
    }
    const auto failedOnce = [this]() {
        AttemptBook book;
        book.recordAttempt(kStart.addSecs(-5));
        book.recordFailure(QStringLiteral("timeout"));
        return book;
    };
    for (int i = 0; i < 10; ++i) {
        AttemptBook book = failedOnce();
        ASSERT_TRUE(planner.admit(&book).allowed) << i;
    }
    AttemptBook eleventh = failedOnce();
    const Admission held = planner.admit(&eleventh);
    EXPECT_FALSE(held.allowed);
    EXPECT_EQ(held.hold, HoldReason::BudgetExhausted);
    EXPECT_GE(held.retryAtUtc, kStart.addSecs(60)); // when this minute's retries have left
    EXPECT_EQ(eleventh.attempts(), 1);
    EXPECT_EQ(budget.retriesInWindow(), 10);
    // The budget does not stop a first attempt or a ready ticket.
    AttemptBook fresh;
    EXPECT_TRUE(planner.admit(&fresh).allowed);
    AttemptBook ready = failedOnce();
    ready.schedule(NextStep::SendWithTicket, kStart);
    EXPECT_TRUE(planner.admit(&ready).allowed);
    clock.set(held.retryAtUtc);
    EXPECT_TRUE(planner.admit(&eleventh).allowed);
}

TEST_F(RetryPlannerTest, SameSeedSamePlans) {
    const auto run = [](quint32 seed) {
        ManualClock c(kStart);
        SeededRandomSource r(seed);
        CircuitBreaker b(c, r);
        RetryBudget g(c);
        RetryPlanner p(c, r, b, g);
        QList<qint64> delays;
        AttemptBook book;
        for (int i = 0; i < 8; ++i) {
            p.admit(&book);
            const RetryPlan plan = p.afterAnswer(
                AnswerClassifier::enrolmentPost(HttpReply::answer(500, {}), c.nowUtc()), &book);
            delays << c.nowUtc().msecsTo(plan.notBeforeUtc);
            c.set(plan.notBeforeUtc);
        }
        return delays;
    };
    EXPECT_EQ(run(7), run(7));
    EXPECT_NE(run(7), run(8));
}

TEST_F(RetryPlannerTest, PinMismatchNeedsAttentionAtOnceNotAfterRetries) {
    AttemptBook book;
    const RetryPlan plan = sendAndAnswer(book, network(NetworkErrorKind::PinMismatch));
    EXPECT_EQ(plan.state, DeliveryState::NeedsAttention);
    EXPECT_EQ(plan.reasonCode, QStringLiteral("pin-mismatch"));
    EXPECT_EQ(plan.step, NextStep::Send); // same key, same body, at the slowest pace
    EXPECT_LE(delayOf(plan), planner.policy().settings().capMs);
    EXPECT_EQ(breaker.consecutiveFailures(), 0);

    // A certificate that fails the system's check is an ordinary transient failure at first.
    AttemptBook other;
    const RetryPlan tls = sendAndAnswer(other, network(NetworkErrorKind::TlsError));
    EXPECT_EQ(tls.state, DeliveryState::Pending);
    EXPECT_EQ(breaker.consecutiveFailures(), 1);
}

TEST_F(RetryPlannerTest, InsecureAddressNeedsAttention) {
    AttemptBook book;
    const RetryPlan plan = sendAndAnswer(book, network(NetworkErrorKind::InsecureAddress));
    EXPECT_EQ(plan.state, DeliveryState::NeedsAttention);
    EXPECT_EQ(plan.reasonCode, QStringLiteral("insecure-address"));
}
