#pragma once

#include "HttpResponse.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QPointer>
#include <QTcpSocket>

#include <deque>
#include <unordered_map>
#include <vector>

namespace wristdoc {

class ApiService;
class Clock;

// The transport of the reference server: QAbstractHttpServer hands over each parsed request
// with its socket, and this class writes the answer itself, because the launch day's failures
// are about connections: an answer delayed without blocking the event loop (--latency-ms), a
// connection reset before processing (--reset-rate), a connection closed after the commit
// without any answer (--drop-response-after-commit-rate). Answers on one connection leave in
// the order their requests arrived, and never before the group commit they depend on.
class ProgrammeServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    ProgrammeServer(ApiService *service, const Clock *clock, QObject *parent = nullptr);
    ~ProgrammeServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free port. Returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);
    // Before listenOnLoopback(): serve HTTPS with a PEM certificate (chain) and private key
    // (RSA or EC). False with an English error when either cannot be read.
    bool useTls(const QString &certificatePath, const QString &keyPath, QString *error);
    // Answers produced but not yet sent (waiting for their latency or for an earlier answer).
    int pendingAnswers() const { return int(m_exchanges.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Exchange {
        quint64 connection = 0;
        HttpResponse response;
        qint64 startedMs = 0;
        bool latencyDone = false;
        bool awaitingCommit = false;
        bool drop = false;
        bool closeAfter = false;
    };
    struct Connection {
        QPointer<QTcpSocket> socket;
        std::deque<quint64> exchanges;
    };

    quint64 connectionOf(QTcpSocket *socket);
    void complete(quint64 exchangeId);
    void batchFinished(bool ok);
    void flush(quint64 connectionId);
    void finish(quint64 exchangeId, int outcome);
    static void reset(QTcpSocket *socket);
    static QByteArray serialise(const HttpResponse &response, bool close);

    ApiService *m_service;
    const Clock *m_clock;
    quint64 m_nextConnection = 1;
    quint64 m_nextExchange = 1;
    QHash<quint64, Connection> m_connections;
    std::unordered_map<quint64, Exchange> m_exchanges;
    std::vector<quint64> m_awaitingCommit;
};

} // namespace wristdoc
