#include "ServerSecrets.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace wristdoc::ServerSecrets {

QByteArray newToken() {
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / int(sizeof(quint32)));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenHash(const QByteArray &token) {
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

bool sameSecret(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString sixDigits() {
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10,
                                    QLatin1Char('0'));
}

QString canonicalSixDigits(const QString &typed) {
    QString digits;
    for (const QChar c : typed) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c != u'-' && c != u' ')
            return {};
    }
    return digits.size() == 6 ? digits : QString();
}

QString isoUtc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace wristdoc::ServerSecrets
