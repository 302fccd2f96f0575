#pragma once

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace wristdoc::test {

// Certificates made at test time with the openssl command-line tool in a temporary directory:
// a CA, two server keys signed by it for "localhost" and 127.0.0.1 (the key in use and the
// backup), and a self-signed server certificate no CA vouches for. Nothing is kept between runs.
class TlsTestCertificates {
public:
    bool generate(QString *error) {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        const QString ext = path(QStringLiteral("server.ext"));
        QFile extFile(ext);
        if (!extFile.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(ext);
            return false;
        }
        extFile.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                      "basicConstraints=critical,CA:FALSE\n"
                      "keyUsage=critical,digitalSignature\n"
                      "extendedKeyUsage=serverAuth\n");
        extFile.close();
        const QStringList ec{
            QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                     QStringList{QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"),
                                 path("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                                 QStringLiteral("-subj"), QStringLiteral("/CN=WristDoc Test CA"),
                                 QStringLiteral("-addext"),
                                 QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                 QStringLiteral("-addext"),
                                 QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                 error))
            return false;
        for (const QString &name : {QStringLiteral("primary"), QStringLiteral("backup")}) {
            if (!run(QStringList{QStringLiteral("req")} + ec +
                         QStringList{QStringLiteral("-keyout"), path(name + ".key"),
                                     QStringLiteral("-out"), path(name + ".csr"),
                                     QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                     error) ||
                !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      path(name + ".csr"), QStringLiteral("-CA"), path("ca.pem"),
                      QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
                      QStringLiteral("-out"), path(name + ".pem"), QStringLiteral("-days"),
                      QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                     error))
                return false;
        }
        return run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                       QStringList{QStringLiteral("-keyout"), path("selfsigned.key"),
                                   QStringLiteral("-out"), path("selfsigned.pem"),
                                   QStringLiteral("-days"), QStringLiteral("2"),
                                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                   QStringLiteral("-addext"),
                                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
                   error);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString path(const char *name) const { return path(QString::fromLatin1(name)); }
    QSslCertificate certificate(const QString &name) const {
        const auto list = QSslCertificate::fromPath(path(name + QStringLiteral(".pem")));
        return list.isEmpty() ? QSslCertificate() : list.first();
    }
    QList<QSslCertificate> ca() const { return QSslCertificate::fromPath(path("ca.pem")); }
    QStringList serverArgs(const QString &name) const {
        return {QStringLiteral("--tls-cert"), path(name + QStringLiteral(".pem")),
                QStringLiteral("--tls-key"), path(name + QStringLiteral(".key"))};
    }

    // pin-sha256 of a certificate as the openssl pipeline computes it, independent of Qt.
    QString opensslPin(const QString &name, QString *error) const {
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("openssl x509 -in \"$1\" -pubkey -noout | openssl pkey -pubin "
                                    "-outform der | openssl dgst -sha256 -binary | base64"),
                     QStringLiteral("sh"), path(name + QStringLiteral(".pem"))});
        if (!shell.waitForFinished(60000) || shell.exitCode() != 0) {
            *error = QString::fromLocal8Bit(shell.readAllStandardError());
            return {};
        }
        return QString::fromLatin1(shell.readAllStandardOutput()).trimmed();
    }

private:
    bool run(const QStringList &args, QString *error) {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"), args);
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl %1: %2 %3")
                         .arg(args.first(), openssl.errorString(),
                              QString::fromLocal8Bit(openssl.readAllStandardError()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace wristdoc::test
