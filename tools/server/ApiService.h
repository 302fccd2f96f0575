#pragma once

#include "ActivityStore.h"
#include "AdminStats.h"
#include "AdmissionControl.h"
#include "CommitBatch.h"
#include "DeviceRegistry.h"
#include "FaultInjector.h"
#include "HttpResponse.h"
#include "IdempotencyStore.h"
#include "LinkRegistry.h"
#include "ProcessingQueue.h"
#include "ServerDatabase.h"
#include "ServerEnrolmentStore.h"
#include "ServerOptions.h"
#include "WaitingRoom.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace wristdoc {

class ActivityCreditRule;
class ActivityHandler;
class Clock;
class EnrolmentHandler;
class LedgerHandler;
struct ApiRequest;
struct TicketView;

// The API of docs/api.md without the transport: routes a request to its endpoint, applies
// admission control and the waiting room to enrolments, and injects the failures that are
// answers (--fail-rate). The transport (ProgrammeServer) decides when an answer leaves and
// injects the failures that are about connections (resets, lost answers, latency).
class ApiService : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Delivered, Dropped, Lost };

    ApiService(const ServerOptions &options, const Clock *clock, QObject *parent = nullptr);
    ~ApiService() override;

    bool start(QString *error);
    // The answer; awaitsCommit says whether it must wait for batchFinished().
    HttpResponse handle(const ApiRequest &request);
    // The answer produced by handle() left (Delivered), was thrown away by the drop fault
    // (Dropped) or had no connection left to go to (Lost). Releases what it held.
    void finished(const HttpResponse &response, Outcome outcome, qint64 serviceMs);
    void countReset() { m_stats.countReset(); }

    // Administration is exempt from faults, so the state can be read during a storm.
    static bool exemptFromFaults(const ApiRequest &request);
    FaultInjector &faults() { return m_faults; }
    void setPendingAnswersCounter(std::function<int()> counter) {
        m_pendingAnswers = std::move(counter);
    }

    QJsonObject statsJson() const;
    QDate today() const;
    qint64 nowMs() const;

    static constexpr int kMaximumBodyBytes = 64 * 1024;

Q_SIGNALS:
    // The group commit that answers with awaitsCommit were waiting for is on disk (ok), or
    // failed, and those answers must become 500.
    void batchFinished(bool ok);

private:
    HttpResponse route(const ApiRequest &request);
    HttpResponse postEnrolment(const ApiRequest &request);
    // Participant linking, activity days and the ledger; empty optional: not one of theirs.
    std::optional<HttpResponse> routeParticipant(const ApiRequest &request);
    HttpResponse adminLinkCode(const ApiRequest &request) const;
    HttpResponse admit(const ApiRequest &request, bool *admitted);
    HttpResponse serverStatus() const;
    HttpResponse waitingRoomTicket(const QString &ticket);
    HttpResponse adminStats(const ApiRequest &request) const;
    bool adminAuthorized(const ApiRequest &request) const;
    static HttpResponse unauthorized(const QString &code, const QString &message);
    QJsonObject ticketJson(const TicketView &view, bool withReady) const;
    void keepPumping();

    ServerOptions m_options;
    const Clock *m_clock;
    QTimeZone m_zone;
    QByteArray m_policyJson;
    QString m_policyVersion;

    ServerDatabase m_database; // declared first: destroyed after the statements that use it
    CommitBatch m_batch;
    ServerEnrolmentStore m_enrolments;
    IdempotencyStore m_keys;
    DeviceRegistry m_devices;
    LinkRegistry m_links;
    ActivityStore m_activityStore;
    std::unique_ptr<ActivityCreditRule> m_creditRule;
    std::unique_ptr<ActivityHandler> m_activity;
    std::unique_ptr<LedgerHandler> m_ledger;
    AdminStats m_stats;
    ProcessingQueue m_processing;
    std::unique_ptr<EnrolmentHandler> m_enrolment;
    AdmissionControl m_admission;
    WaitingRoom m_room;
    FaultInjector m_faults;
    QTimer m_pumpTimer;
    std::function<int()> m_pendingAnswers;
};

} // namespace wristdoc
