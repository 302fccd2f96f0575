#include "ProgrammeServer.h"

#include "ApiRequest.h"
#include "ApiService.h"
#include "Clock.h"
#include "ServerLogging.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace wristdoc {

namespace {

const char *const kConnectionProperty = "wristdocConnection";

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

ApiRequest copyOf(const QHttpServerRequest &request) {
    ApiRequest copy;
    copy.method = methodName(request.method());
    copy.path = request.url().path();
    copy.query = request.query();
    for (const auto &header : request.headers())
        copy.headers.insert(header.first.toLower(), header.second.trimmed());
    copy.body = request.body();
    return copy;
}

} // namespace

ProgrammeServer::ProgrammeServer(ApiService *service, const Clock *clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_clock(clock) {
    m_service->setPendingAnswersCounter([this] { return pendingAnswers(); });
    connect(m_service, &ApiService::batchFinished, this, &ProgrammeServer::batchFinished);
}

ProgrammeServer::~ProgrammeServer() {
    m_service->setPendingAnswersCounter({});
}

bool ProgrammeServer::useTls(const QString &certificatePath, const QString &keyPath,
                             QString *error) {
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(
        certificatePath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (chain.isEmpty()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certificatePath);
        return false;
    }
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(keyPath, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        *error = QStringLiteral("%1 holds no PEM RSA or EC private key").arg(keyPath);
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    sslSetup(tls);
    return true;
}

quint16 ProgrammeServer::listenOnLoopback(quint16 port) {
    return listen(QHostAddress::LocalHost, port);
}

quint64 ProgrammeServer::connectionOf(QTcpSocket *socket) {
    quint64 id = socket->property(kConnectionProperty).toULongLong();
    if (id != 0)
        return id;
    id = m_nextConnection++;
    socket->setProperty(kConnectionProperty, id);
    m_connections.insert(id, Connection{socket, {}});
    connect(socket, &QObject::destroyed, this, [this, id] {
        const auto it = m_connections.find(id);
        if (it != m_connections.end() && it->exchanges.empty())
            m_connections.erase(it);
        // Otherwise the pending answers find the socket gone and are counted lost.
    });
    return id;
}

bool ProgrammeServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    const ApiRequest api = copyOf(request);
    const bool exempt = ApiService::exemptFromFaults(api);
    if (!exempt && m_service->faults().resetConnection()) {
        m_service->countReset();
        qCDebug(lcServer).noquote() << "reset" << api.method << api.path;
        reset(socket);
        return true;
    }

    const quint64 connection = connectionOf(socket);
    Exchange exchange;
    exchange.connection = connection;
    exchange.startedMs = m_clock->nowUtc().toMSecsSinceEpoch();
    exchange.closeAfter = api.header("connection").compare("close", Qt::CaseInsensitive) == 0;
    exchange.response = m_service->handle(api);
    // Only answers that committed something are worth losing: that is the case where the
    // client cannot know whether its request took effect.
    exchange.drop = !exempt && exchange.response.committed && m_service->faults().dropResponse();
    const int latency = exempt ? 0 : m_service->faults().latencyMs();
    qCDebug(lcServer).noquote() << api.method << api.path << exchange.response.status;

    const quint64 id = m_nextExchange++;
    exchange.awaitingCommit = exchange.response.awaitsCommit;
    if (exchange.awaitingCommit)
        m_awaitingCommit.push_back(id);
    m_exchanges.emplace(id, std::move(exchange));
    m_connections[connection].exchanges.push_back(id);
    if (latency > 0)
        QTimer::singleShot(latency, this, [this, id] { complete(id); });
    else
        complete(id);
    return true;
}

void ProgrammeServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    // handleRequest() takes every request; this is only reached if that ever changes.
    Q_UNUSED(request);
    socket->write(serialise(
        HttpResponse::error(404, QStringLiteral("not-found"), QStringLiteral("No such endpoint.")),
        false));
}

void ProgrammeServer::complete(quint64 exchangeId) {
    const auto it = m_exchanges.find(exchangeId);
    if (it == m_exchanges.end())
        return;
    it->second.latencyDone = true;
    flush(it->second.connection);
}

void ProgrammeServer::batchFinished(bool ok) {
    std::vector<quint64> waiting;
    waiting.swap(m_awaitingCommit);
    QSet<quint64> connections;
    for (quint64 id : waiting) {
        const auto it = m_exchanges.find(id);
        if (it == m_exchanges.end())
            continue;
        Exchange &exchange = it->second;
        exchange.awaitingCommit = false;
        if (!ok) {
            // Nothing of it reached the disk: say so, but keep what the request holds (its key
            // in flight, its admission place) so finished() releases it.
            HttpResponse failed = HttpResponse::error(
                500, QStringLiteral("internal"),
                QStringLiteral("The server could not store the enrolment; nothing was "
                               "committed."));
            failed.inFlightKey = exchange.response.inFlightKey;
            failed.holdsAdmission = exchange.response.holdsAdmission;
            exchange.response = failed;
            exchange.drop = false;
        }
        connections.insert(exchange.connection);
    }
    for (quint64 connection : std::as_const(connections))
        flush(connection);
}

void ProgrammeServer::flush(quint64 connectionId) {
    auto conn = m_connections.find(connectionId);
    if (conn == m_connections.end())
        return;
    while (!conn->exchanges.empty()) {
        const quint64 id = conn->exchanges.front();
        Exchange &exchange = m_exchanges.at(id);
        if (!exchange.latencyDone || exchange.awaitingCommit)
            break;
        conn->exchanges.pop_front();
        QTcpSocket *socket = conn->socket.data();
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            finish(id, int(ApiService::Outcome::Lost));
            continue;
        }
        if (exchange.drop) {
            // Committed, and now the connection closes without a byte of the answer.
            qCDebug(lcServer) << "dropping an answer after its commit";
            finish(id, int(ApiService::Outcome::Dropped));
            socket->abort();
            continue;
        }
        socket->write(serialise(exchange.response, exchange.closeAfter));
        const bool close = exchange.closeAfter;
        finish(id, int(ApiService::Outcome::Delivered));
        if (close)
            socket->disconnectFromHost();
    }
    if (conn->exchanges.empty() && conn->socket.isNull())
        m_connections.erase(conn);
}

void ProgrammeServer::finish(quint64 exchangeId, int outcome) {
    const auto it = m_exchanges.find(exchangeId);
    if (it == m_exchanges.end())
        return;
    const HttpResponse response = std::move(it->second.response);
    const qint64 serviceMs = m_clock->nowUtc().toMSecsSinceEpoch() - it->second.startedMs;
    m_exchanges.erase(it);
    m_service->finished(response, ApiService::Outcome(outcome), serviceMs);
}

void ProgrammeServer::reset(QTcpSocket *socket) {
#ifdef Q_OS_UNIX
    // Linger with a zero timeout: close() sends RST instead of FIN, as a crashed or overloaded
    // load balancer would.
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger option {};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    socket->abort();
}

QByteArray ProgrammeServer::serialise(const HttpResponse &response, bool close) {
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += HttpResponse::reasonPhrase(response.status);
    out += "\r\nContent-Type: application/json\r\nContent-Length: ";
    out += QByteArray::number(response.body.size());
    out += "\r\n";
    for (const auto &header : response.headers) {
        out += header.first;
        out += ": ";
        out += header.second;
        out += "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace wristdoc
