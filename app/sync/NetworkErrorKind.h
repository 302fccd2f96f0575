#pragma once

#include <QString>

namespace wristdoc {

// Why a request got no HTTP answer, independent of QtNetwork so the classifier and its tests
// need only QtCore. NetworkErrorMap translates QNetworkReply's codes.
enum class NetworkErrorKind {
    None,              // an HTTP answer arrived
    Timeout,           // no byte within the transfer timeout
    ConnectionRefused, // nothing listens (server down, restarting)
    ConnectionReset,   // the connection closed before the whole answer arrived
    HostNotFound,      // name resolution failed (no network, wrong host)
    TlsError,          // handshake or certificate failure
    // The server's key is not one the city pinned: someone may be in the middle. Retrying will
    // not help; staff must look.
    PinMismatch,
    // The address would send data in clear text to a host that is not this machine; nothing
    // was sent.
    InsecureAddress,
    Other,
};

// Stable code for bookkeeping and logs: "timeout", "connection-refused", "connection-reset",
// "host-not-found", "tls-error", "pin-mismatch", "insecure-address", "network-error"; empty
// for None.
QString networkErrorCode(NetworkErrorKind kind);

} // namespace wristdoc
