#pragma once

#include "EnrolmentPage.h"

#include <QHash>

class QButtonGroup;

namespace wristdoc {

class FlowLayout;
class OptionCard;
class Theme;

// The 25 districts of SeoulDistricts as a grid of equal, big cards in the order of their names
// in the current language, so a senior finds "종로구" where 가나다 order puts it.
class DistrictPage : public EnrolmentPage {
    Q_OBJECT

public:
    DistrictPage(Theme &theme, QWidget *parent = nullptr);

    // The intro names the district of home, work or school.
    void setBasis(EligibilityBasis basis);
    QString district() const; // code, empty when none is chosen

    bool isComplete() const override;
    QString blockingReason() const override;
    void writeTo(EnrolmentApplication *application) const override;
    void readFrom(const EnrolmentApplication &application) override;
    bool hasInput() const override;
    void clear() override;

protected:
    void retranslateUi() override;

private:
    void arrangeCards();

    Theme &m_theme;
    EligibilityBasis m_basis = EligibilityBasis::Lives;
    QButtonGroup *m_group;
    FlowLayout *m_grid;
    QHash<QString, OptionCard *> m_cards; // by district code
};

} // namespace wristdoc
