// Personal data at rest and in logs: the database files never hold the applicant's name, mobile
// number or birth date in plain text, and a whole enrolment's log lines mention none of them.
#include "EnrolmentOutbox.h"
#include "FileKeyStore.h"
#include "ManualClock.h"
#include "OutboxTestSupport.h"
#include "SeededRandomSource.h"
#include "StorageTestSupport.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(1, 29, 41), Qt::UTC);

// Distinctive invented values, in UTF-8 as SQLite would store them.
EnrolmentApplication koreanApplicant() {
    EnrolmentApplication a = testApplication(7);
    a.name = QStringLiteral("테스트신청자");
    a.mobile = QStringLiteral("01098765432");
    a.birthDate = QDate(1949, 12, 31);
    return a;
}

QVector<QByteArray> secretsOf(const QVector<EnrolmentApplication> &applications) {
    QVector<QByteArray> secrets;
    for (const EnrolmentApplication &a : applications) {
        secrets << a.name.toUtf8() << a.mobile.toUtf8()
                << a.birthDate.toString(Qt::ISODate).toUtf8();
    }
    return secrets;
}

// Every file SQLite keeps for the database: the file itself, its WAL and shared memory.
QByteArray allFileBytes(const QString &path) {
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal")) +
           fileBytes(path + QStringLiteral("-shm")) + fileBytes(path + QStringLiteral("-journal"));
}

void expectNoSecrets(const QByteArray &bytes, const QVector<QByteArray> &secrets,
                     const char *when) {
    for (const QByteArray &secret : secrets) {
        EXPECT_FALSE(bytes.contains(secret)) << when << ": found " << secret.toStdString();
        // UTF-16 too, in case anything wrote a QString's raw storage.
        const QString text = QString::fromUtf8(secret);
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()),
                               text.size() * int(sizeof(char16_t)));
        EXPECT_FALSE(bytes.contains(utf16)) << when << ": found UTF-16 " << secret.toStdString();
    }
}

struct LogCapture {
    static QMutex mutex;
    static QStringList lines;
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message) {
        QMutexLocker lock(&mutex);
        lines << QStringLiteral("%1: %2").arg(QLatin1String(context.category), message);
    }
};
QMutex LogCapture::mutex;
QStringList LogCapture::lines;

} // namespace

TEST(OutboxPrivacyTest, DatabaseFilesHoldNeitherNamesNorMobileNumbers) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("privacy.db"));
    const QVector<EnrolmentApplication> applications = {testApplication(1), testApplication(2),
                                                        koreanApplicant()};
    const QVector<QByteArray> secrets = secretsOf(applications);
    QStringList references;
    {
        auto db = openDatabase(path);
        ASSERT_TRUE(db);
        const FieldCipher cipher(testKey());
        ManualClock clock(kStart);
        SeededRandomSource random(3);
        EnrolmentOutbox outbox(*db, cipher, clock, random);
        for (const EnrolmentApplication &application : applications) {
            const IntakeResult result = outbox.submit(application);
            ASSERT_TRUE(result.ok());
            references << result.receipt.reference;
        }
        // Before any checkpoint: the enrolments are in the WAL.
        const QByteArray beforeCheckpoint = allFileBytes(path);
        ASSERT_FALSE(beforeCheckpoint.isEmpty());
        // The scan does read the content: the non-personal columns are there in plain text.
        EXPECT_TRUE(beforeCheckpoint.contains(references.first().toUtf8()));
        EXPECT_TRUE(beforeCheckpoint.contains("jongno"));
        expectNoSecrets(beforeCheckpoint, secrets, "before checkpoint");

        // The worker reads the bodies, sends, one is confirmed, one refused.
        const QVector<OutboxItem> due = outbox.outbox().nextDue(kStart);
        ASSERT_EQ(due.size(), 3);
        for (const OutboxItem &item : due) {
            QByteArray body;
            ASSERT_EQ(outbox.outbox().requestBody(item.id, &body), UnsealResult::Ok);
            ASSERT_FALSE(outbox.outbox().markSending(item.id));
        }
        ASSERT_FALSE(outbox.outbox().markConfirmed(due[0].id, QStringLiteral("P-00000001"),
                                                   QStringLiteral("E-00000001")));
        ASSERT_FALSE(outbox.outbox().markRejected(due[1].id, QStringLiteral("already-enrolled")));
        ASSERT_FALSE(
            outbox.outbox().markRetry(due[2].id, kStart.addSecs(30), QStringLiteral("http-503")));
        expectNoSecrets(allFileBytes(path), secrets, "after delivery, before checkpoint");

        QSqlQuery checkpoint(db->connection());
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        checkpoint.finish();
        const QByteArray afterCheckpoint = allFileBytes(path);
        EXPECT_TRUE(afterCheckpoint.contains(references.first().toUtf8()));
        expectNoSecrets(afterCheckpoint, secrets, "after checkpoint");
    }
    expectNoSecrets(allFileBytes(path), secrets, "after close");
}

TEST(OutboxPrivacyTest, ConfirmedEnrolmentLeavesNoSealedBytesInTheFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forget.db"));
    auto db = openDatabase(path);
    ASSERT_TRUE(db);
    const FieldCipher cipher(testKey());
    ManualClock clock(kStart);
    SeededRandomSource random(4);
    EnrolmentOutbox outbox(*db, cipher, clock, random);
    ASSERT_TRUE(outbox.submit(testApplication()).ok());
    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT o.sealed_body, e.sealed_personal FROM outbox o"
                                          " JOIN enrolments e ON e.id = o.item_id")) &&
                query.next());
    // A distinctive stretch of each ciphertext (after the format byte and nonce).
    const QByteArray body = query.value(0).toByteArray().mid(25, 32);
    const QByteArray personal = query.value(1).toByteArray().mid(25, 32);
    query.finish();
    ASSERT_EQ(body.size(), 32);
    ASSERT_EQ(personal.size(), 32);
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    query.finish();
    ASSERT_TRUE(fileBytes(path).contains(body));
    ASSERT_TRUE(fileBytes(path).contains(personal));

    ASSERT_FALSE(outbox.outbox().markSending(1));
    ASSERT_FALSE(outbox.outbox().markConfirmed(1, QStringLiteral("P-1"), QStringLiteral("E-1")));
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    query.finish();
    // secure_delete overwrites the freed space; the truncated WAL holds no old page images.
    const QByteArray after = allFileBytes(path);
    EXPECT_FALSE(after.contains(body));
    EXPECT_FALSE(after.contains(personal));
}

TEST(OutboxPrivacyTest, LogsOfAWholeEnrolmentHoldNoPersonalData) {
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
    LogCapture::lines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(LogCapture::handler);

    const QVector<EnrolmentApplication> applications = {testApplication(1), koreanApplicant()};
    QStringList references;
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs.db"));
        auto db = openDatabase(path);
        ASSERT_TRUE(db);
        FileKeyStore keys(FileKeyStore::defaultPathFor(path));
        const KeyLoadResult key = keys.loadOrCreate();
        ASSERT_TRUE(key.ok());
        const FieldCipher cipher(key.key);
        ManualClock clock(kStart);
        SeededRandomSource random(5);
        EnrolmentOutbox outbox(*db, cipher, clock, random);
        for (const EnrolmentApplication &application : applications) {
            const IntakeResult result = outbox.submit(application);
            ASSERT_TRUE(result.ok());
            references << result.receipt.reference;
        }
        OutboxStore &store = outbox.outbox();
        ASSERT_FALSE(store.markSending(1));
        EXPECT_EQ(store.recoverInFlight(), 1);
        for (const OutboxItem &item : store.nextDue(kStart)) {
            ASSERT_EQ(store.requestBody(item.id, nullptr), UnsealResult::Ok);
            ASSERT_FALSE(store.markSending(item.id));
            ASSERT_FALSE(store.markConfirmed(item.id, QStringLiteral("P-1%1").arg(item.id),
                                             QStringLiteral("E-%1").arg(item.id)));
        }
        // Failure paths log too: a wrong key, and a full disk.
        const FieldCipher wrong(testKey('w'));
        EnrolmentStore(*db, wrong).personalData(1, nullptr);
        ASSERT_TRUE(outbox.submit(applications.first()).ok());
        OutboxStore(*db, wrong, clock).requestBody(3, nullptr);
        const qint64 pages = scalar(*db, QStringLiteral("PRAGMA page_count"));
        scalar(*db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        for (int n = 0; n < 200 && outbox.submit(koreanApplicant()).ok(); ++n) {
        }
    }

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    const QString all = LogCapture::lines.join(QLatin1Char('\n'));
    // The capture works and saw the enrolment, the recovery and the failures.
    EXPECT_TRUE(all.contains(QLatin1String("enrolment stored durably"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("in flight"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("does not open"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QLatin1String("enrolment not stored"))) << all.toStdString();
    for (const QByteArray &secret : secretsOf(applications))
        EXPECT_FALSE(all.contains(QString::fromUtf8(secret))) << secret.toStdString();
    // Not even the receipt's reference, which leads to the person at the helpdesk.
    for (const QString &reference : references)
        EXPECT_FALSE(all.contains(reference)) << reference.toStdString();
}
