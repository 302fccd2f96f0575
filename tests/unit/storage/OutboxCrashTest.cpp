// Kill -9 at arbitrary moments: a receipt once printed is never lost, nothing is half-written,
// and items caught in flight go back to pending with their key and body intact.
#include "EnrolmentJson.h"
#include "EnrolmentOutbox.h"
#include "OutboxTestSupport.h"
#include "SeededRandomSource.h"
#include "StorageTestSupport.h"
#include "SystemClock.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const char *const kDbVariable = "WRISTDOC_OUTBOX_CRASH_DB";

} // namespace

// The child: submits enrolments and moves them through the outbox until it is killed. Each
// receipt is printed only after submit() returned, as the kiosk shows it only then.
TEST(OutboxCrashHelper, SubmitAndDeliverUntilKilled) {
    const QString path = qEnvironmentVariable(kDbVariable);
    if (path.isEmpty())
        GTEST_SKIP() << "runs only as the child of OutboxCrashTest";
    auto db = openDatabase(path);
    ASSERT_TRUE(db);
    const FieldCipher cipher(testKey());
    SystemClock clock;
    SeededRandomSource random(quint32(QCoreApplication::applicationPid()));
    EnrolmentOutbox outbox(*db, cipher, clock, random);
    OutboxStore &store = outbox.outbox();
    store.recoverInFlight();
    for (int n = 0; n < 100000; ++n) {
        const IntakeResult result = outbox.submit(testApplication(n % 90000 + 1));
        ASSERT_TRUE(result.ok());
        std::printf("RECEIPT %s\n", qPrintable(result.receipt.reference));
        std::fflush(stdout);
        for (const OutboxItem &item : store.nextDue(clock.nowUtc(), 2)) {
            ASSERT_FALSE(store.markSending(item.id));
            switch (random.next32() % 3) {
            case 0:
                ASSERT_FALSE(store.markConfirmed(item.id, QStringLiteral("P-%1").arg(item.id),
                                                 QStringLiteral("E-%1").arg(item.id)));
                break;
            case 1:
                ASSERT_FALSE(
                    store.markRetry(item.id, clock.nowUtc(), QStringLiteral("connection-reset")));
                break;
            default:
                break; // left in flight
            }
        }
    }
}

TEST(OutboxCrashTest, KilledAtRandomMomentsLosesNoReceiptAndHalfWritesNothing) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kDbVariable), path);
    SeededRandomSource random(2026);
    QStringList receipts;
    const int rounds = 60;
    for (int round = 0; round < rounds; ++round) {
        const int killAfter = int(random.next32() % 12) + 1;
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--gtest_filter=OutboxCrashHelper.*")});
        ASSERT_TRUE(child.waitForStarted());
        QByteArray output;
        int seen = 0;
        // Not a timing assertion: the wait only guards against a child that hangs.
        while (seen < killAfter && child.state() == QProcess::Running &&
               child.waitForReadyRead(60000)) {
            output += child.readAllStandardOutput();
            seen = int(output.count("RECEIPT "));
        }
        ASSERT_GE(seen, killAfter) << child.readAllStandardError().toStdString();
        child.kill(); // SIGKILL: no destructor, no rollback, no flush runs in the child
        child.waitForFinished();
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit);
        output += child.readAllStandardOutput();
        // Only whole lines: the last piece after the final newline may be cut off.
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast();
        for (const QByteArray &line : std::as_const(lines)) {
            if (line.startsWith("RECEIPT "))
                receipts << QString::fromLatin1(line.mid(8).trimmed());
        }

        // Start again as the app would: recover, then look at everything.
        auto db = openDatabase(path);
        ASSERT_TRUE(db);
        const FieldCipher cipher(testKey());
        SystemClock clock;
        OutboxStore store(*db, cipher, clock);
        ASSERT_GE(store.recoverInFlight(), 0);
        EXPECT_EQ(rowCount(*db, "enrolments"), rowCount(*db, "outbox")) << "round " << round;
        EXPECT_EQ(scalar(*db, QStringLiteral("SELECT count(*) FROM outbox WHERE state ="
                                             " 'sending'")),
                  0);
        QSqlQuery check(db->connection());
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
    }

    auto db = openDatabase(path);
    ASSERT_TRUE(db);
    const FieldCipher cipher(testKey());
    SystemClock clock;
    OutboxStore store(*db, cipher, clock);
    EXPECT_EQ(QSet<QString>(receipts.begin(), receipts.end()).size(), receipts.size());
    ASSERT_GE(receipts.size(), rounds);
    int open = 0;
    for (const QString &reference : std::as_const(receipts)) {
        OutboxItem item;
        ASSERT_TRUE(store.itemByReference(reference, &item)) << reference.toStdString();
        if (item.status.state == DeliveryState::Confirmed) {
            EXPECT_FALSE(item.hasRequestBody);
            continue;
        }
        ++open;
        QByteArray body;
        ASSERT_EQ(store.requestBody(item.id, &body), UnsealResult::Ok);
        EnrolmentRequest request;
        ASSERT_TRUE(EnrolmentJson::decode(body, &request, nullptr));
        EXPECT_EQ(request.reference, reference);
    }
    EXPECT_GT(open, 0);
}
