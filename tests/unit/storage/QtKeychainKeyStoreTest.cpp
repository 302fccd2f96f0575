// QtKeychainKeyStore must fail cleanly, not hang, where no secret service runs, so the
// composition root can fall back to the key file.
#include "QtKeychainKeyStore.h"

#include "StorageTestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

QString uniqueService() {
    return QStringLiteral("WristDocTest-%1").arg(QCoreApplication::applicationPid());
}

} // namespace

TEST(QtKeychainKeyStoreTest, WithoutASessionBusItIsUnavailable) {
    QTemporaryDir runtime;
    const QByteArray previousBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray previousRuntime = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit()); // holds no "bus" socket

    QtKeychainKeyStore store(uniqueService());
    const KeyLoadResult created = store.loadOrCreate();
    EXPECT_EQ(created.error, KeyStoreError::Unavailable) << created.detail.toStdString();
    EXPECT_TRUE(created.key.isEmpty());
    EXPECT_FALSE(created.created);
    EXPECT_EQ(store.load().error, KeyStoreError::Unavailable);

    qputenv("DBUS_SESSION_BUS_ADDRESS", previousBus);
    qputenv("XDG_RUNTIME_DIR", previousRuntime);
}

// A real, private session bus with no secret service on it: the keychain answers with an error
// (or does not answer within the store's limit), and the store reports Unavailable.
TEST(QtKeychainKeyStoreTest, SessionBusWithoutSecretServiceIsUnavailable) {
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (daemon.isEmpty())
        GTEST_SKIP() << "dbus-daemon is not installed";
    QProcess bus;
    bus.start(daemon, {QStringLiteral("--session"), QStringLiteral("--nofork"),
                       QStringLiteral("--print-address=1")});
    ASSERT_TRUE(bus.waitForStarted());
    QByteArray address;
    while (!address.contains('\n') && bus.waitForReadyRead(30000))
        address += bus.readAllStandardOutput();
    address = address.trimmed();
    ASSERT_FALSE(address.isEmpty()) << "dbus-daemon printed no address";
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);

    QtKeychainKeyStore store(uniqueService(), QStringLiteral("data-key"), 10000);
    const KeyLoadResult created = store.loadOrCreate();
    EXPECT_EQ(created.error, KeyStoreError::Unavailable) << created.detail.toStdString();
    EXPECT_TRUE(created.key.isEmpty());
    // The keychain itself was asked (and said no), not skipped for want of a bus.
    EXPECT_TRUE(created.detail.startsWith(QLatin1String("keychain")))
        << created.detail.toStdString();

    bus.terminate();
    bus.waitForFinished();
}
