#include "EnrolmentMessages.h"

#include "EnrolmentRules.h"
#include "SeoulDistricts.h"

#include <cmath>

namespace wristdoc {

namespace {

QString digitsOnly(const QString &typed) {
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

const QStringList &mobilePrefixes() {
    static const QStringList prefixes = {QStringLiteral("010"), QStringLiteral("011"),
                                         QStringLiteral("016"), QStringLiteral("017"),
                                         QStringLiteral("018"), QStringLiteral("019")};
    return prefixes;
}

// True when more digits could still make a valid prefix: "0", "01".
bool couldStartMobile(const QString &digits) {
    for (const QString &prefix : mobilePrefixes()) {
        if (prefix.startsWith(digits))
            return true;
    }
    return false;
}

FieldMessage hint(const QString &text) {
    return {text, false};
}

FieldMessage problem(const QString &text) {
    return {text, true};
}

} // namespace

FieldMessage EnrolmentMessages::name(const QString &typed) {
    switch (EnrolmentRules::checkName(typed)) {
    case NameIssue::None:
        return {};
    case NameIssue::Empty:
        return hint(tr("Enter your name."));
    case NameIssue::TooLong:
        return problem(
            tr("A name can have at most %1 characters.").arg(EnrolmentRules::kMaximumNameLength));
    case NameIssue::InvalidCharacters:
        return problem(tr("A name cannot contain numbers."));
    }
    return {};
}

FieldMessage EnrolmentMessages::birthDate(const QString &yearText, const QString &monthText,
                                          const QString &dayText, const QDate &today) {
    // The fields accept digits only; what is left to say is about empty, short or impossible
    // values, then EnrolmentRules decides about the date itself.
    if (yearText.isEmpty() && monthText.isEmpty() && dayText.isEmpty())
        return hint(tr("Enter the year, month and day you were born."));
    if (!yearText.isEmpty() && yearText.size() < 4)
        return hint(tr("Enter the year with four digits, for example 1956."));
    if (yearText.isEmpty() || monthText.isEmpty() || dayText.isEmpty())
        return hint(tr("Enter the year, month and day you were born."));
    const int year = yearText.toInt();
    const int month = monthText.toInt();
    const int day = dayText.toInt();
    if (month < 1 || month > 12)
        return problem(tr("The month must be from 1 to 12."));
    const int daysInMonth = QDate(year > 0 ? year : 2000, month, 1).daysInMonth();
    if (day > daysInMonth)
        return problem(tr("This month has %1 days. Check the day.").arg(daysInMonth));
    if (day < 1)
        return problem(tr("The day must be from 1 to %1.").arg(daysInMonth));
    switch (EnrolmentRules::checkBirthDate(year, month, day, today)) {
    case BirthDateIssue::None:
        return {};
    case BirthDateIssue::Empty:
        return hint(tr("Enter the year, month and day you were born."));
    case BirthDateIssue::Impossible:
        return problem(tr("There is no such date. Check the year."));
    case BirthDateIssue::InFuture:
        return problem(tr("This date is in the future. Check the year."));
    case BirthDateIssue::TooOld:
        return problem(tr("This date is more than %1 years ago. Check the year.")
                           .arg(EnrolmentRules::kMaximumAge));
    case BirthDateIssue::UnderAge:
        return problem(
            tr("You can take part from the age of %1.").arg(EnrolmentRules::kMinimumAge));
    }
    return {};
}

FieldMessage EnrolmentMessages::mobile(const QString &typed) {
    const MobileIssue issue = EnrolmentRules::checkMobile(typed);
    const QString digits = digitsOnly(typed);
    const QString prefix = digits.left(3);
    const bool newFormat = prefix == QLatin1String("010");
    switch (issue) {
    case MobileIssue::None:
        return {};
    case MobileIssue::Empty:
        return hint(tr("Enter your mobile phone number, for example 010-1234-5678."));
    case MobileIssue::NotDigits:
        return problem(tr("Use numbers only."));
    case MobileIssue::WrongPrefix:
        if (digits.size() < 3 && couldStartMobile(digits))
            return hint(tr("Keep typing your mobile phone number."));
        return problem(tr("A mobile phone number starts with 010, 011, 016, 017, 018 or 019."));
    case MobileIssue::WrongLength:
        if (digits.size() < (newFormat ? 11 : 10)) {
            return hint(
                newFormat
                    ? tr("Keep typing: a number that starts with %1 has 11 digits.").arg(prefix)
                    : tr("Keep typing: a number that starts with %1 has 10 or 11 "
                         "digits.")
                          .arg(prefix));
        }
        return problem(
            newFormat
                ? tr("Too many digits: a number that starts with %1 has 11 digits.").arg(prefix)
                : tr("Too many digits: a number that starts with %1 has 10 or 11 "
                     "digits.")
                      .arg(prefix));
    }
    return {};
}

QString EnrolmentMessages::eligibility(EligibilityBasis basis) {
    switch (basis) {
    case EligibilityBasis::Lives:
        return tr("I live in Seoul");
    case EligibilityBasis::Works:
        return tr("I work in Seoul");
    case EligibilityBasis::Studies:
        return tr("I study in Seoul");
    }
    return {};
}

QString EnrolmentMessages::deviceName(DeviceChoice device) {
    switch (device) {
    case DeviceChoice::RentalBand:
        return tr("Borrow a band");
    case DeviceChoice::OwnWatch:
        return tr("My own smartwatch");
    case DeviceChoice::PhoneOnly:
        return tr("My phone only");
    }
    return {};
}

QString EnrolmentMessages::deviceDescription(DeviceChoice device) {
    switch (device) {
    case DeviceChoice::RentalBand:
        return tr("The programme lends you a band that counts your steps. You collect it at "
                  "the counter.");
    case DeviceChoice::OwnWatch:
        return tr("Use a smartwatch you already have.");
    case DeviceChoice::PhoneOnly:
        return tr("Your phone counts your steps. No watch is needed.");
    }
    return {};
}

QString EnrolmentMessages::districtName(const QString &code, const QLocale &locale) {
    const District *district = SeoulDistricts::find(code);
    if (!district)
        return QString();
    return locale.language() == QLocale::Korean ? district->koreanName : district->englishName;
}

QString EnrolmentMessages::date(const QDate &date, const QLocale &locale) {
    if (!date.isValid())
        return QString();
    //: A date of birth: a QDate format string (yyyy year, M month, d day, MMMM month name).
    return locale.toString(date, tr("MMMM d, yyyy"));
}

QString EnrolmentMessages::consentTitle(const QString &consentId) {
    if (consentId == EnrolmentRules::personalDataConsentId())
        return tr("Collecting and using your personal data");
    if (consentId == EnrolmentRules::healthDataConsentId())
        return tr("Using your health data");
    if (consentId == EnrolmentRules::thirdPartyConsentId())
        return tr("Sharing with your district's public health centre");
    return consentId;
}

QString EnrolmentMessages::consentText(const QString &consentId) {
    if (consentId == EnrolmentRules::personalDataConsentId()) {
        return tr("What we collect: your name, date of birth, mobile phone number and district, "
                  "why you can take part, and the device you use.\n\n"
                  "Why: to register you in the walking programme, to contact you about it, and "
                  "to pay out your points.\n\n"
                  "How long: until you leave the programme and one more year to settle your "
                  "points. Then it is deleted.\n\n"
                  "We never ask for your resident registration number.\n\n"
                  "You may refuse. Without this consent you cannot take part in the programme.");
    }
    if (consentId == EnrolmentRules::healthDataConsentId()) {
        return tr("What we collect: your steps, your heart rate and the minutes you wear the "
                  "watch, as your watch or phone records them.\n\n"
                  "Why: to count your points and to show you your walking records.\n\n"
                  "Health data is sensitive information. That is why this consent is separate "
                  "from the consent for your other personal data.\n\n"
                  "How long: until you leave the programme. Then it is deleted.\n\n"
                  "You may refuse. Without this consent your steps cannot be counted, so you "
                  "cannot take part in the programme.");
    }
    if (consentId == EnrolmentRules::thirdPartyConsentId()) {
        return tr("Who receives it: the public health centre of your district.\n\n"
                  "What: your name, mobile phone number and district, and your steps per day.\n\n"
                  "Why: to invite you to walking groups and health programmes near you.\n\n"
                  "How long: until you leave the programme or take back this consent.\n\n"
                  "You may refuse. You can take part in the programme without this consent.");
    }
    return QString();
}

QString EnrolmentMessages::consentAnswer(bool granted) {
    return granted ? tr("I agree") : tr("I do not agree");
}

QString EnrolmentMessages::intakeFailure(IntakeFailure failure) {
    switch (failure) {
    case IntakeFailure::None:
        return QString();
    case IntakeFailure::DiskFull:
        return tr("Your application could not be saved because this kiosk's storage is full. "
                  "Everything you entered is still here. Please try again, or ask the staff.");
    case IntakeFailure::ReadOnly:
        return tr("Your application could not be saved because this kiosk cannot store data "
                  "right now. Everything you entered is still here. Please try again, or ask "
                  "the staff.");
    case IntakeFailure::KeyUnavailable:
        return tr("Your application could not be saved because this kiosk's safe storage is "
                  "locked. Everything you entered is still here. Please try again, or ask the "
                  "staff.");
    case IntakeFailure::Other:
        return tr("Your application could not be saved on this kiosk. Everything you entered "
                  "is still here. Please try again, or ask the staff.");
    case IntakeFailure::TooManyRecent:
        return tr("This kiosk has taken many applications in the last few minutes and is "
                  "pausing for a short while. Everything you entered is still here. Please ask "
                  "the staff for help.");
    }
    return QString();
}

QString EnrolmentMessages::repeatApplicant() {
    return tr("An application with the same name, date of birth and mobile number was already "
              "made at this kiosk. If you have applied before, you do not need to apply again. "
              "You can still send this one; if you are not sure, please ask the staff.");
}

QString EnrolmentMessages::deliveryState(const DeliveryStatus &status, const QLocale &locale) {
    switch (status.state) {
    case DeliveryState::Pending:
    case DeliveryState::Sending:
        return tr("Saved on this kiosk. It will be sent to the programme automatically; you do "
                  "not need to wait here.");
    case DeliveryState::Queued:
        if (status.cohortDate.isValid()) {
            //: %1 is a date such as "Monday, November 23".
            return tr("Applications for your birth year are taken on %1. Your application "
                      "will be sent automatically on that day; you do not need to come back.")
                .arg(locale.toString(status.cohortDate, tr("dddd, MMMM d")));
        }
        return tr("Waiting in the programme's queue. It will be sent automatically; you do not "
                  "need to wait here.");
    case DeliveryState::Confirmed:
        if (!status.participantId.isEmpty()) {
            return tr("The programme has confirmed your application. Your participant number "
                      "is %1.")
                .arg(status.participantId);
        }
        return tr("The programme has confirmed your application.");
    case DeliveryState::Rejected:
        if (status.reasonCode == QLatin1String("already-enrolled"))
            return tr("The programme says you are already taking part. If that is not right, "
                      "please ask the staff.");
        if (status.reasonCode == QLatin1String("capacity-reached"))
            return tr("All places in this round are taken. Please ask the staff about the next "
                      "round.");
        if (status.reasonCode == QLatin1String("invalid"))
            return tr("The programme could not accept some of your details. Please ask the "
                      "staff.");
        return tr("The programme could not accept this application. Please ask the staff.");
    case DeliveryState::NeedsAttention:
        return tr("Sending is taking longer than usual. Your application is kept safely on this "
                  "kiosk; the staff can check it with your reference code.");
    }
    return QString();
}

QString EnrolmentMessages::waitingPosition(const DeliveryStatus &status, const QLocale &locale) {
    if (status.state != DeliveryState::Queued || status.waitingPosition < 0 ||
        status.cohortDate.isValid())
        return QString();
    return tr("You are number %1 in the programme's queue.")
        .arg(locale.toString(status.waitingPosition));
}

QString EnrolmentMessages::estimatedWait(const DeliveryStatus &status) {
    if (status.state != DeliveryState::Queued || status.cohortDate.isValid())
        return QString();
    const QString range = waitRange(status.waitMinSeconds, status.waitMaxSeconds);
    if (range.isEmpty())
        return QString();
    return tr("Estimated wait: %1.").arg(range);
}

QString EnrolmentMessages::waitRange(int minSeconds, int maxSeconds) {
    if (maxSeconds < 0)
        return QString();
    minSeconds = std::max(0, std::min(minSeconds, maxSeconds));
    if (maxSeconds < 60)
        return tr("less than a minute");
    // Whole minutes below two hours, then whole hours: a range, never false precision.
    const int maxMinutes = int(std::ceil(maxSeconds / 60.0));
    const int minMinutes = std::max(1, int(std::floor(minSeconds / 60.0)));
    if (maxMinutes < 120) {
        if (minMinutes >= maxMinutes)
            return tr("about %n minute(s)", nullptr, maxMinutes);
        return tr("%1 to %2 minutes").arg(minMinutes).arg(maxMinutes);
    }
    const int maxHours = int(std::ceil(maxSeconds / 3600.0));
    const int minHours = std::max(1, int(std::floor(minSeconds / 3600.0)));
    if (minHours >= maxHours)
        return tr("about %n hour(s)", nullptr, maxHours);
    return tr("%1 to %2 hours").arg(minHours).arg(maxHours);
}

} // namespace wristdoc
