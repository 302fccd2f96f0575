#include "HomeController.h"

#include "ActivityUploadSchedule.h"
#include "AppLogging.h"
#include "AppStateStore.h"
#include "DashboardWindow.h"
#include "LinkDialog.h"
#include "ParticipantCredentialStore.h"
#include "ParticipantLinking.h"
#include "PersonNameDialog.h"

#include <QMessageBox>
#include <QStandardPaths>

namespace wristdoc {

namespace {

const QString kSecretKey = QStringLiteral("upload/installationSecret");
const QString kActiveProfileKey = QStringLiteral("profiles/active");

} // namespace

HomeController::HomeController(const Settings &settings, const Clock &clock,
                               const PointsPolicy &policy, DashboardWindow &window,
                               LanguageController &language, Theme &theme,
                               TaskScheduler &scheduler, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_policy(policy)
    , m_window(window)
    , m_language(language)
    , m_theme(theme)
    , m_scheduler(scheduler)
    , m_registry(settings.mainDatabasePath)
    , m_credentials(ParticipantCredentialStore::open(
          ParticipantCredentialStore::defaultFolderFor(settings.mainDatabasePath),
          settings.preferKeychain)) {
    if (m_settings.reportFolder.isEmpty())
        m_settings.reportFolder =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/WristDoc");
    m_notice = [](QWidget *parent, const QString &text) {
        QMessageBox::information(parent, QStringLiteral("WristDoc"), text);
    };
    m_namePrompt = &PersonNameDialog::ask;
    connect(&m_window, &DashboardWindow::profileSwitchRequested, this, &HomeController::switchTo);
    connect(&m_window, &DashboardWindow::addProfileRequested, this, &HomeController::addProfile);
    connect(&m_window, &DashboardWindow::linkRequested, this, &HomeController::openLinkDialog);
    connect(&m_window, &DashboardWindow::unlinkRequested, this, &HomeController::unlink);
    connect(&m_window, &DashboardWindow::reportRequested, this, &HomeController::saveReport);
}

HomeController::~HomeController() {
    m_linking.reset();
    m_session.reset();
}

quint64 HomeController::installationSecret() {
    if (!m_settings.mainDatabase)
        return 0;
    AppStateStore state(*m_settings.mainDatabase);
    bool ok = false;
    const quint64 stored = state.value(kSecretKey).toULongLong(&ok);
    if (ok)
        return stored;
    // Drawn once, kept: this computer's own moment in the early hours, every night.
    const quint64 secret = ActivityUploadSchedule::drawSecret(m_random);
    state.setValue(kSecretKey, QString::number(secret));
    return secret;
}

void HomeController::start() {
    QString active = ProfileRegistry::mainId();
    if (m_settings.mainDatabase)
        active = AppStateStore(*m_settings.mainDatabase).value(kActiveProfileKey, active);
    switchTo(active);
}

void HomeController::switchTo(const QString &profileId) {
    ProfileRegistry::Profile profile;
    if (!m_registry.find(profileId, &profile))
        m_registry.find(ProfileRegistry::mainId(), &profile);
    m_linking.reset();
    m_session.reset(); // the old person's database closes before the next one opens
    ProfileSession::Settings settings;
    settings.profile = profile;
    settings.allProfiles = m_registry.profiles();
    settings.serverUrl = m_settings.serverUrl;
    settings.serverPins = m_settings.serverPins;
    settings.demoData = m_settings.demoData && profile.id == ProfileRegistry::mainId();
    settings.preferKeychain = m_settings.preferKeychain;
    settings.installationSecret = installationSecret();
    settings.watch = m_settings.watch;
    m_session = std::make_unique<ProfileSession>(settings, m_clock, m_policy, m_window,
                                                 m_language, m_theme, *m_credentials, m_random,
                                                 m_scheduler);
    if (!m_session->isOpen()) {
        m_window.showStorageError(m_session->openError());
        return;
    }
    m_window.clearStorageError();
    if (m_settings.mainDatabase)
        AppStateStore(*m_settings.mainDatabase).setValue(kActiveProfileKey, profile.id);
    connect(m_session.get(), &ProfileSession::problem, this, [this](const QString &code) {
        qCInfo(lcApp) << "profile problem:" << code;
        if (code == QLatin1String("unlinked"))
            m_notice(&m_window, reasonText(code));
    });
    m_session->presenter()->refresh();
    Q_EMIT sessionChanged(m_session.get());
}

void HomeController::addProfile() {
    const QString name = m_namePrompt(&m_window);
    if (name.isEmpty())
        return;
    ProfileRegistry::Profile created;
    QString problem;
    if (!m_registry.add(name, &created, &problem)) {
        qCWarning(lcApp).noquote() << "profile not added:" << problem;
        m_notice(&m_window, tr("The new person could not be added. Nothing was changed."));
        return;
    }
    switchTo(created.id);
}

void HomeController::openLinkDialog() {
    if (!m_session || !m_session->client()) {
        m_notice(&m_window, reasonText(QStringLiteral("no-server")));
        return;
    }
    m_linking = std::make_unique<ParticipantLinking>(*m_session->client(), *m_credentials,
                                                     m_session->profile().id);
    auto *dialog = new LinkDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connectLinking(dialog, m_linking.get());
    connect(m_linking.get(), &ParticipantLinking::linked, this,
            [this](const QString &participantId, int birthYear) {
                if (const StorageError error = m_session->recordLink(participantId, birthYear))
                    m_window.showStorageError(error);
            });
    connect(dialog, &QObject::destroyed, this, [this] { m_linkDialog = nullptr; });
    m_linkDialog = dialog;
    dialog->open();
}

void HomeController::unlink(bool deleteLocalData) {
    if (!m_session || !m_session->participant().isLinked())
        return;
    if (!m_session->client()) {
        // No server configured: forget the token here; the server's copy is harmless unused.
        QString problem;
        m_credentials->remove(m_session->profile().id, &problem);
        finishUnlink(deleteLocalData);
        return;
    }
    m_linking = std::make_unique<ParticipantLinking>(*m_session->client(), *m_credentials,
                                                     m_session->profile().id);
    connect(m_linking.get(), &ParticipantLinking::unlinked, this,
            [this, deleteLocalData](bool) { finishUnlink(deleteLocalData); });
    connect(m_linking.get(), &ParticipantLinking::failed, this,
            [this, deleteLocalData](const QString &) { finishUnlink(deleteLocalData); });
    m_linking->unlink();
}

void HomeController::finishUnlink(bool deleteLocalData) {
    const ProfileRegistry::Profile profile = m_session->profile();
    if (const StorageError error = m_session->forgetLink()) {
        m_window.showStorageError(error);
        return;
    }
    if (deleteLocalData) {
        // The whole file goes: samples, days, ledger. Another person's profile is removed from
        // the list too; the main profile starts again empty.
        m_session.reset();
        QString problem;
        if (profile.id == ProfileRegistry::mainId()) {
            ProfileRegistry::deleteDatabaseFiles(profile.databasePath);
            switchTo(profile.id);
        } else {
            m_registry.remove(profile.id, &problem);
            switchTo(ProfileRegistry::mainId());
        }
    }
    m_notice(&m_window, deleteLocalData
                            ? tr("This computer is no longer linked, and this person's data on "
                                 "it has been deleted.")
                            : tr("This computer is no longer linked. The steps stay on it."));
}

void HomeController::saveReport(const QDate &date) {
    if (!m_session)
        return;
    QString problem;
    const QString path = m_session->saveReport(date, m_settings.reportFolder, &problem);
    if (path.isEmpty()) {
        qCWarning(lcApp).noquote() << "report not saved:" << problem;
        m_notice(&m_window, tr("The report could not be saved. Nothing was lost; please try "
                               "again."));
        return;
    }
    m_notice(&m_window, tr("The report for the helpdesk was saved as:\n%1").arg(path));
}

QString HomeController::reasonText(const QString &problemCode) {
    if (problemCode == QLatin1String("unlinked"))
        return tr("The programme no longer recognises this computer for this person. Link it "
                  "again with the participant number; no steps were lost.");
    if (problemCode == QLatin1String("no-server"))
        return tr("WristDoc is not connected to the programme's server, so it cannot be "
                  "linked now.");
    return tr("Something went wrong. Nothing was lost; please try again later.");
}

} // namespace wristdoc
