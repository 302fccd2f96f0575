#pragma once

#include <QByteArray>
#include <QString>

namespace wristdoc {

// Why the data key could not be had. The composition root decides what to do: fall back from the
// keychain to the key file on Unavailable, refuse to start enrolments on the others.
enum class KeyStoreError {
    None,
    NotFound,    // load() only: no key stored yet
    Unavailable, // the store itself is missing (no secret service, no keychain backend)
    Insecure,    // the key exists but others may read it (mode, owner, a symlink)
    Corrupt,     // the stored key is not a key (wrong length)
    IoError,     // reading or writing failed
};

struct KeyLoadResult {
    QByteArray key;       // FieldCipher::kKeyBytes bytes when error == None
    bool created = false; // a new key was made (there was none before)
    KeyStoreError error = KeyStoreError::None;
    QString detail; // English, for logs and stderr; never the key

    bool ok() const { return error == KeyStoreError::None; }
    static KeyLoadResult failed(KeyStoreError error, const QString &detail) {
        KeyLoadResult result;
        result.error = error;
        result.detail = detail;
        return result;
    }
};

QString keyStoreErrorCode(KeyStoreError error); // "unavailable", "insecure", ...

// Where the 32-byte data key that seals personal fields lives. Loads it, or creates and stores a
// new one when there is none yet. Which store is used is chosen by the caller, not here.
class KeyStore {
public:
    virtual ~KeyStore() = default;
    virtual KeyLoadResult loadOrCreate() = 0;
    // Loads only (NotFound when there is none), so a tool that only reads (wristdoc-cli outbox
    // export) never makes a key that fits no data.
    virtual KeyLoadResult load() = 0;
    virtual QString name() const = 0; // "key file", "keychain": for log lines
};

} // namespace wristdoc
