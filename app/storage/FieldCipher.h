#pragma once

#include <QByteArray>
#include <QString>

namespace wristdoc {

// What reading a sealed column gave (OutboxStore::requestBody, EnrolmentStore::personalFields).
enum class UnsealResult {
    Ok,
    NoSuchItem,    // no row with that id
    Forgotten,     // the row exists, its sealed data was deleted (confirmed or refused)
    NoKey,         // no data key is loaded
    WrongKey,      // the blob does not open: another key, another row, or altered bytes
    StorageFailed, // the database could not be read (see the StorageError)
};

QString unsealResultCode(UnsealResult result); // "ok", "no-such-item", "forgotten", ...

// Seals personal fields and request bodies with libsodium's XChaCha20-Poly1305 (AEAD). Every
// value gets its own random 192-bit nonce; the associated data names the value's row and column
// ("enrolments.personal:WD-7K3F9Q"), so a sealed blob copied into another row or column does not
// open. A wrong key or a changed byte is reported, never turned into garbage.
//
// Sealed layout: one format byte (1), the 24-byte nonce, the ciphertext with its 16-byte tag.
class FieldCipher {
public:
    static constexpr int kKeyBytes = 32;

    enum class OpenResult {
        Ok,
        NoKey,       // the cipher has no valid key
        Malformed,   // too short or an unknown format byte
        Unauthentic, // wrong key, wrong row, or altered bytes
    };

    // Initialises libsodium once per process; false if it cannot (then nothing can be sealed).
    static bool initialize();
    // A fresh random key from libsodium's CSPRNG (empty if libsodium cannot start).
    static QByteArray generateKey();

    FieldCipher() = default;
    explicit FieldCipher(const QByteArray &key); // not kKeyBytes long: isValid() is false
    ~FieldCipher();
    FieldCipher(const FieldCipher &other);
    FieldCipher &operator=(const FieldCipher &other);

    bool isValid() const { return m_key.size() == kKeyBytes; }

    // Empty on failure (no key).
    QByteArray seal(const QByteArray &plaintext, const QByteArray &associatedData) const;
    OpenResult open(const QByteArray &sealed, const QByteArray &associatedData,
                    QByteArray *plaintext) const;

    // Overwrites a buffer that held key material or plaintext before it is released.
    static void wipe(QByteArray *bytes);

    // A 32-byte key derived from this one for another purpose (libsodium crypto_kdf), so one
    // stored secret serves several uses without one key in two algorithms. context: exactly 8
    // characters naming the use ("apl-mark"). Empty without a valid key.
    QByteArray derivedKey(quint64 subkeyId, const char *context) const;

private:
    QByteArray m_key;
};

} // namespace wristdoc
