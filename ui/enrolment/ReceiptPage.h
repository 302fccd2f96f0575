#pragma once

#include "DeliveryStatus.h"
#include "EnrolmentPage.h"

class QLabel;
class QPushButton;

namespace wristdoc {

class Theme;

// Shown only once the application is stored on this kiosk: the reference code in very large
// type, where the application is in words, and when known the cohort day or the place in the
// programme's queue with an estimated wait. No personal data is on this page. "Finish" is on
// the page, not where Next was: a double tap on "Send" must not skip the receipt.
class ReceiptPage : public EnrolmentPage {
    Q_OBJECT

public:
    explicit ReceiptPage(QWidget *parent = nullptr);

    const DeliveryStatus &status() const { return m_status; }
    void clear() override;

public Q_SLOTS:
    void setDeliveryStatus(const wristdoc::DeliveryStatus &status);

Q_SIGNALS:
    void finishRequested();

protected:
    void retranslateUi() override;

private:
    void updateTexts();

    DeliveryStatus m_status;
    QLabel *m_codeCaption;
    QLabel *m_code;
    QLabel *m_state;
    QLabel *m_position;
    QLabel *m_wait;
    QLabel *m_advice;
    QPushButton *m_finish;
};

} // namespace wristdoc
