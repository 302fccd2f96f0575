#include "RetryBudget.h"
#include "ManualClock.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());

RetryBudget::Settings noMinimum() {
    RetryBudget::Settings s;
    s.minRetriesPerWindow = 0;
    return s;
}

} // namespace

TEST(RetryBudget, RefusesTheEleventhRetryInAHundredRequests) {
    ManualClock clock(kStart);
    RetryBudget budget(clock); // defaults: 10 %, 60 s, at least 3
    for (int i = 0; i < 100; ++i)
        budget.recordFirstAttempt();
    EXPECT_EQ(budget.allowance(), 10);
    for (int i = 0; i < 10; ++i)
        EXPECT_TRUE(budget.tryRetry()) << "retry " << i + 1;
    EXPECT_FALSE(budget.canRetry());
    EXPECT_FALSE(budget.tryRetry());
    EXPECT_EQ(budget.retriesInWindow(), 10); // a refusal records nothing
}

TEST(RetryBudget, RatioIsConfigurable) {
    ManualClock clock(kStart);
    RetryBudget::Settings s;
    s.retryRatio = 0.2;
    RetryBudget budget(clock, s);
    for (int i = 0; i < 50; ++i)
        budget.recordFirstAttempt();
    int allowed = 0;
    while (budget.tryRetry())
        ++allowed;
    EXPECT_EQ(allowed, 10);
}

TEST(RetryBudget, ALoneKioskKeepsItsMinimum) {
    ManualClock clock(kStart);
    RetryBudget budget(clock);
    budget.recordFirstAttempt(); // one citizen: 10 % of 1 earns nothing
    EXPECT_EQ(budget.allowance(), 3);
    EXPECT_TRUE(budget.tryRetry());
    EXPECT_TRUE(budget.tryRetry());
    EXPECT_TRUE(budget.tryRetry());
    EXPECT_FALSE(budget.tryRetry());
}

TEST(RetryBudget, RetriesLeaveTheWindow) {
    ManualClock clock(kStart);
    RetryBudget budget(clock);
    for (int i = 0; i < 3; ++i) {
        EXPECT_TRUE(budget.tryRetry());
        clock.advanceSecs(10);
    }
    // Retries at 0, 10 and 20 s; now 30 s.
    EXPECT_FALSE(budget.canRetry());
    EXPECT_EQ(budget.nextRetryAllowedUtc(), kStart.addSecs(60));
    clock.set(kStart.addMSecs(59999));
    EXPECT_FALSE(budget.canRetry());
    clock.set(kStart.addSecs(60));
    EXPECT_TRUE(budget.canRetry());
    EXPECT_EQ(budget.retriesInWindow(), 2);
    EXPECT_EQ(budget.nextRetryAllowedUtc(), clock.nowUtc());
}

TEST(RetryBudget, EarnedBudgetLeavesWithItsRequests) {
    ManualClock clock(kStart);
    RetryBudget budget(clock);
    for (int i = 0; i < 100; ++i)
        budget.recordFirstAttempt();
    clock.advanceSecs(30);
    for (int i = 0; i < 10; ++i)
        ASSERT_TRUE(budget.tryRetry());
    EXPECT_FALSE(budget.canRetry());
    // At 60 s the first attempts leave: allowance falls to the minimum of 3 while the ten
    // retries are still counted, so the next retry waits until 90 s when they leave.
    EXPECT_EQ(budget.nextRetryAllowedUtc(), kStart.addSecs(90));
    clock.set(kStart.addSecs(60));
    EXPECT_EQ(budget.firstAttemptsInWindow(), 0);
    EXPECT_EQ(budget.allowance(), 3);
    EXPECT_FALSE(budget.canRetry());
    clock.set(kStart.addSecs(90));
    EXPECT_TRUE(budget.canRetry());
}

TEST(RetryBudget, NewRequestsEarnMore) {
    ManualClock clock(kStart);
    RetryBudget budget(clock, noMinimum());
    EXPECT_FALSE(budget.canRetry());
    EXPECT_FALSE(budget.nextRetryAllowedUtc().isValid()); // nothing will ever free a retry
    for (int i = 0; i < 9; ++i)
        budget.recordFirstAttempt();
    EXPECT_FALSE(budget.canRetry());
    budget.recordFirstAttempt();
    EXPECT_TRUE(budget.tryRetry());
    EXPECT_FALSE(budget.canRetry());
}

TEST(RetryBudget, NextAllowedAnswerFollowsNewRecords) {
    ManualClock clock(kStart);
    RetryBudget budget(clock);
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(budget.tryRetry());
    EXPECT_EQ(budget.nextRetryAllowedUtc(), kStart.addSecs(60));
    clock.advanceSecs(5);
    EXPECT_EQ(budget.nextRetryAllowedUtc(), kStart.addSecs(60)); // same answer, kept
    for (int i = 0; i < 40; ++i)
        budget.recordFirstAttempt(); // earns 4: one more retry now
    EXPECT_EQ(budget.nextRetryAllowedUtc(), clock.nowUtc());
}

TEST(RetryBudget, ClockGoingBackwardsStillCounts) {
    ManualClock clock(kStart);
    RetryBudget budget(clock);
    ASSERT_TRUE(budget.tryRetry());
    clock.advanceSecs(-30);
    ASSERT_TRUE(budget.tryRetry());
    ASSERT_TRUE(budget.tryRetry());
    EXPECT_EQ(budget.retriesInWindow(), 3);
    EXPECT_FALSE(budget.tryRetry());
    clock.set(kStart.addSecs(61)); // all three are older than the window now
    EXPECT_EQ(budget.retriesInWindow(), 0);
}

// The first few times are kept inline, more move to the heap; the window must count the same
// across that boundary, in both directions, and with times recorded out of order.
TEST(RetryBudget, CountsTheSameAcrossTheInlineLimit) {
    ManualClock clock(kStart);
    RetryBudget budget(clock, noMinimum());
    for (int i = 0; i < 6; ++i) {
        budget.recordFirstAttempt(); // at 0, 10, ..., 50 s
        clock.advanceSecs(10);
    }
    EXPECT_EQ(budget.firstAttemptsInWindow(), 5); // now 60 s: the one at 0 s has just left
    // 0 and 10 s have left; 20 to 50 s count.
    clock.set(kStart.addSecs(75));
    EXPECT_EQ(budget.firstAttemptsInWindow(), 4);
    budget.recordFirstAttempt(); // 20, 30, 40, 50, 75 s
    EXPECT_EQ(budget.firstAttemptsInWindow(), 5);
    clock.set(kStart.addSecs(15)); // backwards: 15 s goes first
    budget.recordFirstAttempt();
    EXPECT_EQ(budget.firstAttemptsInWindow(), 6);
    clock.set(kStart.addSecs(76)); // 15 s has left again
    EXPECT_EQ(budget.firstAttemptsInWindow(), 5);
    EXPECT_EQ(budget.allowance(), 0); // 10 % of 5

    clock.set(kStart.addSecs(200)); // everything has left: back to the inline entries
    budget.recordFirstAttempt();
    clock.set(kStart.addSecs(190));
    budget.recordFirstAttempt();
    EXPECT_EQ(budget.firstAttemptsInWindow(), 2);
    clock.set(kStart.addSecs(255)); // only 200 s is younger than the window
    EXPECT_EQ(budget.firstAttemptsInWindow(), 1);
    for (int i = 0; i < 9; ++i)
        budget.recordFirstAttempt(); // 10 in the window: one retry earned
    EXPECT_TRUE(budget.tryRetry());
    EXPECT_FALSE(budget.canRetry());
    // Without a minimum, the retry leaving at 315 s frees nothing: its first attempts leave too.
    EXPECT_FALSE(budget.nextRetryAllowedUtc().isValid());
}
