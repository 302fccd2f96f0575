#pragma once

#include "ProgrammeApi.h"

#include <QObject>
#include <QUrl>

#include <vector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace wristdoc {

// ProgrammeApi over HTTP with an injected QNetworkAccessManager. Every request has a transfer
// timeout, so a server that accepts the connection and then says nothing ends as a Timeout and
// the worker's backoff takes over. Nothing here logs bodies: they hold personal data.
class ProgrammeApiClient final : public QObject, public ProgrammeApi {
    Q_OBJECT
public:
    struct Settings {
        QUrl baseUrl; // e.g. http://127.0.0.1:8088 (the /v1 is added here)
        int transferTimeoutMs = 15000;
        QByteArray deviceToken; // sent as Authorization: Bearer, when set
    };

    ProgrammeApiClient(QNetworkAccessManager &network, const Settings &settings,
                       QObject *parent = nullptr);

    // Qt opens at most six connections per host and manager; a client allowed more requests at
    // once gets more managers ("lanes"). Each request goes to the lane with the fewest open.
    void addLane(QNetworkAccessManager &network);
    int laneCount() const { return int(m_lanes.size()); }

    void postEnrolment(const QString &idempotencyKey, const QByteArray &body, const QString &ticket,
                       Done done) override;
    void getEnrolment(const QString &idempotencyKey, Done done) override;
    void pollWaitingRoom(const QString &ticket, Done done) override;
    // GET /v1/status: the staff console's reachability line and a health probe.
    void getStatus(Done done);

    int requestsStarted() const { return m_started; }

private:
    QNetworkRequest request(const QString &path) const;
    void finish(QNetworkReply *reply, int lane, Done done);
    int quietestLane() const;

    struct Lane {
        QNetworkAccessManager *network;
        int open = 0;
    };
    std::vector<Lane> m_lanes;
    Settings m_settings;
    int m_started = 0;
};

} // namespace wristdoc
