#include "ReceiptPage.h"

#include "EnrolmentMessages.h"
#include "Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

ReceiptPage::ReceiptPage(QWidget *parent)
    : EnrolmentPage(QStringLiteral("receiptPage"), parent)
    , m_codeCaption(makeLabel(QStringLiteral("referenceCaption"), int(Theme::Role::Title), this))
    , m_code(makeLabel(QStringLiteral("referenceCode"), int(Theme::Role::Huge), this))
    , m_state(makeLabel(QStringLiteral("deliveryState"), int(Theme::Role::Title), this))
    , m_position(makeLabel(QStringLiteral("waitingPosition"), int(Theme::Role::Body), this))
    , m_wait(makeLabel(QStringLiteral("estimatedWait"), int(Theme::Role::Body), this))
    , m_advice(makeLabel(QStringLiteral("receiptAdvice"), int(Theme::Role::Body), this))
    , m_finish(new QPushButton(this)) {
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_finish->setMinimumSize(Theme::MinTouchTarget * 3, Theme::MinTouchTarget + 12);
    connect(m_finish, &QPushButton::clicked, this, &ReceiptPage::finishRequested);
    Theme::setTone(m_code, "brand");
    // A code never breaks across lines; it is short enough for any width at 200 %.
    m_code->setWordWrap(false);
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    body()->addWidget(m_codeCaption);
    body()->addWidget(m_code, 0, Qt::AlignLeft);
    body()->addSpacing(8);
    body()->addWidget(m_state);
    body()->addWidget(m_position);
    body()->addWidget(m_wait);
    body()->addSpacing(8);
    body()->addWidget(m_advice);
    body()->addSpacing(8);
    body()->addWidget(m_finish, 0, Qt::AlignLeft);
    retranslateUi();
}

void ReceiptPage::setDeliveryStatus(const DeliveryStatus &status) {
    m_status = status;
    updateTexts();
}

void ReceiptPage::clear() {
    m_status = DeliveryStatus();
    updateTexts();
}

void ReceiptPage::retranslateUi() {
    updateTexts();
}

void ReceiptPage::updateTexts() {
    const QLocale locale;
    const bool rejected = m_status.state == DeliveryState::Rejected;
    setHeading(rejected ? tr("Your application was not accepted") : tr("Your application is saved"),
               QString());
    m_codeCaption->setText(tr("Your reference code"));
    m_code->setText(m_status.reference);
    // Spelled out for screen readers: "W D 7 K 3 F 9 Q".
    QString spelled;
    for (QChar c : m_status.reference) {
        if (c != u'-')
            spelled += c + QLatin1Char(' ');
    }
    m_code->setAccessibleName(tr("Reference code %1").arg(spelled.trimmed()));
    m_state->setText(EnrolmentMessages::deliveryState(m_status, locale));
    Theme::setTone(m_state, m_status.state == DeliveryState::Confirmed ? "success"
                            : rejected                                 ? "warning"
                                                                       : nullptr);
    m_position->setText(EnrolmentMessages::waitingPosition(m_status, locale));
    m_position->setVisible(!m_position->text().isEmpty());
    m_wait->setText(EnrolmentMessages::estimatedWait(m_status));
    m_wait->setVisible(!m_wait->text().isEmpty());
    m_finish->setText(tr("Finish"));
    m_advice->setText(tr("Write down this code or take a photo of it. The staff can find your "
                         "application with it. Nothing else about you stays on this screen."));
}

} // namespace wristdoc
