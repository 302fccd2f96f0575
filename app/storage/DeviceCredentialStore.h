#pragma once

#include "KeyStore.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace wristdoc {

// What a kiosk received when staff registered it with the programme server: its id (shown to
// staff, not secret) and the bearer token its requests carry (secret).
struct DeviceCredentials {
    QString deviceId;
    QByteArray token;
    bool isValid() const { return !deviceId.isEmpty() && !token.isEmpty(); }

    QByteArray toJson() const;
    static bool fromJson(const QByteArray &json, DeviceCredentials *out);
};

struct DeviceCredentialsResult {
    DeviceCredentials credentials;
    KeyStoreError error = KeyStoreError::None; // NotFound: this kiosk is not registered yet
    QString detail;                            // English, for logs; never the token
    bool ok() const { return error == KeyStoreError::None; }
    static DeviceCredentialsResult failed(KeyStoreError error, const QString &detail) {
        DeviceCredentialsResult result;
        result.error = error;
        result.detail = detail;
        return result;
    }
};

// Where the device token lives: the OS keychain where one answers, else a file only its owner
// can read. Apart from the data-key stores on purpose: a token is replaced when the kiosk is
// registered again, a data key never is.
class DeviceCredentialStore {
public:
    virtual ~DeviceCredentialStore() = default;
    virtual DeviceCredentialsResult load() = 0;
    // Replaces what is stored. None on success.
    virtual KeyStoreError save(const DeviceCredentials &credentials, QString *detail) = 0;
    virtual QString name() const = 0; // "keychain", "token file": for log lines

    // wristdoc-device.json beside the database file.
    static QString defaultFilePathFor(const QString &databasePath);
    // The keychain when QtKeychain is built in and a backend answers (preferKeychain), else
    // the owner-only file at filePath.
    static std::unique_ptr<DeviceCredentialStore> open(const QString &filePath,
                                                       bool preferKeychain = true);
};

// The credentials as JSON in a file of mode 0600. Written under a temporary name created with
// O_EXCL and mode 0600, synced, and renamed into place, so a crash leaves the old or the new
// credentials whole. A file that is a symlink, not a regular file, another user's, or open to
// group or others is refused (Insecure), not used.
class FileDeviceCredentialStore final : public DeviceCredentialStore {
public:
    explicit FileDeviceCredentialStore(QString path);
    DeviceCredentialsResult load() override;
    KeyStoreError save(const DeviceCredentials &credentials, QString *detail) override;
    QString name() const override { return QStringLiteral("token file"); }
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace wristdoc
