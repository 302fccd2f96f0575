#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace wristdoc {

class EnrolmentWizard;
class IdleTimeout;
class IdleWarning;
class InputActivityFilter;
class LanguageController;
class StaffButton;
class TaskScheduler;
class Theme;

// The kiosk's one window: the enrolment wizard, full screen and frameless, with no way out for
// a stranger. Closing is refused (close button, Alt+F4, Ctrl+W/Q, the window manager) until
// allowExit(); Escape on this window and every context menu do nothing. A small "Staff" button
// held for two seconds emits staffRequested(); whoever checks the staff PIN then calls
// allowExit() or leaveKioskMode(). The injected IdleTimeout is fed by an application-wide input
// filter; its warning covers the window, and when it runs out wipeSession() clears what the
// applicant entered, the clipboard, any other window, and puts back Korean and the kiosk's
// text size and contrast.
class KioskWindow : public QWidget {
    Q_OBJECT

public:
    KioskWindow(IdleTimeout &idle, TaskScheduler &scheduler, LanguageController &language,
                Theme &theme, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Hosts the wizard (it becomes a child of this window). It stays owned by its creator: this
    // window gives it back on destruction.
    void setWizard(EnrolmentWizard *wizard);
    EnrolmentWizard *wizard() const { return m_wizard; }

    bool inKioskMode() const { return m_kioskMode; }
    bool exitAllowed() const { return m_exitAllowed; }
    // Whether a wipe would remove anything: not the untouched start screen.
    bool sessionInUse() const;

public Q_SLOTS:
    // Full screen, frameless, locked; starts watching for idleness.
    void enterKioskMode();
    // Back to an ordinary window that may be closed (staff at work); idleness is still watched.
    void leaveKioskMode();
    // The next close is accepted (and quits the application with its last window).
    void allowExit();
    void wipeSession();

Q_SIGNALS:
    void staffRequested();
    void sessionWiped();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isExitShortcut(const QEvent *event, const QObject *receiver) const;
    void closeOtherWindows();
    void applyTheme();
    void retranslateUi();

    IdleTimeout &m_idle;
    LanguageController &m_language;
    Theme &m_theme;
    // The kiosk's own look, put back after each session.
    int m_startTextScale;
    bool m_startHighContrast;
    bool m_kioskMode = false;
    bool m_exitAllowed = false;
    QPointer<EnrolmentWizard> m_wizard;
    QWidget *m_staffBar;
    StaffButton *m_staff;
    IdleWarning *m_warning;
    InputActivityFilter *m_activity;
};

} // namespace wristdoc
