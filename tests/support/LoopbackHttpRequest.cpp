#include "LoopbackHttpRequest.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

namespace wristdoc {

QJsonObject LoopbackReply::json() const {
    return QJsonDocument::fromJson(body).object();
}

LoopbackHttpRequest::LoopbackHttpRequest(quint16 port, const QByteArray &method,
                                         const QByteArray &path, const QByteArray &body,
                                         const Headers &headers)
    : m_port(port) {
    m_request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                "\r\nConnection: close\r\n";
    for (const auto &header : headers)
        m_request += header.first + ": " + header.second + "\r\n";
    if (!body.isEmpty() || method == "POST") {
        m_request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    }
    m_request += "\r\n" + body;
}

LoopbackHttpRequest::~LoopbackHttpRequest() {
    if (m_socket)
        m_socket->abort();
}

bool LoopbackHttpRequest::start(int timeoutMs) {
    m_started = true;
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    if (!m_socket->waitForConnected(timeoutMs))
        return false;
    m_socket->write(m_request);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(timeoutMs))
            return false;
    }
    return true;
}

LoopbackReply LoopbackHttpRequest::failure(const QString &fallback) const {
    LoopbackReply reply;
    if (m_socket && m_socket->error() != QAbstractSocket::UnknownSocketError) {
        reply.socketError = m_socket->error();
        reply.errorText = m_socket->errorString();
    } else {
        reply.errorText = fallback;
    }
    return reply;
}

LoopbackReply LoopbackHttpRequest::finish(int timeoutMs) {
    if (!m_started)
        start(timeoutMs);
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState) {
        if (!m_socket || m_socket->bytesAvailable() == 0)
            return failure(QStringLiteral("not connected"));
    }
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray data;
    int headerEnd = -1;
    qint64 contentLength = -1;
    LoopbackReply reply;
    for (;;) {
        data += m_socket->readAll();
        if (headerEnd < 0) {
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QList<QByteArray> lines = data.left(headerEnd).split('\n');
                const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
                reply.status = statusLine.value(1).toInt();
                for (int i = 1; i < lines.size(); ++i) {
                    const int colon = lines[i].indexOf(':');
                    if (colon > 0) {
                        reply.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                             lines[i].mid(colon + 1).trimmed());
                    }
                }
                contentLength = reply.header("content-length").toLongLong();
            }
        }
        if (headerEnd >= 0 && data.size() - (headerEnd + 4) >= contentLength) {
            reply.body = data.mid(headerEnd + 4, contentLength);
            reply.answered = true;
            return reply;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
            return failure(QStringLiteral("closed without a complete answer"));
        if (deadline.hasExpired()) {
            LoopbackReply timeout;
            timeout.socketError = QAbstractSocket::SocketTimeoutError;
            timeout.errorText = QStringLiteral("no complete answer in time");
            return timeout;
        }
        m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

LoopbackReply LoopbackHttpRequest::exchange(quint16 port, const QByteArray &method,
                                            const QByteArray &path, const QByteArray &body,
                                            const Headers &headers, int timeoutMs) {
    LoopbackHttpRequest request(port, method, path, body, headers);
    request.start(timeoutMs);
    return request.finish(timeoutMs);
}

} // namespace wristdoc
