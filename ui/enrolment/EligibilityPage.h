#pragma once

#include "EnrolmentPage.h"

class QButtonGroup;
class QLabel;

namespace wristdoc {

class OptionCard;
class Theme;

// Who can take part: adults who live, work or study in Seoul. The applicant picks their tie to
// the city and confirms being 19 or older (checked again against the date of birth later).
class EligibilityPage : public EnrolmentPage {
    Q_OBJECT

public:
    EligibilityPage(Theme &theme, QWidget *parent = nullptr);

    bool hasBasis() const;
    EligibilityBasis basis() const;
    bool isComplete() const override;
    QString blockingReason() const override;
    void writeTo(EnrolmentApplication *application) const override;
    void readFrom(const EnrolmentApplication &application) override;
    bool hasInput() const override;
    void clear() override;

protected:
    void retranslateUi() override;

private:
    OptionCard *cardFor(EligibilityBasis basis) const;

    QLabel *m_basisCaption;
    QButtonGroup *m_group;
    OptionCard *m_lives;
    OptionCard *m_works;
    OptionCard *m_studies;
    QLabel *m_ageCaption;
    OptionCard *m_adult;
};

} // namespace wristdoc
