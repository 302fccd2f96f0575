// FieldCipher: libsodium AEAD with a random nonce per value and the row in the associated data.
#include "FieldCipher.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

QByteArray fixedKey(char fill) {
    return QByteArray(FieldCipher::kKeyBytes, fill);
}

const QByteArray kPlain("{\"name\":\"Test Applicant\",\"mobile\":\"01000000001\"}");
const QByteArray kRow("enrolments.sealed_personal:WD-222222");

} // namespace

TEST(FieldCipherTest, SealedValueOpensWithTheSameKeyAndRow) {
    const FieldCipher cipher(fixedKey('k'));
    ASSERT_TRUE(cipher.isValid());
    const QByteArray sealed = cipher.seal(kPlain, kRow);
    ASSERT_FALSE(sealed.isEmpty());
    EXPECT_FALSE(sealed.contains("Test Applicant"));
    EXPECT_FALSE(sealed.contains("01000000001"));
    // Format byte, 24-byte nonce, ciphertext of the same length, 16-byte tag.
    EXPECT_EQ(sealed.size(), 1 + 24 + kPlain.size() + 16);
    QByteArray opened;
    EXPECT_EQ(cipher.open(sealed, kRow, &opened), FieldCipher::OpenResult::Ok);
    EXPECT_EQ(opened, kPlain);
}

TEST(FieldCipherTest, EverySealUsesAFreshNonce) {
    const FieldCipher cipher(fixedKey('k'));
    QSet<QByteArray> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(cipher.seal(kPlain, kRow));
    EXPECT_EQ(seen.size(), 50);
}

TEST(FieldCipherTest, WrongKeyIsReportedNotTurnedIntoGarbage) {
    const QByteArray sealed = FieldCipher(fixedKey('k')).seal(kPlain, kRow);
    QByteArray opened("left over");
    EXPECT_EQ(FieldCipher(fixedKey('x')).open(sealed, kRow, &opened),
              FieldCipher::OpenResult::Unauthentic);
    EXPECT_TRUE(opened.isEmpty());
}

TEST(FieldCipherTest, BlobMovedToAnotherRowDoesNotOpen) {
    const FieldCipher cipher(fixedKey('k'));
    const QByteArray sealed = cipher.seal(kPlain, kRow);
    QByteArray opened;
    EXPECT_EQ(cipher.open(sealed, "enrolments.sealed_personal:WD-333333", &opened),
              FieldCipher::OpenResult::Unauthentic);
    EXPECT_EQ(cipher.open(sealed, "outbox.sealed_body:WD-222222", &opened),
              FieldCipher::OpenResult::Unauthentic);
    EXPECT_TRUE(opened.isEmpty());
}

TEST(FieldCipherTest, AnyChangedByteIsDetected) {
    const FieldCipher cipher(fixedKey('k'));
    const QByteArray sealed = cipher.seal(kPlain, kRow);
    // Byte 0 is the format byte (Malformed when changed); every other byte is authenticated.
    for (int i = 1; i < sealed.size(); ++i) {
        QByteArray changed = sealed;
        changed[i] = char(changed[i] ^ 0x01);
        EXPECT_EQ(cipher.open(changed, kRow, nullptr), FieldCipher::OpenResult::Unauthentic)
            << "byte " << i;
    }
    QByteArray otherFormat = sealed;
    otherFormat[0] = 2;
    EXPECT_EQ(cipher.open(otherFormat, kRow, nullptr), FieldCipher::OpenResult::Malformed);
    EXPECT_EQ(cipher.open(sealed.left(20), kRow, nullptr), FieldCipher::OpenResult::Malformed);
    EXPECT_EQ(cipher.open(QByteArray(), kRow, nullptr), FieldCipher::OpenResult::Malformed);
}

TEST(FieldCipherTest, WithoutAValidKeyNothingIsSealedOrOpened) {
    const FieldCipher none;
    EXPECT_FALSE(none.isValid());
    EXPECT_TRUE(none.seal(kPlain, kRow).isEmpty());
    const FieldCipher tooShort(QByteArray(16, 'k'));
    EXPECT_FALSE(tooShort.isValid());
    const QByteArray sealed = FieldCipher(fixedKey('k')).seal(kPlain, kRow);
    EXPECT_EQ(none.open(sealed, kRow, nullptr), FieldCipher::OpenResult::NoKey);
}

TEST(FieldCipherTest, EmptyValueRoundTrips) {
    const FieldCipher cipher(fixedKey('k'));
    const QByteArray sealed = cipher.seal(QByteArray(), kRow);
    ASSERT_EQ(sealed.size(), 1 + 24 + 16);
    QByteArray opened("x");
    EXPECT_EQ(cipher.open(sealed, kRow, &opened), FieldCipher::OpenResult::Ok);
    EXPECT_TRUE(opened.isEmpty());
}

TEST(FieldCipherTest, GeneratedKeysAreFullLengthAndDistinct) {
    const QByteArray a = FieldCipher::generateKey();
    const QByteArray b = FieldCipher::generateKey();
    EXPECT_EQ(a.size(), FieldCipher::kKeyBytes);
    EXPECT_EQ(b.size(), FieldCipher::kKeyBytes);
    EXPECT_NE(a, b);
    const FieldCipher copy = FieldCipher(a);
    FieldCipher assigned;
    assigned = copy;
    QByteArray opened;
    EXPECT_EQ(assigned.open(copy.seal(kPlain, kRow), kRow, &opened), FieldCipher::OpenResult::Ok);
    EXPECT_EQ(opened, kPlain);
}

TEST(FieldCipherTest, WipeReleasesOnlyItsOwnCopy) {
    QByteArray secret = fixedKey('s');
    FieldCipher::wipe(&secret);
    EXPECT_TRUE(secret.isEmpty());
    QByteArray shared = fixedKey('s');
    const QByteArray other = shared; // shared storage: released, the other copy intact
    FieldCipher::wipe(&shared);
    EXPECT_TRUE(shared.isEmpty());
    EXPECT_EQ(other, fixedKey('s'));
}
