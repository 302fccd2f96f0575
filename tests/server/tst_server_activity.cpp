// The reference server binary on loopback: daily activity upload (idempotency, revisions,
// validation, authentication), the ledger, and the --credit-bug utc-days fault. All people and
// numbers are invented.
#include "ParticipantExchange.h"
#include "ReferenceServerProcess.h"

#include <QTest>

using namespace wristdoc;
using namespace wristdoc::test;

class ServerActivityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameDayTwiceIsCreditedOnce();
    void laterRevisionReplacesTheCredit();
    void staleRevisionIsRefusedForGood();
    void keyReusedWithAnotherBodyIsRefused();
    void invalidDaysAreRefused_data();
    void invalidDaysAreRefused();
    void tokensAreChecked();
    void ageCountsByBirthYear();
    void ledgerRangeIsChecked();
    void ledgerCarriesConversionTerms();
    void morningAndAfternoonWalksAreCredited();
    void utcDaysBugCreditsOnlyTheUtcHours();

private:
    quint16 port() const { return m_server.port(); }
    static int balance(const LoopbackReply &ledger) {
        return ledger.json()
            .value(QStringLiteral("balance"))
            .toObject()
            .value(QStringLiteral("confirmed"))
            .toInt();
    }
    ReferenceServerProcess m_server;
    QString m_first;
    QByteArray m_firstToken;
    QString m_second;
    QByteArray m_secondToken;
};

void ServerActivityTest::initTestCase() {
    QVERIFY2(m_server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
             qPrintable(m_server.errorString()));
    m_first = enrolParticipant(port(), "act-enrol-01", QStringLiteral("Test Walker"),
                               QStringLiteral("01000000011"), QDate(1960, 5, 5));
    m_second = enrolParticipant(port(), "act-enrol-02", QStringLiteral("Test Stroller"),
                                QStringLiteral("01000000012"), QDate(1962, 3, 3));
    QVERIFY(!m_first.isEmpty() && !m_second.isEmpty());
    m_firstToken = linkParticipant(port(), m_server.adminToken(), m_first);
    m_secondToken = linkParticipant(port(), m_server.adminToken(), m_second);
    QVERIFY(!m_firstToken.isEmpty() && !m_secondToken.isEmpty());
}

void ServerActivityTest::sameDayTwiceIsCreditedOnce() {
    const QString date = QStringLiteral("2026-11-02");
    const QByteArray body = dayBody(m_first, date, 1, walkedBetween(14, 18, 8214));
    const QByteArray key = dayKey(m_first, date, 1);
    const LoopbackReply first = postDay(port(), m_firstToken, key, body);
    QCOMPARE(first.status, 201);
    const QJsonObject credited = first.json();
    QCOMPARE(credited.value(QStringLiteral("points")).toInt(), 200);
    QCOMPARE(credited.value(QStringLiteral("steps")).toInt(), 8214);
    QCOMPARE(credited.value(QStringLiteral("state")).toString(), QStringLiteral("credited"));
    QVERIFY(credited.value(QStringLiteral("creditId")).toString().startsWith(QLatin1String("C-")));

    const LoopbackReply again = postDay(port(), m_firstToken, key, body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(again.body, first.body);

    const LoopbackReply ledger =
        getLedger(port(), m_firstToken, m_first, "2026-11-02", "2026-11-02");
    QCOMPARE(ledger.status, 200);
    const QJsonArray days = ledger.json().value(QStringLiteral("days")).toArray();
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("points")).toInt(), 200);
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("confirmed"));
}

void ServerActivityTest::laterRevisionReplacesTheCredit() {
    const QString date = QStringLiteral("2026-11-03");
    const int before =
        balance(getLedger(port(), m_firstToken, m_first, "2026-11-01", "2026-11-22"));
    QCOMPARE(postDay(port(), m_firstToken, dayKey(m_first, date, 1),
                     dayBody(m_first, date, 1, walkedBetween(7, 9, 4000)))
                 .json()
                 .value(QStringLiteral("points"))
                 .toInt(),
             0);
    // The watch synced late: the day now has enough steps.
    const LoopbackReply second = postDay(port(), m_firstToken, dayKey(m_first, date, 2),
                                         dayBody(m_first, date, 2, walkedBetween(7, 12, 9100)));
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json().value(QStringLiteral("points")).toInt(), 200);
    QCOMPARE(second.json().value(QStringLiteral("revision")).toInt(), 2);

    const LoopbackReply ledger =
        getLedger(port(), m_firstToken, m_first, "2026-11-01", "2026-11-22");
    QCOMPARE(balance(ledger), before + 200);
    const QJsonArray days = ledger.json().value(QStringLiteral("days")).toArray();
    QJsonObject day;
    for (const QJsonValue &d : days) {
        if (d.toObject().value(QStringLiteral("date")).toString() == date)
            day = d.toObject();
    }
    QCOMPARE(day.value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(day.value(QStringLiteral("steps")).toInt(), 9100);

    // A third revision with fewer steps takes the credit away again: the balance follows.
    QCOMPARE(postDay(port(), m_firstToken, dayKey(m_first, date, 3),
                     dayBody(m_first, date, 3, walkedBetween(7, 12, 7000)))
                 .status,
             201);
    QCOMPARE(balance(getLedger(port(), m_firstToken, m_first, "2026-11-01", "2026-11-22")), before);
}

void ServerActivityTest::staleRevisionIsRefusedForGood() {
    const QString date = QStringLiteral("2026-11-04");
    QCOMPARE(postDay(port(), m_firstToken, dayKey(m_first, date, 2),
                     dayBody(m_first, date, 2, walkedBetween(9, 12, 8500)))
                 .status,
             201);
    const QByteArray staleBody = dayBody(m_first, date, 1, walkedBetween(9, 12, 3000));
    const LoopbackReply stale = postDay(port(), m_firstToken, dayKey(m_first, date, 1), staleBody);
    QCOMPARE(stale.status, 409);
    QCOMPARE(errorCode(stale), QStringLiteral("stale-revision"));
    QCOMPARE(stale.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("currentRevision"))
                 .toInt(),
             2);
    // Final: the same request hears the same answer, replayed.
    const LoopbackReply again = postDay(port(), m_firstToken, dayKey(m_first, date, 1), staleBody);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.header("idempotent-replayed"), QByteArray("true"));
    // The same revision under another key is not above the stored one either.
    QCOMPARE(postDay(port(), m_firstToken, "other-key-0004",
                     dayBody(m_first, date, 2, walkedBetween(9, 12, 8600)))
                 .status,
             409);
}

void ServerActivityTest::keyReusedWithAnotherBodyIsRefused() {
    const QString date = QStringLiteral("2026-11-05");
    const QByteArray key = dayKey(m_first, date, 1);
    QCOMPARE(
        postDay(port(), m_firstToken, key, dayBody(m_first, date, 1, walkedBetween(9, 12, 100)))
            .status,
        201);
    const LoopbackReply reused =
        postDay(port(), m_firstToken, key, dayBody(m_first, date, 1, walkedBetween(9, 12, 200)));
    QCOMPARE(reused.status, 422);
    QCOMPARE(errorCode(reused), QStringLiteral("key-reused"));
}

void ServerActivityTest::invalidDaysAreRefused_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QVector<int> walk = walkedBetween(9, 12, 9000);
    QTest::newRow("future") << dayBody(m_first, QStringLiteral("2026-11-23"), 1, walk) << "date"
                            << "future";
    QTest::newRow("bad date") << dayBody(m_first, QStringLiteral("2026-02-30"), 1, walk) << "date"
                              << "format";
    QTest::newRow("revision 0") << dayBody(m_first, QStringLiteral("2026-11-06"), 0, walk)
                                << "revision"
                                << "range";
    QTest::newRow("too many steps")
        << dayBody(m_first, QStringLiteral("2026-11-06"), 1, walkedBetween(0, 24, 240000))
        << "steps"
        << "range";
    QTest::newRow("23 hours") << dayBody(m_first, QStringLiteral("2026-11-06"), 1, walk.mid(1))
                              << "hourlySteps"
                              << "format";
    QJsonObject o =
        QJsonDocument::fromJson(dayBody(m_first, QStringLiteral("2026-11-06"), 1, walk)).object();
    o.insert(QStringLiteral("steps"), 9001);
    QTest::newRow("sum") << QJsonDocument(o).toJson(QJsonDocument::Compact) << "hourlySteps"
                         << "sum";
    o.insert(QStringLiteral("steps"), 9000);
    o.insert(QStringLiteral("minutesWorn"), 1441);
    QTest::newRow("minutes") << QJsonDocument(o).toJson(QJsonDocument::Compact) << "minutesWorn"
                             << "range";
    o.insert(QStringLiteral("minutesWorn"), 600);
    o.insert(QStringLiteral("digest"), QStringLiteral("md5:abc"));
    QTest::newRow("digest") << QJsonDocument(o).toJson(QJsonDocument::Compact) << "digest"
                            << "format";
}

void ServerActivityTest::invalidDaysAreRefused() {
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const LoopbackReply reply = postDay(port(), m_firstToken, "invalid-day-0001", body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(errorCode(reply), QStringLiteral("invalid"));
    QVERIFY2(hasFieldIssue(reply, field, code), reply.body.constData());
}

void ServerActivityTest::tokensAreChecked() {
    const QString date = QStringLiteral("2026-11-07");
    const QByteArray body = dayBody(m_first, date, 1, walkedBetween(9, 12, 9000));
    const LoopbackReply missing = postDay(port(), {}, dayKey(m_first, date, 1), body);
    QCOMPARE(missing.status, 401);
    QCOMPARE(errorCode(missing), QStringLiteral("unlinked"));
    const LoopbackReply unknown =
        postDay(port(), "not-a-token-of-this-server", dayKey(m_first, date, 1), body);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(errorCode(unknown), QStringLiteral("unlinked"));
    const LoopbackReply other = postDay(port(), m_secondToken, dayKey(m_first, date, 1), body);
    QCOMPARE(other.status, 403);
    QCOMPARE(errorCode(other), QStringLiteral("wrong-participant"));
    QCOMPARE(getLedger(port(), {}, m_first, "2026-11-01", "2026-11-22").status, 401);
    const LoopbackReply otherLedger =
        getLedger(port(), m_secondToken, m_first, "2026-11-01", "2026-11-22");
    QCOMPARE(otherLedger.status, 403);
    QCOMPARE(errorCode(otherLedger), QStringLiteral("wrong-participant"));
    // Nothing was credited by the refused requests.
    QCOMPARE(postDay(port(), m_firstToken, dayKey(m_first, date, 1), body).status, 201);
}

void ServerActivityTest::ageCountsByBirthYear() {
    // Born on 31 December 1956: 69 on 18 November 2026, but 70 by birth year, which is all the
    // server keeps, so 5,000 steps earn the walking points.
    const QString senior = enrolParticipant(port(), "act-enrol-03", QStringLiteral("Test Senior"),
                                            QStringLiteral("01000000013"), QDate(1956, 12, 31));
    const QByteArray token = linkParticipant(port(), m_server.adminToken(), senior);
    QVERIFY(!token.isEmpty());
    const QString date = QStringLiteral("2026-11-18");
    const LoopbackReply reply = postDay(port(), token, dayKey(senior, date, 1),
                                        dayBody(senior, date, 1, walkedBetween(9, 11, 5200)));
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(QStringLiteral("points")).toInt(), 200);
}

void ServerActivityTest::ledgerRangeIsChecked() {
    QCOMPARE(getLedger(port(), m_firstToken, m_first, "2026-11-10", "2026-11-01").status, 422);
    QCOMPARE(getLedger(port(), m_firstToken, m_first, "2026-01-01", "2027-01-02").status, 422);
    QCOMPARE(getLedger(port(), m_firstToken, m_first, "2026-13-01", "2026-11-01").status, 422);
    QCOMPARE(getLedger(port(), m_firstToken, m_first, "2026-01-01", "2027-01-01").status, 200);
}

void ServerActivityTest::ledgerCarriesConversionTerms() {
    const QJsonObject ledger =
        getLedger(port(), m_secondToken, m_second, "2026-11-01", "2026-11-22").json();
    QCOMPARE(ledger.value(QStringLiteral("participantId")).toString(), m_second);
    const QJsonObject conversion = ledger.value(QStringLiteral("conversion")).toObject();
    QCOMPARE(conversion.value(QStringLiteral("minimum")).toInt(), 5000);
    QCOMPARE(conversion.value(QStringLiteral("available")).toBool(), false);
    // July to December 2026: the end of the month after the half-year.
    QCOMPARE(conversion.value(QStringLiteral("deadline")).toString(), QStringLiteral("2027-01-31"));
    const QJsonObject balance = ledger.value(QStringLiteral("balance")).toObject();
    QCOMPARE(balance.value(QStringLiteral("available")).toInt(),
             balance.value(QStringLiteral("confirmed")).toInt() -
                 balance.value(QStringLiteral("converted")).toInt());
}

void ServerActivityTest::morningAndAfternoonWalksAreCredited() {
    const QString morning = QStringLiteral("2026-11-10");
    const QString afternoon = QStringLiteral("2026-11-11");
    QCOMPARE(postDay(port(), m_secondToken, dayKey(m_second, morning, 1),
                     dayBody(m_second, morning, 1, walkedBetween(5, 9, 8800)))
                 .json()
                 .value(QStringLiteral("points"))
                 .toInt(),
             200);
    QCOMPARE(postDay(port(), m_secondToken, dayKey(m_second, afternoon, 1),
                     dayBody(m_second, afternoon, 1, walkedBetween(13, 17, 8800)))
                 .json()
                 .value(QStringLiteral("points"))
                 .toInt(),
             200);
}

void ServerActivityTest::utcDaysBugCreditsOnlyTheUtcHours() {
    ReferenceServerProcess buggy;
    QVERIFY2(buggy.start({QStringLiteral("--today"), QStringLiteral("2026-11-22"),
                          QStringLiteral("--credit-bug"), QStringLiteral("utc-days"),
                          QStringLiteral("--conversion-deadline"), QStringLiteral("2027-03-31")}),
             qPrintable(buggy.errorString()));
    const QString walker =
        enrolParticipant(buggy.port(), "bug-enrol-01", QStringLiteral("Test Early"),
                         QStringLiteral("01000000021"), QDate(1960, 5, 5));
    const QByteArray token = linkParticipant(buggy.port(), buggy.adminToken(), walker);
    QVERIFY(!token.isEmpty());
    const QString morning = QStringLiteral("2026-11-10");
    const QString afternoon = QStringLiteral("2026-11-11");
    // Local 05:00 to 09:00 in Seoul is the previous UTC date: the buggy server misses it all.
    const LoopbackReply early = postDay(buggy.port(), token, dayKey(walker, morning, 1),
                                        dayBody(walker, morning, 1, walkedBetween(5, 9, 8800)));
    QCOMPARE(early.status, 201);
    QCOMPARE(early.json().value(QStringLiteral("points")).toInt(), 0);
    QCOMPARE(early.json().value(QStringLiteral("steps")).toInt(), 8800);
    const LoopbackReply late = postDay(buggy.port(), token, dayKey(walker, afternoon, 1),
                                       dayBody(walker, afternoon, 1, walkedBetween(13, 17, 8800)));
    QCOMPARE(late.json().value(QStringLiteral("points")).toInt(), 200);
    // Hour 08 is the last one missed, hour 09 the first one counted.
    const QString edge = QStringLiteral("2026-11-12");
    QVector<int> hours(24, 0);
    hours[8] = 4000;
    hours[9] = 8000;
    QCOMPARE(postDay(buggy.port(), token, dayKey(walker, edge, 1), dayBody(walker, edge, 1, hours))
                 .json()
                 .value(QStringLiteral("points"))
                 .toInt(),
             200);
    hours[8] = 8000;
    hours[9] = 4000;
    QCOMPARE(postDay(buggy.port(), token, dayKey(walker, edge, 2), dayBody(walker, edge, 2, hours))
                 .json()
                 .value(QStringLiteral("points"))
                 .toInt(),
             0);
    const QJsonObject ledger =
        getLedger(buggy.port(), token, walker, "2026-11-01", "2026-11-22").json();
    QCOMPARE(ledger.value(QStringLiteral("balance"))
                 .toObject()
                 .value(QStringLiteral("confirmed"))
                 .toInt(),
             200);
    QCOMPARE(ledger.value(QStringLiteral("conversion"))
                 .toObject()
                 .value(QStringLiteral("deadline"))
                 .toString(),
             QStringLiteral("2027-03-31"));
}

QTEST_GUILESS_MAIN(ServerActivityTest)
#include "tst_server_activity.moc"
