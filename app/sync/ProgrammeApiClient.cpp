#include "ProgrammeApiClient.h"

#include "NetworkErrorMap.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace wristdoc {

ProgrammeApiClient::ProgrammeApiClient(QNetworkAccessManager &network, const Settings &settings,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    addLane(network);
}

void ProgrammeApiClient::addLane(QNetworkAccessManager &network) {
    m_lanes.push_back({&network, 0});
}

int ProgrammeApiClient::quietestLane() const {
    int best = 0;
    for (int i = 1; i < int(m_lanes.size()); ++i) {
        if (m_lanes[size_t(i)].open < m_lanes[size_t(best)].open)
            best = i;
    }
    return best;
}

QNetworkRequest ProgrammeApiClient::request(const QString &path) const {
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1") + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    // Retries are the worker's decision, with the same key; never let a cache answer for us.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.deviceToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.deviceToken);
    return request;
}

void ProgrammeApiClient::postEnrolment(const QString &idempotencyKey, const QByteArray &body,
                                       const QString &ticket, Done done) {
    QNetworkRequest r = request(QStringLiteral("/enrolments"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    if (!ticket.isEmpty())
        r.setRawHeader("Waiting-Room-Ticket", ticket.toLatin1());
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->post(r, body), lane, std::move(done));
}

void ProgrammeApiClient::getEnrolment(const QString &idempotencyKey, Done done) {
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->get(
               request(QStringLiteral("/enrolments/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(idempotencyKey)))),
           lane, std::move(done));
}

void ProgrammeApiClient::pollWaitingRoom(const QString &ticket, Done done) {
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->get(
               request(QStringLiteral("/waiting-room/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(ticket)))),
           lane, std::move(done));
}

void ProgrammeApiClient::getStatus(Done done) {
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->get(request(QStringLiteral("/status"))), lane,
           std::move(done));
}

void ProgrammeApiClient::finish(QNetworkReply *reply, int lane, Done done) {
    ++m_lanes[size_t(lane)].open;
    connect(reply, &QNetworkReply::finished, this, [this, reply, lane, done = std::move(done)] {
        --m_lanes[size_t(lane)].open;
        reply->deleteLater();
        HttpReply out;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid()) {
            out.status = status.toInt();
            out.body = reply->readAll();
            out.retryAfter = reply->rawHeader("Retry-After");
            out.replayed = reply->rawHeader("Idempotent-Replayed").trimmed().toLower() == "true";
            // A status line followed by a cut-off body is not an answer we may trust.
            if (reply->error() == QNetworkReply::RemoteHostClosedError ||
                reply->error() == QNetworkReply::OperationCanceledError ||
                reply->error() == QNetworkReply::TimeoutError) {
                out = HttpReply::failed(NetworkErrorMap::fromReplyError(reply->error()));
            }
        } else {
            NetworkErrorKind kind = NetworkErrorMap::fromReplyError(reply->error());
            if (kind == NetworkErrorKind::None)
                kind = NetworkErrorKind::Other;
            out = HttpReply::failed(kind);
        }
        done(out);
    });
}

} // namespace wristdoc
