#pragma once

#include "ProfileRegistry.h"
#include "ProfileSession.h"
#include "SystemRandomSource.h"

#include <QObject>

#include <functional>
#include <memory>

namespace wristdoc {

class EventLoopScheduler;
class LinkDialog;
class ParticipantCredentialStore;
class ParticipantLinking;

// The home dashboard's people: which profile is shown, adding one, linking this computer to a
// participant and unlinking it, and saving a helpdesk report. Each profile runs in its own
// ProfileSession; switching replaces it. The dialogs are built here on request.
class HomeController : public QObject {
    Q_OBJECT
public:
    struct Settings {
        QString mainDatabasePath;
        Database *mainDatabase = nullptr; // holds this computer's upload secret
        QUrl serverUrl;
        PublicKeyPins serverPins;
        bool demoData = true;
        bool preferKeychain = true;
        WatchStack::Choice watch = WatchStack::Choice::Automatic;
        QString reportFolder; // where helpdesk reports go (the user's documents by default)
    };
    // Shows a sentence to the user; replaceable so tests never block in a message box.
    using Notice = std::function<void(QWidget *parent, const QString &text)>;
    // Asks for a profile's name; empty: cancelled.
    using NamePrompt = std::function<QString(QWidget *parent)>;

    HomeController(const Settings &settings, const Clock &clock, const PointsPolicy &policy,
                   DashboardWindow &window, LanguageController &language, Theme &theme,
                   TaskScheduler &scheduler, QObject *parent = nullptr);
    ~HomeController() override;

    // Opens the profile shown last (the main one the first time).
    void start();
    void switchTo(const QString &profileId);
    ProfileSession *session() const { return m_session.get(); }
    ProfileRegistry &registry() { return m_registry; }
    ParticipantCredentialStore &credentials() { return *m_credentials; }
    void setNotice(Notice notice) { m_notice = std::move(notice); }
    void setNamePrompt(NamePrompt prompt) { m_namePrompt = std::move(prompt); }
    // The link dialog while it is open (tests drive it).
    LinkDialog *linkDialog() const { return m_linkDialog; }

    static QString reasonText(const QString &problemCode);

Q_SIGNALS:
    // A new session is up (the enrolment wizard takes its pairing).
    void sessionChanged(wristdoc::ProfileSession *session);

private:
    void addProfile();
    void openLinkDialog();
    void unlink(bool deleteLocalData);
    void finishUnlink(bool deleteLocalData);
    void saveReport(const QDate &date);
    quint64 installationSecret();

    Settings m_settings;
    const Clock &m_clock;
    PointsPolicy m_policy;
    DashboardWindow &m_window;
    LanguageController &m_language;
    Theme &m_theme;
    TaskScheduler &m_scheduler;
    ProfileRegistry m_registry;
    std::unique_ptr<ParticipantCredentialStore> m_credentials;
    SystemRandomSource m_random;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<ParticipantLinking> m_linking;
    LinkDialog *m_linkDialog = nullptr;
    Notice m_notice;
    NamePrompt m_namePrompt;
};

} // namespace wristdoc
