#include "ReconnectBackoff.h"

#include "RandomSource.h"

namespace wristdoc {

qint64 ReconnectBackoff::ceilingMs(int attempt) const {
    const qint64 base = qMax<qint64>(0, baseMs);
    const qint64 cap = qMax<qint64>(0, capMs);
    qint64 ceiling = base;
    for (int i = 0; i < attempt && ceiling < cap; ++i)
        ceiling *= 2;
    return qMin(ceiling, cap);
}

qint64 ReconnectBackoff::delayFor(int attempt, quint32 value) const {
    // (ceiling + 1) * value / 2^32 covers [0, ceiling] evenly; the product fits in 64 bits for
    // any ceiling below 2^31 ms (24 days).
    const quint64 ceiling = quint64(qMin<qint64>(ceilingMs(attempt), 0x7fffffff));
    return qint64(((ceiling + 1) * quint64(value)) >> 32);
}

qint64 ReconnectBackoff::delayMs(int attempt, RandomSource &random) const {
    return delayFor(attempt, random.next32());
}

} // namespace wristdoc
