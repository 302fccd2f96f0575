#include "StaffButton.h"

#include "Theme.h"

#include <QEvent>

namespace wristdoc {

StaffButton::StaffButton(TaskScheduler &scheduler, QWidget *parent)
    : QPushButton(parent)
    , m_scheduler(scheduler) {
    setObjectName(QStringLiteral("staffButton"));
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(Theme::MinTouchTarget * 2, Theme::MinTouchTarget);
    connect(this, &QAbstractButton::pressed, this, &StaffButton::beginHold);
    // Released also when the finger slides off the button: the hold starts again from zero.
    connect(this, &QAbstractButton::released, this, &StaffButton::endHold);
    retranslateUi();
}

StaffButton::~StaffButton() {
    if (m_hold != 0)
        m_scheduler.cancel(m_hold);
}

void StaffButton::beginHold() {
    endHold();
    m_hold = m_scheduler.schedule(kHoldMs, this, [this] {
        m_hold = 0;
        retranslateUi();
        Q_EMIT held();
    });
    retranslateUi();
}

void StaffButton::endHold() {
    if (m_hold != 0)
        m_scheduler.cancel(m_hold);
    m_hold = 0;
    retranslateUi();
}

void StaffButton::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

void StaffButton::retranslateUi() {
    setText(isHolding() ? tr("Keep holding") : tr("Staff"));
    setAccessibleName(tr("Staff"));
    setAccessibleDescription(tr("For staff: hold for two seconds"));
}

} // namespace wristdoc
