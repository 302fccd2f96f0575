#include "ProfileSession.h"

#include "ActivityDayStore.h"
#include "AppLogging.h"
#include "Clock.h"
#include "DataKeyLoader.h"
#include "Database.h"
#include "DashboardWindow.h"
#include "DemoDataSeeder.h"
#include "DeviceStore.h"
#include "HelpdeskReport.h"
#include "ParticipantCredentialStore.h"
#include "ParticipantSync.h"
#include "ProgrammeApiClient.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSaveFile>

namespace wristdoc {

ProfileSession::ProfileSession(const Settings &settings, const Clock &clock,
                               const PointsPolicy &policy, DashboardWindow &window,
                               LanguageController &language, Theme &theme,
                               ParticipantCredentialStore &credentials, RandomSource &random,
                               TaskScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_policy(policy)
    , m_window(window)
    , m_credentials(credentials)
    , m_random(random)
    , m_scheduler(scheduler) {
    Database::Options options;
    options.path = settings.profile.databasePath;
    options.rollupZone = policy.timeZone();
    m_database = Database::open(options, &m_openError);
    if (!m_database)
        return;
    m_participant = LinkedParticipant::load(*m_database);
    if (settings.demoData && !m_participant.isLinked()) {
        if (const StorageError seedError = DemoDataSeeder(*m_database, clock, policy).seedIfEmpty())
            qCWarning(lcApp).noquote() << "demo data not added:" << seedError.detail;
    }
    m_repository = std::make_unique<DashboardRepository>(*m_database, clock, policy);
    m_presenter = std::make_unique<DashboardPresenter>(*m_database, *m_repository, window);
    m_presenter->setDecorator([this](DashboardSnapshot &snapshot) { decorate(snapshot); });
    m_pairing = std::make_unique<PairingController>(*m_database, clock, settings.watch, window,
                                                    *m_presenter, language, theme);
    if (!settings.serverUrl.isEmpty()) {
        m_network = std::make_unique<QNetworkAccessManager>();
        ProgrammeApiClient::Settings client;
        client.baseUrl = settings.serverUrl;
        client.pins = settings.serverPins;
        m_client = std::make_unique<ProgrammeApiClient>(*m_network, client);
    }
    m_recheck.setInterval(30 * 60 * 1000);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        if (m_sync)
            m_sync->uploader().check();
    });
    startSync();
}

ProfileSession::~ProfileSession() {
    // Everything that refers to the database goes before it.
    m_sync.reset();
    m_client.reset();
    m_network.reset();
    m_pairing.reset();
    m_presenter.reset();
    m_repository.reset();
    m_database.reset();
}

void ProfileSession::startSync() {
    m_sync.reset();
    if (!m_participant.isLinked() || !m_network)
        return;
    const QByteArray token = m_credentials.token(m_settings.profile.id);
    if (token.isEmpty()) {
        // Linked here, but the keychain or the token file lost it: the person must link again.
        Q_EMIT problem(QStringLiteral("unlinked"));
        return;
    }
    if (!m_cipher.isValid())
        m_cipher = DataKeyLoader::load(m_settings.profile.databasePath, m_settings.preferKeychain);
    if (!m_cipher.isValid()) {
        Q_EMIT problem(QStringLiteral("storage"));
        return;
    }
    ParticipantSync::Settings sync;
    sync.delivery.serverUrl = m_settings.serverUrl;
    sync.delivery.pins = m_settings.serverPins;
    sync.delivery.participantToken = token;
    sync.participant = m_participant;
    sync.installationSecret = m_settings.installationSecret;
    m_sync = std::make_unique<ParticipantSync>(*m_database, m_cipher, m_policy, *m_network,
                                               m_clock, m_random, m_scheduler, sync);
    connect(m_sync.get(), &ParticipantSync::ledgerUpdated, m_presenter.get(),
            &DashboardPresenter::refresh);
    connect(m_sync.get(), &ParticipantSync::problem, this, &ProfileSession::problem);
    m_sync->start();
    m_recheck.start();
}

StorageError ProfileSession::recordLink(const QString &participantId, int birthYear) {
    LinkedParticipant participant{participantId, birthYear, m_clock.nowUtc()};
    if (StorageError error = DeviceStore(*m_database).removeDemoData())
        return error;
    if (StorageError error = LinkedParticipant::save(*m_database, participant))
        return error;
    m_participant = participant;
    startSync();
    m_presenter->refresh();
    return {};
}

StorageError ProfileSession::forgetLink() {
    m_sync.reset();
    m_recheck.stop();
    if (StorageError error = LinkedParticipant::clear(*m_database))
        return error;
    m_participant = LinkedParticipant();
    m_presenter->refresh();
    return {};
}

QString ProfileSession::saveReport(const QDate &date, const QString &folder, QString *problem) {
    PointsCheck::Result result;
    StorageError error;
    if (!PointsCheck(*m_database, m_policy).run(m_participant, &result, &error)) {
        *problem = error.detail;
        return {};
    }
    for (const ReconciledDay &day : result.reconciliation.days) {
        if (day.date != date)
            continue;
        ActivityDaySummary summary;
        ActivityDayStore(*m_database).latest(m_participant.participantId, date, &summary);
        if (!QDir().mkpath(folder)) {
            *problem = QStringLiteral("cannot create %1").arg(folder);
            return {};
        }
        const QString path = QDir(folder).filePath(HelpdeskReport::fileName(date));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(HelpdeskReport::toJson(day, summary, m_clock.nowUtc())) < 0 ||
            !file.commit()) {
            *problem = file.errorString();
            return {};
        }
        return path;
    }
    *problem = QStringLiteral("no such day in the last comparison");
    return {};
}

void ProfileSession::decorate(DashboardSnapshot &snapshot) {
    snapshot.profiles.clear();
    for (const ProfileRegistry::Profile &p : m_settings.allProfiles) {
        const bool active = p.id == m_settings.profile.id;
        snapshot.profiles.append({p.id, p.name, active && m_participant.isLinked()});
    }
    snapshot.activeProfileId = m_settings.profile.id;
    snapshot.linked = m_participant.isLinked();
    if (!snapshot.linked)
        return;
    snapshot.participantLabel = m_participant.maskedId();
    PointsCheck::Result result;
    StorageError error;
    if (!PointsCheck(*m_database, m_policy).run(m_participant, &result, &error) ||
        !result.ledgerKnown)
        return;
    const LedgerSummary &ledger = result.ledger.summary;
    snapshot.lastLedgerCheckUtc = ledger.fetchedUtc;
    snapshot.lastServerConfirmationUtc = ledger.fetchedUtc;
    snapshot.conversionDeadline = ledger.conversionDeadline;
    // The server's balance is the confirmed figure; what it has not credited yet is pending.
    snapshot.confirmedPoints = ledger.available;
    snapshot.conversionMinimum = ledger.conversionMinimum;
    snapshot.conversionAvailable = ledger.conversionAvailable;
    snapshot.pendingPoints = result.reconciliation.pendingPoints;
    snapshot.disputedPoints = result.reconciliation.disputedPoints;
    snapshot.mismatches.clear();
    for (const ReconciledDay &day : result.reconciliation.mismatches())
        snapshot.mismatches.append(
            {day.date, day.steps, day.expectedPoints, day.creditedPoints, day.reason});
}

} // namespace wristdoc
