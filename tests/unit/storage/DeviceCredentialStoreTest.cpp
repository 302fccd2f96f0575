// The device token's owner-only file: round trip, replacement, and every way the file can be
// unsafe or broken refused rather than used.
#include "DeviceCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace wristdoc;

namespace {

DeviceCredentials credentials(const char *id, const char *token) {
    DeviceCredentials c;
    c.deviceId = QString::fromLatin1(id);
    c.token = token;
    return c;
}

mode_t modeOf(const QString &path) {
    struct stat info {};
    ::lstat(QFile::encodeName(path).constData(), &info);
    return info.st_mode & 07777;
}

class DeviceCredentialStoreTest : public ::testing::Test {
protected:
    QString path() const { return m_dir.filePath(QStringLiteral("kiosk/wristdoc-device.json")); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DeviceCredentialStoreTest, NothingStoredIsNotFound) {
    FileDeviceCredentialStore store(path());
    EXPECT_EQ(store.load().error, KeyStoreError::NotFound);
}

TEST_F(DeviceCredentialStoreTest, SavedOwnerOnlyAndLoadedBack) {
    FileDeviceCredentialStore store(path());
    QString detail;
    ASSERT_EQ(store.save(credentials("K-000001", "token-one"), &detail), KeyStoreError::None)
        << detail.toStdString();
    EXPECT_EQ(modeOf(path()), mode_t(0600));
    const DeviceCredentialsResult loaded = store.load();
    ASSERT_TRUE(loaded.ok()) << loaded.detail.toStdString();
    EXPECT_EQ(loaded.credentials.deviceId, QStringLiteral("K-000001"));
    EXPECT_EQ(loaded.credentials.token, QByteArray("token-one"));
    // No temporary file is left beside it.
    EXPECT_EQ(QDir(QFileInfo(path()).absolutePath()).entryList(QDir::Files).size(), 1);
}

TEST_F(DeviceCredentialStoreTest, RegisteringAgainReplacesTheToken) {
    FileDeviceCredentialStore store(path());
    QString detail;
    ASSERT_EQ(store.save(credentials("K-000001", "old"), &detail), KeyStoreError::None);
    ASSERT_EQ(store.save(credentials("K-000002", "new"), &detail), KeyStoreError::None);
    EXPECT_EQ(store.load().credentials.token, QByteArray("new"));
    EXPECT_EQ(modeOf(path()), mode_t(0600));
}

TEST_F(DeviceCredentialStoreTest, AFileOpenToOthersIsRefused) {
    FileDeviceCredentialStore store(path());
    QString detail;
    ASSERT_EQ(store.save(credentials("K-000001", "token"), &detail), KeyStoreError::None);
    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0640), 0);
    EXPECT_EQ(store.load().error, KeyStoreError::Insecure);
}

TEST_F(DeviceCredentialStoreTest, ASymlinkIsRefusedNotFollowed) {
    const QString target = m_dir.filePath(QStringLiteral("elsewhere.json"));
    FileDeviceCredentialStore real(target);
    QString detail;
    ASSERT_EQ(real.save(credentials("K-000001", "token"), &detail), KeyStoreError::None);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path()).absolutePath()));
    ASSERT_EQ(
        ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path()).constData()), 0);
    FileDeviceCredentialStore store(path());
    EXPECT_EQ(store.load().error, KeyStoreError::Insecure);
    // Saving replaces the link itself; the file it pointed to is untouched.
    ASSERT_EQ(store.save(credentials("K-000009", "mine"), &detail), KeyStoreError::None);
    EXPECT_EQ(real.load().credentials.token, QByteArray("token"));
    EXPECT_EQ(store.load().credentials.token, QByteArray("mine"));
}

TEST_F(DeviceCredentialStoreTest, GarbageIsCorrupt) {
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"deviceId\":\"K-1\"}");
    file.close();
    ASSERT_EQ(::chmod(QFile::encodeName(path()).constData(), 0600), 0);
    FileDeviceCredentialStore store(path());
    EXPECT_EQ(store.load().error, KeyStoreError::Corrupt);
}

TEST_F(DeviceCredentialStoreTest, IncompleteCredentialsAreNotSaved) {
    FileDeviceCredentialStore store(path());
    QString detail;
    EXPECT_NE(store.save(credentials("", "token"), &detail), KeyStoreError::None);
    EXPECT_EQ(store.load().error, KeyStoreError::NotFound);
}

TEST_F(DeviceCredentialStoreTest, WithoutAKeychainTheFileIsChosen) {
    qputenv("DBUS_SESSION_BUS_ADDRESS", "");
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8()); // no bus socket in there
    const auto store = DeviceCredentialStore::open(path());
    EXPECT_EQ(store->name(), QStringLiteral("token file"));
}
