#pragma once

#include "ProgrammeApi.h"
#include "PublicKeyPins.h"
#include "ServerAddressPolicy.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace wristdoc {

// ProgrammeApi over HTTP with an injected QNetworkAccessManager. Every request has a transfer
// timeout, so a server that accepts the connection and then says nothing ends as a Timeout and
// the worker's backoff takes over. Nothing here logs bodies: they hold personal data.
//
// Transport security: an address that ServerAddressPolicy refuses (clear text to another
// host) fails every request with InsecureAddress before anything is sent. Certificate errors
// are never ignored. With pins, the server's key is checked when the TLS handshake ends
// (QNetworkReply::encrypted, before the request line, headers or body are written) and a
// mismatch aborts the request: PinMismatch. The answer of a reply is checked once more when it
// ends, so a connection opened by someone else on the same manager is not trusted blindly.
class ProgrammeApiClient final : public QObject, public ProgrammeApi {
    Q_OBJECT
public:
    struct Settings {
        QUrl baseUrl; // e.g. http://127.0.0.1:8088 (the /v1 is added here)
        int transferTimeoutMs = 15000;
        QByteArray deviceToken;      // sent as Authorization: Bearer, when set
        QByteArray participantToken; // sent as Participant-Token, when set (a linked person)
        PublicKeyPins pins;     // empty: no pinning
        // Added to the system's trusted roots (a city's own CA; tests' generated CA).
        QList<QSslCertificate> caCertificates;
    };

    ProgrammeApiClient(QNetworkAccessManager &network, const Settings &settings,
                       QObject *parent = nullptr);

    // Qt opens at most six connections per host and manager; a client allowed more requests at
    // once gets more managers ("lanes"). Each request goes to the lane with the fewest open.
    void addLane(QNetworkAccessManager &network);
    int laneCount() const { return int(m_lanes.size()); }

    void postEnrolment(const QString &idempotencyKey, const QByteArray &body, const QString &ticket,
                       Done done) override;
    void postActivityDay(const QString &idempotencyKey, const QByteArray &body,
                         Done done) override;
    void getEnrolment(const QString &idempotencyKey, Done done) override;
    void pollWaitingRoom(const QString &ticket, Done done) override;
    // GET /v1/status: the staff console's reachability line and a health probe.
    void getStatus(Done done);
    // POST /v1/devices/register {"code": ...}: a one-time code for this kiosk's token.
    void registerDevice(const QString &code, Done done);

    // Any other request of docs/api.md (participant linking, activity days, the ledger): verb
    // "GET", "POST" or "DELETE", a path below /v1, a JSON body for POST, and extra headers
    // (Idempotency-Key, Participant-Token). Same transport, pins and timeout as the rest.
    struct Call {
        QByteArray verb = "GET";
        QString path; // e.g. "/activity/days"; already percent-encoded where needed
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    void call(const Call &call, Done done);

    // The token of a kiosk registered while the client runs; later requests carry it.
    void setDeviceToken(const QByteArray &token) { m_settings.deviceToken = token; }
    bool hasDeviceToken() const { return !m_settings.deviceToken.isEmpty(); }
    void setParticipantToken(const QByteArray &token) { m_settings.participantToken = token; }
    ServerAddressPolicy::Verdict addressVerdict() const { return m_addressVerdict; }

    int requestsStarted() const { return m_started; }

private:
    QNetworkRequest request(const QString &path) const;
    bool refuseInsecure(Done &done);
    void watchTls(QNetworkReply *reply);
    bool peerMatchesPins(QNetworkReply *reply) const;
    void finish(QNetworkReply *reply, int lane, Done done);
    int quietestLane() const;

    struct Lane {
        QNetworkAccessManager *network;
        int open = 0;
    };
    std::vector<Lane> m_lanes;
    Settings m_settings;
    ServerAddressPolicy::Verdict m_addressVerdict;
    int m_started = 0;
};

} // namespace wristdoc
