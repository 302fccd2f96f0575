#include "DeviceRegistration.h"

#include "DeviceCredentialStore.h"
#include "HttpReply.h"
#include "ProgrammeApiClient.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wristdoc {

namespace {

QString errorCodeOf(const QByteArray &body) {
    return QJsonDocument::fromJson(body)
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

DeviceRegistration::DeviceRegistration(ProgrammeApiClient &client, DeviceCredentialStore &store,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store) {}

QString DeviceRegistration::normalizedCode(const QString &typed) {
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != u' ' && c != u'-')
            return {};
    }
    if (digits.size() != 6)
        return {};
    return digits.left(3) + u'-' + digits.mid(3);
}

void DeviceRegistration::fail(const QString &reasonCode) {
    QMetaObject::invokeMethod(
        this, [this, reasonCode] { Q_EMIT failed(reasonCode); }, Qt::QueuedConnection);
}

void DeviceRegistration::registerWithCode(const QString &code) {
    if (m_busy) {
        fail(QStringLiteral("busy"));
        return;
    }
    const QString normalized = normalizedCode(code);
    if (normalized.isEmpty()) {
        fail(QStringLiteral("invalid-code"));
        return;
    }
    m_busy = true;
    m_client.registerDevice(normalized, [this](const HttpReply &reply) { answered(reply); });
}

void DeviceRegistration::answered(const HttpReply &reply) {
    m_busy = false;
    if (reply.networkError != NetworkErrorKind::None) {
        qCWarning(lcSync) << "device registration failed:" << networkErrorCode(reply.networkError);
        Q_EMIT failed(networkErrorCode(reply.networkError));
        return;
    }
    if (reply.status != 201 && reply.status != 200) {
        QString code = errorCodeOf(reply.body);
        if (code.isEmpty())
            code = (reply.status == 429 || reply.status == 503)
                       ? QStringLiteral("server-busy")
                       : QStringLiteral("http-%1").arg(reply.status);
        qCInfo(lcSync) << "device registration refused:" << reply.status << code;
        Q_EMIT failed(code);
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(reply.body).object();
    DeviceCredentials credentials;
    credentials.deviceId = object.value(QStringLiteral("deviceId")).toString();
    credentials.token = object.value(QStringLiteral("token")).toString().toLatin1();
    if (!credentials.isValid()) {
        Q_EMIT failed(QStringLiteral("malformed-body"));
        return;
    }
    QString detail;
    const KeyStoreError stored = m_store.save(credentials, &detail);
    if (stored != KeyStoreError::None) {
        // The server has spent the code; staff need a new one once the store is fixed.
        qCWarning(lcSync).noquote()
            << "device token not stored in the" << m_store.name() << ":" << detail;
        Q_EMIT failed(QStringLiteral("store-failed"));
        return;
    }
    m_client.setDeviceToken(credentials.token);
    qCInfo(lcSync).noquote() << "registered with the programme server as" << credentials.deviceId
                             << "; token in the" << m_store.name();
    Q_EMIT registered(credentials.deviceId);
}

QString DeviceRegistration::reasonText(const QString &reasonCode) {
    if (reasonCode.isEmpty())
        return tr("This kiosk is registered with the programme server.");
    if (reasonCode == QLatin1String("no-server"))
        return tr("No programme server is set for this kiosk, so it cannot be registered.");
    if (reasonCode == QLatin1String("invalid-code"))
        return tr("This code is not right. Check the six digits and try again.");
    if (reasonCode == QLatin1String("code-used"))
        return tr("This code has already been used. Ask the programme office for a new one.");
    if (reasonCode == QLatin1String("code-expired"))
        return tr("This code has expired. Ask the programme office for a new one.");
    if (reasonCode == QLatin1String("too-many-attempts") ||
        reasonCode == QLatin1String("server-busy"))
        return tr("Too many tries right now. Please wait a few minutes and try again.");
    if (reasonCode == QLatin1String("busy"))
        return tr("Registration is already in progress. Please wait.");
    if (reasonCode == QLatin1String("pin-mismatch"))
        return tr("The server could not be confirmed as the programme's server, so nothing was "
                  "sent. Call the programme office.");
    if (reasonCode == QLatin1String("insecure-address"))
        return tr("The server address is not secure (it must start with https://), so nothing "
                  "was sent. Call the programme office.");
    if (reasonCode == QLatin1String("tls-error"))
        return tr("The server's security certificate was not accepted, so nothing was sent. "
                  "Call the programme office.");
    if (reasonCode == QLatin1String("store-failed"))
        return tr("The code was accepted, but this kiosk could not save its key. Ask for a new "
                  "code and try again.");
    if (reasonCode == QLatin1String("timeout") ||
        reasonCode == QLatin1String("connection-refused") ||
        reasonCode == QLatin1String("connection-reset") ||
        reasonCode == QLatin1String("host-not-found") ||
        reasonCode == QLatin1String("network-error"))
        return tr("The server could not be reached. Check the network and try again.");
    return tr("The server did not accept the registration. Call the programme office.");
}

} // namespace wristdoc
