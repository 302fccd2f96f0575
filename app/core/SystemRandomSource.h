#pragma once

#include "RandomSource.h"

#include <QRandomGenerator>

namespace wristdoc {

// The application's source: a fleet of clients must not share one jitter sequence.
class SystemRandomSource final : public RandomSource {
public:
    quint32 next32() override { return QRandomGenerator::global()->generate(); }
};

} // namespace wristdoc
