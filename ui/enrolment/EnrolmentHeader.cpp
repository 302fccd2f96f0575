#include "EnrolmentHeader.h"

#include "FlowLayout.h"
#include "Formatter.h"
#include "LanguageController.h"
#include "TextLabel.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

namespace {

QPushButton *makeButton(const QString &name, QWidget *parent) {
    auto *button = new QPushButton(parent);
    button->setObjectName(name);
    button->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);
    return button;
}

} // namespace

EnrolmentHeader::EnrolmentHeader(LanguageController &language, Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_theme(theme)
    , m_title(new TextLabel(this))
    , m_step(new TextLabel(this))
    , m_languageButton(makeButton(QStringLiteral("enrolmentLanguageButton"), this))
    , m_smaller(makeButton(QStringLiteral("enrolmentSmallerButton"), this))
    , m_scale(new TextLabel(this))
    , m_larger(makeButton(QStringLiteral("enrolmentLargerButton"), this))
    , m_contrast(makeButton(QStringLiteral("enrolmentContrastButton"), this))
    , m_startOver(makeButton(QStringLiteral("startOverButton"), this)) {
    setObjectName(QStringLiteral("enrolmentHeader"));
    m_title->setObjectName(QStringLiteral("enrolmentTitle"));
    m_step->setObjectName(QStringLiteral("stepIndicator"));
    m_scale->setObjectName(QStringLiteral("enrolmentTextScale"));
    Theme::setRole(m_title, Theme::Role::Title);
    Theme::setTone(m_title, "brand");
    Theme::setRole(m_step, Theme::Role::Title);
    Theme::setRole(m_scale, Theme::Role::Body);
    m_scale->setAlignment(Qt::AlignCenter);
    m_smaller->setProperty("symbol", true);
    m_larger->setProperty("symbol", true);
    m_contrast->setCheckable(true);

    auto *titleRow = new FlowLayout(nullptr, 16);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_step);

    auto *textSize = new QWidget(this);
    auto *textSizeLayout = new QHBoxLayout(textSize);
    textSizeLayout->setContentsMargins(0, 0, 0, 0);
    textSizeLayout->setSpacing(8);
    textSizeLayout->addWidget(m_smaller);
    textSizeLayout->addWidget(m_scale);
    textSizeLayout->addWidget(m_larger);

    auto *controls = new FlowLayout(nullptr, 12);
    controls->addWidget(m_languageButton);
    controls->addWidget(textSize);
    controls->addWidget(m_contrast);
    controls->addWidget(m_startOver);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(titleRow);
    layout->addLayout(controls);

    connect(m_languageButton, &QPushButton::clicked, &m_language, &LanguageController::toggle);
    connect(m_smaller, &QPushButton::clicked, &m_theme, &Theme::decreaseTextScale);
    connect(m_larger, &QPushButton::clicked, &m_theme, &Theme::increaseTextScale);
    connect(m_contrast, &QPushButton::toggled, &m_theme, &Theme::setHighContrast);
    connect(m_startOver, &QPushButton::clicked, this, &EnrolmentHeader::startOverRequested);
    connect(&m_theme, &Theme::changed, this, &EnrolmentHeader::updateThemeControls);
    retranslateUi();
}

void EnrolmentHeader::setStep(int number, int total) {
    m_number = number;
    m_total = total;
    retranslateUi();
}

void EnrolmentHeader::setStartOverVisible(bool visible) {
    m_startOver->setVisible(visible);
}

void EnrolmentHeader::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EnrolmentHeader::retranslateUi() {
    m_title->setText(tr("Join the walking programme"));
    const bool stepShown = m_number > 0 && m_total > 0;
    m_step->setText(stepShown ? tr("Step %1 of %2").arg(m_number).arg(m_total) : QString());
    m_step->setVisible(stepShown);

    // The switch names the other language in that language.
    const LanguageController::Language other = m_language.otherLanguage();
    m_languageButton->setText(LanguageController::nativeName(other));
    m_languageButton->setAccessibleName(
        tr("Change the language to %1").arg(LanguageController::nativeName(other)));
    // Full-width minus and plus, as in the dashboard: equal widths, both in the Korean font.
    m_smaller->setText(QStringLiteral("\uFF0D"));
    m_smaller->setAccessibleName(tr("Smaller text"));
    m_larger->setText(QStringLiteral("\uFF0B"));
    m_larger->setAccessibleName(tr("Larger text"));
    m_startOver->setText(tr("Start over"));
    m_startOver->setAccessibleName(tr("Start over and forget what was entered"));
    updateThemeControls();
}

void EnrolmentHeader::updateThemeControls() {
    m_scale->setText(Formatter(QLocale(), QTimeZone()).percent(m_theme.textScalePercent()));
    m_scale->setAccessibleName(tr("Text size %1").arg(m_scale->text()));
    m_smaller->setEnabled(m_theme.canDecreaseTextScale());
    m_larger->setEnabled(m_theme.canIncreaseTextScale());
    const QSignalBlocker blocker(m_contrast);
    m_contrast->setChecked(m_theme.highContrast());
    m_contrast->setText(m_theme.highContrast() ? tr("High contrast: on")
                                               : tr("High contrast: off"));
}

} // namespace wristdoc
