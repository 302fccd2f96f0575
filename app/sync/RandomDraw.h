#pragma once

#include "RandomSource.h"

#include <QtGlobal>

namespace wristdoc {

// Turns RandomSource's 32-bit words into the draws that jitter needs, the same on every
// platform: std::uniform_*_distribution are implementation-defined, so a seeded test would
// otherwise see other numbers with another standard library.
class RandomDraw {
public:
    // Uniform in [0, 1) with 53 bits of resolution (two 32-bit words).
    static double uniform01(RandomSource &random);
    // Uniform in [0, upper); 0 when upper is 0. Unbiased (rejection of the short tail).
    static quint32 bounded(RandomSource &random, quint32 upper);
    // Uniform whole milliseconds in [from, to); from when to <= from.
    static qint64 between(RandomSource &random, qint64 from, qint64 to);
};

} // namespace wristdoc
