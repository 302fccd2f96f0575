#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class QTcpSocket;

namespace wristdoc {

// What came back: a complete HTTP answer, or how the exchange failed.
struct LoopbackReply {
    bool answered = false; // a complete status line, headers and body arrived
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    // When !answered: the socket's error (RemoteHostClosedError for a close or a reset,
    // ConnectionRefusedError, SocketTimeoutError) and its text.
    QAbstractSocket::SocketError socketError = QAbstractSocket::UnknownSocketError;
    QString errorText;

    QByteArray header(const QByteArray &lowerCaseName) const {
        return headers.value(lowerCaseName);
    }
    QJsonObject json() const;
};

// One HTTP/1.1 exchange with a server on 127.0.0.1, on its own connection, with blocking calls:
// no event loop, and exactly what the server sent (a closed or reset connection is reported,
// never retried behind the caller's back as QNetworkAccessManager may do). start() and
// finish() apart let a test hold several requests open at once.
class LoopbackHttpRequest {
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    LoopbackHttpRequest(quint16 port, const QByteArray &method, const QByteArray &path,
                        const QByteArray &body = {}, const Headers &headers = {});
    ~LoopbackHttpRequest();
    LoopbackHttpRequest(const LoopbackHttpRequest &) = delete;
    LoopbackHttpRequest &operator=(const LoopbackHttpRequest &) = delete;

    // Connects and sends the request; false when that failed (finish() then reports why).
    bool start(int timeoutMs = 30000);
    // Reads the answer, waiting up to timeoutMs for it.
    LoopbackReply finish(int timeoutMs = 60000);

    static LoopbackReply exchange(quint16 port, const QByteArray &method, const QByteArray &path,
                                  const QByteArray &body = {}, const Headers &headers = {},
                                  int timeoutMs = 60000);

private:
    LoopbackReply failure(const QString &fallback) const;

    quint16 m_port;
    QByteArray m_request;
    std::unique_ptr<QTcpSocket> m_socket;
    bool m_started = false;
};

} // namespace wristdoc
