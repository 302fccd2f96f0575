#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wristdoc {

// Where a queued item (an enrolment, later an activity day) stands on its way to the server.
// Stored as the lower-case code in the outbox table (deliveryStateCode).
enum class DeliveryState {
    Pending,   // written locally, waiting for its next attempt
    Sending,   // an attempt is under way (returns to Pending after a crash)
    Queued,    // in the server's waiting room or processing queue, or waiting for its cohort day
    Confirmed, // the server stored it; personal fields are deleted locally
    Rejected,  // the server refused it for good (reason code says why)
    NeedsAttention, // repeated failures or a client defect; staff should look, retries continue
                    // slowly
};

QString deliveryStateCode(DeliveryState state); // "pending", "sending", ..., "needs-attention"
bool deliveryStateFromCode(const QString &code, DeliveryState *out);

// What the receipt screen and the staff console show about one item. No personal data.
struct DeliveryStatus {
    QString reference; // short code on the receipt, e.g. "WD-7K3F9Q"
    DeliveryState state = DeliveryState::Pending;
    QString reasonCode; // server error code for Rejected/NeedsAttention ("capacity-reached", ...)
    QString participantId;    // once confirmed
    int waitingPosition = -1; // waiting room or processing queue position, -1 when unknown
    int waitMinSeconds = -1;  // estimated wait range, -1 when unknown
    int waitMaxSeconds = -1;
    QDate cohortDate; // the applicant's cohort day when the server deferred it
    int attempts = 0;
    QDateTime nextAttemptUtc;
    QString lastError; // last failure as a code ("timeout", "http-503", "connection-reset")
    QDateTime createdUtc;
    QDateTime confirmedUtc;
};

} // namespace wristdoc

Q_DECLARE_METATYPE(wristdoc::DeliveryStatus)
