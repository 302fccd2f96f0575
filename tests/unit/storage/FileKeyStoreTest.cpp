// FileKeyStore: an owner-only key file, created atomically, refused when others may read it.
#include "FileKeyStore.h"
#include "FieldCipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace wristdoc;

namespace {

mode_t modeOf(const QString &path) {
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

void setMode(const QString &path, mode_t mode) {
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

class FileKeyStoreTest : public ::testing::Test {
protected:
    QString keyPath() const { return m_dir.filePath(QStringLiteral("wristdoc.key")); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(FileKeyStoreTest, CreatesAnOwnerOnlyKeyAndLoadsTheSameKeyAfterwards) {
    FileKeyStore store(keyPath());
    const KeyLoadResult created = store.loadOrCreate();
    ASSERT_TRUE(created.ok()) << created.detail.toStdString();
    EXPECT_TRUE(created.created);
    EXPECT_EQ(created.key.size(), FieldCipher::kKeyBytes);
    EXPECT_EQ(modeOf(keyPath()), mode_t(0600));
    EXPECT_EQ(QFileInfo(keyPath()).size(), FieldCipher::kKeyBytes);
    // No temporary file is left beside it.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("wristdoc.key")});

    const KeyLoadResult again = FileKeyStore(keyPath()).loadOrCreate();
    ASSERT_TRUE(again.ok()) << again.detail.toStdString();
    EXPECT_FALSE(again.created);
    EXPECT_EQ(again.key, created.key);
    EXPECT_EQ(FileKeyStore(keyPath()).load().key, created.key);
}

TEST_F(FileKeyStoreTest, KeyFileIsOwnerOnlyWhateverTheUmask) {
    const mode_t previous = ::umask(0);
    const KeyLoadResult created = FileKeyStore(keyPath()).loadOrCreate();
    ::umask(previous);
    ASSERT_TRUE(created.ok()) << created.detail.toStdString();
    EXPECT_EQ(modeOf(keyPath()), mode_t(0600));
}

TEST_F(FileKeyStoreTest, MissingFolderIsCreatedOwnerOnly) {
    const QString folder = m_dir.filePath(QStringLiteral("data/wristdoc"));
    const QString path = folder + QStringLiteral("/wristdoc.key");
    const KeyLoadResult created = FileKeyStore(path).loadOrCreate();
    ASSERT_TRUE(created.ok()) << created.detail.toStdString();
    EXPECT_EQ(modeOf(folder), mode_t(0700));
    EXPECT_EQ(modeOf(path), mode_t(0600));
}

TEST_F(FileKeyStoreTest, LoadAloneNeverCreatesAKey) {
    const KeyLoadResult loaded = FileKeyStore(keyPath()).load();
    EXPECT_EQ(loaded.error, KeyStoreError::NotFound);
    EXPECT_TRUE(loaded.key.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(keyPath()));
}

TEST_F(FileKeyStoreTest, KeyFileReadableByOthersIsRefused) {
    ASSERT_TRUE(FileKeyStore(keyPath()).loadOrCreate().ok());
    for (const mode_t mode :
         {mode_t(0644), mode_t(0640), mode_t(0604), mode_t(0660), mode_t(0602)}) {
        setMode(keyPath(), mode);
        const KeyLoadResult loaded = FileKeyStore(keyPath()).loadOrCreate();
        EXPECT_EQ(loaded.error, KeyStoreError::Insecure) << std::oct << mode;
        EXPECT_TRUE(loaded.key.isEmpty());
        EXPECT_FALSE(loaded.created);
    }
    // Refused means left alone: the file is neither replaced nor repaired behind the owner's back.
    EXPECT_EQ(modeOf(keyPath()), mode_t(0602));
    setMode(keyPath(), 0400);
    EXPECT_TRUE(FileKeyStore(keyPath()).load().ok());
}

TEST_F(FileKeyStoreTest, SymlinkInPlaceOfTheKeyIsRefused) {
    const QString target = m_dir.filePath(QStringLiteral("elsewhere.key"));
    ASSERT_TRUE(FileKeyStore(target).loadOrCreate().ok());
    ASSERT_TRUE(QFile::link(target, keyPath()));
    const KeyLoadResult loaded = FileKeyStore(keyPath()).loadOrCreate();
    EXPECT_EQ(loaded.error, KeyStoreError::Insecure);
    EXPECT_TRUE(loaded.key.isEmpty());
}

TEST_F(FileKeyStoreTest, FolderInPlaceOfTheKeyIsRefused) {
    ASSERT_TRUE(QDir().mkpath(keyPath()));
    const KeyLoadResult loaded = FileKeyStore(keyPath()).loadOrCreate();
    EXPECT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.key.isEmpty());
}

TEST_F(FileKeyStoreTest, KeyOfTheWrongLengthIsCorruptNotReplaced) {
    {
        QFile file(keyPath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("short");
    }
    setMode(keyPath(), 0600);
    const KeyLoadResult loaded = FileKeyStore(keyPath()).loadOrCreate();
    EXPECT_EQ(loaded.error, KeyStoreError::Corrupt);
    EXPECT_TRUE(loaded.key.isEmpty());
    EXPECT_EQ(QFileInfo(keyPath()).size(), 5);
}

TEST_F(FileKeyStoreTest, TwoStoresOnOnePathAgreeOnTheKey) {
    FileKeyStore first(keyPath());
    FileKeyStore second(keyPath());
    const KeyLoadResult a = first.loadOrCreate();
    const KeyLoadResult b = second.loadOrCreate();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a.key, b.key);
    EXPECT_NE(a.created, b.created);
}

TEST_F(FileKeyStoreTest, DefaultPathSitsBesideTheDatabase) {
    EXPECT_EQ(FileKeyStore::defaultPathFor(QStringLiteral("/var/lib/wristdoc/wristdoc.db")),
              QStringLiteral("/var/lib/wristdoc/wristdoc.key"));
}
