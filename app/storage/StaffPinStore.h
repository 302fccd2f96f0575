#pragma once

#include "StaffPinGate.h"

#include <QtGlobal>

struct sqlite3;

namespace wristdoc {

class Clock;
class Database;

// The staff PIN of this kiosk, in the database (table staff_pin, schema v6): an Argon2id hash
// in libsodium's crypto_pwhash_str format, the run of wrong tries and the end of a lock-out.
// The tries and the lock are in the same file as the hash, written before the PIN is checked,
// so neither a restart nor stopping the program during a check gives a guesser more tries.
//
// A lock ends at lockedUntil, but never later than one lock period from now: a kiosk whose
// clock was set back does not stay locked for the difference.
class StaffPinStore final : public StaffPinGate {
public:
    struct Settings {
        int maxTries = 5;
        qint64 lockSeconds = 5 * 60;
        // Argon2id cost; 0 means libsodium's INTERACTIVE limits (about 64 MiB,
        // docs/staff-console.md).
        unsigned long long opsLimit = 0;
        size_t memLimit = 0;
    };

    StaffPinStore(Database &database, const Clock &clock);
    StaffPinStore(Database &database, const Clock &clock, const Settings &settings);

    PinCheck status() override;
    PinSetResult setPin(const QString &pin) override;
    PinCheck verify(const QString &pin) override;

private:
    struct Row {
        bool found = false;
        QByteArray hash;
        int failedTries = 0;
        qint64 lockedUntilMs = 0; // 0: not locked
    };
    bool read(Row *row) const;
    bool write(const QByteArray &hash, int failedTries, qint64 lockedUntilMs);
    qint64 nowMs() const;
    // The lock still in force at nowMs (0 when none), capped to one lock period.
    qint64 activeLockMs(const Row &row, qint64 nowMs) const;
    QByteArray hashPin(const QByteArray &pin) const;
    unsigned long long opsLimit() const;
    size_t memLimit() const;

    sqlite3 *m_db;
    const Clock &m_clock;
    Settings m_settings;
};

} // namespace wristdoc
