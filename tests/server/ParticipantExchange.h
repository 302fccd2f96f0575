#pragma once

// Loopback helpers for participant linking, activity days and the ledger (docs/api.md).
#include "LoopbackHttpRequest.h"
#include "ServerExchange.h"
#include "ServerTestBodies.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVector>

namespace wristdoc::test {

// Enrols an invented person; the participant number, or empty on failure.
inline QString enrolParticipant(quint16 port, const QByteArray &key, const QString &name,
                                const QString &mobile, const QDate &birthDate) {
    const LoopbackReply reply = postEnrolment(port, key, applicantBody(name, mobile, birthDate));
    return reply.status == 201 ? reply.json().value(QStringLiteral("participantId")).toString()
                               : QString();
}

inline LoopbackReply requestLinkCode(quint16 port, const QString &participantNumber) {
    return LoopbackHttpRequest::exchange(
        port, "POST", "/v1/link-requests",
        QJsonDocument(QJsonObject{{QStringLiteral("participantId"), participantNumber}})
            .toJson(QJsonDocument::Compact));
}

// GET /v1/admin/link-codes: the code "sent" for the participant's newest open request.
inline QJsonObject sentCode(quint16 port, const QString &adminToken, const QString &participantId) {
    return getPath(port, "/v1/admin/link-codes?participantId=" + participantId.toLatin1(),
                   {{"Authorization", "Bearer " + adminToken.toUtf8()}})
        .json();
}

inline LoopbackReply confirmLink(quint16 port, const QString &requestId, const QString &code) {
    return LoopbackHttpRequest::exchange(
        port, "POST", "/v1/link-requests/" + requestId.toLatin1() + "/confirm",
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code},
                                  {QStringLiteral("label"), QStringLiteral("test computer")}})
            .toJson(QJsonDocument::Compact));
}

// Requests a code, reads it from the admin endpoint and confirms it: the token, or empty.
inline QByteArray linkParticipant(quint16 port, const QString &adminToken,
                                  const QString &participantId) {
    const LoopbackReply requested = requestLinkCode(port, participantId);
    if (requested.status != 201)
        return {};
    const QJsonObject sent = sentCode(port, adminToken, participantId);
    const LoopbackReply confirmed =
        confirmLink(port, sent.value(QStringLiteral("requestId")).toString(),
                    sent.value(QStringLiteral("code")).toString());
    return confirmed.status == 201
               ? confirmed.json().value(QStringLiteral("token")).toString().toLatin1()
               : QByteArray();
}

// 24 hourly step counts with `steps` spread evenly over the local hours [from, to).
inline QVector<int> walkedBetween(int from, int to, int steps) {
    QVector<int> hours(24, 0);
    for (int h = from; h < to; ++h)
        hours[h] = steps / (to - from) + (h == from ? steps % (to - from) : 0);
    return hours;
}

inline QByteArray dayBody(const QString &participantId, const QString &date, int revision,
                          const QVector<int> &hourly) {
    QJsonArray hours;
    int steps = 0;
    for (int h : hourly) {
        hours.append(h);
        steps += h;
    }
    const QByteArray digest = QCryptographicHash::hash(date.toLatin1() + QByteArray::number(steps),
                                                       QCryptographicHash::Sha256)
                                  .toHex();
    return QJsonDocument(QJsonObject{{QStringLiteral("participantId"), participantId},
                                     {QStringLiteral("date"), date},
                                     {QStringLiteral("revision"), revision},
                                     {QStringLiteral("steps"), steps},
                                     {QStringLiteral("hourlySteps"), hours},
                                     {QStringLiteral("minutesWorn"), 900},
                                     {QStringLiteral("device"), QStringLiteral("SIM-0001")},
                                     {QStringLiteral("policyVersion"), QStringLiteral("2026-01")},
                                     {QStringLiteral("digest"),
                                      QStringLiteral("sha256:") + QString::fromLatin1(digest)}})
        .toJson(QJsonDocument::Compact);
}

// day- and the first 32 hex digits of SHA-256(participantId \n date \n revision).
inline QByteArray dayKey(const QString &participantId, const QString &date, int revision) {
    const QByteArray material =
        (participantId + u'\n' + date + u'\n' + QString::number(revision)).toUtf8();
    return "day-" + QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(32);
}

inline LoopbackReply postDay(quint16 port, const QByteArray &token, const QByteArray &key,
                             const QByteArray &body) {
    LoopbackHttpRequest::Headers headers{{"Idempotency-Key", key}};
    if (!token.isEmpty())
        headers.append({"Participant-Token", token});
    return LoopbackHttpRequest::exchange(port, "POST", "/v1/activity/days", body, headers);
}

inline LoopbackReply getLedger(quint16 port, const QByteArray &token, const QString &participantId,
                               const QByteArray &from, const QByteArray &to) {
    LoopbackHttpRequest::Headers headers;
    if (!token.isEmpty())
        headers.append({"Participant-Token", token});
    return getPath(
        port, "/v1/participants/" + participantId.toLatin1() + "/ledger?from=" + from + "&to=" + to,
        headers);
}

} // namespace wristdoc::test
