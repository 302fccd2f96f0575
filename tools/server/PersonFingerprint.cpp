#include "PersonFingerprint.h"

#include "EnrolmentApplication.h"

#include <QMessageAuthenticationCode>

namespace wristdoc {

QByteArray PersonFingerprint::of(const QByteArray &salt, const EnrolmentApplication &a) {
    // "Hong  Test" and "hong test" are the same person; the mobile number is digits only
    // after validation.
    const QString name = a.name.simplified().toCaseFolded();
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, salt);
    mac.addData(name.toUtf8());
    mac.addData("\n", 1);
    mac.addData(a.birthDate.toString(Qt::ISODate).toLatin1());
    mac.addData("\n", 1);
    mac.addData(a.mobile.toLatin1());
    return mac.result();
}

} // namespace wristdoc
