#include "NetworkErrorKind.h"

namespace wristdoc {

QString networkErrorCode(NetworkErrorKind kind) {
    switch (kind) {
    case NetworkErrorKind::None:
        return QString();
    case NetworkErrorKind::Timeout:
        return QStringLiteral("timeout");
    case NetworkErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case NetworkErrorKind::ConnectionReset:
        return QStringLiteral("connection-reset");
    case NetworkErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case NetworkErrorKind::TlsError:
        return QStringLiteral("tls-error");
    case NetworkErrorKind::PinMismatch:
        return QStringLiteral("pin-mismatch");
    case NetworkErrorKind::InsecureAddress:
        return QStringLiteral("insecure-address");
    case NetworkErrorKind::Other:
        return QStringLiteral("network-error");
    }
    return QStringLiteral("network-error");
}

} // namespace wristdoc
