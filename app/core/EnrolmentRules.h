#pragma once

#include "EnrolmentApplication.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace wristdoc {

// One broken rule: the field in the API's naming ("applicant.mobile") and a stable code. The UI
// and the server turn codes into words; no words live here.
struct ApplicationIssue {
    QString field;
    QString code;
    bool operator==(const ApplicationIssue &o) const { return field == o.field && code == o.code; }
};

enum class MobileIssue { None, Empty, NotDigits, WrongPrefix, WrongLength };
enum class BirthDateIssue { None, Empty, Impossible, InFuture, TooOld, UnderAge };
enum class NameIssue { None, Empty, TooLong, InvalidCharacters };

// The enrolment's rules, shared by the wizard (validation as the person types) and the reference
// server (the same rules decide 422), so the two never disagree.
class EnrolmentRules {
public:
    static constexpr int kMinimumAge = 19;
    static constexpr int kMaximumAge = 120;
    static constexpr int kMaximumNameLength = 40;

    // Consent texts the applicant sees; the version names the wording.
    static QString personalDataConsentId() { return QStringLiteral("personal-data"); }
    static QString healthDataConsentId() { return QStringLiteral("health-data"); }
    static QString thirdPartyConsentId() { return QStringLiteral("third-party"); }
    static QString consentVersion() { return QStringLiteral("2026-01"); }

    // Accepts what people type ("010-1234-5678", "010 1234 5678"); on success writes digits only.
    // 010 needs eight more digits; 011, 016, 017, 018 and 019 seven or eight.
    static MobileIssue checkMobile(const QString &typed, QString *digits = nullptr);
    // "01012345678" -> "010-1234-5678"; partial input is grouped as far as it goes.
    static QString formatMobile(const QString &typed);

    // Year, month and day as typed; Impossible for Feb 30 or month 13. today is the local date.
    static BirthDateIssue checkBirthDate(int year, int month, int day, const QDate &today);
    static BirthDateIssue checkBirthDate(const QDate &birthDate, const QDate &today);
    // Completed years on that day (a 29 February birthday counts on 1 March in common years).
    static int ageOn(const QDate &birthDate, const QDate &day);

    static NameIssue checkName(const QString &name);
    static bool isDistrict(const QString &code);

    // Every broken rule of a whole application, in field order. Empty means valid.
    static QVector<ApplicationIssue> validate(const EnrolmentApplication &application,
                                              const QDate &today);
};

} // namespace wristdoc
