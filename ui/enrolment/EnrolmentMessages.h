#pragma once

#include "DeliveryStatus.h"
#include "EnrolmentApplication.h"
#include "EnrolmentIntake.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

namespace wristdoc {

// What a field's check says next to the field: nothing when the value is fine, a hint while it
// is empty or still being typed, a problem when it cannot be right as it stands.
struct FieldMessage {
    QString text;
    bool problem = false;
    bool isOk() const { return text.isEmpty(); }
};

// Every sentence of the enrolment wizard that depends on data: the typed-input checks of
// EnrolmentRules in words, the choices' names, the consent texts, the receipt's states. One
// place, so the words stay consistent between the pages, the review and the receipt.
class EnrolmentMessages {
    Q_DECLARE_TR_FUNCTIONS(EnrolmentMessages)

public:
    static FieldMessage name(const QString &typed);
    // The three birth-date fields as typed (digits or empty); today is the programme's date.
    static FieldMessage birthDate(const QString &year, const QString &month, const QString &day,
                                  const QDate &today);
    static FieldMessage mobile(const QString &typed);

    static QString eligibility(EligibilityBasis basis);
    static QString deviceName(DeviceChoice device);
    static QString deviceDescription(DeviceChoice device);
    static QString districtName(const QString &code, const QLocale &locale);
    // A date of birth as the review writes it: "1956년 4월 9일", "April 9, 1956".
    static QString date(const QDate &date, const QLocale &locale);

    static QString consentTitle(const QString &consentId);
    static QString consentText(const QString &consentId);
    static QString consentAnswer(bool granted);

    // Why the application could not be saved on this kiosk, and that nothing typed is lost.
    static QString intakeFailure(IntakeFailure failure);
    // The review's warning when this kiosk already took an application for the same person.
    static QString repeatApplicant();

    // The receipt's state in words: where the application is and what happens next.
    static QString deliveryState(const DeliveryStatus &status, const QLocale &locale);
    // "You are number 1,206 in the programme's queue."; empty when unknown.
    static QString waitingPosition(const DeliveryStatus &status, const QLocale &locale);
    // "Estimated wait: 4 to 10 minutes."; empty when unknown.
    static QString estimatedWait(const DeliveryStatus &status);
    // "4 to 10 minutes", "about 2 hours"; empty when the range is unknown.
    static QString waitRange(int minSeconds, int maxSeconds);
};

} // namespace wristdoc
