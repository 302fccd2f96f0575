#include "CircuitBreaker.h"
#include "ManualClock.h"
#include "SeededRandomSource.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <set>

using namespace wristdoc;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(9, 0), QTimeZone::utc());
using State = CircuitBreaker::State;

class CircuitBreakerTest : public ::testing::Test {
protected:
    void failTimes(int n) {
        for (int i = 0; i < n; ++i)
            breaker.recordFailure();
    }
    qint64 openForMs() const { return clock.nowUtc().msecsTo(breaker.openUntilUtc()); }
    void waitOut() { clock.set(breaker.openUntilUtc()); }

    ManualClock clock{kStart};
    SeededRandomSource random{21};
    CircuitBreaker breaker{clock, random}; // 5 failures; 30 s doubling to 10 min; half jitter
};

} // namespace

TEST_F(CircuitBreakerTest, StartsClosedAndLetsRequestsThrough) {
    EXPECT_EQ(breaker.state(), State::Closed);
    for (int i = 0; i < 100; ++i)
        EXPECT_TRUE(breaker.allowRequest());
    EXPECT_EQ(breaker.nextAllowedUtc(), kStart);
}

TEST_F(CircuitBreakerTest, OpensAfterConsecutiveFailures) {
    failTimes(4);
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.consecutiveFailures(), 4);
    breaker.recordFailure();
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_FALSE(breaker.allowRequest());
    EXPECT_GE(openForMs(), 15000);
    EXPECT_LE(openForMs(), 30000);
    EXPECT_EQ(breaker.nextAllowedUtc(), breaker.openUntilUtc());
}

TEST_F(CircuitBreakerTest, SuccessResetsTheRun) {
    failTimes(4);
    breaker.recordSuccess();
    failTimes(4);
    EXPECT_EQ(breaker.state(), State::Closed);
    breaker.recordFailure();
    EXPECT_EQ(breaker.state(), State::Open);
}

TEST_F(CircuitBreakerTest, HalfOpenLetsOneProbeThroughAndSuccessCloses) {
    failTimes(5);
    clock.set(breaker.openUntilUtc().addMSecs(-1));
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_FALSE(breaker.allowRequest());
    waitOut();
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    EXPECT_TRUE(breaker.allowRequest()); // the probe
    EXPECT_TRUE(breaker.probeOut());
    EXPECT_FALSE(breaker.allowRequest());
    EXPECT_FALSE(breaker.allowRequest());
    breaker.recordSuccess();
    EXPECT_EQ(breaker.state(), State::Closed);
    EXPECT_EQ(breaker.consecutiveFailures(), 0);
    EXPECT_EQ(breaker.timesReopened(), 0);
    EXPECT_TRUE(breaker.allowRequest());
    EXPECT_TRUE(breaker.allowRequest());
}

TEST_F(CircuitBreakerTest, FailedProbeReopensLongerUpToTheCap) {
    failTimes(5);
    qint64 previousCeiling = 30000;
    const qint64 ceilings[] = {60000, 120000, 240000, 480000, 600000, 600000, 600000};
    for (const qint64 ceiling : ceilings) {
        waitOut();
        ASSERT_TRUE(breaker.allowRequest());
        breaker.recordFailure();
        ASSERT_EQ(breaker.state(), State::Open);
        EXPECT_GE(openForMs(), ceiling / 2);
        EXPECT_LE(openForMs(), ceiling);
        EXPECT_GE(ceiling, previousCeiling);
        previousCeiling = ceiling;
    }
    EXPECT_EQ(breaker.timesReopened(), 7);
    waitOut();
    ASSERT_TRUE(breaker.allowRequest());
    breaker.recordSuccess();
    EXPECT_EQ(breaker.state(), State::Closed);
    // Fresh history: the next opening starts at the base again.
    failTimes(5);
    EXPECT_LE(openForMs(), 30000);
}

TEST_F(CircuitBreakerTest, LateAnswersWhileOpenChangeNothing) {
    failTimes(5);
    const QDateTime until = breaker.openUntilUtc();
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    EXPECT_EQ(breaker.state(), State::Open);
    EXPECT_EQ(breaker.openUntilUtc(), until);
}

TEST_F(CircuitBreakerTest, LostProbeFreesItsPlaceAfterTheTimeout) {
    failTimes(5);
    waitOut();
    ASSERT_TRUE(breaker.allowRequest());
    const QDateTime probeAt = clock.nowUtc();
    EXPECT_EQ(breaker.nextAllowedUtc(), probeAt.addSecs(60));
    clock.set(probeAt.addMSecs(59999));
    EXPECT_FALSE(breaker.allowRequest());
    clock.set(probeAt.addSecs(60));
    EXPECT_TRUE(breaker.allowRequest());
}

TEST_F(CircuitBreakerTest, ReleasedProbeLetsAnotherGo) {
    failTimes(5);
    waitOut();
    ASSERT_TRUE(breaker.allowRequest());
    breaker.releaseProbe();
    EXPECT_EQ(breaker.state(), State::HalfOpen);
    EXPECT_TRUE(breaker.allowRequest());
}

TEST(CircuitBreaker, CooldownsAreJitteredAcrossAFleet) {
    std::set<qint64> seen;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        ManualClock clock(kStart);
        SeededRandomSource random(seed);
        CircuitBreaker breaker(clock, random);
        for (int i = 0; i < 5; ++i)
            breaker.recordFailure();
        const qint64 ms = kStart.msecsTo(breaker.openUntilUtc());
        ASSERT_GE(ms, 15000);
        ASSERT_LE(ms, 30000);
        seen.insert(ms / 1000);
    }
    EXPECT_GE(seen.size(), 14u); // spread over (nearly) every second of the 15 s range
}

TEST(CircuitBreaker, SettingsAreConfigurable) {
    ManualClock clock(kStart);
    SeededRandomSource random(4);
    CircuitBreaker::Settings s;
    s.failureThreshold = 2;
    s.openBaseMs = 1000;
    s.openCapMs = 4000;
    s.cooldownJitterFraction = 0; // exact cool-downs
    CircuitBreaker breaker(clock, random, s);
    breaker.recordFailure();
    EXPECT_EQ(breaker.state(), State::Closed);
    breaker.recordFailure();
    EXPECT_EQ(kStart.msecsTo(breaker.openUntilUtc()), 1000);
    const qint64 expected[] = {2000, 4000, 4000};
    for (const qint64 ms : expected) {
        clock.set(breaker.openUntilUtc());
        ASSERT_TRUE(breaker.allowRequest());
        const QDateTime at = clock.nowUtc();
        breaker.recordFailure();
        EXPECT_EQ(at.msecsTo(breaker.openUntilUtc()), ms);
    }
}
