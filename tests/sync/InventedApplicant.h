#pragma once

// Invented applicants for the delivery tests: valid by the programme's rules, distinct by index,
// and plainly not anyone's real data.
#include "EnrolmentApplication.h"
#include "EnrolmentRules.h"

namespace wristdoc {

// Names may not hold digits, so the index is spelled in letters: 0 -> "aaaa", 27 -> "aabb".
inline QString lettersFor(int index) {
    QString out(4, u'a');
    for (int i = 3; i >= 0; --i, index /= 26)
        out[i] = QChar(u'a' + index % 26);
    return out;
}

inline EnrolmentApplication inventedApplicant(int index, const QDate &birthDate,
                                              const QString &district = QStringLiteral("mapo")) {
    EnrolmentApplication a;
    a.name = QStringLiteral("Test Applicant ") + lettersFor(index);
    a.birthDate = birthDate;
    a.mobile = QStringLiteral("0100000%1").arg(index, 4, 10, QChar(u'0'));
    a.district = district;
    a.consents = {{EnrolmentRules::personalDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::healthDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::thirdPartyConsentId(), EnrolmentRules::consentVersion(), false}};
    return a;
}

} // namespace wristdoc
