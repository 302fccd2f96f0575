#include "SimSettings.h"

#include <cmath>

namespace wristdoc {

QString strategyCode(Strategy strategy) {
    switch (strategy) {
    case Strategy::Immediate:
        return QStringLiteral("immediate");
    case Strategy::FixedInterval:
        return QStringLiteral("fixed");
    case Strategy::ExponentialNoJitter:
        return QStringLiteral("exponential");
    case Strategy::WristDoc:
        return QStringLiteral("wristdoc");
    }
    return QStringLiteral("wristdoc");
}

QString strategyTitle(Strategy strategy) {
    switch (strategy) {
    case Strategy::Immediate:
        return QStringLiteral("Immediate retry");
    case Strategy::FixedInterval:
        return QStringLiteral("Fixed interval");
    case Strategy::ExponentialNoJitter:
        return QStringLiteral("Exponential, no jitter");
    case Strategy::WristDoc:
        return QStringLiteral("WristDoc");
    }
    return QStringLiteral("WristDoc");
}

QString ServerSetup::code() const {
    if (waitingRoom && cohorts)
        return QStringLiteral("room+cohorts");
    if (waitingRoom)
        return QStringLiteral("room");
    if (cohorts)
        return QStringLiteral("cohorts");
    return QStringLiteral("plain");
}

Population Population::scaledTo(int totalClients) const {
    // Same shape, fewer people: every group shrinks by the same factor.
    Population scaled = *this;
    const double factor = double(totalClients) / double(qMax(1, total()));
    scaled.existing = int(std::lround(existing * factor));
    scaled.newcomers = qMax(0, totalClients - scaled.existing);
    scaled.drivePlaces = qMin(scaled.newcomers, int(std::lround(drivePlaces * factor)));
    return scaled;
}

SimSettings SimSettings::scaledTo(int totalClients) const {
    SimSettings scaled = *this;
    const double factor = double(totalClients) / double(qMax(1, population.total()));
    scaled.population = population.scaledTo(totalClients);
    scaled.population.existingMeanSeconds *= factor;
    scaled.population.newcomersSpanSeconds *= factor;
    scaled.population.driveOpensSeconds *= factor;
    scaled.population.driveMeanSeconds *= factor;
    // Long enough for slow strategies to show; a day of its own size otherwise.
    scaled.horizonSeconds = qMax(3600.0, horizonSeconds * factor);
    scaled.binSeconds = qMax(1, int(std::lround(binSeconds * qMax(factor, 1.0 / 12))));
    return scaled;
}

} // namespace wristdoc
