#pragma once

#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <memory>

class QWidget;

namespace wristdoc {

class Clock;
class Database;
class EnrolmentStack;
class StaffConsole;
class StaffConsolePresenter;
class StaffPinDialog;
class StaffPinStore;
class Theme;

// The staff way into a kiosk: the PIN dialog (setting the first PIN on a new kiosk), then the
// staff console on the outbox of the enrolment stack. The kiosk shell's staffRequested goes to
// openStaffEntry(); registering the kiosk and leaving kiosk mode are passed on as signals for
// whoever does them. Nothing is built before the first request.
class StaffController : public QObject {
    Q_OBJECT

public:
    StaffController(Database &database, const Clock &clock, EnrolmentStack &stack, Theme &theme,
                    QObject *parent = nullptr);
    ~StaffController() override;

    void setTimeZone(const QTimeZone &zone);
    // The window the PIN dialog sits on (the kiosk window); none: a window of its own.
    void setHostWindow(QWidget *host) { m_host = host; }

    // Null until first needed.
    StaffPinDialog *pinDialog() const { return m_dialog.get(); }
    StaffConsole *console() const { return m_console.get(); }
    StaffConsolePresenter *presenter() const { return m_presenter.get(); }

public Q_SLOTS:
    // Asks for the PIN (or a first PIN); the console opens when it is right.
    void openStaffEntry();
    // The answer of the kiosk registration, in the user's language.
    void showRegistrationResult(bool ok, const QString &messageInUsersLanguage);

Q_SIGNALS:
    void registerRequested(const QString &code);
    void leaveKioskRequested();
    void consoleClosed();

private:
    void openConsole();
    void ensureConsole();

    Database &m_database;
    const Clock &m_clock;
    EnrolmentStack &m_stack;
    Theme &m_theme;
    QTimeZone m_zone;
    QWidget *m_host = nullptr;
    QTimer m_refresh;
    std::unique_ptr<StaffPinStore> m_pins;
    std::unique_ptr<StaffPinDialog> m_dialog;
    std::unique_ptr<StaffConsolePresenter> m_presenter;
    std::unique_ptr<StaffConsole> m_console;
};

} // namespace wristdoc
