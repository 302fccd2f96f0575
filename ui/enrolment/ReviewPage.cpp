#include "ReviewPage.h"

#include "EnrolmentMessages.h"
#include "EnrolmentRules.h"
#include "SensitiveText.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

QPushButton *makeButton(const QString &name, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumSize(Theme::MinTouchTarget * 2, Theme::MinTouchTarget);
    return button;
}

const ConsentGrant *findConsent(const EnrolmentApplication &application, const QString &id) {
    for (const ConsentGrant &grant : application.consents) {
        if (grant.id == id)
            return &grant;
    }
    return nullptr;
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : EnrolmentPage(QStringLiteral("reviewPage"), parent)
    , m_failurePanel(new QWidget(this))
    , m_failureText(
          makeLabel(QStringLiteral("submitFailureText"), int(Theme::Role::Warning), m_failurePanel))
    , m_retry(makeButton(QStringLiteral("retryButton"), m_failurePanel))
    , m_repeatWarning(
          makeLabel(QStringLiteral("repeatApplicantWarning"), int(Theme::Role::Warning), this)) {
    // The failure first: after a failed save it is what the applicant must see.
    m_failurePanel->setObjectName(QStringLiteral("submitFailure"));
    m_failurePanel->setAttribute(Qt::WA_StyledBackground);
    Theme::setTone(m_failureText, "warning");
    auto *failureLayout = new QVBoxLayout(m_failurePanel);
    failureLayout->setContentsMargins(24, 16, 24, 16);
    failureLayout->setSpacing(12);
    failureLayout->addWidget(m_failureText);
    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    failureLayout->addLayout(retryRow);
    m_failurePanel->hide();
    body()->addWidget(m_failurePanel);
    connect(m_retry, &QPushButton::clicked, this, &ReviewPage::retryRequested);
    // Above the details, so it is read before "Send".
    Theme::setTone(m_repeatWarning, "warning");
    m_repeatWarning->hide();
    body()->addWidget(m_repeatWarning);

    addRow(EnrolmentStep::Eligibility, QStringLiteral("eligibility"));
    addRow(EnrolmentStep::Details, QStringLiteral("name"));
    addRow(EnrolmentStep::Details, QStringLiteral("birthDate"));
    addRow(EnrolmentStep::Details, QStringLiteral("mobile"));
    addRow(EnrolmentStep::District, QStringLiteral("district"));
    addRow(EnrolmentStep::Device, QStringLiteral("device"));
    addRow(EnrolmentStep::PersonalDataConsent, QStringLiteral("personalDataConsent"));
    addRow(EnrolmentStep::HealthDataConsent, QStringLiteral("healthDataConsent"));
    addRow(EnrolmentStep::ThirdPartyConsent, QStringLiteral("thirdPartyConsent"));
    addRow(EnrolmentStep::Watch, QStringLiteral("watch"));
    retranslateUi();
}

void ReviewPage::addRow(EnrolmentStep step, const QString &name) {
    Row row;
    row.step = step;
    row.box = new QWidget(this);
    row.box->setObjectName(name + QStringLiteral("Row"));
    row.box->setProperty("reviewRow", true);
    row.box->setAttribute(Qt::WA_StyledBackground);
    row.key = makeLabel(name + QStringLiteral("Key"), int(Theme::Role::Caption), row.box);
    row.value = makeLabel(name + QStringLiteral("Value"), int(Theme::Role::Title), row.box);
    row.change = makeButton(name + QStringLiteral("Change"), row.box);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(row.key);
    text->addWidget(row.value);
    auto *layout = new QHBoxLayout(row.box);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(16);
    layout->addLayout(text, 1);
    layout->addWidget(row.change, 0, Qt::AlignVCenter);
    body()->addWidget(row.box);
    connect(row.change, &QPushButton::clicked, this,
            [this, step] { Q_EMIT changeRequested(step); });
    m_rows.append(row);
}

ReviewPage::Row &ReviewPage::row(EnrolmentStep step) {
    for (Row &r : m_rows) {
        if (r.step == step)
            return r;
    }
    return m_rows.first();
}

void ReviewPage::setApplication(const EnrolmentApplication &application, bool watchStep) {
    m_application = application;
    m_watchStep = watchStep;
    updateTexts();
}

void ReviewPage::setSubmitFailure(IntakeFailure failure) {
    m_failure = failure;
    m_failureText->setText(EnrolmentMessages::intakeFailure(failure));
    m_failurePanel->setVisible(failure != IntakeFailure::None);
}

void ReviewPage::setRepeatApplicant(bool repeat) {
    m_repeat = repeat;
    m_repeatWarning->setVisible(repeat);
}

void ReviewPage::clear() {
    m_application.wipe();
    setRepeatApplicant(false);
    setSubmitFailure(IntakeFailure::None);
    updateTexts();
}

void ReviewPage::wipe() {
    // The values are the applicant's own words (name, date of birth, phone number).
    for (Row &r : m_rows)
        SensitiveText::wipe(r.value);
    clear();
}

void ReviewPage::retranslateUi() {
    setHeading(tr("Check your application"),
               tr("If something is wrong, tap \"Change\" next to it. When everything is right, "
                  "tap \"Send my application\"."));
    m_retry->setText(tr("Try again"));
    m_failureText->setText(EnrolmentMessages::intakeFailure(m_failure));
    m_repeatWarning->setText(EnrolmentMessages::repeatApplicant());
    updateTexts();
}

void ReviewPage::updateTexts() {
    const QLocale locale;
    const EnrolmentApplication &a = m_application;
    const auto consentValue = [&a](const QString &id) {
        const ConsentGrant *grant = findConsent(a, id);
        return grant ? EnrolmentMessages::consentAnswer(grant->granted) : QString();
    };
    const QString values[] = {
        EnrolmentMessages::eligibility(a.eligibility),
        a.name,
        EnrolmentMessages::date(a.birthDate, locale),
        EnrolmentRules::formatMobile(a.mobile),
        EnrolmentMessages::districtName(a.district, locale),
        EnrolmentMessages::deviceName(a.device),
        consentValue(EnrolmentRules::personalDataConsentId()),
        consentValue(EnrolmentRules::healthDataConsentId()),
        consentValue(EnrolmentRules::thirdPartyConsentId()),
        a.watchSerial.isEmpty() ? tr("At the counter, later")
                                : tr("Paired: code %1").arg(a.watchSerial.right(4).toUpper()),
    };
    const QString keys[] = {
        tr("Connection to Seoul"),
        tr("Name"),
        tr("Date of birth"),
        tr("Mobile phone number"),
        tr("District"),
        tr("Counting your steps"),
        EnrolmentMessages::consentTitle(EnrolmentRules::personalDataConsentId()),
        EnrolmentMessages::consentTitle(EnrolmentRules::healthDataConsentId()),
        EnrolmentMessages::consentTitle(EnrolmentRules::thirdPartyConsentId()),
        tr("Watch pairing"),
    };
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        r.key->setText(keys[i]);
        r.value->setText(values[i]);
        r.change->setText(tr("Change"));
        r.change->setAccessibleName(tr("Change: %1").arg(keys[i]));
    }
    row(EnrolmentStep::Watch).box->setVisible(m_watchStep);
}

} // namespace wristdoc
