#pragma once

#include "StaffPinGate.h"

#include <QDialog>
#include <QTimeZone>
#include <QTimer>

#include <functional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wristdoc {

class Clock;

// The staff entry of a kiosk: a large numeric keypad and a masked PIN. When no PIN exists yet it
// asks for a new one twice (StaffPinRules apply); otherwise it checks the PIN through the gate,
// which counts wrong tries and locks for a while after too many. Every error is a sentence;
// the dialog never shows the digits, and forgets them after each try.
class StaffPinDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Enter, Choose, Confirm };
    Q_ENUM(Mode)

    StaffPinDialog(StaffPinGate &gate, const Clock &clock, QWidget *parent = nullptr);
    ~StaffPinDialog() override;

    void setTimeZone(const QTimeZone &zone);
    Mode mode() const { return m_mode; }
    bool isLockedOut() const { return m_lockedUntilUtc.isValid(); }
    QString message() const;

public Q_SLOTS:
    // Asks the gate again (on opening, and when a lock-out has run out).
    void refreshStatus();
    void pressDigit(int digit);
    void erase();
    void submit();

Q_SIGNALS:
    // The PIN was right, or a new one was set: open the console.
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void setMode(Mode mode);
    void setMessage(std::function<QString()> message, bool problem);
    void showLock(const QDateTime &untilUtc);
    void clearEntry();
    void updateKeys();
    QString lockText() const;

    StaffPinGate &m_gate;
    const Clock &m_clock;
    QTimeZone m_zone;
    Mode m_mode = Mode::Enter;
    QDateTime m_lockedUntilUtc;
    QString m_firstChoice;              // the new PIN typed once, until it is typed again
    std::function<QString()> m_message; // re-run on a language change
    QTimer m_lockTimer;

    QLabel *m_title;
    QLabel *m_intro;
    QLineEdit *m_field;
    QLabel *m_messageLabel;
    QPushButton *m_digits[10];
    QPushButton *m_erase;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

} // namespace wristdoc
