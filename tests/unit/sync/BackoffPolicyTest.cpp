#include "BackoffPolicy.h"
#include "SeededRandomSource.h"

#include <gtest/gtest.h>

#include <array>
#include <climits>

using namespace wristdoc;

namespace {

BackoffPolicy::Settings settings(qint64 baseMs, qint64 capMs) {
    BackoffPolicy::Settings s;
    s.baseMs = baseMs;
    s.capMs = capMs;
    return s;
}

} // namespace

TEST(BackoffPolicy, CeilingDoublesUpToTheCap) {
    const BackoffPolicy policy(settings(1000, 300000));
    EXPECT_EQ(policy.ceilingMs(-3), 1000);
    EXPECT_EQ(policy.ceilingMs(0), 1000);
    EXPECT_EQ(policy.ceilingMs(1), 2000);
    EXPECT_EQ(policy.ceilingMs(5), 32000);
    EXPECT_EQ(policy.ceilingMs(8), 256000);
    EXPECT_EQ(policy.ceilingMs(9), 300000);
    EXPECT_EQ(policy.ceilingMs(63), 300000);
    EXPECT_EQ(policy.ceilingMs(INT_MAX), 300000);
}

TEST(BackoffPolicy, FullJitterStaysWithinZeroAndCeiling) {
    const BackoffPolicy policy(settings(500, 60000));
    SeededRandomSource random(3);
    for (int attempt = 0; attempt < 20; ++attempt) {
        const qint64 ceiling = policy.ceilingMs(attempt);
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = policy.backoffMs(attempt, random);
            ASSERT_GE(delay, 0);
            ASSERT_LE(delay, ceiling);
            ASSERT_LE(delay, 60000); // the cap, whatever the attempt
        }
    }
}

TEST(BackoffPolicy, FullJitterSpreadsOverTheWholeRange) {
    // Full jitter, not "equal jitter": short waits are as likely as long ones.
    const BackoffPolicy policy(settings(1000, 300000));
    SeededRandomSource random(5);
    const int attempt = 6; // ceiling 64 s
    const qint64 ceiling = policy.ceilingMs(attempt);
    std::array<int, 8> buckets{};
    double sum = 0;
    qint64 low = ceiling;
    qint64 high = 0;
    const int draws = 40000;
    for (int i = 0; i < draws; ++i) {
        const qint64 delay = policy.backoffMs(attempt, random);
        sum += double(delay);
        low = qMin(low, delay);
        high = qMax(high, delay);
        ++buckets[size_t(qMin<qint64>(7, delay * 8 / (ceiling + 1)))];
    }
    EXPECT_NEAR(sum / draws, ceiling / 2.0, ceiling * 0.02);
    EXPECT_LT(low, ceiling / 100);
    EXPECT_GT(high, ceiling * 99 / 100);
    for (const int count : buckets) {
        EXPECT_GT(count, draws / 8 * 0.9);
        EXPECT_LT(count, draws / 8 * 1.1);
    }
}

TEST(BackoffPolicy, SlowestIsFullJitterAtTheCap) {
    const BackoffPolicy policy(settings(1000, 120000));
    SeededRandomSource random(8);
    qint64 high = 0;
    for (int i = 0; i < 5000; ++i) {
        const qint64 delay = policy.slowestMs(random);
        ASSERT_GE(delay, 0);
        ASSERT_LE(delay, 120000);
        high = qMax(high, delay);
    }
    EXPECT_GT(high, 110000);
}

TEST(BackoffPolicy, RetryAfterIsAFloorPlusJitter) {
    const BackoffPolicy policy; // defaults: half the floor, within [1 s, 5 min]
    SeededRandomSource random(13);
    EXPECT_EQ(policy.retryAfterJitterSpanMs(30000), 15000);
    EXPECT_EQ(policy.retryAfterJitterSpanMs(0), 1000);
    EXPECT_EQ(policy.retryAfterJitterSpanMs(-10), 1000);
    EXPECT_EQ(policy.retryAfterJitterSpanMs(3600 * 1000), 300000);
    qint64 low = LLONG_MAX;
    qint64 high = 0;
    for (int i = 0; i < 5000; ++i) {
        const qint64 delay = policy.retryAfterMs(30000, random);
        ASSERT_GE(delay, 30000); // never before the server said
        ASSERT_LE(delay, 45000);
        low = qMin(low, delay);
        high = qMax(high, delay);
    }
    EXPECT_LT(low, 30300);
    EXPECT_GT(high, 44700);
    for (int i = 0; i < 1000; ++i) {
        const qint64 zero = policy.retryAfterMs(0, random);
        ASSERT_GE(zero, 0);
        ASSERT_LE(zero, 1000);
        const qint64 negative = policy.retryAfterMs(-5000, random);
        ASSERT_GE(negative, 0);
        ASSERT_LE(negative, 1000);
    }
}

TEST(BackoffPolicy, PollAddsUpToTwentyPercent) {
    const BackoffPolicy policy;
    SeededRandomSource random(17);
    double sum = 0;
    const int draws = 10000;
    for (int i = 0; i < draws; ++i) {
        const qint64 delay = policy.pollMs(20000, random);
        ASSERT_GE(delay, 20000);
        ASSERT_LE(delay, 24000);
        sum += double(delay);
    }
    EXPECT_NEAR(sum / draws, 22000, 100);
    // An interval of 0 or absurd length is kept within [1 s, 1 h] first.
    for (int i = 0; i < 100; ++i) {
        const qint64 tiny = policy.pollMs(0, random);
        ASSERT_GE(tiny, 1000);
        ASSERT_LE(tiny, 1200);
        const qint64 huge = policy.pollMs(qint64(1) << 40, random);
        ASSERT_GE(huge, 3600 * 1000);
        ASSERT_LE(huge, 3600 * 1200);
    }
}

TEST(BackoffPolicy, NonsenseSettingsAreMadeUsable) {
    const BackoffPolicy policy(settings(0, -5));
    EXPECT_EQ(policy.settings().baseMs, 1);
    EXPECT_EQ(policy.settings().capMs, 1);
    SeededRandomSource random(1);
    EXPECT_LE(policy.backoffMs(10, random), 1);
}

TEST(BackoffPolicy, SameSeedSameDelays) {
    const BackoffPolicy policy;
    SeededRandomSource a(99);
    SeededRandomSource b(99);
    for (int attempt = 0; attempt < 12; ++attempt)
        EXPECT_EQ(policy.backoffMs(attempt, a), policy.backoffMs(attempt, b));
}
