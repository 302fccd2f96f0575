#pragma once

#include "EnrolmentJson.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace wristdoc::test {

// An invented applicant; vary name and mobile to make different people.
inline EnrolmentRequest applicant(const QString &name, const QString &mobile,
                                  const QDate &birthDate = QDate(1956, 4, 9),
                                  const QString &reference = QStringLiteral("WD-TEST01")) {
    EnrolmentRequest request;
    EnrolmentApplication &a = request.application;
    a.name = name;
    a.birthDate = birthDate;
    a.mobile = mobile;
    a.district = QStringLiteral("jongno");
    a.eligibility = EligibilityBasis::Lives;
    a.device = DeviceChoice::RentalBand;
    a.consents = {{QStringLiteral("personal-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("health-data"), QStringLiteral("2026-01"), true},
                  {QStringLiteral("third-party"), QStringLiteral("2026-01"), false}};
    a.language = QStringLiteral("ko");
    request.reference = reference;
    request.createdUtc = QDateTime(QDate(2026, 11, 22), QTime(1, 29, 41), Qt::UTC);
    return request;
}

inline QByteArray bodyOf(const EnrolmentRequest &request) {
    return EnrolmentJson::encode(request);
}

inline QByteArray applicantBody(const QString &name, const QString &mobile,
                                const QDate &birthDate = QDate(1956, 4, 9)) {
    return bodyOf(applicant(name, mobile, birthDate));
}

} // namespace wristdoc::test
