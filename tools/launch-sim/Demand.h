#pragma once

#include "SimSettings.h"

#include <QtGlobal>

#include <vector>

namespace wristdoc {

// Who arrives when: each simulated citizen's arrival (the moment the enrolment is written to
// the client's outbox) and cohort. The same seed gives the same crowd for every strategy.
struct Demand {
    std::vector<qint64> arrivalMs;
    std::vector<quint16> cohort;    // the citizen's birth-year group
    std::vector<qint64> slotFromMs; // per cohort; empty when cohorts are off
    std::vector<qint64> slotToMs;

    int size() const { return int(arrivalMs.size()); }
    bool cohorts() const { return !slotFromMs.empty(); }
    // The earliest moment the server accepts this citizen's enrolment.
    qint64 allowedFromMs(int client) const {
        return cohorts() ? slotFromMs[cohort[size_t(client)]] : 0;
    }

    // Cohorts on: the city publishes the slots; a compliant share arrives inside its own slot,
    // the others as they would have, and are told their slot by the server.
    static Demand generate(const SimSettings &settings, bool cohorts);

    // The best any fleet could do: one first-in, first-out line served at exactly C from the
    // moment each enrolment is allowed. Seconds until the given share is confirmed.
    double fluidIdealSeconds(double capacityPerSecond, double share) const;
};

// Small, fast and the same everywhere (splitmix64); the simulator's own draws.
class SimRandom {
public:
    explicit SimRandom(quint64 seed)
        : m_state(seed) {}
    quint64 next() {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform01() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform whole number in [from, to]; from when to < from.
    qint64 between(qint64 from, qint64 to) {
        if (to <= from)
            return from;
        return from + qint64(next() % quint64(to - from + 1));
    }

private:
    quint64 m_state;
};

} // namespace wristdoc
