#include "ApplicantFingerprint.h"

#include "FieldCipher.h"

#include <QRegularExpression>

#include <sodium.h>

namespace wristdoc {

namespace {
constexpr char kMarkContext[] = "apl-mark"; // crypto_kdf context: exactly 8 characters
} // namespace

QByteArray ApplicantFingerprint::keyFrom(const FieldCipher &cipher) {
    return cipher.derivedKey(1, kMarkContext);
}

QByteArray ApplicantFingerprint::normalisedIdentity(const EnrolmentApplication &application) {
    // "홍 길동" and "홍길동", "Test  Applicant" and "test applicant", full-width and ASCII
    // letters are one person typed two ways.
    QString name = application.name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    name.remove(QRegularExpression(QStringLiteral("\\s")));
    QString mobile;
    for (const QChar c : application.mobile) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            mobile += c;
    }
    if (name.isEmpty() || !application.birthDate.isValid() || mobile.isEmpty())
        return QByteArray();
    return name.toUtf8() + '\x1f' + application.birthDate.toString(Qt::ISODate).toLatin1() +
           '\x1f' + mobile.toLatin1();
}

QByteArray ApplicantFingerprint::mark(const EnrolmentApplication &application,
                                      const QByteArray &key) {
    if (key.size() != kBytes || sodium_init() < 0)
        return QByteArray();
    QByteArray identity = normalisedIdentity(application);
    if (identity.isEmpty())
        return QByteArray();
    QByteArray out(kBytes, '\0');
    const int rc = crypto_generichash(
        reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char *>(identity.constData()), size_t(identity.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    FieldCipher::wipe(&identity);
    return rc == 0 ? out : QByteArray();
}

} // namespace wristdoc
