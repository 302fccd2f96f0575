#include "LanguagePage.h"

#include "OptionCard.h"

#include <QVBoxLayout>

namespace wristdoc {

LanguagePage::LanguagePage(Theme &theme, QWidget *parent)
    : EnrolmentPage(QStringLiteral("languagePage"), parent)
    , m_korean(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_english(new OptionCard(theme, OptionCard::Mark::Radio, this)) {
    m_korean->setObjectName(QStringLiteral("koreanOption"));
    m_english->setObjectName(QStringLiteral("englishOption"));
    // Not a button group: in one, an arrow key would choose the language it lands on, and
    // choosing moves on. Here arrows and Tab only move the focus; Space or Enter chooses.
    body()->addWidget(m_korean);
    body()->addWidget(m_english);
    // clicked, not toggled: tapping the language already chosen still moves on.
    connect(m_korean, &OptionCard::clicked, this,
            [this] { Q_EMIT languageChosen(LanguageController::Korean); });
    connect(m_english, &OptionCard::clicked, this,
            [this] { Q_EMIT languageChosen(LanguageController::English); });
    retranslateUi();
}

void LanguagePage::setCurrent(LanguageController::Language language) {
    m_korean->setChecked(language == LanguageController::Korean);
    m_english->setChecked(language == LanguageController::English);
}

void LanguagePage::retranslateUi() {
    // Both languages at once, whatever is installed: this page is where the choice is made.
    setHeading(
        QStringLiteral("언어를 골라 주세요 · Choose your language"),
        QStringLiteral("손목닥터 걷기 사업 참여 신청 · Join the WristDoc walking programme"));
    m_korean->setTitle(LanguageController::nativeName(LanguageController::Korean));
    m_korean->setDescription(QStringLiteral("한국어로 신청해요"));
    m_english->setTitle(LanguageController::nativeName(LanguageController::English));
    m_english->setDescription(QStringLiteral("Apply in English"));
}

} // namespace wristdoc
