#pragma once

#include "EnrolmentPage.h"
#include "LanguageController.h"

namespace wristdoc {

class OptionCard;
class Theme;

// The first step: 한국어 or English, two big cards, each written in its own language so
// everyone finds theirs. Tapping one switches the language at once.
class LanguagePage : public EnrolmentPage {
    Q_OBJECT

public:
    LanguagePage(Theme &theme, QWidget *parent = nullptr);

    void setCurrent(LanguageController::Language language);

Q_SIGNALS:
    void languageChosen(wristdoc::LanguageController::Language language);

protected:
    void retranslateUi() override;

private:
    OptionCard *m_korean;
    OptionCard *m_english;
};

} // namespace wristdoc
