#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace wristdoc {

// Whether WristDoc may talk to a programme server at this address. Personal data and device
// tokens travel in these requests, so clear-text HTTP is allowed only to this machine
// (127.0.0.0/8, ::1, "localhost": the reference server and tests); every other host needs
// HTTPS. Checked where the address comes in (--server) and again by the client before any
// request, so no path around the first check sends a byte.
class ServerAddressPolicy {
    Q_DECLARE_TR_FUNCTIONS(ServerAddressPolicy)
public:
    enum class Verdict {
        Allowed,
        NotAnAddress,          // empty, unparsable, or without a host
        UnsupportedScheme,     // neither http nor https
        PlainHttpToRemoteHost, // http:// to a host that is not loopback
    };

    static Verdict check(const QUrl &url);
    // 127.0.0.0/8, ::1 (also as ::ffff:127.x.y.z), and the names "localhost" and
    // "localhost." in any case. Other names are not resolved: a name may point anywhere.
    static bool isLoopbackHost(const QString &host);

    // English, naming the address, for stderr and logs.
    static QString detail(Verdict verdict, const QUrl &url);
    // In the user's language, for the console and the staff screens.
    static QString userMessage(Verdict verdict);
};

} // namespace wristdoc
