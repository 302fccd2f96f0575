#include "Database.h"
#include "FileKeyStore.h"
#include "KioskSettings.h"
#include "ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

using namespace wristdoc;

namespace {

mode_t modeOf(const QString &path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return mode_t(-1);
    return info.st_mode & 07777;
}

// Runs the body with a permissive umask, as a careless session would have, and restores it.
template <typename Body> void withUmask(mode_t mask, Body body) {
    const mode_t previous = ::umask(mask);
    body();
    ::umask(previous);
}

} // namespace

// A public kiosk keeps personal data out of files others can read: core dumps off, and the
// database, key file and settings file owner-only whatever the umask.
class TestKioskHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseFilesAreOwnerOnly() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("data/wristdoc"));
        const QString path = folder + QStringLiteral("/cache.db");
        withUmask(0, [&] {
            Database::Options options;
            options.path = path;
            StorageError error;
            const auto db = Database::open(options, &error);
            QVERIFY2(db, qPrintable(error.detail));
            QCOMPARE(modeOf(folder), mode_t(0700));
            QCOMPARE(modeOf(path), mode_t(0600));
            // SQLite gives its WAL and shared-memory files the database's mode.
            QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), mode_t(0600));
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), mode_t(0600));
        });
    }

    void anOlderCacheOpenToOthersIsClosedToThem() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            Database::Options options;
            options.path = path;
            QVERIFY(Database::open(options, nullptr));
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        Database::Options options;
        options.path = path;
        QVERIFY(Database::open(options, nullptr));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void theKeyFileIsOwnerOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keys/wristdoc.key"));
        withUmask(0, [&] {
            FileKeyStore store(path);
            QVERIFY(!store.loadOrCreate().key.isEmpty());
            QCOMPARE(modeOf(path), mode_t(0600));
            QCOMPARE(modeOf(dir.filePath(QStringLiteral("keys"))), mode_t(0700));
        });
    }

    void theSettingsFileIsOwnerOnly() {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/wristdoc"));
        const QString path = folder + QStringLiteral("/WristDoc.ini");
        withUmask(0, [&] {
            QVERIFY(KioskSettings::writeDefaultsIfMissing(path));
            QCOMPARE(modeOf(path), mode_t(0600));
            QCOMPARE(modeOf(folder), mode_t(0700));
            QCOMPARE(modeOf(dir.filePath(QStringLiteral("config"))), mode_t(0700));
            // Rewritten (QSettings replaces the file through a temporary one): still 0600.
            KioskSettings settings;
            settings.enabled = true;
            settings.idleSeconds = 90;
            QVERIFY(settings.save(path));
            QCOMPARE(modeOf(path), mode_t(0600));
        });
        const KioskSettings loaded = KioskSettings::load(path);
        QVERIFY(loaded.enabled);
        QCOMPARE(loaded.idleSeconds, 90);
        QCOMPARE(loaded.warningSeconds, KioskSettings::kDefaultWarningSeconds);
    }

    void settingsOutOfRangeFallBackToTheDefaults() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("WristDoc.ini"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nenabled=true\nidleSeconds=2\nwarningSeconds=5\n");
        file.close();
        const KioskSettings loaded = KioskSettings::load(path);
        QVERIFY(loaded.enabled);
        QCOMPARE(loaded.idleSeconds, KioskSettings::kDefaultIdleSeconds);
        QCOMPARE(loaded.warningSeconds, KioskSettings::kDefaultWarningSeconds);
        QVERIFY(!KioskSettings::load(dir.filePath(QStringLiteral("none.ini"))).enabled);
    }

    void newFilesAreOwnerOnlyAfterTheUmaskIsSet() {
        const mode_t previous = ::umask(0);
        ProcessHardening::restrictNewFilesToOwner();
        const mode_t now = ::umask(previous);
        QCOMPARE(now, mode_t(077));
    }

    // Last: the process stays undumpable afterwards.
    void coreDumpsAreOff() {
        struct rlimit before {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &before), 0);
        QString problem;
        QVERIFY2(ProcessHardening::disableCoreDumps(&problem), qPrintable(problem));
        struct rlimit after {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0));
        // The hard limit is down too: without privileges the process cannot raise it again.
        if (::geteuid() != 0) {
            struct rlimit raise {};
            raise.rlim_cur = 1024 * 1024;
            raise.rlim_max = 1024 * 1024;
            QVERIFY(::setrlimit(RLIMIT_CORE, &raise) != 0);
        }
#if defined(Q_OS_LINUX)
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
#endif
    }
};

QTEST_GUILESS_MAIN(TestKioskHardening)
#include "tst_kiosk_hardening.moc"
