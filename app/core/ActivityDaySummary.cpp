#include "ActivityDaySummary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

QString ActivityDaySummary::idempotencyKey() const {
    const QByteArray material = participantId.toUtf8() + '\n' +
                                date.toString(Qt::ISODate).toLatin1() + '\n' +
                                QByteArray::number(revision);
    const QByteArray hex = QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("day-") + QString::fromLatin1(hex.left(32));
}

QByteArray ActivityDaySummary::toJson() const {
    QJsonArray hours;
    for (int h : hourlySteps)
        hours.append(h);
    // QJsonObject orders its members by name, so the same summary always gives the same bytes.
    const QJsonObject body{{QStringLiteral("participantId"), participantId},
                           {QStringLiteral("date"), date.toString(Qt::ISODate)},
                           {QStringLiteral("revision"), revision},
                           {QStringLiteral("steps"), steps},
                           {QStringLiteral("hourlySteps"), hours},
                           {QStringLiteral("minutesWorn"), minutesWorn},
                           {QStringLiteral("device"), device},
                           {QStringLiteral("policyVersion"), policyVersion},
                           {QStringLiteral("digest"), digest}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString ActivityDaySummary::sampleDigest(const QVector<QPair<qint64, int>> &minutes) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &minute : minutes) {
        hash.addData(QByteArray::number(minute.first));
        hash.addData(QByteArrayView(","));
        hash.addData(QByteArray::number(minute.second));
        hash.addData(QByteArrayView("\n"));
    }
    return QStringLiteral("sha256:") + QString::fromLatin1(hash.result().toHex());
}

} // namespace wristdoc
