#pragma once

#include "DashboardPresenter.h"
#include "DashboardRepository.h"
#include "FieldCipher.h"
#include "LinkedParticipant.h"
#include "PairingController.h"
#include "PointsCheck.h"
#include "ProfileRegistry.h"
#include "PublicKeyPins.h"
#include "StorageError.h"
#include "WatchStack.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace wristdoc {

class Clock;
class Database;
class DashboardWindow;
class LanguageController;
class ParticipantCredentialStore;
class ParticipantSync;
class ProgrammeApiClient;
class RandomSource;
class TaskScheduler;
class Theme;

// One person's side of a home computer: their database, the dashboard's presenter and the watch
// pairing on it, and, once linked and with a server, the upload of closed days and the ledger
// check. Switching profiles replaces the whole session, so nothing of one person leaks into the
// next one's screens.
class ProfileSession : public QObject {
    Q_OBJECT
public:
    struct Settings {
        ProfileRegistry::Profile profile;
        QVector<ProfileRegistry::Profile> allProfiles; // for the dashboard's profile switch
        QUrl serverUrl; // empty: no server, nothing is uploaded
        PublicKeyPins serverPins;
        bool demoData = true; // add demo history to an empty, unlinked profile
        bool preferKeychain = true;
        quint64 installationSecret = 0; // when this computer uploads (ActivityUploadSchedule)
        WatchStack::Choice watch = WatchStack::Choice::Automatic;
    };

    ProfileSession(const Settings &settings, const Clock &clock, const PointsPolicy &policy,
                   DashboardWindow &window, LanguageController &language, Theme &theme,
                   ParticipantCredentialStore &credentials, RandomSource &random,
                   TaskScheduler &scheduler, QObject *parent = nullptr);
    ~ProfileSession() override;

    bool isOpen() const { return m_database != nullptr; }
    StorageError openError() const { return m_openError; }
    Database *database() const { return m_database.get(); }
    PairingController *pairing() const { return m_pairing.get(); }
    DashboardPresenter *presenter() const { return m_presenter.get(); }
    ParticipantSync *sync() const { return m_sync.get(); }
    ProgrammeApiClient *client() const { return m_client.get(); }
    const ProfileRegistry::Profile &profile() const { return m_settings.profile; }
    LinkedParticipant participant() const { return m_participant; }

    // The link is durable (the token stored by ParticipantLinking): remember the participant,
    // drop the demo history (it must never be uploaded or compared) and start uploading.
    StorageError recordLink(const QString &participantId, int birthYear);
    // The token is gone: forget the participant; the caller deletes the data when asked.
    StorageError forgetLink();
    // Saves the helpdesk report of a mismatching day into folder; the file's path, or empty
    // with problem set.
    QString saveReport(const QDate &date, const QString &folder, QString *problem);

Q_SIGNALS:
    // "unlinked" (the server no longer knows this computer), "storage", a ledger fetch's code.
    void problem(const QString &code);

private:
    void startSync();
    void decorate(DashboardSnapshot &snapshot);

    Settings m_settings;
    const Clock &m_clock;
    PointsPolicy m_policy;
    DashboardWindow &m_window;
    ParticipantCredentialStore &m_credentials;
    RandomSource &m_random;
    TaskScheduler &m_scheduler;
    StorageError m_openError;
    LinkedParticipant m_participant;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DashboardRepository> m_repository;
    std::unique_ptr<DashboardPresenter> m_presenter;
    std::unique_ptr<PairingController> m_pairing;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProgrammeApiClient> m_client; // linking; the sync has its own
    FieldCipher m_cipher;
    std::unique_ptr<ParticipantSync> m_sync;
    QTimer m_recheck; // late watch syncs become new revisions within the half hour
};

} // namespace wristdoc
