#pragma once

#include "EnrolmentIntake.h"
#include "EnrolmentStore.h"
#include "FieldCipher.h"
#include "OutboxStore.h"
#include "StorageError.h"

namespace wristdoc {

class Clock;
class Database;
class RandomSource;

// Where the kiosk's enrolment wizard hands a finished application (EnrolmentIntake). submit()
// writes the enrolment and its outbox row in one transaction, with PRAGMA synchronous = FULL for
// that transaction, and returns the receipt only after the commit: a power cut after the receipt
// appeared cannot lose the enrolment. The reference code and the idempotency key (a random UUID)
// are made at that moment, and the request body is built once (EnrolmentJson) and sealed, so
// every attempt sends the same bytes under the same key.
//
// The outbox worker uses outbox() for delivery and enrolments() for what staff may see.
class EnrolmentOutbox final : public EnrolmentIntake {
public:
    // Abuse limits of a public kiosk (docs/staff-console.md). The library's default has no count
    // limit (tools and tests queue thousands); a kiosk uses kiosk(), as EnrolmentStack does.
    struct Limits {
        // At most this many enrolments in any window (counted from the outbox, so a restart
        // does not reset it); the next one is refused with TooManyRecent. 0: no limit.
        int maxPerWindow = 0;
        qint64 windowSeconds = 10 * 60;
        // How long an applicant mark is kept for the "applied here before" warning.
        qint64 markRetentionDays = 90;

        // 20 enrolments per ten minutes: a busy counter takes one every few minutes, a script
        // filling the programme's first-come places from one kiosk is stopped after 20.
        static Limits kiosk() {
            Limits limits;
            limits.maxPerWindow = 20;
            return limits;
        }
    };

    EnrolmentOutbox(Database &database, const FieldCipher &cipher, const Clock &clock,
                    RandomSource &random);
    EnrolmentOutbox(Database &database, const FieldCipher &cipher, const Clock &clock,
                    RandomSource &random, const Limits &limits);

    IntakeResult submit(const EnrolmentApplication &application) override;
    bool isRepeatApplicant(const EnrolmentApplication &application) override;
    // Enrolments stored within the window ending now; -1 on error.
    int recentEnrolments() const;
    const Limits &limits() const { return m_limits; }

    OutboxStore &outbox() { return m_outbox; }
    const OutboxStore &outbox() const { return m_outbox; }
    EnrolmentStore &enrolments() { return m_enrolments; }
    const EnrolmentStore &enrolments() const { return m_enrolments; }

    // How a storage failure reads to the citizen.
    static IntakeFailure failureFor(const StorageError &error);

private:
    IntakeResult fail(IntakeFailure failure, const StorageError &error) const;
    QByteArray markFor(const EnrolmentApplication &application) const;
    StorageError recordMark(const QByteArray &mark, qint64 nowMs);

    Database &m_database;
    const FieldCipher &m_cipher;
    const Clock &m_clock;
    RandomSource &m_random;
    Limits m_limits;
    EnrolmentStore m_enrolments;
    OutboxStore m_outbox;
};

} // namespace wristdoc
