#include "MockBluez.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>

namespace wristdoc {

bool MockBluez::isRunning() {
    return qgetenv("WRISTDOC_BLUEZ_MOCK") == "1";
}

bool MockBluez::setDisconnectAfterRecord(quint32 sequence) {
    return call(QStringLiteral("SetDisconnectAfterRecord"), {QVariant::fromValue(sequence)});
}

bool MockBluez::setFault(const QString &name, bool on) {
    return call(QStringLiteral("SetFault"), {name, on});
}

bool MockBluez::setPowered(bool on) {
    return call(QStringLiteral("SetPowered"), {on});
}

QVariantMap MockBluez::state() {
    QVariantMap result;
    call(QStringLiteral("GetState"), {}, &result);
    return result;
}

ActivityRecord MockBluez::expectedRecord(quint32 sequence) {
    ActivityRecord record;
    record.sequence = sequence;
    record.minute = 29024640 + sequence - 1; // from 2025-03-09T00:00Z
    if (sequence % 97 == 0) {
        record.steps = ActivityRecord::kNoSteps;
        record.heartRate = 0;
    } else {
        record.steps = static_cast<quint16>((sequence * 37) % 131);
        record.heartRate = static_cast<quint8>(60 + sequence % 40);
    }
    return record;
}

bool MockBluez::call(const QString &method, const QVariantList &arguments, QVariantMap *result) {
    QDBusMessage message =
        QDBusMessage::createMethodCall(QStringLiteral("org.bluez"), QStringLiteral("/"),
                                       QStringLiteral("org.wristdoc.BluezMock"), method);
    message.setArguments(arguments);
    const QDBusMessage reply = QDBusConnection::systemBus().call(message, QDBus::Block, 5000);
    if (reply.type() != QDBusMessage::ReplyMessage) {
        m_lastError = reply.errorName() + QLatin1String(": ") + reply.errorMessage();
        return false;
    }
    if (result && !reply.arguments().isEmpty()) {
        const QDBusArgument argument = reply.arguments().constFirst().value<QDBusArgument>();
        argument >> *result;
    }
    return true;
}

} // namespace wristdoc
