#pragma once

#include "KeyStore.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace wristdoc {

class DeviceCredentialStore;

// The Participant-Token of each linked person on a household computer, one per profile id.
// Kept in the OS keychain (one entry per profile) where QtKeychain is built in and answers,
// else in an owner-only (0600) JSON file per profile beside the database
// (wristdoc-participant-<profileId>.json). Each entry is a DeviceCredentialStore of its own,
// so the keychain jobs, the file's atomic 0600 write and its owner and mode checks are the
// kiosk token's, not copies. Tokens never reach a log line.
class ParticipantCredentialStore {
public:
    enum class Backend { Keychain, File };

    ~ParticipantCredentialStore();

    // The keychain when preferKeychain, QtKeychain is built in and a backend answers; else the
    // owner-only files in `folder` (the database's folder: defaultFolderFor()).
    static std::unique_ptr<ParticipantCredentialStore> open(const QString &folder,
                                                            bool preferKeychain = true);
    static QString defaultFolderFor(const QString &databasePath);

    // The profile's token; empty when it has none or it cannot be read (see lastError()).
    QByteArray token(const QString &profileId);
    // Replaces the profile's token. False with a reason (English, never the token).
    bool store(const QString &profileId, const QByteArray &token, QString *error);
    // Forgets the profile's token; true also when there was none.
    bool remove(const QString &profileId, QString *error);

    Backend backend() const { return m_backend; }
    QString name() const; // "keychain", "token file": for log lines
    QString lastError() const { return m_lastError; }
    // The file that holds the profile's token with the File backend.
    QString filePathFor(const QString &profileId) const;
    // Profile ids become file and keychain entry names: 1 to 64 of [A-Za-z0-9_-].
    static bool isValidProfileId(const QString &profileId);

private:
    ParticipantCredentialStore(Backend backend, QString folder);
    std::unique_ptr<DeviceCredentialStore> entryFor(const QString &profileId) const;
    bool removeFromKeychain(const QString &profileId, QString *error);

    Backend m_backend;
    QString m_folder;
    QString m_lastError;
};

} // namespace wristdoc
