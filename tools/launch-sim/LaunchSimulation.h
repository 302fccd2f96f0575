#pragma once

#include "Demand.h"
#include "ServerModel.h"
#include "SimResult.h"
#include "SimSettings.h"

namespace wristdoc {

// One launch morning in virtual time: every citizen's client against one server, with one
// retry strategy. Deterministic for the settings' seed.
class LaunchSimulation {
public:
    LaunchSimulation(const SimSettings &settings, ServerSetup setup, Strategy strategy,
                     const Demand &demand);

    SimResult run();

    // Bytes one WristDoc client's policy objects take (AttemptBook, CircuitBreaker,
    // RetryBudget), heap included, measured by constructing a batch of them.
    static double policyBytesPerClient();

private:
    const SimSettings &m_settings;
    ServerSetup m_setup;
    Strategy m_strategy;
    const Demand &m_demand;
};

} // namespace wristdoc
