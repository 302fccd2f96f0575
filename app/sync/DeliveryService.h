#pragma once

#include "BackoffPolicy.h"
#include "CircuitBreaker.h"
#include "OutboxWorker.h"
#include "ProgrammeApiClient.h"
#include "RetryBudget.h"
#include "RetryPlanner.h"

#include <QUrl>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace wristdoc {

class Clock;
class OutboxStore;
class RandomSource;
class TaskScheduler;

// The delivery half of the outbox, put together once: the HTTP client, the client-wide circuit
// breaker and retry budget, the planner and the worker. The app, the crash-test child and the
// drain benchmark all build it the same way, so what is tested is what ships.
class DeliveryService {
public:
    struct Settings {
        QUrl serverUrl; // https, or http to this machine only (ServerAddressPolicy)
        int transferTimeoutMs = 15000;
        QByteArray deviceToken;                // the kiosk's registration, when it has one
        QByteArray participantToken;           // a linked person's token (home computer)
        PublicKeyPins pins;                    // the city's pinned server keys, if any
        QList<QSslCertificate> caCertificates; // trusted besides the system's roots
        int maxInFlight = 4;
        BackoffPolicy::Settings backoff;
        CircuitBreaker::Settings breaker;
        RetryBudget::Settings budget;
        RetryPlanner::Settings planner;
    };

    DeliveryService(OutboxStore &store, QNetworkAccessManager &network, const Clock &clock,
                    RandomSource &random, TaskScheduler &scheduler, const Settings &settings);
    ~DeliveryService();

    OutboxWorker &worker() { return *m_worker; }
    ProgrammeApiClient &client() { return m_client; }
    CircuitBreaker &breaker() { return m_breaker; }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extraLanes;
    ProgrammeApiClient m_client;
    CircuitBreaker m_breaker;
    RetryBudget m_budget;
    RetryPlanner m_planner;
    std::unique_ptr<OutboxWorker> m_worker;
};

} // namespace wristdoc
