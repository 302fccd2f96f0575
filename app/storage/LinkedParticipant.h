#pragma once

#include "StorageError.h"

#include <QDateTime>
#include <QString>

namespace wristdoc {

class Database;

// The participant a profile's database belongs to once the computer is linked: the number from
// the receipt and the birth year the server gave (for the age rule; the server keeps no more).
// Kept in app_state; the token itself is in the keychain or an owner-only file, never here.
struct LinkedParticipant {
    QString participantId; // empty: not linked
    int birthYear = 0;
    QDateTime linkedUtc;

    bool isLinked() const { return !participantId.isEmpty(); }
    // "P-****0001": enough to tell two people apart on screen, not the whole number.
    QString maskedId() const;

    static LinkedParticipant load(Database &database);
    static StorageError save(Database &database, const LinkedParticipant &participant);
    static StorageError clear(Database &database);
};

} // namespace wristdoc
