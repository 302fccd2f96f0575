#include "ParticipantLinking.h"

#include "DeviceRegistration.h"
#include "HttpReply.h"
#include "ParticipantCredentialStore.h"
#include "ProgrammeApiClient.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace wristdoc {

ParticipantLinking::ParticipantLinking(ProgrammeApiClient &client,
                                       ParticipantCredentialStore &store, QString profileId,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_profileId(std::move(profileId)) {}

QString ParticipantLinking::normalizedParticipantNumber(const QString &typed) {
    const QString text = typed.trimmed();
    if (text.isEmpty() || (text.at(0) != u'P' && text.at(0) != u'p'))
        return {};
    QString digits;
    for (const QChar c : text.mid(1)) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits.size() == 8 ? QStringLiteral("P-") + digits : QString();
}

QString ParticipantLinking::normalizedCode(const QString &typed) {
    // The same six digits a kiosk's registration code has, without its display dash.
    return DeviceRegistration::normalizedCode(typed).remove(u'-');
}

void ParticipantLinking::failLater(const QString &reasonCode) {
    QMetaObject::invokeMethod(
        this, [this, reasonCode] { Q_EMIT failed(reasonCode, -1); }, Qt::QueuedConnection);
}

void ParticipantLinking::fail(const QString &reasonCode, int attemptsLeft) {
    m_busy = false;
    Q_EMIT failed(reasonCode, attemptsLeft);
}

QString ParticipantLinking::reasonOf(const HttpReply &reply, int *attemptsLeft) {
    *attemptsLeft = -1;
    if (reply.networkError != NetworkErrorKind::None)
        return networkErrorCode(reply.networkError);
    const QJsonObject error =
        QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("error")).toObject();
    const QString code = error.value(QStringLiteral("code")).toString();
    if (code == QLatin1String("wrong-code"))
        *attemptsLeft = error.value(QStringLiteral("attemptsLeft")).toInt(-1);
    if (!code.isEmpty())
        return code;
    return (reply.status == 429 || reply.status == 503)
               ? QStringLiteral("server-busy")
               : QStringLiteral("http-%1").arg(reply.status);
}

void ParticipantLinking::requestCode(const QString &participantNumber) {
    if (m_busy) {
        failLater(QStringLiteral("busy"));
        return;
    }
    const QString number = normalizedParticipantNumber(participantNumber);
    if (number.isEmpty()) {
        failLater(QStringLiteral("invalid"));
        return;
    }
    m_busy = true;
    ProgrammeApiClient::Call call;
    call.verb = "POST";
    call.path = QStringLiteral("/link-requests");
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("participantId"), number}})
                    .toJson(QJsonDocument::Compact);
    m_client.call(call, [this](const HttpReply &reply) { codeRequested(reply); });
}

void ParticipantLinking::codeRequested(const HttpReply &reply) {
    if (reply.networkError != NetworkErrorKind::None || reply.status != 201) {
        int attemptsLeft = -1;
        const QString reason = reasonOf(reply, &attemptsLeft);
        qCInfo(lcSync) << "link code not sent:" << reply.status << reason;
        fail(reason, attemptsLeft);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    const QString requestId = object.value(QStringLiteral("requestId")).toString();
    const QDateTime expiresAt =
        QDateTime::fromString(object.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    if (requestId.isEmpty() || !expiresAt.isValid()) {
        fail(QStringLiteral("malformed-body"));
        return;
    }
    m_requestId = requestId;
    m_busy = false;
    Q_EMIT codeSent(expiresAt);
}

void ParticipantLinking::confirm(const QString &code) {
    if (m_busy) {
        failLater(QStringLiteral("busy"));
        return;
    }
    if (m_requestId.isEmpty()) {
        failLater(QStringLiteral("no-request"));
        return;
    }
    const QString digits = normalizedCode(code);
    if (digits.isEmpty()) {
        failLater(QStringLiteral("invalid-code"));
        return;
    }
    if (!ParticipantCredentialStore::isValidProfileId(m_profileId)) {
        failLater(QStringLiteral("store-failed"));
        return;
    }
    m_busy = true;
    ProgrammeApiClient::Call call;
    call.verb = "POST";
    call.path = QStringLiteral("/link-requests/%1/confirm")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_requestId)));
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), digits},
                                          {QStringLiteral("label"), QStringLiteral("WristDoc")}})
                    .toJson(QJsonDocument::Compact);
    m_client.call(call, [this](const HttpReply &reply) { codeConfirmed(reply); });
}

void ParticipantLinking::codeConfirmed(const HttpReply &reply) {
    if (reply.networkError != NetworkErrorKind::None || reply.status != 201) {
        int attemptsLeft = -1;
        const QString reason = reasonOf(reply, &attemptsLeft);
        qCInfo(lcSync) << "link code not accepted:" << reply.status << reason;
        // A dead, used or expired request cannot be confirmed again: ask for a new code.
        if (reply.status == 410 || reply.status == 404)
            m_requestId.clear();
        fail(reason, attemptsLeft);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    const QString participantId = object.value(QStringLiteral("participantId")).toString();
    const QByteArray token = object.value(QStringLiteral("token")).toString().toLatin1();
    const int birthYear = object.value(QStringLiteral("birthYear")).toInt();
    if (participantId.isEmpty() || token.isEmpty()) {
        fail(QStringLiteral("malformed-body"));
        return;
    }
    m_requestId.clear(); // spent on the server
    QString detail;
    if (!m_store.store(m_profileId, token, &detail)) {
        // The server has spent the code; the person asks for a new one once storage works.
        qCWarning(lcSync).noquote()
            << "participant token not stored in the" << m_store.name() << ":" << detail;
        fail(QStringLiteral("store-failed"));
        return;
    }
    qCInfo(lcSync).noquote() << "computer linked; token in the" << m_store.name();
    m_busy = false;
    Q_EMIT linked(participantId, birthYear);
}

void ParticipantLinking::unlink() {
    if (m_busy) {
        failLater(QStringLiteral("busy"));
        return;
    }
    const QByteArray token = m_store.token(m_profileId);
    if (token.isEmpty()) {
        // Nothing to revoke: make sure nothing is left here, and say so from the event loop.
        QString detail;
        const bool removed = m_store.remove(m_profileId, &detail);
        QMetaObject::invokeMethod(
            this,
            [this, removed] {
                if (removed)
                    Q_EMIT unlinked(false);
                else
                    Q_EMIT failed(QStringLiteral("store-failed"), -1);
            },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    ProgrammeApiClient::Call call;
    call.verb = "DELETE";
    call.path = QStringLiteral("/links/current");
    call.headers.append({QByteArrayLiteral("Participant-Token"), token});
    m_client.call(call, [this](const HttpReply &reply) { linkRevoked(reply); });
}

void ParticipantLinking::linkRevoked(const HttpReply &reply) {
    // 204 revoked, 401 already unknown: either way the server no longer honours it.
    const bool serverConfirmed = reply.networkError == NetworkErrorKind::None &&
                                 (reply.status == 204 || reply.status == 401);
    if (!serverConfirmed)
        qCInfo(lcSync) << "the server did not confirm the unlinking:" << reply.status
                       << networkErrorCode(reply.networkError);
    QString detail;
    if (!m_store.remove(m_profileId, &detail)) {
        qCWarning(lcSync).noquote()
            << "participant token not removed from the" << m_store.name() << ":" << detail;
        fail(QStringLiteral("store-failed"));
        return;
    }
    m_busy = false;
    Q_EMIT unlinked(serverConfirmed);
}

QString ParticipantLinking::reasonText(const QString &reasonCode, int attemptsLeft) {
    if (reasonCode == QLatin1String("unknown-participant"))
        return tr("This participant number was not found. Check the number on your receipt.");
    if (reasonCode == QLatin1String("invalid"))
        return tr("This is not a participant number. It starts with P and has eight digits, "
                  "for example P-00001234. Check the number on your receipt.");
    if (reasonCode == QLatin1String("too-many-requests") ||
        reasonCode == QLatin1String("server-busy"))
        return tr("Too many tries right now. Please wait a few minutes and try again.");
    if (reasonCode == QLatin1String("wrong-code")) {
        if (attemptsLeft >= 0)
            return tr("The code does not match. You can try %n more time(s).", nullptr,
                      attemptsLeft);
        return tr("The code does not match. Check the six digits and try again.");
    }
    if (reasonCode == QLatin1String("invalid-code"))
        return tr("The code has six digits. Check the text message and try again.");
    if (reasonCode == QLatin1String("code-expired"))
        return tr("This code is too old. Ask for a new code.");
    if (reasonCode == QLatin1String("code-used"))
        return tr("This code has already been used. Ask for a new code.");
    if (reasonCode == QLatin1String("too-many-attempts"))
        return tr("The code was typed wrongly too many times. Ask for a new code.");
    if (reasonCode == QLatin1String("unknown-request") || reasonCode == QLatin1String("no-request"))
        return tr("Please ask for a new code first.");
    if (reasonCode == QLatin1String("unlinked"))
        return tr("This computer is no longer linked to you. Please link it again.");
    if (reasonCode == QLatin1String("busy"))
        return tr("Please wait: the last step is still in progress.");
    if (reasonCode == QLatin1String("store-failed"))
        return tr("This computer could not save your key. Ask for a new code and try again, "
                  "or call the helpdesk.");
    if (reasonCode == QLatin1String("unavailable"))
        return tr("The programme's server is not answering right now. Please try again in a "
                  "few minutes.");
    // Network and transport security failures read as for a kiosk's registration.
    static const QStringList transport{
        QStringLiteral("timeout"),          QStringLiteral("connection-refused"),
        QStringLiteral("connection-reset"), QStringLiteral("host-not-found"),
        QStringLiteral("network-error"),    QStringLiteral("pin-mismatch"),
        QStringLiteral("insecure-address"), QStringLiteral("tls-error")};
    if (transport.contains(reasonCode))
        return DeviceRegistration::reasonText(reasonCode);
    return tr("Something went wrong. Please try again later or call the helpdesk.");
}

} // namespace wristdoc
