#pragma once

#include <QRandomGenerator>

namespace wristdoc {

// The launch day's failures, on switches (docs/api.md, "Running the reference server").
struct FaultSettings {
    double failRate = 0;            // 503 without committing anything
    double dropAfterCommitRate = 0; // commit, then close the connection without an answer
    double resetRate = 0;           // abort the connection before processing
    int latencyMs = 0;              // every answer leaves this much later
    int latencyJitterMs = 0;        // plus a uniform 0..jitter
};

// Decides, request by request, which fault strikes. Each kind draws from its own generator
// seeded from --seed, so the same seed and the same sequence of requests give the same faults,
// and switching one fault on does not shift the draws of another.
class FaultInjector {
public:
    FaultInjector(const FaultSettings &settings, quint32 seed);

    const FaultSettings &settings() const { return m_settings; }

    bool resetConnection(); // before processing
    bool failRequest();     // after admission, instead of processing
    bool dropResponse();    // for an answer that committed something
    int latencyMs();        // for every answer

private:
    static bool draw(QRandomGenerator &generator, double rate);

    FaultSettings m_settings;
    QRandomGenerator m_reset;
    QRandomGenerator m_fail;
    QRandomGenerator m_drop;
    QRandomGenerator m_latency;
};

} // namespace wristdoc
