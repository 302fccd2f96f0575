#include "ConsentPage.h"

#include "EnrolmentMessages.h"
#include "EnrolmentRules.h"
#include "OptionCard.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScroller>
#include <QVBoxLayout>

namespace wristdoc {

ConsentPage::ConsentPage(const QString &consentId, bool required, Theme &theme, QWidget *parent)
    : EnrolmentPage(consentId + QStringLiteral("-consentPage"), parent)
    , m_consentId(consentId)
    , m_required(required)
    , m_theme(theme)
    , m_badge(makeLabel(QStringLiteral("consentBadge"), int(Theme::Role::Badge), this))
    , m_version(makeLabel(QStringLiteral("consentVersion"), int(Theme::Role::Caption), this))
    , m_textBox(new QScrollArea(this))
    , m_text(makeLabel(QStringLiteral("consentText"), int(Theme::Role::Body), nullptr))
    , m_group(new QButtonGroup(this))
    , m_agree(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_disagree(new OptionCard(theme, OptionCard::Mark::Radio, this))
    , m_answerMessage(
          makeLabel(QStringLiteral("consentAnswerMessage"), int(Theme::Role::Caption), this)) {
    m_badge->setWordWrap(false);
    m_textBox->setObjectName(QStringLiteral("consentTextBox"));
    m_agree->setObjectName(QStringLiteral("agreeOption"));
    m_disagree->setObjectName(QStringLiteral("disagreeOption"));

    // The text scrolls inside its box, so the answer stays in sight below it.
    auto *textHolder = new QWidget;
    textHolder->setObjectName(QStringLiteral("consentTextHolder"));
    auto *holderLayout = new QVBoxLayout(textHolder);
    holderLayout->setContentsMargins(16, 12, 16, 12);
    holderLayout->addWidget(m_text);
    holderLayout->addStretch(1);
    m_textBox->setWidgetResizable(true);
    m_textBox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_textBox->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_textBox->setWidget(textHolder);
    m_textBox->setFocusPolicy(Qt::StrongFocus); // arrow keys scroll it
    QScroller::grabGesture(m_textBox->viewport(), QScroller::TouchGesture);

    auto *badgeRow = new QHBoxLayout;
    badgeRow->setSpacing(12);
    badgeRow->addWidget(m_badge);
    badgeRow->addStretch(1);
    body()->addLayout(badgeRow);
    body()->addWidget(m_version);
    body()->addWidget(m_textBox);
    for (OptionCard *card : {m_agree, m_disagree}) {
        m_group->addButton(card);
        body()->addWidget(card);
        connect(card, &OptionCard::toggled, this, &ConsentPage::updateAnswer);
    }
    body()->addWidget(m_answerMessage);
    m_answerMessage->hide();

    connect(&m_theme, &Theme::changed, this, &ConsentPage::applyTheme);
    applyTheme();
    retranslateUi();
}

bool ConsentPage::hasAnswer() const {
    return m_group->checkedButton() != nullptr;
}

bool ConsentPage::granted() const {
    return m_agree->isChecked();
}

bool ConsentPage::isComplete() const {
    return m_required ? granted() : hasAnswer();
}

QString ConsentPage::blockingReason() const {
    if (!hasAnswer())
        return tr("Choose whether you agree.");
    if (m_required && !granted())
        return tr("You need to agree to this to take part.");
    return QString();
}

void ConsentPage::writeTo(EnrolmentApplication *application) const {
    application->consents.append({m_consentId, EnrolmentRules::consentVersion(), granted()});
}

void ConsentPage::readFrom(const EnrolmentApplication &application) {
    for (const ConsentGrant &grant : application.consents) {
        if (grant.id == m_consentId)
            (grant.granted ? m_agree : m_disagree)->setChecked(true);
    }
}

bool ConsentPage::hasInput() const {
    return hasAnswer();
}

void ConsentPage::clear() {
    m_group->setExclusive(false);
    m_agree->setChecked(false);
    m_disagree->setChecked(false);
    m_group->setExclusive(true);
    m_textBox->ensureVisible(0, 0);
    updateAnswer();
}

void ConsentPage::updateAnswer() {
    FieldMessage message;
    if (m_disagree->isChecked()) {
        message = m_required ? FieldMessage{tr("Without this consent you cannot take part. You can "
                                               "agree, or ask the staff about it."),
                                            true}
                             : FieldMessage{tr("That is fine: you can take part without this "
                                               "consent."),
                                            false};
    }
    showFieldMessage(m_answerMessage, message);
    Q_EMIT completeChanged();
}

void ConsentPage::applyTheme() {
    const Theme::Colors c = m_theme.colors();
    const int border = m_theme.highContrast() ? 3 : 2;
    m_textBox->setStyleSheet(
        QStringLiteral("QScrollArea#consentTextBox { background: %1; border: %2px solid %3; "
                       "border-radius: 10px; } QWidget#consentTextHolder { background: %1; }")
            .arg(c.card.name())
            .arg(border)
            .arg(c.border.name()));
    // Tall enough for several lines at any text size, short enough to keep the answers close.
    m_textBox->setMinimumHeight(m_theme.scaled(220));
    m_textBox->setMaximumHeight(m_theme.scaled(300));
}

void ConsentPage::retranslateUi() {
    const QString title = EnrolmentMessages::consentTitle(m_consentId);
    setHeading(title, m_required ? tr("Please read this and choose your answer.")
                                 : tr("This consent is optional. Please read it and choose "
                                      "your answer."));
    m_badge->setText(m_required ? tr("Required") : tr("Optional"));
    m_version->setText(tr("Text version %1").arg(EnrolmentRules::consentVersion()));
    m_text->setText(EnrolmentMessages::consentText(m_consentId));
    m_textBox->setAccessibleName(title);
    m_agree->setTitle(EnrolmentMessages::consentAnswer(true));
    m_disagree->setTitle(EnrolmentMessages::consentAnswer(false));
    updateAnswer();
}

} // namespace wristdoc
