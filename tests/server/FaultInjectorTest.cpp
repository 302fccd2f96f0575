#include "FaultInjector.h"

#include <gtest/gtest.h>

#include <vector>

using wristdoc::FaultInjector;
using wristdoc::FaultSettings;

namespace {

std::vector<bool> drops(FaultInjector &faults, int n) {
    std::vector<bool> out;
    for (int i = 0; i < n; ++i)
        out.push_back(faults.dropResponse());
    return out;
}

} // namespace

TEST(FaultInjectorTest, TheSameSeedGivesTheSameFaults) {
    FaultSettings settings;
    settings.dropAfterCommitRate = 0.5;
    settings.resetRate = 0.3;
    FaultInjector a(settings, 11);
    FaultInjector b(settings, 11);
    for (int i = 0; i < 200; ++i) {
        ASSERT_EQ(a.resetConnection(), b.resetConnection()) << i;
        ASSERT_EQ(a.dropResponse(), b.dropResponse()) << i;
    }
}

TEST(FaultInjectorTest, AnotherSeedGivesOtherFaults) {
    FaultSettings settings;
    settings.dropAfterCommitRate = 0.5;
    FaultInjector a(settings, 11);
    FaultInjector b(settings, 12);
    EXPECT_NE(drops(a, 200), drops(b, 200));
}

TEST(FaultInjectorTest, RatesZeroAndOneAreNeverAndAlways) {
    FaultSettings settings;
    settings.failRate = 1;
    FaultInjector faults(settings, 1);
    for (int i = 0; i < 100; ++i) {
        EXPECT_TRUE(faults.failRequest());
        EXPECT_FALSE(faults.resetConnection());
        EXPECT_FALSE(faults.dropResponse());
        EXPECT_EQ(faults.latencyMs(), 0);
    }
}

TEST(FaultInjectorTest, OneFaultDoesNotShiftAnother) {
    FaultSettings dropOnly;
    dropOnly.dropAfterCommitRate = 0.4;
    FaultSettings both = dropOnly;
    both.failRate = 0.5;
    FaultInjector a(dropOnly, 3);
    FaultInjector b(both, 3);
    for (int i = 0; i < 100; ++i) {
        b.failRequest();
        ASSERT_EQ(a.dropResponse(), b.dropResponse()) << i;
    }
}

TEST(FaultInjectorTest, RateIsRoughlyTheShareOfRequestsHit) {
    FaultSettings settings;
    settings.resetRate = 0.3;
    FaultInjector faults(settings, 5);
    int hits = 0;
    for (int i = 0; i < 10000; ++i)
        hits += faults.resetConnection() ? 1 : 0;
    EXPECT_GT(hits, 2700);
    EXPECT_LT(hits, 3300);
}

TEST(FaultInjectorTest, LatencyStaysWithinItsJitter) {
    FaultSettings settings;
    settings.latencyMs = 100;
    settings.latencyJitterMs = 50;
    FaultInjector a(settings, 9);
    FaultInjector b(settings, 9);
    bool varied = false;
    const int first = a.latencyMs();
    EXPECT_EQ(first, b.latencyMs());
    for (int i = 0; i < 200; ++i) {
        const int ms = a.latencyMs();
        ASSERT_EQ(ms, b.latencyMs());
        ASSERT_GE(ms, 100);
        ASSERT_LE(ms, 150);
        varied = varied || ms != first;
    }
    EXPECT_TRUE(varied);
}
