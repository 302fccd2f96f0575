#pragma once

#include "HttpReply.h"
#include "ServerAnswer.h"

#include <QDateTime>

namespace wristdoc {

// Reads what the programme server answered (docs/api.md) into a ServerAnswer, one function per
// endpoint the outbox uses. Pure: the same reply and time give the same answer; no logging, as
// bodies may hold personal data.
//
// Principles where the table is silent:
// - A 2xx whose body cannot be read, or lacks a required field, is a TransientFailure
//   ("malformed-body"), never a confirmation: the retry with the same key gets the replay.
// - An unknown error code on a known 4xx status, or an unexpected 4xx, is NeedsAttention (the
//   server answered and the client cannot act on it; staff should look), except 410, which is
//   final whatever its body says.
// - A 4xx answer other than 429 is Healthy for the circuit breaker: the server is answering.
// - No HTTP answer is a TransientFailure, except a pin mismatch and an insecure address:
//   NeedsAttention ("pin-mismatch", "insecure-address"), Neutral for the circuit breaker.
// - The fields of an error ("fields", "nextDate", "slot") are read inside the "error" object
//   and, failing that, at the top level.
// - 403 not-cohort-day without a slot gets the whole of nextDate in Asia/Seoul as its slot;
//   without a readable date it is a TransientFailure.
class AnswerClassifier {
public:
    // POST /v1/enrolments
    static ServerAnswer enrolmentPost(const HttpReply &reply, const QDateTime &nowUtc);
    // POST /v1/activity/days: 201/200 credited (the credit id is read into enrolmentId), 409
    // stale-revision and 422 invalid final, 401/403 for the participant to act on.
    static ServerAnswer activityPost(const HttpReply &reply, const QDateTime &nowUtc);
    // GET /v1/enrolments/{idempotencyKey}
    static ServerAnswer enrolmentStatus(const HttpReply &reply, const QDateTime &nowUtc);
    // GET /v1/waiting-room/{ticket}
    static ServerAnswer waitingRoomPoll(const HttpReply &reply, const QDateTime &nowUtc);
    // GET /v1/status
    static ServerAnswer serverStatus(const HttpReply &reply, const QDateTime &nowUtc);
};

} // namespace wristdoc
