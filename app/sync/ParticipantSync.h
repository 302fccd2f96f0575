#pragma once

#include "ActivityDayBuilder.h"
#include "ActivityDayStore.h"
#include "ActivityUploader.h"
#include "DeliveryService.h"
#include "LedgerSync.h"
#include "LinkedParticipant.h"
#include "OutboxStore.h"
#include "PointsPolicy.h"
#include "ServerLedgerStore.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace wristdoc {

class Clock;
class Database;
class FieldCipher;
class RandomSource;
class TaskScheduler;

// Everything a linked participant's profile needs to keep its points checkable, put together
// once: the uploader that closes days into the outbox, the delivery service that sends them with
// the participant's token, and the ledger fetch that reconciliation compares with. The app, the
// tests and the demo all build it this way.
class ParticipantSync : public QObject {
    Q_OBJECT
public:
    struct Settings {
        DeliveryService::Settings delivery; // server, pins; participantToken must be set
        LinkedParticipant participant;
        quint64 installationSecret = 0; // ActivityUploadSchedule
        ActivityUploadSchedule::Settings schedule;
        int ledgerDays = 90; // the ledger range fetched: this many days up to today
    };

    ParticipantSync(Database &database, const FieldCipher &cipher, const PointsPolicy &policy,
                    QNetworkAccessManager &network, const Clock &clock, RandomSource &random,
                    TaskScheduler &scheduler, const Settings &settings, QObject *parent = nullptr);
    ~ParticipantSync() override;

    // Resumes the outbox, looks at the closed days, and fetches the ledger.
    void start();
    void refreshLedger();

    ActivityUploader &uploader() { return *m_uploader; }
    OutboxWorker &worker() { return m_delivery->worker(); }
    OutboxStore &outbox() { return m_outbox; }
    ActivityDayStore &days() { return m_days; }
    LedgerSync &ledger() { return *m_ledger; }

Q_SIGNALS:
    // The stored ledger changed: reconciliation should run again.
    void ledgerUpdated();
    // Something the person should hear of: "unlinked" (the server no longer knows the token),
    // "storage", or a ledger fetch failure's code.
    void problem(const QString &code);

private:
    const Clock &m_clock;
    PointsPolicy m_policy;
    Settings m_settings;
    OutboxStore m_outbox;
    ActivityDayStore m_days;
    ActivityDayBuilder m_builder;
    ServerLedgerStore m_ledgerStore;
    std::unique_ptr<DeliveryService> m_delivery;
    std::unique_ptr<ActivityUploader> m_uploader;
    std::unique_ptr<LedgerSync> m_ledger;
    bool m_creditedSinceFetch = false;
};

} // namespace wristdoc
