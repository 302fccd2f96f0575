#include "DashboardHeader.h"

#include "FlowLayout.h"
#include "Formatter.h"
#include "LanguageController.h"
#include "TextLabel.h"
#include "Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

DashboardHeader::DashboardHeader(LanguageController &language, Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_theme(theme)
    , m_appName(new TextLabel(this))
    , m_date(new TextLabel(this))
    , m_demoBadge(new TextLabel(this))
    , m_profileButton(makeButton(this, QStringLiteral("profileButton")))
    , m_profileMenu(new QMenu(m_profileButton))
    , m_profileGroup(new QActionGroup(this))
    , m_addProfileAction(new QAction(this))
    , m_linkAction(new QAction(this))
    , m_unlinkAction(new QAction(this))
    , m_languageButton(makeButton(this, QStringLiteral("languageButton")))
    , m_textSizeCaption(new TextLabel(this))
    , m_smaller(makeButton(this, QStringLiteral("textSmallerButton")))
    , m_scale(new TextLabel(this))
    , m_larger(makeButton(this, QStringLiteral("textLargerButton")))
    , m_contrastButton(makeButton(this, QStringLiteral("highContrastButton")))
    , m_settingsButton(makeButton(this, QStringLiteral("settingsButton")))
    , m_settingsMenu(new QMenu(m_settingsButton))
    , m_pairButton(makeButton(this, QStringLiteral("pairWatchButton")))
    , m_enrolButton(makeButton(this, QStringLiteral("enrolButton")))
    , m_refreshAction(new QAction(this))
    , m_removeDemoAction(new QAction(this)) {
    setObjectName(QStringLiteral("dashboardHeader"));
    m_appName->setObjectName(QStringLiteral("appName"));
    m_date->setObjectName(QStringLiteral("todayDate"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_textSizeCaption->setObjectName(QStringLiteral("textSizeCaption"));
    m_scale->setObjectName(QStringLiteral("textScaleValue"));
    Theme::setRole(m_appName, Theme::Role::Heading);
    Theme::setTone(m_appName, "brand");
    Theme::setRole(m_date, Theme::Role::Heading);
    Theme::setRole(m_demoBadge, Theme::Role::Badge);
    Theme::setRole(m_textSizeCaption, Theme::Role::Body);
    Theme::setRole(m_scale, Theme::Role::Title);
    m_date->setWordWrap(true);
    m_scale->setAlignment(Qt::AlignCenter);
    m_contrastButton->setCheckable(true);
    m_smaller->setProperty("symbol", true);
    m_larger->setProperty("symbol", true);

    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_removeDemoAction->setObjectName(QStringLiteral("removeDemoDataAction"));
    m_removeDemoAction->setEnabled(false);
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addAction(m_refreshAction);
    m_settingsMenu->addSeparator();
    m_settingsMenu->addAction(m_removeDemoAction);
    m_settingsButton->setMenu(m_settingsMenu);

    m_profileMenu->setObjectName(QStringLiteral("profileMenu"));
    m_profileGroup->setExclusive(true);
    m_addProfileAction->setObjectName(QStringLiteral("addProfileAction"));
    m_linkAction->setObjectName(QStringLiteral("linkAction"));
    m_unlinkAction->setObjectName(QStringLiteral("unlinkAction"));
    m_profileButton->setMenu(m_profileMenu);
    m_profileButton->hide(); // nobody to show until the first snapshot

    // Row 1: who and when. Row 2: the controls, wrapping as needed.
    auto *titleRow = new FlowLayout(nullptr, 16);
    titleRow->addWidget(m_appName);
    titleRow->addWidget(m_date);
    titleRow->addWidget(m_demoBadge);
    titleRow->addWidget(m_profileButton);

    auto *textSize = new QWidget(this);
    textSize->setObjectName(QStringLiteral("textSizeControl"));
    auto *textSizeLayout = new QHBoxLayout(textSize);
    textSizeLayout->setContentsMargins(0, 0, 0, 0);
    textSizeLayout->setSpacing(8);
    textSizeLayout->addWidget(m_textSizeCaption);
    textSizeLayout->addWidget(m_smaller);
    textSizeLayout->addWidget(m_scale);
    textSizeLayout->addWidget(m_larger);

    auto *controls = new FlowLayout(nullptr, 16);
    controls->addWidget(m_languageButton);
    controls->addWidget(textSize);
    controls->addWidget(m_contrastButton);
    controls->addWidget(m_enrolButton);
    controls->addWidget(m_pairButton);
    controls->addWidget(m_settingsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(titleRow);
    layout->addLayout(controls);

    connect(m_languageButton, &QPushButton::clicked, &m_language, &LanguageController::toggle);
    connect(m_smaller, &QPushButton::clicked, &m_theme, &Theme::decreaseTextScale);
    connect(m_larger, &QPushButton::clicked, &m_theme, &Theme::increaseTextScale);
    connect(m_contrastButton, &QPushButton::toggled, &m_theme, &Theme::setHighContrast);
    connect(&m_theme, &Theme::changed, this, &DashboardHeader::updateThemeControls);
    connect(m_refreshAction, &QAction::triggered, this, &DashboardHeader::refreshRequested);
    connect(m_pairButton, &QPushButton::clicked, this, &DashboardHeader::pairWatchRequested);
    connect(m_enrolButton, &QPushButton::clicked, this, &DashboardHeader::enrolRequested);
    connect(m_removeDemoAction, &QAction::triggered, this,
            &DashboardHeader::removeDemoDataRequested);
    connect(m_addProfileAction, &QAction::triggered, this, &DashboardHeader::addProfileRequested);
    connect(m_linkAction, &QAction::triggered, this, &DashboardHeader::linkRequested);
    connect(m_unlinkAction, &QAction::triggered, this, &DashboardHeader::unlinkRequested);

    retranslateUi();
}

QPushButton *DashboardHeader::makeButton(QWidget *parent, const QString &objectName) {
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);
    return button;
}

void DashboardHeader::setToday(const QDate &today) {
    m_today = today;
    retranslateUi();
}

void DashboardHeader::setDemoData(bool demoData) {
    m_demoData = demoData;
    m_removeDemoAction->setEnabled(demoData);
    m_demoBadge->setVisible(demoData);
}

void DashboardHeader::setProfiles(const QVector<DashboardSnapshot::Profile> &profiles,
                                  const QString &activeId, bool linked) {
    m_profiles = profiles;
    m_activeProfileId = activeId;
    m_linked = linked;
    m_hasProfiles = true;
    m_profileButton->show();
    rebuildProfileMenu();
}

QString DashboardHeader::profileName(const DashboardSnapshot::Profile &profile) const {
    //: The person's name when the household gave none: this computer's own participant.
    return profile.name.trimmed().isEmpty() ? tr("Me") : profile.name;
}

void DashboardHeader::rebuildProfileMenu() {
    if (!m_hasProfiles)
        return;
    // The menu shows the snapshot's state, not the last click: a switch takes effect when the
    // application sends the new person's snapshot. That may happen inside an old action's own
    // triggered(), so old actions are deleted later, nameless and out of the group.
    for (QAction *action : m_profileGroup->actions()) {
        m_profileGroup->removeAction(action);
        action->setObjectName(QString());
        action->deleteLater();
    }
    m_profileMenu->clear();

    DashboardSnapshot::Profile active;
    active.id = m_activeProfileId;
    for (const DashboardSnapshot::Profile &profile : m_profiles) {
        if (profile.id == m_activeProfileId)
            active = profile;
        auto *action = new QAction(profileName(profile), m_profileGroup);
        action->setObjectName(QStringLiteral("profileAction-") + profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == m_activeProfileId);
        if (profile.id == m_activeProfileId) {
            // The style's tick is small; the person shown is also in bold.
            QFont bold = action->font();
            bold.setBold(true);
            action->setFont(bold);
        }
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            const QString before = m_activeProfileId;
            // Until the application switches, the check stays on the person shown.
            for (QAction *a : m_profileGroup->actions())
                a->setChecked(a->objectName() == QStringLiteral("profileAction-") + before);
            if (id != before)
                Q_EMIT profileSwitchRequested(id);
        });
        m_profileMenu->addAction(action);
    }
    if (!m_profiles.isEmpty())
        m_profileMenu->addSeparator();
    m_addProfileAction->setText(tr("Add a person…"));
    m_linkAction->setText(tr("Link this computer…"));
    m_unlinkAction->setText(tr("Unlink…"));
    m_profileMenu->addAction(m_addProfileAction);
    m_profileMenu->addAction(m_linked ? m_unlinkAction : m_linkAction);

    const QString name = profileName(active);
    m_profileButton->setText(name + QStringLiteral(" \u25BC"));
    //: The button that opens the list of people on this computer. %1 is the person shown.
    m_profileButton->setAccessibleName(tr("Records of %1. Choose a person").arg(name));
    m_profileButton->setToolTip(m_profileButton->accessibleName());
}

void DashboardHeader::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardHeader::retranslateUi() {
    const Formatter f(m_language.locale(), QTimeZone());
    m_appName->setText(tr("WristDoc"));
    m_date->setVisible(m_today.isValid());
    m_date->setText(m_today.isValid() ? f.longDate(m_today) : QString());
    m_date->setAccessibleName(tr("Today is %1").arg(m_date->text()));
    m_demoBadge->setText(tr("Demo data"));
    m_enrolButton->setText(tr("Join the programme"));
    m_enrolButton->setAccessibleName(tr("Apply to join the walking programme"));
    m_pairButton->setText(tr("Pair a watch"));
    m_pairButton->setAccessibleName(tr("Pair a watch and bring in its records"));
    m_demoBadge->setToolTip(tr("These records are demo data for practice, not your own."));
    m_demoBadge->setVisible(m_demoData);

    // The switch names the other language in that language, so anyone can find their own.
    const LanguageController::Language other = m_language.otherLanguage();
    m_languageButton->setText(LanguageController::nativeName(other));
    m_languageButton->setAccessibleName(
        tr("Change the language to %1").arg(LanguageController::nativeName(other)));
    m_languageButton->setToolTip(m_languageButton->accessibleName());

    m_textSizeCaption->setText(tr("Text size"));
    // Full-width minus and plus: a pair of equal width, both in the Korean font (the
    // mathematical minus U+2212 is not, and the theme's fonts do not fall back).
    m_smaller->setText(QStringLiteral("\uFF0D"));
    m_smaller->setAccessibleName(tr("Smaller text"));
    m_smaller->setToolTip(tr("Smaller text"));
    m_larger->setText(QStringLiteral("\uFF0B"));
    m_larger->setAccessibleName(tr("Larger text"));
    m_larger->setToolTip(tr("Larger text"));

    m_settingsButton->setText(tr("Settings") + QStringLiteral(" \u25BC"));
    m_settingsButton->setAccessibleName(tr("Settings"));
    m_refreshAction->setText(tr("Refresh now"));
    m_removeDemoAction->setText(tr("Remove demo data…"));
    rebuildProfileMenu();
    updateThemeControls();
}

void DashboardHeader::updateThemeControls() {
    const Formatter f(m_language.locale(), QTimeZone());
    m_scale->setText(f.percent(m_theme.textScalePercent()));
    m_scale->setAccessibleName(tr("Text size %1").arg(f.percent(m_theme.textScalePercent())));
    m_smaller->setEnabled(m_theme.canDecreaseTextScale());
    m_larger->setEnabled(m_theme.canIncreaseTextScale());

    // Whose records these are matters before anything else on the page: the person's button
    // speaks in the size of a card title (only the font: colours stay the theme's).
    const QString profileSheet =
        QStringLiteral("QPushButton { font-size: %1pt; font-weight: bold; }")
            .arg(m_theme.pointSize(Theme::Role::Title), 0, 'f', 1);
    if (m_profileButton->styleSheet() != profileSheet) // a new sheet re-polishes the button
        m_profileButton->setStyleSheet(profileSheet);

    const QSignalBlocker blocker(m_contrastButton);
    m_contrastButton->setChecked(m_theme.highContrast());
    m_contrastButton->setText(m_theme.highContrast() ? tr("High contrast: on")
                                                     : tr("High contrast: off"));
    m_contrastButton->setAccessibleName(tr("High contrast"));
}

} // namespace wristdoc
