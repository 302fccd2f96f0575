#include "LinkDialog.h"

#include "DialogSizing.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStackedWidget>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

constexpr int kFieldHeight = 72; // typed with care, often by older hands: a large target
constexpr int kButtonHeight = Theme::MinTouchTarget + 12;

QLabel *makeLabel(const QString &name, Theme::Role role, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    Theme::setRole(label, role);
    return label;
}

QLineEdit *makeField(const QString &name, const QString &pattern, int maxLength, QWidget *parent) {
    auto *field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setMinimumHeight(kFieldHeight);
    field->setMaxLength(maxLength);
    field->setAlignment(Qt::AlignCenter);
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), field));
    Theme::setRole(field, Theme::Role::Large);
    return field;
}

QPushButton *makeButton(const QString &name, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumHeight(kButtonHeight);
    button->setMinimumWidth(160);
    button->setAutoDefault(false);
    return button;
}

} // namespace

LinkDialog::LinkDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(makeLabel(QStringLiteral("linkTitle"), Theme::Role::Heading, this))
    , m_intro(makeLabel(QStringLiteral("linkIntro"), Theme::Role::Body, this))
    , m_steps(new QStackedWidget(this))
    , m_numberLabel(makeLabel(QStringLiteral("linkNumberLabel"), Theme::Role::Body, this))
    , m_number(makeField(QStringLiteral("linkNumber"), QStringLiteral("[Pp]?[-0-9 ]*"), 14, this))
    , m_codeLabel(makeLabel(QStringLiteral("linkCodeLabel"), Theme::Role::Body, this))
    , m_code(makeField(QStringLiteral("linkCode"), QStringLiteral("[0-9 ]*"), 7, this))
    , m_messageLabel(makeLabel(QStringLiteral("linkMessage"), Theme::Role::Body, this))
    , m_back(makeButton(QStringLiteral("linkBack"), this))
    , m_next(makeButton(QStringLiteral("linkNext"), this))
    , m_cancel(makeButton(QStringLiteral("linkCancel"), this)) {
    setObjectName(QStringLiteral("linkDialog"));
    setModal(true);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_numberLabel->setBuddy(m_number);
    m_codeLabel->setBuddy(m_code);
    m_messageLabel->hide();

    auto *numberPage = new QWidget(m_steps);
    auto *numberLayout = new QVBoxLayout(numberPage);
    numberLayout->setContentsMargins(0, 0, 0, 0);
    numberLayout->addWidget(m_numberLabel);
    numberLayout->addWidget(m_number);
    auto *codePage = new QWidget(m_steps);
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->addWidget(m_codeLabel);
    codeLayout->addWidget(m_code);
    m_steps->addWidget(numberPage);
    m_steps->addWidget(codePage);

    connect(m_number, &QLineEdit::returnPressed, this, &LinkDialog::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &LinkDialog::submit);
    connect(m_next, &QPushButton::clicked, this, &LinkDialog::submit);
    connect(m_back, &QPushButton::clicked, this, &LinkDialog::restart);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    setStep(Step::Number);
    fitToText();
}

void LinkDialog::setReasonText(ReasonText reasonText) {
    m_reasonText = std::move(reasonText);
    retranslateUi();
}

QString LinkDialog::message() const {
    return m_messageLabel->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

void LinkDialog::submit() {
    if (m_busy)
        return;
    if (m_step == Step::Done) {
        accept();
        return;
    }
    if (m_step == Step::Number) {
        const QString number = m_number->text().trimmed();
        if (number.isEmpty()) {
            setMessage([] { return tr("Please type the participant number from your receipt."); },
                       true);
            return;
        }
        setBusy(true);
        setMessage([] { return tr("Asking for a code. Please wait..."); }, false);
        Q_EMIT codeRequested(number);
        return;
    }
    QString code = m_code->text();
    code.remove(u' ');
    if (code.size() != 6) {
        setMessage([] { return tr("The code has six digits. Please type all six."); }, true);
        return;
    }
    setBusy(true);
    setMessage([] { return tr("Checking the code. Please wait..."); }, false);
    Q_EMIT codeEntered(code);
}

void LinkDialog::showCodeSent(const QDateTime &expiresAt) {
    m_expiresAt = expiresAt;
    setBusy(false);
    m_code->clear();
    setStep(Step::Code);
    setMessage(
        [this] {
            const int minutes =
                qMax<qint64>(1, (QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) + 59) / 60);
            return tr("A code was sent to your mobile phone by text message. It can be used for "
                      "%n minute(s).",
                      nullptr, minutes);
        },
        false);
    m_code->setFocus();
}

void LinkDialog::showLinked(const QString &participantId, int birthYear) {
    Q_UNUSED(participantId);
    Q_UNUSED(birthYear);
    setBusy(false);
    m_code->clear();
    setStep(Step::Done);
    setMessage(
        [] {
            return tr("Done. This computer is now linked to you and will show your "
                      "points.");
        },
        false);
}

void LinkDialog::showFailure(const QString &reasonCode, int attemptsLeft) {
    setBusy(false);
    m_code->clear();
    setMessage(
        [this, reasonCode, attemptsLeft] {
            return m_reasonText ? m_reasonText(reasonCode, attemptsLeft)
                                : tr("Something went wrong. Please try again.");
        },
        true);
    // A code that can no longer work: the next step is asking for a new one.
    static const QStringList deadEnds{QStringLiteral("code-expired"), QStringLiteral("code-used"),
                                      QStringLiteral("too-many-attempts"),
                                      QStringLiteral("unknown-request"),
                                      QStringLiteral("no-request")};
    if (m_step == Step::Code && deadEnds.contains(reasonCode))
        setStep(Step::Number);
}

void LinkDialog::restart() {
    setBusy(false);
    m_code->clear();
    setMessage(nullptr, false);
    setStep(Step::Number);
}

void LinkDialog::setStep(Step step) {
    m_step = step;
    m_steps->setCurrentIndex(step == Step::Code ? 1 : 0);
    m_steps->setVisible(step != Step::Done);
    m_back->setVisible(step == Step::Code);
    m_cancel->setVisible(step != Step::Done);
    retranslateUi();
    if (step == Step::Number)
        m_number->setFocus();
    QTimer::singleShot(0, this, &LinkDialog::fitToText);
}

void LinkDialog::setBusy(bool busy) {
    m_busy = busy;
    m_next->setEnabled(!busy);
    m_back->setEnabled(!busy);
    m_number->setReadOnly(busy);
    m_code->setReadOnly(busy);
}

void LinkDialog::setMessage(std::function<QString()> message, bool problem) {
    m_message = std::move(message);
    Theme::setRole(m_messageLabel, problem ? Theme::Role::Warning : Theme::Role::Body);
    // The role sets the size; the colour that marks a problem comes with the tone.
    Theme::setTone(m_messageLabel, problem ? "warning" : nullptr);
    m_messageLabel->setVisible(bool(m_message));
    m_messageLabel->setText(m_message ? m_message() : QString());
    QTimer::singleShot(0, this, &LinkDialog::fitToText); // the message may wrap to more lines
}

void LinkDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
    // The text size changed (the theme restyles the application): wrap and grow again once
    // every child has its new font.
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &LinkDialog::fitToText);
}

void LinkDialog::fitToText() {
    fitDialogToText(this);
}

void LinkDialog::retranslateUi() {
    setWindowTitle(tr("Link this computer"));
    m_title->setText(tr("Link this computer to you"));
    switch (m_step) {
    case Step::Number:
        m_intro->setText(tr("Step 1 of 2. Type the participant number printed on your receipt. "
                            "We will send a code to your mobile phone."));
        m_next->setText(tr("Send me a code"));
        break;
    case Step::Code:
        m_intro->setText(tr("Step 2 of 2. Type the six-digit code from the text message."));
        m_next->setText(tr("Link"));
        break;
    case Step::Done:
        m_intro->setText(QString());
        m_next->setText(tr("Close"));
        break;
    }
    m_intro->setVisible(!m_intro->text().isEmpty());
    m_numberLabel->setText(tr("Participant number (for example P-00001234)"));
    m_number->setAccessibleName(tr("Participant number"));
    m_codeLabel->setText(tr("Code from the text message (6 digits)"));
    m_code->setAccessibleName(tr("Code"));
    m_back->setText(tr("Back"));
    m_cancel->setText(tr("Cancel"));
    if (m_message)
        m_messageLabel->setText(m_message());
}

} // namespace wristdoc
