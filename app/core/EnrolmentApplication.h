#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVector>

namespace wristdoc {

// Why the applicant may join: the programme is for people who live, work or study in the city.
enum class EligibilityBasis { Lives, Works, Studies };

// How the participant will count steps.
enum class DeviceChoice { RentalBand, OwnWatch, PhoneOnly };

// One consent as shown to the applicant: its id names the text ("personal-data", "health-data",
// "third-party"), the version says which wording was on screen.
struct ConsentGrant {
    QString id;
    QString version;
    bool granted = false;

    bool operator==(const ConsentGrant &o) const {
        return id == o.id && version == o.version && granted == o.granted;
    }
};

// What the enrolment wizard collects; the body of POST /v1/enrolments (docs/api.md). Holds
// personal data: never log it, and clear it when a kiosk session ends.
struct EnrolmentApplication {
    QString name;
    QDate birthDate;
    QString mobile;   // digits only, e.g. "01012345678"
    QString district; // a code of SeoulDistricts, e.g. "jongno"
    EligibilityBasis eligibility = EligibilityBasis::Lives;
    DeviceChoice device = DeviceChoice::RentalBand;
    QVector<ConsentGrant> consents;
    QString language = QStringLiteral("ko"); // the UI language the applicant used
    QString watchSerial;                     // optional: a watch paired during enrolment

    bool operator==(const EnrolmentApplication &o) const {
        return name == o.name && birthDate == o.birthDate && mobile == o.mobile &&
               district == o.district && eligibility == o.eligibility && device == o.device &&
               consents == o.consents && language == o.language && watchSerial == o.watchSerial;
    }
    // Overwrites the strings' storage before releasing it, so a wiped kiosk session leaves no
    // copy in this object's memory.
    void wipe();
};

QString eligibilityCode(EligibilityBasis basis); // "lives", "works", "studies"
QString deviceChoiceCode(DeviceChoice device);   // "rental-band", "own-watch", "phone-only"
bool eligibilityFromCode(const QString &code, EligibilityBasis *out);
bool deviceChoiceFromCode(const QString &code, DeviceChoice *out);

} // namespace wristdoc
