#pragma once

#include "RandomSource.h"

#include <QRandomGenerator>

namespace wristdoc {

// The same sequence for the same seed, on every platform (QRandomGenerator's seeded engine).
class SeededRandomSource final : public RandomSource {
public:
    explicit SeededRandomSource(quint32 seed)
        : m_generator(seed) {}
    quint32 next32() override { return m_generator.generate(); }

private:
    QRandomGenerator m_generator;
};

} // namespace wristdoc
