// A kiosk process is killed with SIGKILL at random moments, hundreds of times, while it stores
// and delivers enrolments; the server answers slowly and sometimes loses its answer after
// committing. At the end the server holds exactly the enrolments the kiosk printed receipts for,
// each once, and every receipt is confirmed in the kiosk's cache.
#include "ReferenceServerProcess.h"

#include "Database.h"
#include "EnrolmentOutbox.h"
#include "FieldCipher.h"
#include "FileKeyStore.h"
#include "SeededRandomSource.h"
#include "SystemClock.h"

#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace wristdoc;

class OutboxCrashTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedKioskLosesNothingAndDoublesNothing() {
        constexpr int kKills = 200;
        ReferenceServerProcess server;
        QVERIFY2(
            server.start({QStringLiteral("--latency-ms"), QStringLiteral("30"),
                          QStringLiteral("--latency-jitter-ms"), QStringLiteral("40"),
                          QStringLiteral("--drop-response-after-commit-rate"),
                          QStringLiteral("0.05"), QStringLiteral("--seed"), QStringLiteral("21")}),
            qPrintable(server.errorString()));

        QTemporaryDir dir;
        // Starts at 1000 enrolments; when a fast machine drains them all before the kiosk was
        // killed often enough, the kiosk is given more work, so the kills always happen mid-way.
        int enrolments = 1000;
        auto argsFor = [&dir, &server](int count) {
            return QStringList{QStringLiteral("--db"),       dir.filePath(QStringLiteral("k.db")),
                               QStringLiteral("--key-file"), dir.filePath(QStringLiteral("k.key")),
                               QStringLiteral("--server"),   server.baseUrl().toString(),
                               QStringLiteral("--count"),    QString::number(count)};
        };
        const quint32 seed = QRandomGenerator::system()->generate();
        qInfo("kill moments drawn with seed %u", seed);
        QRandomGenerator random(seed);

        QSet<QString> receipts;
        auto collect = [&receipts](QProcess &child) {
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                if (line.startsWith("receipt "))
                    receipts.insert(QString::fromLatin1(line.mid(8).trimmed()));
            }
        };

        int kills = 0;
        int runs = 0;
        for (; kills < kKills && runs < 4 * kKills; ++runs) {
            QProcess child;
            child.start(QStringLiteral(WRISTDOC_CRASH_CHILD), argsFor(enrolments));
            QVERIFY(child.waitForStarted());
            const int killAfterMs = 20 + int(random.bounded(280));
            if (!child.waitForFinished(killAfterMs)) {
                child.kill(); // SIGKILL: no destructor, no flush, no goodbye
                QVERIFY(child.waitForFinished(30000));
                ++kills;
            } else {
                QCOMPARE(child.exitStatus(), QProcess::NormalExit);
                QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
                enrolments += 200;
            }
            collect(child);
        }
        QVERIFY2(kills >= kKills, "the kiosk was not killed often enough");

        QProcess last;
        last.start(QStringLiteral(WRISTDOC_CRASH_CHILD), argsFor(enrolments));
        QVERIFY(last.waitForFinished(180000));
        QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
        collect(last);
        const int kEnrolments = enrolments;

        const QJsonObject stats = server.adminStats();
        QCOMPARE(stats.value(QStringLiteral("enrolmentsStored")).toInt(), kEnrolments);
        QCOMPARE(stats.value(QStringLiteral("duplicatesRefused")).toInt(), 0);

        // The cache: N distinct receipts, all confirmed; every printed receipt among them.
        FieldCipher::initialize();
        const KeyLoadResult key = FileKeyStore(dir.filePath(QStringLiteral("k.key"))).load();
        QVERIFY(key.ok());
        const FieldCipher cipher(key.key);
        Database::Options options;
        options.path = dir.filePath(QStringLiteral("k.db"));
        StorageError error;
        const auto database = Database::open(options, &error);
        QVERIFY(database);
        SystemClock clock;
        SeededRandomSource unused(1);
        EnrolmentOutbox outbox(*database, cipher, clock, unused);
        const QVector<OutboxItem> items = outbox.outbox().list();
        QCOMPARE(items.size(), kEnrolments);
        QSet<QString> stored;
        for (const OutboxItem &item : items) {
            QCOMPARE(item.status.state, DeliveryState::Confirmed);
            stored.insert(item.status.reference);
        }
        QCOMPARE(stored.size(), kEnrolments);
        for (const QString &reference : receipts)
            QVERIFY2(stored.contains(reference), qPrintable(reference));
        qInfo("%d kills in %d runs, %d enrolments, %lld receipts printed", kills, runs, kEnrolments,
              qint64(receipts.size()));
    }
};

QTEST_GUILESS_MAIN(OutboxCrashTest)
#include "tst_outbox_crash.moc"
