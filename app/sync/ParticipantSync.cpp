#include "ParticipantSync.h"

#include "Clock.h"
#include "OutboxWorker.h"
#include "SyncLog.h"

namespace wristdoc {

ParticipantSync::ParticipantSync(Database &database, const FieldCipher &cipher,
                                 const PointsPolicy &policy, QNetworkAccessManager &network,
                                 const Clock &clock, RandomSource &random,
                                 TaskScheduler &scheduler, const Settings &settings,
                                 QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_policy(policy)
    , m_settings(settings)
    , m_outbox(database, cipher, clock)
    , m_days(database, &m_outbox, &clock)
    , m_builder(database, policy)
    , m_ledgerStore(database) {
    m_delivery = std::make_unique<DeliveryService>(m_outbox, network, clock, random, scheduler,
                                                   settings.delivery);
    ActivityUploader::Settings upload;
    upload.participantId = settings.participant.participantId;
    m_uploader = std::make_unique<ActivityUploader>(
        m_builder, m_days,
        ActivityUploadSchedule(policy.timeZone(), settings.installationSecret, settings.schedule),
        clock, scheduler, random, policy.timeZone(), upload);
    m_ledger = std::make_unique<LedgerSync>(m_delivery->client(), m_ledgerStore, clock,
                                            settings.participant.participantId);

    connect(m_uploader.get(), &ActivityUploader::queued, &m_delivery->worker(),
            &OutboxWorker::wake);
    connect(m_uploader.get(), &ActivityUploader::storageProblem, this,
            [this] { Q_EMIT problem(QStringLiteral("storage")); });
    // A day credited since the last fetch: fetch again once the worker has nothing in flight,
    // so a batch of days costs one ledger request, not one each.
    connect(&m_delivery->worker(), &OutboxWorker::itemChanged, this,
            [this](const DeliveryStatus &status) {
                if (status.state == DeliveryState::Confirmed)
                    m_creditedSinceFetch = true;
                if (status.state == DeliveryState::NeedsAttention &&
                    (status.reasonCode == QLatin1String("unlinked") ||
                     status.reasonCode == QLatin1String("wrong-participant")))
                    Q_EMIT problem(QStringLiteral("unlinked"));
            });
    connect(&m_delivery->worker(), &OutboxWorker::idle, this, [this] {
        if (m_creditedSinceFetch)
            refreshLedger();
    });
    connect(m_ledger.get(), &LedgerSync::updated, this, &ParticipantSync::ledgerUpdated);
    connect(m_ledger.get(), &LedgerSync::failed, this, &ParticipantSync::problem);
}

ParticipantSync::~ParticipantSync() {
    // The worker and the ledger fetch refer to the client and the stores; they go first.
    m_ledger.reset();
    m_uploader.reset();
    m_delivery.reset();
}

void ParticipantSync::start() {
    m_delivery->worker().start();
    m_uploader->start();
    refreshLedger();
}

void ParticipantSync::refreshLedger() {
    m_creditedSinceFetch = false;
    const QDate today = m_clock.nowUtc().toTimeZone(m_policy.timeZone()).date();
    m_ledger->fetch(today.addDays(-(m_settings.ledgerDays - 1)), today);
}

} // namespace wristdoc
