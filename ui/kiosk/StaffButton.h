#pragma once

#include "TaskScheduler.h"

#include <QPushButton>

namespace wristdoc {

// The kiosk's quiet way to the staff PIN: a small "Staff" button that must be held down for
// kHoldMs. A tap does nothing, so a citizen who touches it by chance is not thrown into a PIN
// prompt; staff know to hold it (and the PIN, not the hold, is what keeps strangers out).
// While held it says "Keep holding". Kept out of the Tab order: the applicant's keyboard path
// through the enrolment never lands on it. The hold is timed on the injected scheduler.
class StaffButton : public QPushButton {
    Q_OBJECT

public:
    static constexpr qint64 kHoldMs = 2000;

    explicit StaffButton(TaskScheduler &scheduler, QWidget *parent = nullptr);
    ~StaffButton() override;

    bool isHolding() const { return m_hold != 0; }

Q_SIGNALS:
    void held();

protected:
    void changeEvent(QEvent *event) override;

private:
    void beginHold();
    void endHold();
    void retranslateUi();

    TaskScheduler &m_scheduler;
    TaskScheduler::TaskId m_hold = 0;
};

} // namespace wristdoc
