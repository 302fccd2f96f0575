#pragma once

#include <QtGlobal>

namespace wristdoc {

// Uniform random numbers for jitter (watch reconnects, server retries), injected so a test can
// fix the sequence.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    // A uniformly distributed 32-bit value.
    virtual quint32 next32() = 0;
};

} // namespace wristdoc
