#include "DistrictPage.h"

#include "EnrolmentMessages.h"
#include "FlowLayout.h"
#include "OptionCard.h"
#include "SeoulDistricts.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QCollator>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

DistrictPage::DistrictPage(Theme &theme, QWidget *parent)
    : EnrolmentPage(QStringLiteral("districtPage"), parent)
    , m_theme(theme)
    , m_group(new QButtonGroup(this))
    , m_grid(new FlowLayout(nullptr, 12)) {
    for (const District &district : SeoulDistricts::all()) {
        auto *card = new OptionCard(theme, OptionCard::Mark::None, this);
        card->setObjectName(QStringLiteral("district-") + district.code);
        card->setProperty("districtCode", district.code);
        m_group->addButton(card);
        m_cards.insert(district.code, card);
        connect(card, &OptionCard::toggled, this, &EnrolmentPage::completeChanged);
    }
    body()->addLayout(m_grid);
    connect(&m_theme, &Theme::changed, this, &DistrictPage::arrangeCards);
    retranslateUi();
}

void DistrictPage::setBasis(EligibilityBasis basis) {
    m_basis = basis;
    retranslateUi();
}

QString DistrictPage::district() const {
    const QAbstractButton *checked = m_group->checkedButton();
    return checked ? checked->property("districtCode").toString() : QString();
}

bool DistrictPage::isComplete() const {
    return !district().isEmpty();
}

QString DistrictPage::blockingReason() const {
    return isComplete() ? QString() : tr("Choose your district.");
}

void DistrictPage::writeTo(EnrolmentApplication *application) const {
    application->district = district();
}

void DistrictPage::readFrom(const EnrolmentApplication &application) {
    if (OptionCard *card = m_cards.value(application.district))
        card->setChecked(true);
}

bool DistrictPage::hasInput() const {
    return !district().isEmpty();
}

void DistrictPage::clear() {
    m_group->setExclusive(false);
    for (OptionCard *card : std::as_const(m_cards))
        card->setChecked(false);
    m_group->setExclusive(true);
}

void DistrictPage::retranslateUi() {
    QString intro;
    switch (m_basis) {
    case EligibilityBasis::Lives:
        intro = tr("Choose the district where you live.");
        break;
    case EligibilityBasis::Works:
        intro = tr("Choose the district where you work.");
        break;
    case EligibilityBasis::Studies:
        intro = tr("Choose the district where you study.");
        break;
    }
    setHeading(tr("Your district"), intro);
    const QLocale locale;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        it.value()->setTitle(EnrolmentMessages::districtName(it.key(), locale));
    arrangeCards();
}

void DistrictPage::arrangeCards() {
    // Sorted by name in the language shown, then all as wide as the widest: a tidy grid.
    QList<OptionCard *> cards = m_cards.values();
    QCollator collator{QLocale()};
    std::sort(cards.begin(), cards.end(), [&collator](OptionCard *a, OptionCard *b) {
        return collator.compare(a->title(), b->title()) < 0;
    });
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    int widest = 0;
    for (OptionCard *card : cards) {
        card->setMinimumWidth(0);
        widest = std::max(widest, card->naturalWidth());
    }
    for (OptionCard *card : cards) {
        card->setMinimumWidth(widest);
        m_grid->addWidget(card);
    }
    // Tab order follows the grid.
    for (int i = 1; i < cards.size(); ++i)
        setTabOrder(cards.at(i - 1), cards.at(i));
}

} // namespace wristdoc
