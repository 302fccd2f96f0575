#include "ReconnectBackoff.h"
#include "SeededRandomSource.h"

#include <gtest/gtest.h>

#include <set>

using namespace wristdoc;

namespace {

TEST(ReconnectBackoffTest, CeilingDoublesUpToTheCap) {
    const ReconnectBackoff backoff{1000, 60000};
    const qint64 expected[] = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
    for (int attempt = 0; attempt < 8; ++attempt)
        EXPECT_EQ(backoff.ceilingMs(attempt), expected[attempt]) << attempt;
    EXPECT_EQ(backoff.ceilingMs(1000), 60000); // no overflow however long it fails
}

TEST(ReconnectBackoffTest, FullJitterCoversZeroToTheCeiling) {
    const ReconnectBackoff backoff{1000, 60000};
    EXPECT_EQ(backoff.delayFor(0, 0), 0);
    EXPECT_EQ(backoff.delayFor(0, 0xFFFFFFFFu), 1000);
    EXPECT_EQ(backoff.delayFor(3, 0x80000000u), 4000);
    EXPECT_EQ(backoff.delayFor(20, 0xFFFFFFFFu), 60000);
    EXPECT_EQ(backoff.delayFor(20, 0x40000000u), 15000);
}

TEST(ReconnectBackoffTest, SeededDelaysStayInRangeAndSpread) {
    const ReconnectBackoff backoff{500, 10000};
    SeededRandomSource random(7);
    std::set<qint64> seen;
    for (int i = 0; i < 200; ++i) {
        const int attempt = i % 10;
        const qint64 delay = backoff.delayMs(attempt, random);
        EXPECT_GE(delay, 0);
        EXPECT_LE(delay, backoff.ceilingMs(attempt));
        seen.insert(delay);
    }
    EXPECT_GT(seen.size(), 150u); // not a few fixed values: clients do not line up

    SeededRandomSource a(7);
    SeededRandomSource b(7);
    for (int attempt = 0; attempt < 10; ++attempt)
        EXPECT_EQ(backoff.delayMs(attempt, a), backoff.delayMs(attempt, b));
}

} // namespace
