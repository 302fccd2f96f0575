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
    EnrolmentOutbox(Database &database, const FieldCipher &cipher, const Clock &clock,
                    RandomSource &random);

    IntakeResult submit(const EnrolmentApplication &application) override;

    OutboxStore &outbox() { return m_outbox; }
    const OutboxStore &outbox() const { return m_outbox; }
    EnrolmentStore &enrolments() { return m_enrolments; }
    const EnrolmentStore &enrolments() const { return m_enrolments; }

    // How a storage failure reads to the citizen.
    static IntakeFailure failureFor(const StorageError &error);

private:
    IntakeResult fail(IntakeFailure failure, const StorageError &error) const;

    Database &m_database;
    const FieldCipher &m_cipher;
    const Clock &m_clock;
    RandomSource &m_random;
    EnrolmentStore m_enrolments;
    OutboxStore m_outbox;
};

} // namespace wristdoc
