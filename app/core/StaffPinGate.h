#pragma once

#include "StaffPinRules.h"

#include <QDateTime>
#include <QString>

namespace wristdoc {

// The answer to one PIN entry, or to "may a PIN be tried now?".
struct PinCheck {
    enum class Outcome {
        Ok,        // the PIN is right; the run of wrong tries is forgotten
        Wrong,     // wrong; triesLeft more before the lock (0: this one locked it)
        LockedOut, // too many wrong tries: nothing is checked until lockedUntilUtc
        NotSet,    // no PIN yet: the staff entry asks to set one
        Failed,    // the store could not be read or written; nothing was checked
    };
    Outcome outcome = Outcome::Failed;
    int triesLeft = 0;
    QDateTime lockedUntilUtc; // LockedOut, and Wrong with triesLeft == 0

    static PinCheck ok() { return {Outcome::Ok, 0, {}}; }
    static PinCheck wrong(int triesLeft, const QDateTime &lockedUntil = {}) {
        return {Outcome::Wrong, triesLeft, lockedUntil};
    }
    static PinCheck lockedOut(const QDateTime &until) { return {Outcome::LockedOut, 0, until}; }
    static PinCheck notSet() { return {Outcome::NotSet, 0, {}}; }
    static PinCheck failed() { return {Outcome::Failed, 0, {}}; }
};

// The result of setting the first PIN.
enum class PinSetResult {
    Ok,
    BreaksRule, // see StaffPinRules::check
    AlreadySet, // a PIN exists; it is never replaced without the old one
    Failed,     // storage or hashing failed
};

// What the staff PIN dialog needs: whether a PIN exists, setting the first one, checking one.
// StaffPinStore (app/storage) keeps it in the database; the dialog knows nothing of storage.
class StaffPinGate {
public:
    virtual ~StaffPinGate() = default;
    // NotSet, LockedOut, or Ok with triesLeft; nothing is counted.
    virtual PinCheck status() = 0;
    virtual PinSetResult setPin(const QString &pin) = 0;
    // Counts the try (before checking it, so stopping the program mid-check still counts it).
    virtual PinCheck verify(const QString &pin) = 0;
};

} // namespace wristdoc
