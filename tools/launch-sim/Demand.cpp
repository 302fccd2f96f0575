#include "Demand.h"

#include <algorithm>
#include <cmath>

namespace wristdoc {

namespace {

qint64 toMs(double seconds) {
    return qint64(std::llround(seconds * 1000.0));
}

double exponential(SimRandom &random, double mean) {
    return -mean * std::log(1.0 - random.uniform01());
}

} // namespace

Demand Demand::generate(const SimSettings &settings, bool cohorts) {
    const Population &people = settings.population;
    const int total = people.total();
    SimRandom random(quint64(settings.seed) * 0x100000001b3ULL + 17);
    Demand demand;
    demand.arrivalMs.reserve(size_t(total));
    demand.cohort.reserve(size_t(total));

    const int slots = qMax(1, settings.server.cohortCount);
    // Every draw is made whether cohorts are on or not, so both see the same citizens.
    for (int i = 0; i < total; ++i) {
        double at = 0;
        if (i < people.existing)
            at = exponential(random, people.existingMeanSeconds);
        else if (i < people.existing + people.drivePlaces)
            at = people.driveOpensSeconds + exponential(random, people.driveMeanSeconds);
        else
            at = random.uniform01() * people.newcomersSpanSeconds;
        const quint16 group = quint16(random.next() % quint64(slots));
        const double inSlot = random.uniform01();
        const bool compliant = random.uniform01() < settings.server.cohortCompliance;
        demand.cohort.push_back(group);
        demand.arrivalMs.push_back(toMs(at));
        if (cohorts && compliant) {
            // Filled in below, once the slots are known.
            demand.arrivalMs.back() = -1 - qint64(inSlot * 1e9);
        }
    }

    if (cohorts) {
        // The city plans the slots so the whole crowd fits at a share of the capacity.
        const double planned =
            total / (settings.server.capacityPerSecond * settings.server.cohortLoadShare);
        for (int k = 0; k < slots; ++k) {
            demand.slotFromMs.push_back(toMs(planned * k / slots));
            demand.slotToMs.push_back(toMs(planned * (k + 1) / slots));
        }
        for (int i = 0; i < total; ++i) {
            qint64 &at = demand.arrivalMs[size_t(i)];
            if (at >= 0)
                continue;
            const double inSlot = double(-1 - at) / 1e9;
            const int k = demand.cohort[size_t(i)];
            at = demand.slotFromMs[size_t(k)] +
                 qint64(inSlot * double(demand.slotToMs[size_t(k)] - demand.slotFromMs[size_t(k)]));
        }
    }
    return demand;
}

double Demand::fluidIdealSeconds(double capacityPerSecond, double share) const {
    std::vector<qint64> allowed(arrivalMs.size());
    for (size_t i = 0; i < arrivalMs.size(); ++i)
        allowed[i] = qMax(arrivalMs[i], allowedFromMs(int(i)));
    std::sort(allowed.begin(), allowed.end());
    const size_t needed = size_t(std::ceil(share * double(allowed.size())));
    double done = 0;
    const double each = 1.0 / capacityPerSecond;
    for (size_t i = 0; i < needed && i < allowed.size(); ++i)
        done = qMax(done, double(allowed[i]) / 1000.0) + each;
    return done;
}

} // namespace wristdoc
