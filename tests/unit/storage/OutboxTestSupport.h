#pragma once

#include "EnrolmentApplication.h"
#include "EnrolmentRules.h"
#include "FieldCipher.h"
#include "RandomSource.h"

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QString>
#include <QVector>

namespace wristdoc::test {

// An invented applicant; n varies the name and the mobile number.
inline EnrolmentApplication testApplication(int n = 1) {
    EnrolmentApplication a;
    a.name = QStringLiteral("Test Applicant %1").arg(n);
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = QStringLiteral("010000%1").arg(n, 5, 10, QLatin1Char('0'));
    a.district = QStringLiteral("jongno");
    a.eligibility = EligibilityBasis::Lives;
    a.device = DeviceChoice::RentalBand;
    a.consents = {{EnrolmentRules::personalDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::healthDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::thirdPartyConsentId(), EnrolmentRules::consentVersion(), false}};
    a.language = QStringLiteral("ko");
    return a;
}

inline QByteArray testKey(char fill = 'k') {
    return QByteArray(FieldCipher::kKeyBytes, fill);
}

// Returns the given values in turn, then repeats the last one.
class ScriptedRandom final : public RandomSource {
public:
    explicit ScriptedRandom(QVector<quint32> values)
        : m_values(std::move(values)) {}
    quint32 next32() override {
        const quint32 v = m_values.at(qMin(m_next, m_values.size() - 1));
        ++m_next;
        return v;
    }

private:
    QVector<quint32> m_values;
    int m_next = 0;
};

inline QByteArray fileBytes(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace wristdoc::test
