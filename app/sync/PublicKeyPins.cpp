#include "PublicKeyPins.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslKey>

namespace wristdoc {

bool PublicKeyPins::parse(const QStringList &base64Pins, PublicKeyPins *out, QString *error) {
    PublicKeyPins pins;
    for (const QString &entry : base64Pins) {
        const QByteArray text = entry.trimmed().toLatin1();
        const auto decoded =
            QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (text.isEmpty() || !decoded || decoded.decoded.size() != kDigestBytes) {
            *error = QStringLiteral("pin '%1' is not a base64 SHA-256 digest (32 bytes)")
                         .arg(entry.trimmed());
            return false;
        }
        if (!pins.m_digests.contains(decoded.decoded))
            pins.m_digests.push_back(decoded.decoded);
    }
    if (pins.m_digests.size() == 1) {
        *error = QStringLiteral("one pin is not enough: give the key in use and a backup key's "
                                "pin, so replacing the server's key does not cut kiosks off");
        return false;
    }
    *out = pins;
    return true;
}

QByteArray PublicKeyPins::spkiSha256(const QSslCertificate &certificate) {
    if (certificate.isNull())
        return {};
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QString PublicKeyPins::spkiSha256Base64(const QSslCertificate &certificate) {
    return QString::fromLatin1(spkiSha256(certificate).toBase64());
}

bool PublicKeyPins::matches(const QSslCertificate &leaf) const {
    const QByteArray digest = spkiSha256(leaf);
    return !digest.isEmpty() && m_digests.contains(digest);
}

QStringList PublicKeyPins::toBase64() const {
    QStringList out;
    for (const QByteArray &digest : m_digests)
        out << QString::fromLatin1(digest.toBase64());
    return out;
}

} // namespace wristdoc
