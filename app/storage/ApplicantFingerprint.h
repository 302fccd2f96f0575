#pragma once

#include "EnrolmentApplication.h"

#include <QByteArray>
#include <QString>

namespace wristdoc {

class FieldCipher;

// A keyed hash (libsodium crypto_generichash, BLAKE2b, 32 bytes) of who an application is for:
// the normalised name, birth date and mobile. Stored instead of the values, so the kiosk can say
// "this person already applied here" without keeping their details. The key is derived from
// the kiosk's data key, which lives in the keychain or an owner-only file, never in the
// database: the marks alone cannot be tested against guessed names and numbers.
class ApplicantFingerprint {
public:
    static constexpr int kBytes = 32;

    // The key for marks, derived from the data key; empty without a valid key.
    static QByteArray keyFrom(const FieldCipher &cipher);
    // Empty when the key is not kBytes long or the application has no name, date or mobile.
    static QByteArray mark(const EnrolmentApplication &application, const QByteArray &key);
    // The text that is hashed: the name without spaces and case-folded after Unicode NFKC,
    // the ISO birth date and the mobile's digits, separated by a unit separator.
    static QByteArray normalisedIdentity(const EnrolmentApplication &application);
};

} // namespace wristdoc
