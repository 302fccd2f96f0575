#pragma once

#include <QObject>
#include <QString>

namespace wristdoc {

class DeviceCredentialStore;
class ProgrammeApiClient;
struct HttpReply;

// Registers this kiosk with the programme server: staff type the one-time code the programme
// office created (POST /v1/admin/registration-codes), and it is exchanged for a device id and a
// bearer token (POST /v1/devices/register, docs/api.md). The token is stored before success is
// reported, and the client carries it from then on. One exchange at a time; the code is never
// logged.
class DeviceRegistration : public QObject {
    Q_OBJECT
public:
    DeviceRegistration(ProgrammeApiClient &client, DeviceCredentialStore &store,
                       QObject *parent = nullptr);

    // Ends with registered() or failed(), from the event loop, never inside this call.
    void registerWithCode(const QString &code);
    bool isBusy() const { return m_busy; }

    // "123-456" for six digits typed with or without spaces or a dash; empty otherwise.
    static QString normalizedCode(const QString &typed);
    // Plain words, in the user's language, for a reason code of failed() ("no-server" when no
    // server is configured; empty: the success message).
    static QString reasonText(const QString &reasonCode);

Q_SIGNALS:
    void registered(const QString &deviceId);
    // "invalid-code", "code-used", "code-expired", "too-many-attempts", "busy", "store-failed",
    // "malformed-body", "server-busy", a network code ("pin-mismatch", "insecure-address",
    // "tls-error", "timeout", ...) or "http-NNN".
    void failed(const QString &reasonCode);

private:
    void answered(const HttpReply &reply);
    void fail(const QString &reasonCode);

    ProgrammeApiClient &m_client;
    DeviceCredentialStore &m_store;
    bool m_busy = false;
};

} // namespace wristdoc
