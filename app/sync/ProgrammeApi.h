#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace wristdoc {

// The requests the outbox worker makes of the programme server (docs/api.md), asynchronous.
// Each call ends exactly once with the reply (an HTTP answer or a network failure) through done,
// called from the event loop, never from inside the call. No retry happens here: the worker
// decides. ProgrammeApiClient is the HTTP implementation; tests may put a fake in its place.
class ProgrammeApi {
public:
    using Done = std::function<void(const HttpReply &)>;

    virtual ~ProgrammeApi() = default;
    // POST /v1/enrolments with Idempotency-Key; ticket, when not empty, goes as
    // Waiting-Room-Ticket.
    virtual void postEnrolment(const QString &idempotencyKey, const QByteArray &body,
                               const QString &ticket, Done done) = 0;
    // POST /v1/activity/days with Idempotency-Key (and the participant's token, which the
    // implementation holds).
    virtual void postActivityDay(const QString &idempotencyKey, const QByteArray &body,
                                 Done done) = 0;
    // GET /v1/enrolments/{idempotencyKey}
    virtual void getEnrolment(const QString &idempotencyKey, Done done) = 0;
    // GET /v1/waiting-room/{ticket}
    virtual void pollWaitingRoom(const QString &ticket, Done done) = 0;
};

} // namespace wristdoc
