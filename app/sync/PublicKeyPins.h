#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

class QSslCertificate;

namespace wristdoc {

// The server keys the city pinned: SHA-256 digests of SubjectPublicKeyInfo (DER), written in
// base64 as HPKP's pin-sha256 is. A server certificate is accepted only when its own key's
// digest is one of them (the leaf, not the chain: a chain may carry certificates nobody
// verified). Empty means no pinning: the system's certificate check alone decides.
class PublicKeyPins {
public:
    static constexpr int kDigestBytes = 32;

    // Pins in base64 (padding optional, spaces around ignored). Pinning needs at least two
    // different pins, the key in use and a backup kept offline, so a kiosk fleet is not cut off
    // when the server's key must be replaced. An empty list gives no pins. On a bad list:
    // false, and error (English) says which entry and why.
    static bool parse(const QStringList &base64Pins, PublicKeyPins *out, QString *error);

    // SHA-256 of the certificate's SubjectPublicKeyInfo (QSslKey::toDer() of its public key is
    // that structure, as `openssl x509 -pubkey | openssl pkey -pubin -outform der` writes it).
    static QByteArray spkiSha256(const QSslCertificate &certificate);
    static QString spkiSha256Base64(const QSslCertificate &certificate);

    bool isEmpty() const { return m_digests.isEmpty(); }
    int size() const { return int(m_digests.size()); }
    bool matches(const QSslCertificate &leaf) const;
    QStringList toBase64() const;

private:
    QVector<QByteArray> m_digests;
};

} // namespace wristdoc
