// OutboxExport, shared by the staff console and wristdoc-cli: the CSV for manual processing
// (personal data only for unconfirmed items, never health data) and its owner-only, atomic file.
#include "OutboxExport.h"
#include "EnrolmentOutbox.h"
#include "ManualClock.h"
#include "OutboxTestSupport.h"
#include "SeededRandomSource.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace wristdoc;
using namespace wristdoc::test;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC);

mode_t modeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

class OutboxExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(FieldCipher::initialize());
        ASSERT_TRUE(m_dir.isValid());
        m_db = openDatabase(m_dir.filePath(QStringLiteral("kiosk.db")));
        ASSERT_TRUE(m_db);
        m_outbox = std::make_unique<EnrolmentOutbox>(*m_db, m_cipher, m_clock, m_random);
        for (int n = 1; n <= 2; ++n) {
            const IntakeResult result = m_outbox->submit(testApplication(n));
            ASSERT_TRUE(result.ok());
            m_references << result.receipt.reference;
        }
        OutboxItem first;
        ASSERT_TRUE(m_outbox->outbox().itemByReference(m_references[0], &first));
        ASSERT_FALSE(m_outbox->outbox().markConfirmed(first.id, QStringLiteral("P-1"),
                                                      QStringLiteral("E-1")));
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{kStart};
    SeededRandomSource m_random{3};
    FieldCipher m_cipher{testKey()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
    QStringList m_references;
};

TEST_F(OutboxExportTest, PersonalDataOnlyForWhatTheServerHasNotConfirmed) {
    const QString path = m_dir.filePath(QStringLiteral("manual.csv"));
    const OutboxExport::Result result =
        OutboxExport::writeTo(path, m_outbox->outbox(), m_outbox->enrolments());
    ASSERT_TRUE(result.ok()) << result.detail.toStdString();
    EXPECT_EQ(result.items, 2);
    EXPECT_EQ(result.withPersonalData, 1);
    const QByteArray bytes = fileBytes(path);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    EXPECT_TRUE(lines[0].startsWith("reference,state,attempts,last_error,reason,district,device"));
    EXPECT_TRUE(lines[1].startsWith(m_references[0].toLatin1() + ",confirmed,"));
    EXPECT_FALSE(bytes.contains("Test Applicant 1"));
    EXPECT_TRUE(bytes.contains("Test Applicant 2"));
    EXPECT_TRUE(bytes.contains("01000000002"));
    for (const char *health : {"steps", "heart", "bpm", "points"})
        EXPECT_FALSE(bytes.contains(health)) << health;
    EXPECT_EQ(modeOf(path), mode_t(0600));
}

TEST_F(OutboxExportTest, AnExistingReadableFileIsReplacedOwnerOnly) {
    const QString path = m_dir.filePath(QStringLiteral("old.csv"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    ASSERT_TRUE(OutboxExport::writeTo(path, m_outbox->outbox(), m_outbox->enrolments()).ok());
    EXPECT_EQ(modeOf(path), mode_t(0600));
    EXPECT_FALSE(fileBytes(path).contains("old contents"));
    // Nothing left beside it: the temporary file was renamed into place.
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("old.csv*")}, QDir::Files).size(), 1);
}

TEST_F(OutboxExportTest, WithoutTheKeyNothingIsWritten) {
    const FieldCipher otherKey(testKey('z'));
    const EnrolmentStore foreign(*m_db, otherKey);
    const QString path = m_dir.filePath(QStringLiteral("wrong.csv"));
    const OutboxExport::Result result = OutboxExport::writeTo(path, m_outbox->outbox(), foreign);
    EXPECT_EQ(result.problem, OutboxExport::Problem::WrongKey);
    EXPECT_FALSE(QFile::exists(path));
    const FieldCipher none;
    const EnrolmentStore keyless(*m_db, none);
    EXPECT_EQ(OutboxExport::writeTo(path, m_outbox->outbox(), keyless).problem,
              OutboxExport::Problem::WrongKey);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(OutboxExportTest, AFolderOrMissingDirectoryIsReportedNotCreated) {
    QString error;
    EXPECT_FALSE(OutboxExport::writePrivateFile(m_dir.path(), "x", &error));
    EXPECT_FALSE(error.isEmpty());
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/x.csv"));
    EXPECT_FALSE(OutboxExport::writePrivateFile(missing, "x", &error));
    EXPECT_FALSE(QFile::exists(missing));
}

} // namespace
