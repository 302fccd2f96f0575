// Linking a home computer to a participant against the real reference server on loopback: the
// participant number asks for a code, the code is exchanged for a token that is stored
// owner-only for the profile before success is reported, a wrong code says how many tries are
// left, and unlinking revokes the token and removes it here. All people are invented.
#include "LoopbackHttpRequest.h"
#include "ParticipantCredentialStore.h"
#include "ParticipantExchange.h"
#include "ParticipantLinking.h"
#include "ProgrammeApiClient.h"
#include "ReferenceServerProcess.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace wristdoc;
using namespace wristdoc::test;

class ParticipantLinkingTest : public QObject {
    Q_OBJECT

private:
    ReferenceServerProcess m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

    ProgrammeApiClient::Settings settings() const {
        ProgrammeApiClient::Settings s;
        s.baseUrl = m_server.baseUrl();
        return s;
    }

    QString enrol(const QByteArray &key, const QString &mobile) {
        return enrolParticipant(m_server.port(), key, QStringLiteral("Test Home"), mobile,
                                QDate(1957, 2, 2));
    }

    QString sentCodeFor(const QString &participantId) {
        return sentCode(m_server.port(), m_server.adminToken(), participantId)
            .value(QStringLiteral("code"))
            .toString();
    }

    // Runs requestCode() to its end; true when a code was sent.
    static bool askForCode(ParticipantLinking &linking, const QString &number) {
        QSignalSpy sent(&linking, &ParticipantLinking::codeSent);
        QSignalSpy failed(&linking, &ParticipantLinking::failed);
        linking.requestCode(number);
        if (!QTest::qWaitFor([&] { return sent.size() + failed.size() > 0; }, 60000))
            return false;
        return sent.size() == 1 && sent.first().first().toDateTime().isValid();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start({QStringLiteral("--today"), QStringLiteral("2026-11-22")}),
                 qPrintable(m_server.errorString()));
    }

    void numbersAndCodesAreNormalised() {
        QCOMPARE(ParticipantLinking::normalizedParticipantNumber(QStringLiteral(" p-0000 0012 ")),
                 QStringLiteral("P-00000012"));
        QCOMPARE(ParticipantLinking::normalizedParticipantNumber(QStringLiteral("P00000012")),
                 QStringLiteral("P-00000012"));
        QCOMPARE(ParticipantLinking::normalizedParticipantNumber(QStringLiteral("P-0000-0012")),
                 QStringLiteral("P-00000012"));
        QVERIFY(
            ParticipantLinking::normalizedParticipantNumber(QStringLiteral("00000012")).isEmpty());
        QVERIFY(ParticipantLinking::normalizedParticipantNumber(QStringLiteral("P-123")).isEmpty());
        QCOMPARE(ParticipantLinking::normalizedCode(QStringLiteral("123 456")),
                 QStringLiteral("123456"));
        QVERIFY(ParticipantLinking::normalizedCode(QStringLiteral("12345")).isEmpty());
        // Every code of the tables has its own words.
        const QString fallback = ParticipantLinking::reasonText(QStringLiteral("no-such-code"));
        for (const char *code :
             {"unknown-participant", "invalid", "too-many-requests", "unavailable", "wrong-code",
              "code-expired", "code-used", "too-many-attempts", "unknown-request", "unlinked"})
            QVERIFY2(ParticipantLinking::reasonText(QLatin1String(code)) != fallback, code);
        QVERIFY(ParticipantLinking::reasonText(QStringLiteral("wrong-code"), 3)
                    .contains(QLatin1Char('3')));
    }

    void linkStoresTheTokenOwnerOnlyFirst() {
        const QString participant = enrol("pl-enrol-01", QStringLiteral("01000000201"));
        QVERIFY(!participant.isEmpty());
        const QString folder = m_dir.filePath(QStringLiteral("home"));
        const auto store = ParticipantCredentialStore::open(folder, false);
        QCOMPARE(store->backend(), ParticipantCredentialStore::Backend::File);
        ProgrammeApiClient client(m_network, settings());
        ParticipantLinking linking(client, *store, QStringLiteral("main"));

        const QString typed = QStringLiteral("p ") + participant.mid(2);
        QVERIFY(askForCode(linking, typed));
        QSignalSpy linked(&linking, &ParticipantLinking::linked);
        QSignalSpy failed(&linking, &ParticipantLinking::failed);
        // The token must be on disk when linked() is seen.
        QByteArray storedWhenLinked;
        connect(&linking, &ParticipantLinking::linked, this,
                [&] { storedWhenLinked = store->token(QStringLiteral("main")); });
        linking.confirm(sentCodeFor(participant));
        QTRY_COMPARE_WITH_TIMEOUT(linked.size() + failed.size(), 1, 60000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(linked.first().at(0).toString(), participant);
        QCOMPARE(linked.first().at(1).toInt(), 1957);
        QCOMPARE(storedWhenLinked.size(), 43);

        const QString path = store->filePathFor(QStringLiteral("main"));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        QVERIFY(QFileInfo(path).absolutePath() == QFileInfo(folder).absoluteFilePath());

        // The stored token opens the ledger.
        const LoopbackReply ledger =
            getLedger(m_server.port(), storedWhenLinked, participant, "2026-11-01", "2026-11-22");
        QCOMPARE(ledger.status, 200);
        // Another profile of the same household has no token.
        QVERIFY(store->token(QStringLiteral("0a1b2c3d")).isEmpty());
    }

    void wrongCodeSaysHowManyTriesAreLeft() {
        const QString participant = enrol("pl-enrol-02", QStringLiteral("01000000202"));
        const auto store =
            ParticipantCredentialStore::open(m_dir.filePath(QStringLiteral("wrong")), false);
        ProgrammeApiClient client(m_network, settings());
        ParticipantLinking linking(client, *store, QStringLiteral("main"));
        QVERIFY(askForCode(linking, participant));
        const QString right = sentCodeFor(participant);
        QSignalSpy failed(&linking, &ParticipantLinking::failed);
        linking.confirm(right == QLatin1String("000000") ? QStringLiteral("111111")
                                                         : QStringLiteral("000000"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("wrong-code"));
        QCOMPARE(failed.first().at(1).toInt(), 4);
        QVERIFY(store->token(QStringLiteral("main")).isEmpty());

        // The right code still links afterwards.
        QSignalSpy linked(&linking, &ParticipantLinking::linked);
        linking.confirm(right);
        QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, 60000);
    }

    void unknownNumberAndLocalMistakes() {
        const auto store =
            ParticipantCredentialStore::open(m_dir.filePath(QStringLiteral("bad")), false);
        ProgrammeApiClient client(m_network, settings());
        ParticipantLinking linking(client, *store, QStringLiteral("main"));
        QSignalSpy failed(&linking, &ParticipantLinking::failed);
        linking.requestCode(QStringLiteral("P-09999998"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("unknown-participant"));
        linking.requestCode(QStringLiteral("12345"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 60000);
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("invalid"));
        linking.confirm(QStringLiteral("123456"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 60000);
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("no-request"));
    }

    void unlinkRevokesAndForgets() {
        const QString participant = enrol("pl-enrol-03", QStringLiteral("01000000203"));
        const auto store =
            ParticipantCredentialStore::open(m_dir.filePath(QStringLiteral("unlink")), false);
        ProgrammeApiClient client(m_network, settings());
        ParticipantLinking linking(client, *store, QStringLiteral("0a1b2c3d"));
        QVERIFY(askForCode(linking, participant));
        QSignalSpy linked(&linking, &ParticipantLinking::linked);
        linking.confirm(sentCodeFor(participant));
        QTRY_COMPARE_WITH_TIMEOUT(linked.size(), 1, 60000);
        const QByteArray token = store->token(QStringLiteral("0a1b2c3d"));
        QVERIFY(!token.isEmpty());

        QSignalSpy unlinked(&linking, &ParticipantLinking::unlinked);
        linking.unlink();
        QTRY_COMPARE_WITH_TIMEOUT(unlinked.size(), 1, 60000);
        QCOMPARE(unlinked.first().first().toBool(), true);
        QVERIFY(store->token(QStringLiteral("0a1b2c3d")).isEmpty());
        QVERIFY(!QFileInfo::exists(store->filePathFor(QStringLiteral("0a1b2c3d"))));
        // The server no longer honours the old token.
        const LoopbackReply ledger =
            getLedger(m_server.port(), token, participant, "2026-11-01", "2026-11-22");
        QCOMPARE(ledger.status, 401);
        QCOMPARE(errorCode(ledger), QStringLiteral("unlinked"));

        // Unlinking again with nothing stored is quiet and local.
        linking.unlink();
        QTRY_COMPARE_WITH_TIMEOUT(unlinked.size(), 2, 60000);
        QCOMPARE(unlinked.last().first().toBool(), false);
    }

    void unlinkForgetsEvenWithoutTheServer() {
        const auto store =
            ParticipantCredentialStore::open(m_dir.filePath(QStringLiteral("offline")), false);
        QString error;
        QVERIFY2(store->store(QStringLiteral("main"), "an-invented-token-for-this-test", &error),
                 qPrintable(error));
        ProgrammeApiClient::Settings s;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // nothing listens there
        s.transferTimeoutMs = 5000;
        ProgrammeApiClient client(m_network, s);
        ParticipantLinking linking(client, *store, QStringLiteral("main"));
        QSignalSpy unlinked(&linking, &ParticipantLinking::unlinked);
        linking.unlink();
        QTRY_COMPARE_WITH_TIMEOUT(unlinked.size(), 1, 60000);
        QCOMPARE(unlinked.first().first().toBool(), false);
        QVERIFY(store->token(QStringLiteral("main")).isEmpty());
    }

    void storeRefusesStrangeProfileIds() {
        const auto store =
            ParticipantCredentialStore::open(m_dir.filePath(QStringLiteral("ids")), false);
        QString error;
        QVERIFY(!store->store(QStringLiteral("../escape"), "token", &error));
        QVERIFY(!store->store(QString(), "token", &error));
        QVERIFY(store->remove(QStringLiteral("never-stored"), &error));
    }
};

QTEST_GUILESS_MAIN(ParticipantLinkingTest)
#include "tst_participant_linking.moc"
