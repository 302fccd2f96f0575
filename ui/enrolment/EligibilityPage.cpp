#include "EligibilityPage.h"

#include "EnrolmentMessages.h"
#include "EnrolmentRules.h"
#include "OptionCard.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QLabel>
#include <QVBoxLayout>

namespace wristdoc {

EligibilityPage::EligibilityPage(Theme &theme, QWidget *parent)
    : EnrolmentPage(QStringLiteral("eligibilityPage"), parent)
    , m_basisCaption(makeLabel(QStringLiteral("basisCaption"), int(Theme::Role::Title), this))
    , m_group(new QButtonGroup(this))
    , m_lives(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_works(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_studies(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_ageCaption(makeLabel(QStringLiteral("ageCaption"), int(Theme::Role::Title), this))
    , m_adult(new OptionCard(theme, OptionCard::Mark::Check, this)) {
    m_lives->setObjectName(QStringLiteral("livesOption"));
    m_works->setObjectName(QStringLiteral("worksOption"));
    m_studies->setObjectName(QStringLiteral("studiesOption"));
    m_adult->setObjectName(QStringLiteral("adultOption"));
    body()->addWidget(m_basisCaption);
    for (OptionCard *card : {m_lives, m_works, m_studies}) {
        m_group->addButton(card);
        body()->addWidget(card);
        connect(card, &OptionCard::toggled, this, &EnrolmentPage::completeChanged);
    }
    body()->addSpacing(8);
    body()->addWidget(m_ageCaption);
    body()->addWidget(m_adult);
    connect(m_adult, &OptionCard::toggled, this, &EnrolmentPage::completeChanged);
    retranslateUi();
}

OptionCard *EligibilityPage::cardFor(EligibilityBasis basis) const {
    switch (basis) {
    case EligibilityBasis::Lives:
        return m_lives;
    case EligibilityBasis::Works:
        return m_works;
    case EligibilityBasis::Studies:
        return m_studies;
    }
    return m_lives;
}

bool EligibilityPage::hasBasis() const {
    return m_group->checkedButton() != nullptr;
}

EligibilityBasis EligibilityPage::basis() const {
    if (m_works->isChecked())
        return EligibilityBasis::Works;
    if (m_studies->isChecked())
        return EligibilityBasis::Studies;
    return EligibilityBasis::Lives;
}

bool EligibilityPage::isComplete() const {
    return hasBasis() && m_adult->isChecked();
}

QString EligibilityPage::blockingReason() const {
    if (!hasBasis())
        return tr("Choose whether you live, work or study in Seoul.");
    if (!m_adult->isChecked())
        return tr("Confirm that you are %1 or older.").arg(EnrolmentRules::kMinimumAge);
    return QString();
}

void EligibilityPage::writeTo(EnrolmentApplication *application) const {
    application->eligibility = basis();
}

void EligibilityPage::readFrom(const EnrolmentApplication &application) {
    cardFor(application.eligibility)->setChecked(true);
    // An application that got this far was stated to be an adult's.
    m_adult->setChecked(true);
}

bool EligibilityPage::hasInput() const {
    return hasBasis() || m_adult->isChecked();
}

void EligibilityPage::clear() {
    // An exclusive group never lets its last checked button go; lift that for a moment.
    m_group->setExclusive(false);
    for (OptionCard *card : {m_lives, m_works, m_studies})
        card->setChecked(false);
    m_group->setExclusive(true);
    m_adult->setChecked(false);
}

void EligibilityPage::retranslateUi() {
    setHeading(tr("Can you take part?"),
               tr("The programme is for adults aged %1 or older who live, work or study in "
                  "Seoul.")
                   .arg(EnrolmentRules::kMinimumAge));
    m_basisCaption->setText(tr("Your connection to Seoul"));
    for (EligibilityBasis basis :
         {EligibilityBasis::Lives, EligibilityBasis::Works, EligibilityBasis::Studies})
        cardFor(basis)->setTitle(EnrolmentMessages::eligibility(basis));
    m_lives->setDescription(tr("Your home is in Seoul."));
    m_works->setDescription(tr("Your workplace is in Seoul."));
    m_studies->setDescription(tr("Your school or university is in Seoul."));
    m_ageCaption->setText(tr("Your age"));
    m_adult->setTitle(tr("I am %1 or older").arg(EnrolmentRules::kMinimumAge));
    m_adult->setDescription(tr("We check this with your date of birth on the next page."));
}

} // namespace wristdoc
