#include "EnrolmentPage.h"

#include "EnrolmentMessages.h"
#include "TextLabel.h"
#include "Theme.h"

#include <QEvent>
#include <QStyle>
#include <QVBoxLayout>

namespace wristdoc {

EnrolmentPage::EnrolmentPage(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_heading(makeLabel(QStringLiteral("pageHeading"), int(Theme::Role::Heading), this))
    , m_intro(makeLabel(QStringLiteral("pageIntro"), int(Theme::Role::Body), this))
    , m_body(new QVBoxLayout) {
    setObjectName(objectName);
    // As wide as the wizard allows (up to its maximum width), growing downwards.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    m_body->setSpacing(16);
    layout->addLayout(m_body);
    layout->addStretch(1);
}

QString EnrolmentPage::heading() const {
    return m_heading->text();
}

void EnrolmentPage::focusFirstField() {
    // The whole chain once round: setTabOrder() may have moved a page's controls in it.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && w->isVisibleTo(this) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void EnrolmentPage::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EnrolmentPage::setHeading(const QString &heading, const QString &intro) {
    m_heading->setText(heading);
    m_intro->setText(intro);
    m_intro->setVisible(!intro.isEmpty());
}

QLabel *EnrolmentPage::makeLabel(const QString &objectName, int role, QWidget *parent) {
    auto *label = new TextLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    Theme::setRole(label, Theme::Role(role));
    return label;
}

void EnrolmentPage::showFieldMessage(QLabel *label, const FieldMessage &message) {
    label->setText(message.text);
    label->setVisible(!message.text.isEmpty());
    // The words carry the meaning; the colour and weight only add to it.
    const QVariant before = label->property("role");
    Theme::setRole(label, message.problem ? Theme::Role::Warning : Theme::Role::Caption);
    const bool roleChanged = before != label->property("role");
    label->setProperty("problem", message.problem);
    Theme::setTone(label, message.problem ? "warning" : nullptr);
    if (roleChanged && label->testAttribute(Qt::WA_WState_Polished)) {
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
}

} // namespace wristdoc
