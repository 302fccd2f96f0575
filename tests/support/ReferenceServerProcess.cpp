#include "ReferenceServerProcess.h"

#include "LoopbackHttpRequest.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

#ifndef WRISTDOC_SERVER_BIN
#error "WRISTDOC_SERVER_BIN must name the wristdoc-server binary"
#endif

namespace wristdoc {

ReferenceServerProcess::ReferenceServerProcess()
    : m_environment(QProcessEnvironment::systemEnvironment())
    , m_adminToken(QStringLiteral("test-admin-token")) {
    // The server's log lines go where the test's own go, so a failure shows both.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ReferenceServerProcess::~ReferenceServerProcess() {
    stop();
}

void ReferenceServerProcess::setLogFile(const QString &path) {
    // A forwarded channel would win over the file.
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(path, QIODevice::Append);
}

void ReferenceServerProcess::setEnvironmentVariable(const QString &name, const QString &value) {
    m_environment.insert(name, value);
}

QString ReferenceServerProcess::serverBinary() {
    return QStringLiteral(WRISTDOC_SERVER_BIN);
}

QString ReferenceServerProcess::databasePath() const {
    return m_dir.filePath(QStringLiteral("server.sqlite"));
}

QUrl ReferenceServerProcess::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool ReferenceServerProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

bool ReferenceServerProcess::start(const QStringList &extraArgs, int timeoutMs) {
    stop();
    m_port = 0;
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    QStringList args{QStringLiteral("--port"),        QStringLiteral("0"),
                     QStringLiteral("--db"),          databasePath(),
                     QStringLiteral("--admin-token"), m_adminToken};
    args += extraArgs;
    m_process.setProcessEnvironment(m_environment);
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression line(
        QStringLiteral("^wristdoc-server listening on 127\\.0\\.0\\.1:(\\d+)$"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.canReadLine()) {
            const QString text = QString::fromUtf8(m_process.readLine()).trimmed();
            const QRegularExpressionMatch match = line.match(text);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
            continue;
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("wristdoc-server exited with code %1 before listening")
                          .arg(m_process.exitCode());
            return false;
        }
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    m_error = QStringLiteral("wristdoc-server did not report its port in time");
    stop();
    return false;
}

void ReferenceServerProcess::stop(int timeoutMs) {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the server closes its database and exits
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(timeoutMs);
    }
}

QJsonObject ReferenceServerProcess::adminStats(int timeoutMs) const {
    if (m_port == 0)
        return {};
    const LoopbackReply reply = LoopbackHttpRequest::exchange(
        m_port, "GET", "/v1/admin/stats", {},
        {{"Authorization", "Bearer " + m_adminToken.toUtf8()}}, timeoutMs);
    if (!reply.answered || reply.status != 200)
        return {};
    return reply.json();
}

} // namespace wristdoc
