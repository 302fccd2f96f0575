#include "EnrolmentApplication.h"

namespace wristdoc {

namespace {
void overwrite(QString &s) {
    // detach() first so we scrub our own buffer, not one shared with a copy still in use.
    s.detach();
    std::fill(s.begin(), s.end(), QChar(u'\0'));
    s.clear();
    s.squeeze();
}
} // namespace

void EnrolmentApplication::wipe() {
    overwrite(name);
    overwrite(mobile);
    overwrite(district);
    overwrite(watchSerial);
    birthDate = QDate();
    consents.clear();
    eligibility = EligibilityBasis::Lives;
    device = DeviceChoice::RentalBand;
    language = QStringLiteral("ko");
}

QString eligibilityCode(EligibilityBasis basis) {
    switch (basis) {
    case EligibilityBasis::Lives:
        return QStringLiteral("lives");
    case EligibilityBasis::Works:
        return QStringLiteral("works");
    case EligibilityBasis::Studies:
        return QStringLiteral("studies");
    }
    return {};
}

QString deviceChoiceCode(DeviceChoice device) {
    switch (device) {
    case DeviceChoice::RentalBand:
        return QStringLiteral("rental-band");
    case DeviceChoice::OwnWatch:
        return QStringLiteral("own-watch");
    case DeviceChoice::PhoneOnly:
        return QStringLiteral("phone-only");
    }
    return {};
}

bool eligibilityFromCode(const QString &code, EligibilityBasis *out) {
    for (auto b : {EligibilityBasis::Lives, EligibilityBasis::Works, EligibilityBasis::Studies}) {
        if (eligibilityCode(b) == code) {
            *out = b;
            return true;
        }
    }
    return false;
}

bool deviceChoiceFromCode(const QString &code, DeviceChoice *out) {
    for (auto d : {DeviceChoice::RentalBand, DeviceChoice::OwnWatch, DeviceChoice::PhoneOnly}) {
        if (deviceChoiceCode(d) == code) {
            *out = d;
            return true;
        }
    }
    return false;
}

} // namespace wristdoc
