#include "DeliveryService.h"

namespace wristdoc {

namespace {
ProgrammeApiClient::Settings clientSettings(const DeliveryService::Settings &s) {
    ProgrammeApiClient::Settings c;
    c.baseUrl = s.serverUrl;
    c.transferTimeoutMs = s.transferTimeoutMs;
    return c;
}
OutboxWorker::Settings workerSettings(const DeliveryService::Settings &s) {
    OutboxWorker::Settings w;
    w.maxInFlight = s.maxInFlight;
    return w;
}
} // namespace

DeliveryService::DeliveryService(OutboxStore &store, QNetworkAccessManager &network,
                                 const Clock &clock, RandomSource &random, TaskScheduler &scheduler,
                                 const Settings &settings)
    : m_client(network, clientSettings(settings))
    , m_breaker(clock, random, settings.breaker)
    , m_budget(clock, settings.budget)
    , m_planner(clock, random, m_breaker, m_budget, BackoffPolicy(settings.backoff),
                settings.planner)
    , m_worker(std::make_unique<OutboxWorker>(store, m_client, m_planner, clock, scheduler,
                                              workerSettings(settings))) {}

DeliveryService::~DeliveryService() = default;

} // namespace wristdoc
