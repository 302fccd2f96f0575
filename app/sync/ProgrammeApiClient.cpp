#include "ProgrammeApiClient.h"

#include "NetworkErrorMap.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace wristdoc {

namespace {
const char *const kPinMismatchProperty = "wristdocPinMismatch";
} // namespace

ProgrammeApiClient::ProgrammeApiClient(QNetworkAccessManager &network, const Settings &settings,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_addressVerdict(ServerAddressPolicy::check(settings.baseUrl)) {
    addLane(network);
    if (m_addressVerdict != ServerAddressPolicy::Verdict::Allowed)
        qCWarning(lcSync).noquote()
            << ServerAddressPolicy::detail(m_addressVerdict, settings.baseUrl);
}

bool ProgrammeApiClient::refuseInsecure(Done &done) {
    if (m_addressVerdict == ServerAddressPolicy::Verdict::Allowed)
        return false;
    // Still from the event loop, never from inside the call (ProgrammeApi's contract).
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] { done(HttpReply::failed(NetworkErrorKind::InsecureAddress)); },
        Qt::QueuedConnection);
    return true;
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
    // A query ("?from=...&to=...") must not end up percent-encoded inside the path.
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + QStringLiteral("/v1") + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_settings.transferTimeoutMs);
    // Retries are the worker's decision, with the same key; never let a cache answer for us.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json");
    if (!m_settings.deviceToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_settings.deviceToken);
    if (!m_settings.participantToken.isEmpty())
        request.setRawHeader("Participant-Token", m_settings.participantToken);
    if (!m_settings.caCertificates.isEmpty()) {
        QSslConfiguration tls = request.sslConfiguration();
        tls.addCaCertificates(m_settings.caCertificates);
        request.setSslConfiguration(tls);
    }
    // HTTP/2 multiplexes later requests onto a connection without telling each of them that
    // it is encrypted; with pins, every request should see its own handshake or reused
    // HTTP/1.1 connection, checked again at the end.
    if (!m_settings.pins.isEmpty())
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

void ProgrammeApiClient::postEnrolment(const QString &idempotencyKey, const QByteArray &body,
                                       const QString &ticket, Done done) {
    if (refuseInsecure(done))
        return;
    QNetworkRequest r = request(QStringLiteral("/enrolments"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    if (!ticket.isEmpty())
        r.setRawHeader("Waiting-Room-Ticket", ticket.toLatin1());
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->post(r, body), lane, std::move(done));
}

void ProgrammeApiClient::postActivityDay(const QString &idempotencyKey, const QByteArray &body,
                                         Done done) {
    Call day;
    day.verb = "POST";
    day.path = QStringLiteral("/activity/days");
    day.body = body;
    day.headers.append({QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toLatin1()});
    call(day, std::move(done));
}

void ProgrammeApiClient::getEnrolment(const QString &idempotencyKey, Done done) {
    if (refuseInsecure(done))
        return;
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->get(
               request(QStringLiteral("/enrolments/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(idempotencyKey)))),
           lane, std::move(done));
}

void ProgrammeApiClient::pollWaitingRoom(const QString &ticket, Done done) {
    if (refuseInsecure(done))
        return;
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->get(
               request(QStringLiteral("/waiting-room/") +
                       QString::fromLatin1(QUrl::toPercentEncoding(ticket)))),
           lane, std::move(done));
}

void ProgrammeApiClient::getStatus(Done done) {
    if (refuseInsecure(done))
        return;
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->get(request(QStringLiteral("/status"))), lane,
           std::move(done));
}

void ProgrammeApiClient::registerDevice(const QString &code, Done done) {
    if (refuseInsecure(done))
        return;
    QNetworkRequest r = request(QStringLiteral("/devices/register"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code.trimmed()}})
                                .toJson(QJsonDocument::Compact);
    ++m_started;
    const int lane = quietestLane();
    finish(m_lanes[size_t(lane)].network->post(r, body), lane, std::move(done));
}

void ProgrammeApiClient::call(const Call &call, Done done) {
    if (refuseInsecure(done))
        return;
    QNetworkRequest r = request(call.path);
    for (const auto &header : call.headers)
        r.setRawHeader(header.first, header.second);
    const int lane = quietestLane();
    QNetworkAccessManager *network = m_lanes[size_t(lane)].network;
    QNetworkReply *reply = nullptr;
    if (call.verb == "POST") {
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = network->post(r, call.body);
    } else if (call.verb == "GET") {
        reply = network->get(r);
    } else {
        reply = network->sendCustomRequest(r, call.verb, call.body);
    }
    ++m_started;
    finish(reply, lane, std::move(done));
}

bool ProgrammeApiClient::peerMatchesPins(QNetworkReply *reply) const {
    return m_settings.pins.matches(reply->sslConfiguration().peerCertificate());
}

void ProgrammeApiClient::watchTls(QNetworkReply *reply) {
    // Certificate errors are logged and never ignored: the reply ends with a handshake error.
    connect(reply, &QNetworkReply::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCWarning(lcSync).noquote() << "server certificate refused:" << error.errorString();
    });
    if (m_settings.pins.isEmpty())
        return;
    // Runs before QtNetwork writes the request (Qt documents encrypted() as emitted before any
    // user data is sent, and aborting in it as the way to refuse the connection).
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (peerMatchesPins(reply))
            return;
        qCWarning(lcSync).noquote()
            << "server key does not match the pinned keys; request aborted before sending."
            << "server presented pin-sha256"
            << PublicKeyPins::spkiSha256Base64(reply->sslConfiguration().peerCertificate())
            << "expected one of" << m_settings.pins.toBase64().join(QStringLiteral(", "));
        reply->setProperty(kPinMismatchProperty, true);
        reply->abort();
        // Aborting the request leaves the refused connection open in the manager's pool,
        // where a later request would reuse it without a new handshake. Drop the pool, after
        // this slot has returned (QtNetwork may be waiting for it on another thread).
        if (QNetworkAccessManager *manager = reply->manager())
            QMetaObject::invokeMethod(
                manager, [manager] { manager->clearConnectionCache(); }, Qt::QueuedConnection);
    });
}

void ProgrammeApiClient::finish(QNetworkReply *reply, int lane, Done done) {
    ++m_lanes[size_t(lane)].open;
    watchTls(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, lane, done = std::move(done)] {
        --m_lanes[size_t(lane)].open;
        reply->deleteLater();
        HttpReply out;
        // A refused key, or an answer over a connection whose key was never checked against
        // the pins (reused from elsewhere): not an answer to trust.
        if (reply->property(kPinMismatchProperty).toBool() ||
            (!m_settings.pins.isEmpty() &&
             reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() &&
             !peerMatchesPins(reply))) {
            done(HttpReply::failed(NetworkErrorKind::PinMismatch));
            return;
        }
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
