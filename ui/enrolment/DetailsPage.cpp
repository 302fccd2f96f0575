#include "DetailsPage.h"

#include "BirthDateInput.h"
#include "EnrolmentMessages.h"
#include "EnrolmentRules.h"
#include "MobileNumberEdit.h"
#include "SensitiveText.h"
#include "Theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace wristdoc {

DetailsPage::DetailsPage(std::function<QDate()> today, QWidget *parent)
    : EnrolmentPage(QStringLiteral("detailsPage"), parent)
    , m_today(std::move(today))
    , m_nameCaption(makeLabel(QStringLiteral("nameCaption"), int(Theme::Role::Title), this))
    , m_name(new QLineEdit(this))
    , m_nameMessage(makeLabel(QStringLiteral("nameMessage"), int(Theme::Role::Caption), this))
    , m_birthCaption(makeLabel(QStringLiteral("birthCaption"), int(Theme::Role::Title), this))
    , m_birthDate(new BirthDateInput(this))
    , m_birthMessage(makeLabel(QStringLiteral("birthMessage"), int(Theme::Role::Caption), this))
    , m_mobileCaption(makeLabel(QStringLiteral("mobileCaption"), int(Theme::Role::Title), this))
    , m_mobile(new MobileNumberEdit(this))
    , m_mobileMessage(makeLabel(QStringLiteral("mobileMessage"), int(Theme::Role::Caption), this)) {
    m_name->setObjectName(QStringLiteral("nameField"));
    m_birthDate->setObjectName(QStringLiteral("birthDateInput"));
    m_mobile->setObjectName(QStringLiteral("mobileField"));
    // Room for the longest name the rules allow, and a little more for the check to catch.
    m_name->setMaxLength(EnrolmentRules::kMaximumNameLength + 10);
    m_nameCaption->setBuddy(m_name);
    m_mobileCaption->setBuddy(m_mobile);

    // Caption, field, then the field's check right under it: one column that reflows.
    const struct {
        QLabel *caption;
        QWidget *field;
        QLabel *message;
    } rows[] = {{m_nameCaption, m_name, m_nameMessage},
                {m_birthCaption, m_birthDate, m_birthMessage},
                {m_mobileCaption, m_mobile, m_mobileMessage}};
    for (const auto &row : rows) {
        auto *group = new QVBoxLayout;
        group->setSpacing(6);
        group->addWidget(row.caption);
        group->addWidget(row.field);
        group->addWidget(row.message);
        body()->addLayout(group);
    }

    connect(m_name, &QLineEdit::textChanged, this, &DetailsPage::updateChecks);
    connect(m_birthDate, &BirthDateInput::edited, this, &DetailsPage::updateChecks);
    connect(m_mobile, &QLineEdit::textChanged, this, &DetailsPage::updateChecks);
    retranslateUi();
}

FieldMessage DetailsPage::nameCheck() const {
    return EnrolmentMessages::name(m_name->text());
}

FieldMessage DetailsPage::birthDateCheck() const {
    return EnrolmentMessages::birthDate(m_birthDate->yearText(), m_birthDate->monthText(),
                                        m_birthDate->dayText(), m_today());
}

FieldMessage DetailsPage::mobileCheck() const {
    return EnrolmentMessages::mobile(m_mobile->text());
}

bool DetailsPage::isComplete() const {
    return nameCheck().isOk() && birthDateCheck().isOk() && mobileCheck().isOk();
}

QString DetailsPage::blockingReason() const {
    for (const FieldMessage &check : {nameCheck(), birthDateCheck(), mobileCheck()}) {
        if (!check.isOk())
            return check.text;
    }
    return QString();
}

void DetailsPage::writeTo(EnrolmentApplication *application) const {
    application->name = m_name->text().simplified();
    application->birthDate = m_birthDate->date();
    application->mobile = m_mobile->digits();
}

void DetailsPage::readFrom(const EnrolmentApplication &application) {
    m_name->setText(application.name);
    m_birthDate->setDate(application.birthDate);
    m_mobile->setText(EnrolmentRules::formatMobile(application.mobile));
}

bool DetailsPage::hasInput() const {
    return !m_name->text().isEmpty() || !m_birthDate->isEmpty() || !m_mobile->text().isEmpty();
}

void DetailsPage::clear() {
    // setText(), not QLineEdit::clear(): clear() keeps the undo history, and Ctrl+Z would bring
    // the last applicant's name back.
    m_name->setText(QString());
    m_birthDate->clear();
    m_mobile->setText(QString());
}

void DetailsPage::wipe() {
    SensitiveText::wipe(m_name);
    m_birthDate->wipe();
    SensitiveText::wipe(m_mobile);
    clear();
}

void DetailsPage::focusFirstField() {
    m_name->setFocus(Qt::OtherFocusReason);
}

void DetailsPage::updateChecks() {
    showFieldMessage(m_nameMessage, nameCheck());
    showFieldMessage(m_birthMessage, birthDateCheck());
    showFieldMessage(m_mobileMessage, mobileCheck());
    Q_EMIT completeChanged();
}

void DetailsPage::retranslateUi() {
    setHeading(tr("About you"),
               tr("We use these details to register you and to contact you about the "
                  "programme. We never ask for your resident registration number."));
    m_nameCaption->setText(tr("Name"));
    m_name->setAccessibleName(tr("Name"));
    m_birthCaption->setText(tr("Date of birth"));
    m_mobileCaption->setText(tr("Mobile phone number"));
    m_mobile->setAccessibleName(tr("Mobile phone number"));
    m_mobile->setPlaceholderText(QStringLiteral("010-1234-5678"));
    updateChecks();
}

} // namespace wristdoc
