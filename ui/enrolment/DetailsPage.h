#pragma once

#include "EnrolmentPage.h"

#include <QDate>

#include <functional>

class QLabel;
class QLineEdit;

namespace wristdoc {

class BirthDateInput;
class MobileNumberEdit;
struct FieldMessage;

// Name, date of birth and mobile phone number, each checked as it is typed with the words of
// EnrolmentMessages next to the field. No resident registration number: the programme never
// asks for one.
class DetailsPage : public EnrolmentPage {
    Q_OBJECT

public:
    // today: the programme's local date, asked at each check (a kiosk runs past midnight).
    explicit DetailsPage(std::function<QDate()> today, QWidget *parent = nullptr);

    bool isComplete() const override;
    QString blockingReason() const override;
    void writeTo(EnrolmentApplication *application) const override;
    void readFrom(const EnrolmentApplication &application) override;
    bool hasInput() const override;
    void clear() override;
    void wipe() override;
    void focusFirstField() override;

protected:
    void retranslateUi() override;

private:
    FieldMessage nameCheck() const;
    FieldMessage birthDateCheck() const;
    FieldMessage mobileCheck() const;
    void updateChecks();

    std::function<QDate()> m_today;
    QLabel *m_nameCaption;
    QLineEdit *m_name;
    QLabel *m_nameMessage;
    QLabel *m_birthCaption;
    BirthDateInput *m_birthDate;
    QLabel *m_birthMessage;
    QLabel *m_mobileCaption;
    MobileNumberEdit *m_mobile;
    QLabel *m_mobileMessage;
};

} // namespace wristdoc
