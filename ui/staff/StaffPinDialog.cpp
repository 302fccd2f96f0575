#include "StaffPinDialog.h"

#include "Clock.h"
#include "StaffMessages.h"
#include "Theme.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

namespace {

constexpr int kKeyWidth = 112;
constexpr int kKeyHeight = 72; // well above the 44 px minimum: a keypad is used standing up

QPushButton *makeKey(const QString &name, QWidget *parent) {
    auto *key = new QPushButton(parent);
    key->setObjectName(name);
    key->setMinimumSize(kKeyWidth, kKeyHeight);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    key->setAutoDefault(false);
    key->setProperty("symbol", true); // the theme's large bold button text
    return key;
}

QLabel *makeLabel(const QString &name, Theme::Role role, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    Theme::setRole(label, role);
    return label;
}

void wipe(QString *text) {
    text->fill(QLatin1Char('0'));
    text->clear();
}

} // namespace

StaffPinDialog::StaffPinDialog(StaffPinGate &gate, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_gate(gate)
    , m_clock(clock)
    , m_zone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
    , m_title(makeLabel(QStringLiteral("pinTitle"), Theme::Role::Heading, this))
    , m_intro(makeLabel(QStringLiteral("pinIntro"), Theme::Role::Body, this))
    , m_field(new QLineEdit(this))
    , m_messageLabel(makeLabel(QStringLiteral("pinMessage"), Theme::Role::Warning, this))
    , m_erase(makeKey(QStringLiteral("keyErase"), this))
    , m_ok(makeKey(QStringLiteral("keyOk"), this))
    , m_cancel(new QPushButton(this)) {
    setObjectName(QStringLiteral("staffPinDialog"));
    setModal(true);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setAlignment(Qt::AlignCenter);
    m_field->setMaxLength(StaffPinRules::kMaxDigits);
    m_field->setMinimumHeight(kKeyHeight);
    m_field->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), m_field));
    m_field->setContextMenuPolicy(Qt::NoContextMenu); // no paste, no "show" trickery
    Theme::setRole(m_field, Theme::Role::Large);
    connect(m_field, &QLineEdit::textChanged, this, &StaffPinDialog::updateKeys);
    connect(m_field, &QLineEdit::returnPressed, this, &StaffPinDialog::submit);
    m_messageLabel->setAccessibleDescription(QString());
    m_messageLabel->hide();

    auto *pad = new QGridLayout;
    pad->setSpacing(12);
    for (int digit = 0; digit <= 9; ++digit) {
        m_digits[digit] = makeKey(QStringLiteral("key%1").arg(digit), this);
        m_digits[digit]->setText(QString::number(digit));
        connect(m_digits[digit], &QPushButton::clicked, this, [this, digit] { pressDigit(digit); });
        if (digit > 0)
            pad->addWidget(m_digits[digit], (digit - 1) / 3, (digit - 1) % 3);
    }
    pad->addWidget(m_erase, 3, 0);
    pad->addWidget(m_digits[0], 3, 1);
    pad->addWidget(m_ok, 3, 2);
    connect(m_erase, &QPushButton::clicked, this, &StaffPinDialog::erase);
    connect(m_ok, &QPushButton::clicked, this, &StaffPinDialog::submit);

    m_cancel->setObjectName(QStringLiteral("keyCancel"));
    m_cancel->setMinimumSize(kKeyWidth * 2, Theme::MinTouchTarget + 12);
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_field);
    layout->addWidget(m_messageLabel);
    layout->addLayout(pad);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_cancel);
    layout->addLayout(bottom);
    // Never smaller than the keypad needs, whatever the text size.
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_lockTimer.setSingleShot(true);
    connect(&m_lockTimer, &QTimer::timeout, this, &StaffPinDialog::refreshStatus);

    retranslateUi();
    refreshStatus();
}

StaffPinDialog::~StaffPinDialog() {
    wipe(&m_firstChoice);
}

void StaffPinDialog::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    retranslateUi();
}

QString StaffPinDialog::message() const {
    return m_messageLabel->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

void StaffPinDialog::refreshStatus() {
    const PinCheck check = m_gate.status();
    m_lockedUntilUtc = QDateTime();
    m_lockTimer.stop();
    wipe(&m_firstChoice);
    clearEntry();
    switch (check.outcome) {
    case PinCheck::Outcome::NotSet:
        setMode(Mode::Choose);
        setMessage(nullptr, false);
        break;
    case PinCheck::Outcome::LockedOut:
        setMode(Mode::Enter);
        showLock(check.lockedUntilUtc);
        break;
    case PinCheck::Outcome::Failed:
        setMode(Mode::Enter);
        setMessage([] { return tr("The PIN cannot be checked right now. Please try again."); },
                   true);
        break;
    default:
        setMode(Mode::Enter);
        setMessage(nullptr, false);
        break;
    }
    updateKeys();
}

void StaffPinDialog::pressDigit(int digit) {
    if (isLockedOut() || digit < 0 || digit > 9 ||
        m_field->text().size() >= StaffPinRules::kMaxDigits)
        return;
    m_field->setText(m_field->text() + QString::number(digit));
}

void StaffPinDialog::erase() {
    QString text = m_field->text();
    text.chop(1);
    m_field->setText(text);
}

void StaffPinDialog::clearEntry() {
    m_field->clear();
}

void StaffPinDialog::submit() {
    if (isLockedOut())
        return;
    QString pin = m_field->text();
    clearEntry();
    if (pin.isEmpty())
        return;

    if (m_mode == Mode::Choose) {
        const PinRuleIssue issue = StaffPinRules::check(pin);
        if (issue != PinRuleIssue::None) {
            setMessage([issue] { return StaffMessages::pinRule(issue); }, true);
            wipe(&pin);
            return;
        }
        m_firstChoice = pin;
        wipe(&pin);
        setMode(Mode::Confirm);
        setMessage(nullptr, false);
        return;
    }

    if (m_mode == Mode::Confirm) {
        const bool same = pin == m_firstChoice;
        wipe(&m_firstChoice);
        if (!same) {
            wipe(&pin);
            setMode(Mode::Choose);
            setMessage(
                [] {
                    return tr("The two PINs were not the same. Please choose a PIN "
                              "again.");
                },
                true);
            return;
        }
        const PinSetResult result = m_gate.setPin(pin);
        wipe(&pin);
        if (result == PinSetResult::Ok || result == PinSetResult::AlreadySet) {
            if (result == PinSetResult::Ok) {
                Q_EMIT unlocked();
                accept();
                return;
            }
            // Someone set a PIN meanwhile: that one counts.
            refreshStatus();
            return;
        }
        setMode(Mode::Choose);
        setMessage([] { return tr("The PIN could not be saved. Please try again."); }, true);
        return;
    }

    const PinCheck check = m_gate.verify(pin);
    wipe(&pin);
    switch (check.outcome) {
    case PinCheck::Outcome::Ok:
        setMessage(nullptr, false);
        Q_EMIT unlocked();
        accept();
        return;
    case PinCheck::Outcome::Wrong:
        if (check.lockedUntilUtc.isValid()) {
            showLock(check.lockedUntilUtc);
            return;
        }
        setMessage(
            [tries = check.triesLeft] {
                //: %1 is a number from 1 to 4.
                return tr("That PIN is not right. Wrong tries left before the staff screen is "
                          "locked for a while: %1.")
                    .arg(tries);
            },
            true);
        return;
    case PinCheck::Outcome::LockedOut:
        showLock(check.lockedUntilUtc);
        return;
    case PinCheck::Outcome::NotSet:
        refreshStatus();
        return;
    case PinCheck::Outcome::Failed:
        setMessage([] { return tr("The PIN cannot be checked right now. Please try again."); },
                   true);
        return;
    }
}

void StaffPinDialog::showLock(const QDateTime &untilUtc) {
    m_lockedUntilUtc = untilUtc;
    clearEntry();
    setMessage([this] { return lockText(); }, true);
    const qint64 left = m_clock.nowUtc().msecsTo(untilUtc);
    m_lockTimer.start(int(std::clamp<qint64>(left + 500, 0, 10 * 60 * 1000)));
    updateKeys();
}

QString StaffPinDialog::lockText() const {
    const QDateTime now = m_clock.nowUtc();
    // Whole minutes, rounded up: "1 min" until the lock ends, never "0 min".
    const qint64 left = std::max<qint64>(60, (now.secsTo(m_lockedUntilUtc) + 59) / 60 * 60);
    //: %1 is a time such as 14:35, %2 a duration such as "5 min". After too many wrong PINs.
    return tr("Too many wrong PINs. The staff screen is locked until %1 (%2 left).")
        .arg(StaffMessages::time(m_lockedUntilUtc, now, m_zone, QLocale()),
             StaffMessages::duration(left));
}

void StaffPinDialog::setMode(Mode mode) {
    m_mode = mode;
    retranslateUi();
}

void StaffPinDialog::setMessage(std::function<QString()> message, bool problem) {
    m_message = std::move(message);
    m_messageLabel->setVisible(bool(m_message));
    m_messageLabel->setText(m_message ? m_message() : QString());
    Theme::setTone(m_messageLabel, problem ? "warning" : nullptr);
    // A message (two lines at 200 % text) must not squeeze the keypad: the dialog grows instead.
    if (layout()) {
        layout()->activate();
        resize(size().expandedTo(sizeHint()));
    }
}

void StaffPinDialog::updateKeys() {
    const bool locked = isLockedOut();
    for (QPushButton *key : m_digits)
        key->setEnabled(!locked);
    m_field->setEnabled(!locked);
    m_erase->setEnabled(!locked && !m_field->text().isEmpty());
    m_ok->setEnabled(!locked && !m_field->text().isEmpty());
}

void StaffPinDialog::retranslateUi() {
    setWindowTitle(tr("Staff"));
    switch (m_mode) {
    case Mode::Enter:
        m_title->setText(tr("Staff PIN"));
        m_intro->setText(tr("Enter the staff PIN to open the staff screen."));
        break;
    case Mode::Choose:
        m_title->setText(tr("Choose a staff PIN"));
        m_intro->setText(tr("This kiosk has no staff PIN yet. Choose one of at least %1 digits "
                            "that is not easy to guess.")
                             .arg(StaffPinRules::kMinDigits));
        break;
    case Mode::Confirm:
        m_title->setText(tr("Choose a staff PIN"));
        m_intro->setText(tr("Enter the same PIN once more."));
        break;
    }
    m_field->setAccessibleName(tr("PIN, hidden"));
    m_erase->setText(tr("Erase"));
    m_erase->setAccessibleName(tr("Erase the last digit"));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
    if (m_message)
        m_messageLabel->setText(m_message());
}

void StaffPinDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void StaffPinDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    m_field->setFocus();
}

} // namespace wristdoc
