#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace wristdoc {

// The built wristdoc-server as a child process, for tests that need the real thing on
// loopback. Each instance has its own temporary directory and database; starting again after
// stop() keeps that database (a server restart). Blocking calls only, no event loop needed.
class ReferenceServerProcess {
public:
    ReferenceServerProcess();
    ~ReferenceServerProcess(); // stops the server
    ReferenceServerProcess(const ReferenceServerProcess &) = delete;
    ReferenceServerProcess &operator=(const ReferenceServerProcess &) = delete;

    // Starts the server with --port 0, --db, --admin-token and extraArgs, and waits for its
    // "listening" line. False with errorString() when it exits or stays silent.
    bool start(const QStringList &extraArgs = {}, int timeoutMs = 30000);
    // SIGTERM, then SIGKILL if it has not exited within timeoutMs.
    void stop(int timeoutMs = 10000);
    bool isRunning() const;
    qint64 processId() const { return m_process.processId(); }

    // Before start(): the server's stderr (its log) goes to this file instead of the test's
    // stderr, e.g. to check that no personal data is logged.
    void setLogFile(const QString &path);
    // Before start(): an environment variable for the server (e.g. QT_LOGGING_RULES).
    void setEnvironmentVariable(const QString &name, const QString &value);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT (the API is under /v1)
    QString databasePath() const;
    QString adminToken() const { return m_adminToken; }
    QString errorString() const { return m_error; }

    // GET /v1/admin/stats with the admin token; empty on any failure.
    QJsonObject adminStats(int timeoutMs = 30000) const;

    // The wristdoc-server binary this was built with.
    static QString serverBinary();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QProcessEnvironment m_environment;
    quint16 m_port = 0;
    QString m_adminToken;
    QString m_error;
};

} // namespace wristdoc
