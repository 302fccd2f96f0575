#include "FieldCipher.h"

#include "StorageLog.h"

#include <QString>

#include <sodium.h>

#include <mutex>

namespace wristdoc {

namespace {

constexpr char kFormat = 1;
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(FieldCipher::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES,
              "the data key is an XChaCha20-Poly1305 key");

// The format byte is authenticated too, so a blob cannot be passed off as another format.
QByteArray fullAssociatedData(const QByteArray &associatedData) {
    QByteArray ad;
    ad.reserve(associatedData.size() + 16);
    ad.append("wristdoc:");
    ad.append(kFormat);
    ad.append(':');
    ad.append(associatedData);
    return ad;
}

} // namespace

QString unsealResultCode(UnsealResult result) {
    switch (result) {
    case UnsealResult::Ok:
        return QStringLiteral("ok");
    case UnsealResult::NoSuchItem:
        return QStringLiteral("no-such-item");
    case UnsealResult::Forgotten:
        return QStringLiteral("forgotten");
    case UnsealResult::NoKey:
        return QStringLiteral("no-key");
    case UnsealResult::WrongKey:
        return QStringLiteral("wrong-key");
    case UnsealResult::StorageFailed:
        return QStringLiteral("storage-failed");
    }
    return {};
}

bool FieldCipher::initialize() {
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] {
        // 0: initialised now, 1: already initialised, -1: failure.
        ready = sodium_init() >= 0;
        if (!ready)
            qCCritical(lcStorage) << "libsodium could not start; personal data cannot be sealed";
    });
    return ready;
}

QByteArray FieldCipher::generateKey() {
    if (!initialize())
        return {};
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

FieldCipher::FieldCipher(const QByteArray &key) {
    if (key.size() == kKeyBytes && initialize()) {
        m_key = QByteArray(key.constData(), key.size()); // own storage, wiped on destruction
    }
}

FieldCipher::~FieldCipher() {
    wipe(&m_key);
}

FieldCipher::FieldCipher(const FieldCipher &other)
    : m_key(other.m_key.constData(), other.m_key.size()) {}

FieldCipher &FieldCipher::operator=(const FieldCipher &other) {
    if (this != &other) {
        wipe(&m_key);
        m_key = QByteArray(other.m_key.constData(), other.m_key.size());
    }
    return *this;
}

QByteArray FieldCipher::seal(const QByteArray &plaintext, const QByteArray &associatedData) const {
    if (!isValid())
        return {};
    const QByteArray ad = fullAssociatedData(associatedData);
    QByteArray sealed(1 + kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    out[0] = static_cast<unsigned char>(kFormat);
    unsigned char *nonce = out + 1;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &written,
        reinterpret_cast<const unsigned char *>(plaintext.constData()),
        static_cast<unsigned long long>(plaintext.size()),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce,
        reinterpret_cast<const unsigned char *>(m_key.constData()));
    sealed.resize(1 + kNonceBytes + int(written));
    return sealed;
}

FieldCipher::OpenResult FieldCipher::open(const QByteArray &sealed,
                                          const QByteArray &associatedData,
                                          QByteArray *plaintext) const {
    if (plaintext)
        plaintext->clear();
    if (!isValid())
        return OpenResult::NoKey;
    if (sealed.size() < 1 + kNonceBytes + kTagBytes || sealed.at(0) != kFormat)
        return OpenResult::Malformed;
    const QByteArray ad = fullAssociatedData(associatedData);
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    const unsigned char *nonce = in + 1;
    const unsigned char *cipher = nonce + kNonceBytes;
    const int cipherBytes = sealed.size() - 1 - kNonceBytes;
    QByteArray clear(cipherBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(clear.data()), &written, nullptr, cipher,
        static_cast<unsigned long long>(cipherBytes),
        reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nonce,
        reinterpret_cast<const unsigned char *>(m_key.constData()));
    if (rc != 0) {
        wipe(&clear);
        return OpenResult::Unauthentic;
    }
    clear.resize(int(written));
    if (plaintext)
        *plaintext = clear;
    else
        wipe(&clear);
    return OpenResult::Ok;
}

void FieldCipher::wipe(QByteArray *bytes) {
    if (!bytes)
        return;
    // Only a buffer this object owns alone may be overwritten; a shared one is just released.
    if (!bytes->isEmpty() && !bytes->isDetached()) {
        bytes->clear();
        return;
    }
    if (!bytes->isEmpty())
        sodium_memzero(bytes->data(), size_t(bytes->size()));
    bytes->clear();
}

QByteArray FieldCipher::derivedKey(quint64 subkeyId, const char *context) const {
    if (!isValid() || !context || qstrlen(context) != crypto_kdf_CONTEXTBYTES)
        return QByteArray();
    static_assert(kKeyBytes == crypto_kdf_KEYBYTES, "the data key is a KDF master key");
    QByteArray subkey(kKeyBytes, '\0');
    if (crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(subkey.data()),
                                   size_t(subkey.size()), subkeyId, context,
                                   reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return QByteArray();
    return subkey;
}

} // namespace wristdoc
