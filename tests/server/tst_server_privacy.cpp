// What the reference server keeps about applicants: neither its database nor its log (at debug
// level) holds a name, a mobile number or a full birth date.
#include "ReferenceServerProcess.h"
#include "ServerExchange.h"
#include "ServerTestBodies.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerPrivacyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void neitherDatabaseNorLogHoldsPersonalData();
};

namespace {

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void ServerPrivacyTest::neitherDatabaseNorLogHoldsPersonalData() {
    QTemporaryDir logs;
    const QString logPath = logs.filePath(QStringLiteral("server.log"));
    ReferenceServerProcess server;
    server.setLogFile(logPath);
    server.setEnvironmentVariable(QStringLiteral("QT_LOGGING_RULES"),
                                  QStringLiteral("wristdoc.*.debug=true"));
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
             qPrintable(server.errorString()));

    const QString name = QStringLiteral("Privacy Applicant");
    const QString mobile = QStringLiteral("01099990001");
    const QByteArray body = applicantBody(name, mobile, QDate(1961, 7, 14));
    QCOMPARE(postEnrolment(server.port(), "private-01", body).status, 201);
    QCOMPARE(postEnrolment(server.port(), "private-01", body).status, 200);
    QCOMPARE(postEnrolment(server.port(), "private-02", body).status, 409);
    QCOMPARE(postEnrolment(server.port(), "private-03",
                           applicantBody(name, QStringLiteral("0109999"), QDate(1961, 7, 14)))
                 .status,
             422);
    const QJsonObject stats = server.adminStats();
    QCOMPARE(stat(stats, QStringLiteral("enrolmentsStored")), 1);

    // Read the files while the server runs (WAL not yet folded in) and after it stopped.
    QByteArray stored;
    const QDir dir = QFileInfo(server.databasePath()).dir();
    for (const QString &file : dir.entryList(QDir::Files))
        stored += readAll(dir.filePath(file));
    server.stop();
    for (const QString &file : dir.entryList(QDir::Files))
        stored += readAll(dir.filePath(file));
    const QByteArray log = readAll(logPath);

    QVERIFY2(log.contains("/v1/enrolments"), "the log has the request lines to look through");
    QVERIFY(stored.size() > 0);
    for (const QByteArray &secret : {name.toUtf8(), mobile.toUtf8(), QByteArray("010-9999-0001"),
                                     QByteArray("1961-07-14"), QByteArray("0109999")}) {
        QVERIFY2(!stored.contains(secret), secret.constData());
        QVERIFY2(!log.contains(secret), secret.constData());
    }
}

QTEST_GUILESS_MAIN(ServerPrivacyTest)
#include "tst_server_privacy.moc"
