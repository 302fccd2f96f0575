#include "RandomDraw.h"

#include <cmath>

namespace wristdoc {

double RandomDraw::uniform01(RandomSource &random) {
    const quint64 high = random.next32() >> 5; // 27 bits
    const quint64 low = random.next32() >> 6;  // 26 bits
    return double((high << 26) | low) * (1.0 / double(quint64(1) << 53));
}

quint32 RandomDraw::bounded(RandomSource &random, quint32 upper) {
    if (upper == 0)
        return 0;
    // Lemire's multiply-shift; values in the short tail are drawn again so no result is favoured.
    const quint32 threshold = quint32(-upper) % upper;
    for (;;) {
        const quint64 product = quint64(random.next32()) * upper;
        if (quint32(product) >= threshold)
            return quint32(product >> 32);
    }
}

qint64 RandomDraw::between(RandomSource &random, qint64 from, qint64 to) {
    if (to <= from)
        return from;
    const quint64 span = quint64(to) - quint64(from);
    if (span <= 0xffffffffu)
        return from + qint64(bounded(random, quint32(span)));
    // Spans this wide (over 49 days) only come from garbage input; 53 bits are plenty.
    const qint64 offset = qint64(std::floor(uniform01(random) * double(span)));
    return qMin(from + offset, to - 1);
}

} // namespace wristdoc
