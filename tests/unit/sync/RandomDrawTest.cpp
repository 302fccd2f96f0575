#include "RandomDraw.h"
#include "SeededRandomSource.h"

#include <gtest/gtest.h>

#include <array>
#include <vector>

using namespace wristdoc;

namespace {

// Always the same word: exercises the extremes of each draw.
class ConstantSource final : public RandomSource {
public:
    explicit ConstantSource(quint32 word)
        : m_word(word) {}
    quint32 next32() override { return m_word; }

private:
    quint32 m_word;
};

} // namespace

TEST(RandomDraw, Uniform01StaysInHalfOpenInterval) {
    ConstantSource zeros(0);
    EXPECT_EQ(RandomDraw::uniform01(zeros), 0.0);
    ConstantSource ones(0xffffffffu);
    const double top = RandomDraw::uniform01(ones);
    EXPECT_LT(top, 1.0);
    EXPECT_GT(top, 0.999999);
}

TEST(RandomDraw, BoundedExtremes) {
    ConstantSource ones(0xffffffffu);
    EXPECT_EQ(RandomDraw::bounded(ones, 10), 9u);
    ConstantSource zeros(0);
    EXPECT_EQ(RandomDraw::bounded(zeros, 8), 0u); // a power of two rejects nothing
    EXPECT_EQ(RandomDraw::bounded(ones, 8), 7u);
    EXPECT_EQ(RandomDraw::bounded(ones, 0), 0u);
    EXPECT_EQ(RandomDraw::bounded(ones, 1), 0u);
}

TEST(RandomDraw, BetweenHandlesEmptyAndWideRanges) {
    SeededRandomSource random(1);
    EXPECT_EQ(RandomDraw::between(random, 50, 50), 50);
    EXPECT_EQ(RandomDraw::between(random, 50, 10), 50);
    const qint64 wideTo = qint64(1) << 40;
    for (int i = 0; i < 1000; ++i) {
        const qint64 v = RandomDraw::between(random, -5, wideTo);
        EXPECT_GE(v, -5);
        EXPECT_LT(v, wideTo);
    }
}

TEST(RandomDraw, SameSeedSameSequence) {
    SeededRandomSource a(2026);
    SeededRandomSource b(2026);
    SeededRandomSource c(2027);
    bool anyDifferent = false;
    for (int i = 0; i < 100; ++i) {
        const qint64 x = RandomDraw::between(a, 0, 1000000);
        EXPECT_EQ(x, RandomDraw::between(b, 0, 1000000));
        anyDifferent = anyDifferent || x != RandomDraw::between(c, 0, 1000000);
    }
    EXPECT_TRUE(anyDifferent);
}

TEST(RandomDraw, BoundedIsRoughlyUniform) {
    SeededRandomSource random(7);
    std::array<int, 10> counts{};
    const int draws = 100000;
    for (int i = 0; i < draws; ++i) {
        const quint32 v = RandomDraw::bounded(random, 10);
        ASSERT_LT(v, 10u);
        ++counts[v];
    }
    for (const int count : counts) {
        EXPECT_GT(count, draws / 10 * 0.95);
        EXPECT_LT(count, draws / 10 * 1.05);
    }
}

TEST(RandomDraw, Uniform01MeanAndSpread) {
    SeededRandomSource random(11);
    double sum = 0;
    double low = 1;
    double high = 0;
    const int draws = 50000;
    for (int i = 0; i < draws; ++i) {
        const double v = RandomDraw::uniform01(random);
        ASSERT_GE(v, 0.0);
        ASSERT_LT(v, 1.0);
        sum += v;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    EXPECT_NEAR(sum / draws, 0.5, 0.01);
    EXPECT_LT(low, 0.001);
    EXPECT_GT(high, 0.999);
}
