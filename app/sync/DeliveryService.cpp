#include "DeliveryService.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>

namespace wristdoc {

namespace {
constexpr int kConnectionsPerManager = 6; // QHttpNetworkConnection's channels per host

ProgrammeApiClient::Settings clientSettings(const DeliveryService::Settings &s) {
    ProgrammeApiClient::Settings c;
    c.baseUrl = s.serverUrl;
    c.transferTimeoutMs = s.transferTimeoutMs;
    c.deviceToken = s.deviceToken;
    c.participantToken = s.participantToken;
    c.pins = s.pins;
    c.caCertificates = s.caCertificates;
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
                                              workerSettings(settings))) {
    // More than six requests at once need more than one manager (Qt's per-host limit); the
    // extra ones go through the same proxy as the injected one.
    const int lanes = (std::max(1, settings.maxInFlight) + kConnectionsPerManager - 1) /
                      kConnectionsPerManager;
    for (int i = 1; i < lanes; ++i) {
        auto extra = std::make_unique<QNetworkAccessManager>();
        extra->setProxy(network.proxy());
        m_client.addLane(*extra);
        m_extraLanes.push_back(std::move(extra));
    }
}

DeliveryService::~DeliveryService() = default;

} // namespace wristdoc
