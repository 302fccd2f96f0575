// The reference server's cohort days: birth-year parity on alternate dates, and explicit
// windows from a file.
#include "ReferenceServerProcess.h"
#include "ServerExchange.h"
#include "ServerTestBodies.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerCohortsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parityDefersOddYearsOnEvenDates();
    void windowsOpenByBirthYear();
};

void ServerCohortsTest::parityDefersOddYearsOnEvenDates() {
    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--cohorts"), QStringLiteral("parity")}),
             qPrintable(server.errorString()));
    QCOMPARE(getPath(server.port(), "/v1/status")
                 .json()
                 .value(QStringLiteral("enrolment"))
                 .toObject()
                 .value(QStringLiteral("cohorts"))
                 .toString(),
             QStringLiteral("parity"));

    const QByteArray odd = applicantBody("Test Odd", "01000000031", QDate(1957, 3, 1));
    const LoopbackReply deferred = postEnrolment(server.port(), "odd-000001", odd);
    QCOMPARE(deferred.status, 403);
    QCOMPARE(errorCode(deferred), QStringLiteral("not-cohort-day"));
    const QJsonObject error = deferred.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("nextDate")).toString(), QStringLiteral("2026-11-23"));
    const QJsonObject slot = error.value(QStringLiteral("slot")).toObject();
    QCOMPARE(slot.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-23T00:00:00Z"));
    QCOMPARE(slot.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-23T09:00:00Z"));

    QCOMPARE(postEnrolment(server.port(), "even-00001",
                           applicantBody("Test Even", "01000000032", QDate(1956, 3, 1)))
                 .status,
             201);
    QCOMPARE(stat(server.adminStats(), QStringLiteral("enrolmentsStored")), 1);

    // On its day the same request, same key, goes through: a deferral is not a stored answer.
    server.stop();
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-23"),
                           QStringLiteral("--cohorts"), QStringLiteral("parity")}),
             qPrintable(server.errorString()));
    QCOMPARE(postEnrolment(server.port(), "odd-000001", odd).status, 201);
    QCOMPARE(stat(server.adminStats(), QStringLiteral("enrolmentsStored")), 2);
}

void ServerCohortsTest::windowsOpenByBirthYear() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("windows.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"birthYears": [1950, 1959], "from": "2026-11-23", "to": "2026-11-24"},
                   {"birthYears": [1960, 1969], "from": "2026-11-20", "to": "2026-11-22"}])");
    file.close();

    ReferenceServerProcess server;
    QVERIFY2(server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                           QStringLiteral("--cohort-windows"), path}),
             qPrintable(server.errorString()));
    const quint16 port = server.port();
    QCOMPARE(postEnrolment(port, "win-000001",
                           applicantBody("Test Sixties", "01000000033", QDate(1965, 5, 5)))
                 .status,
             201);
    const LoopbackReply early = postEnrolment(
        port, "win-000002", applicantBody("Test Fifties", "01000000034", QDate(1955, 5, 5)));
    QCOMPARE(early.status, 403);
    QCOMPARE(errorCode(early), QStringLiteral("not-cohort-day"));
    QCOMPARE(early.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("nextDate"))
                 .toString(),
             QStringLiteral("2026-11-23"));
    const LoopbackReply none = postEnrolment(
        port, "win-000003", applicantBody("Test Seventies", "01000000035", QDate(1975, 5, 5)));
    QCOMPARE(none.status, 403);
    QCOMPARE(errorCode(none), QStringLiteral("cohort-closed"));
}

QTEST_GUILESS_MAIN(ServerCohortsTest)
#include "tst_server_cohorts.moc"
