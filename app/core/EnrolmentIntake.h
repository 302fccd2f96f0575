#pragma once

#include "DeliveryStatus.h"
#include "EnrolmentApplication.h"

namespace wristdoc {

// Why an enrolment could not be written locally. The citizen is told plainly, and nothing was
// half-written.
enum class IntakeFailure {
    None,
    DiskFull,
    ReadOnly,
    KeyUnavailable,
    Other,
    TooManyRecent, // the kiosk's limit of enrolments per ten minutes is reached: ask the staff
};

struct IntakeResult {
    IntakeFailure failure = IntakeFailure::None;
    DeliveryStatus receipt; // valid when failure == None: reference, state Pending, createdUtc
    bool ok() const { return failure == IntakeFailure::None; }
};

// Where the enrolment wizard hands a finished application. The implementation (the outbox in
// app/storage) returns only once the enrolment and its outbox row are durable on disk, so a
// receipt is never shown for data that a power cut could lose.
class EnrolmentIntake {
public:
    virtual ~EnrolmentIntake() = default;
    virtual IntakeResult submit(const EnrolmentApplication &application) = 0;
    // Whether an application for the same person (name, birth date, mobile) was stored at this
    // kiosk before: the review page warns, and the applicant may still send it.
    virtual bool isRepeatApplicant(const EnrolmentApplication &application) {
        Q_UNUSED(application);
        return false;
    }
};

} // namespace wristdoc
