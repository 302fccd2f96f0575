#pragma once

#include <QDateTime>
#include <QDialog>
#include <QString>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace wristdoc {

// Links this computer to a participant, in two steps: the participant number from the receipt,
// then the six-digit code the programme sends by text message. Widgets only: the dialog asks
// through signals and is told the outcome through slots, so it is driven by ParticipantLinking
// in the application (connectLinking() below) and by a fake in tests. Messages are sentences,
// in the user's language, and follow a language change; buttons are large enough to touch.
class LinkDialog : public QDialog {
    Q_OBJECT

public:
    enum class Step { Number, Code, Done };
    Q_ENUM(Step)

    // Words for a failure's reason code (ParticipantLinking::reasonText in the application).
    using ReasonText = std::function<QString(const QString &reasonCode, int attemptsLeft)>;

    explicit LinkDialog(QWidget *parent = nullptr);

    void setReasonText(ReasonText reasonText);
    Step step() const { return m_step; }
    QString message() const;

public Q_SLOTS:
    void showCodeSent(const QDateTime &expiresAt);
    void showLinked(const QString &participantId, int birthYear);
    void showFailure(const QString &reasonCode, int attemptsLeft);
    // Back to step 1 (a new code for another or the same number).
    void restart();

Q_SIGNALS:
    void codeRequested(const QString &participantNumber);
    void codeEntered(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void fitToText();
    void setStep(Step step);
    void setBusy(bool busy);
    void setMessage(std::function<QString()> message, bool problem);
    void retranslateUi();

    ReasonText m_reasonText;
    Step m_step = Step::Number;
    bool m_busy = false;
    QDateTime m_expiresAt;
    std::function<QString()> m_message; // re-run on a language change

    QLabel *m_title;
    QLabel *m_intro;
    QStackedWidget *m_steps;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QLabel *m_messageLabel;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
};

// Wires a dialog to a linking object with ParticipantLinking's signals and slots (a template,
// so this library does not depend on the sync library; tests pass a fake).
template <typename Linking> void connectLinking(LinkDialog *dialog, Linking *linking) {
    QObject::connect(dialog, &LinkDialog::codeRequested, linking, &Linking::requestCode);
    QObject::connect(dialog, &LinkDialog::codeEntered, linking, &Linking::confirm);
    QObject::connect(linking, &Linking::codeSent, dialog, &LinkDialog::showCodeSent);
    QObject::connect(linking, &Linking::linked, dialog, &LinkDialog::showLinked);
    QObject::connect(linking, &Linking::failed, dialog, &LinkDialog::showFailure);
    dialog->setReasonText(&Linking::reasonText);
}

} // namespace wristdoc
