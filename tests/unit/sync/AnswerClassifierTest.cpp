#include "AnswerClassifier.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(1, 29, 0), QTimeZone::utc());

ServerAnswer post(int status, const QByteArray &body, const QByteArray &retryAfter = {}) {
    return AnswerClassifier::enrolmentPost(HttpReply::answer(status, body, retryAfter), kNow);
}

const QByteArray kConfirmed = R"({"state": "confirmed", "enrolmentId": "E-000001",
    "participantId": "P-00012345", "reference": "WD-7K3F9Q"})";

} // namespace

// 201 / 200 --------------------------------------------------------------------------------

TEST(AnswerClassifier, CreatedIsConfirmed) {
    const ServerAnswer a = post(201, kConfirmed);
    EXPECT_EQ(a.kind, AnswerKind::Confirmed);
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(a.httpStatus, 201);
    EXPECT_EQ(a.participantId, QStringLiteral("P-00012345"));
    EXPECT_EQ(a.enrolmentId, QStringLiteral("E-000001"));
    EXPECT_EQ(a.reference, QStringLiteral("WD-7K3F9Q"));
    EXPECT_FALSE(a.replayed);
}

TEST(AnswerClassifier, ReplayIsConfirmedToo) {
    HttpReply reply = HttpReply::answer(200, kConfirmed);
    reply.replayed = true;
    const ServerAnswer a = AnswerClassifier::enrolmentPost(reply, kNow);
    EXPECT_EQ(a.kind, AnswerKind::Confirmed);
    EXPECT_TRUE(a.replayed);
}

TEST(AnswerClassifier, ReferenceIsOptionalInTheConfirmation) {
    const ServerAnswer a =
        post(201, R"({"state":"confirmed","enrolmentId":"E-1","participantId":"P-1"})");
    EXPECT_EQ(a.kind, AnswerKind::Confirmed);
    EXPECT_TRUE(a.reference.isEmpty());
}

TEST(AnswerClassifier, GarbledCreatedIsNeverConfirmed) {
    const QByteArray bodies[] = {
        "",
        "{\"state\": \"confirmed\", \"participantId\": \"P-1\"",              // cut short
        "<html>Bad gateway</html>",                                           // a proxy's page
        "[\"confirmed\"]",                                                    // not an object
        R"({"state":"confirmed","enrolmentId":"E-1"})",                       // participant missing
        R"({"state":"confirmed","participantId":"P-1"})",                     // enrolment missing
        R"({"state":"confirmed","enrolmentId":"E-1","participantId":""})",    // empty
        R"({"state":"confirmed","enrolmentId":"E-1","participantId":12345})", // wrong type
        R"({"enrolmentId":"E-1","participantId":"P-1"})",                     // state missing
        R"({"state":"processing","enrolmentId":"E-1","participantId":"P-1"})",
    };
    for (const QByteArray &body : bodies) {
        for (const int status : {200, 201}) {
            const ServerAnswer a = post(status, body);
            EXPECT_EQ(a.kind, AnswerKind::TransientFailure) << body.constData();
            EXPECT_EQ(a.code, QStringLiteral("malformed-body"));
            EXPECT_EQ(a.breaker, BreakerSignal::Failure);
        }
    }
}

// 202 ----------------------------------------------------------------------------------------

TEST(AnswerClassifier, AcceptedIsProcessing) {
    const ServerAnswer a = post(202, R"({"state": "processing", "ticket": "T-abc12345",
        "position": 12, "estimatedWaitSeconds": {"min": 5, "max": 30}, "refreshSeconds": 10})");
    EXPECT_EQ(a.kind, AnswerKind::Processing);
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(a.ticket, QStringLiteral("T-abc12345"));
    EXPECT_EQ(a.position, 12);
    EXPECT_EQ(a.waitMinSeconds, 5);
    EXPECT_EQ(a.waitMaxSeconds, 30);
    EXPECT_EQ(a.refreshSeconds, 10);
}

TEST(AnswerClassifier, AcceptedWithOnlyTheStateStillPolls) {
    const ServerAnswer a = post(202, R"({"state": "processing"})");
    EXPECT_EQ(a.kind, AnswerKind::Processing);
    EXPECT_TRUE(a.ticket.isEmpty());
    EXPECT_EQ(a.position, -1);
    EXPECT_EQ(a.waitMinSeconds, -1);
    EXPECT_EQ(a.refreshSeconds, -1);
}

TEST(AnswerClassifier, AcceptedWithNonsenseNumbersKeepsThemUnknown) {
    const ServerAnswer a = post(202, R"({"state": "processing", "position": -3,
        "estimatedWaitSeconds": {"min": 30, "max": 5}, "refreshSeconds": 0})");
    EXPECT_EQ(a.kind, AnswerKind::Processing);
    EXPECT_EQ(a.position, -1);
    EXPECT_EQ(a.waitMinSeconds, -1);
    EXPECT_EQ(a.waitMaxSeconds, -1);
    EXPECT_EQ(a.refreshSeconds, -1);
    const ServerAnswer b = post(202, R"({"state": "processing", "position": 2.5,
        "estimatedWaitSeconds": {"min": "5", "max": 9}, "refreshSeconds": "10"})");
    EXPECT_EQ(b.position, -1);
    EXPECT_EQ(b.waitMinSeconds, -1);
    EXPECT_EQ(b.refreshSeconds, -1);
}

TEST(AnswerClassifier, GarbledAcceptedIsTransient) {
    EXPECT_EQ(post(202, "{\"state\": \"proc").kind, AnswerKind::TransientFailure);
    EXPECT_EQ(post(202, R"({"ticket": "T-1"})").kind, AnswerKind::TransientFailure);
    EXPECT_EQ(post(202, "").code, QStringLiteral("malformed-body"));
}

// 409 ----------------------------------------------------------------------------------------

TEST(AnswerClassifier, AlreadyEnrolledIsRejected) {
    const ServerAnswer a = post(409, R"({"error": {"code": "already-enrolled",
        "message": "This person is already a participant."}})");
    EXPECT_EQ(a.kind, AnswerKind::Rejected);
    EXPECT_EQ(a.code, QStringLiteral("already-enrolled"));
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
}

TEST(AnswerClassifier, InFlightWaitsForRetryAfter) {
    const ServerAnswer a = post(409, R"({"error": {"code": "in-flight", "message": "x"}})", "5");
    EXPECT_EQ(a.kind, AnswerKind::InFlight);
    EXPECT_EQ(a.retryAfterSeconds, 5);
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    const ServerAnswer b = post(409, R"({"error": {"code": "in-flight"}})");
    EXPECT_EQ(b.kind, AnswerKind::InFlight);
    EXPECT_EQ(b.retryAfterSeconds, -1);
}

TEST(AnswerClassifier, ConflictWithoutAKnownCodeNeedsAttention) {
    const ServerAnswer a = post(409, "not json");
    EXPECT_EQ(a.kind, AnswerKind::NeedsAttention);
    EXPECT_EQ(a.code, QStringLiteral("http-409"));
    const ServerAnswer b = post(409, R"({"error": {"code": "bound-to-other"}})");
    EXPECT_EQ(b.kind, AnswerKind::NeedsAttention);
    EXPECT_EQ(b.code, QStringLiteral("bound-to-other"));
    EXPECT_EQ(b.breaker, BreakerSignal::Healthy);
}

// 422 ----------------------------------------------------------------------------------------

TEST(AnswerClassifier, InvalidIsRejectedWithItsFields) {
    const ServerAnswer a = post(422, R"({"error": {"code": "invalid", "message": "m",
        "fields": [{"field": "applicant.mobile", "code": "format"},
                   {"field": "applicant.birthDate", "code": "under-age"},
                   {"code": "no-field-name"}, "junk"]}})");
    EXPECT_EQ(a.kind, AnswerKind::Rejected);
    EXPECT_EQ(a.code, QStringLiteral("invalid"));
    ASSERT_EQ(a.fields.size(), 2);
    EXPECT_EQ(a.fields[0],
              (FieldIssue{QStringLiteral("applicant.mobile"), QStringLiteral("format")}));
    EXPECT_EQ(a.fields[1],
              (FieldIssue{QStringLiteral("applicant.birthDate"), QStringLiteral("under-age")}));
}

TEST(AnswerClassifier, InvalidFieldsAtTheTopLevelAreReadToo) {
    const ServerAnswer a = post(422, R"({"error": {"code": "invalid"},
        "fields": [{"field": "district", "code": "unknown"}]})");
    EXPECT_EQ(a.kind, AnswerKind::Rejected);
    ASSERT_EQ(a.fields.size(), 1);
    EXPECT_EQ(a.fields[0].field, QStringLiteral("district"));
    const ServerAnswer b = post(422, R"({"error": {"code": "invalid"}})");
    EXPECT_EQ(b.kind, AnswerKind::Rejected);
    EXPECT_TRUE(b.fields.isEmpty());
}

TEST(AnswerClassifier, KeyReusedNeedsAttention) {
    const ServerAnswer a = post(422, R"({"error": {"code": "key-reused"}})");
    EXPECT_EQ(a.kind, AnswerKind::NeedsAttention);
    EXPECT_EQ(a.code, QStringLiteral("key-reused"));
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(post(422, "{").kind, AnswerKind::NeedsAttention);
    EXPECT_EQ(post(422, "{").code, QStringLiteral("http-422"));
}

// 403 ----------------------------------------------------------------------------------------

TEST(AnswerClassifier, NotCohortDayCarriesDateAndSlot) {
    const ServerAnswer a = post(403, R"({"error": {"code": "not-cohort-day", "message": "m",
        "nextDate": "2026-11-23",
        "slot": {"from": "2026-11-23T00:00:00Z", "to": "2026-11-23T09:00:00Z"}}})");
    EXPECT_EQ(a.kind, AnswerKind::CohortDeferred);
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(a.code, QStringLiteral("not-cohort-day"));
    EXPECT_EQ(a.nextDate, QDate(2026, 11, 23));
    EXPECT_EQ(a.slotFromUtc, QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(a.slotToUtc, QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()));
}

TEST(AnswerClassifier, NotCohortDayAtTheTopLevelAndWithOffsets) {
    const ServerAnswer a = post(403, R"({"error": {"code": "not-cohort-day"},
        "nextDate": "2026-11-23",
        "slot": {"from": "2026-11-23T09:00:00+09:00", "to": "2026-11-23T18:00:00+09:00"}})");
    EXPECT_EQ(a.kind, AnswerKind::CohortDeferred);
    EXPECT_EQ(a.slotFromUtc, QDateTime(QDate(2026, 11, 23), QTime(0, 0), QTimeZone::utc()));
    EXPECT_EQ(a.slotToUtc, QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()));
}

TEST(AnswerClassifier, NotCohortDayWithoutSlotTakesTheWholeSeoulDay) {
    const ServerAnswer a =
        post(403, R"({"error": {"code": "not-cohort-day", "nextDate": "2026-11-23"}})");
    EXPECT_EQ(a.kind, AnswerKind::CohortDeferred);
    EXPECT_EQ(a.slotFromUtc, QDateTime(QDate(2026, 11, 22), QTime(15, 0), QTimeZone::utc()));
    EXPECT_EQ(a.slotToUtc, QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
    // A slot that ends before it starts, or without a zone, is no slot.
    const ServerAnswer b = post(403, R"({"error": {"code": "not-cohort-day",
        "nextDate": "2026-11-23",
        "slot": {"from": "2026-11-23T09:00:00Z", "to": "2026-11-23T08:00:00Z"}}})");
    EXPECT_EQ(b.slotFromUtc, a.slotFromUtc);
    const ServerAnswer c = post(403, R"({"error": {"code": "not-cohort-day",
        "nextDate": "2026-11-23",
        "slot": {"from": "2026-11-23T00:00:00", "to": "2026-11-23T09:00:00"}}})");
    EXPECT_EQ(c.slotToUtc, a.slotToUtc);
}

TEST(AnswerClassifier, NotCohortDayWithOnlyASlotDerivesTheDate) {
    const ServerAnswer a = post(403, R"({"error": {"code": "not-cohort-day",
        "slot": {"from": "2026-11-23T16:00:00Z", "to": "2026-11-23T20:00:00Z"}}})");
    EXPECT_EQ(a.kind, AnswerKind::CohortDeferred);
    EXPECT_EQ(a.nextDate, QDate(2026, 11, 24)); // 01:00 on the 24th in Seoul
}

TEST(AnswerClassifier, NotCohortDayWithNothingToGoOnIsTransient) {
    const ServerAnswer a = post(403, R"({"error": {"code": "not-cohort-day"}})");
    EXPECT_EQ(a.kind, AnswerKind::TransientFailure);
    EXPECT_EQ(a.code, QStringLiteral("malformed-body"));
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    const ServerAnswer b =
        post(403, R"({"error": {"code": "not-cohort-day", "nextDate": "2026-02-30"}})");
    EXPECT_EQ(b.kind, AnswerKind::TransientFailure);
}

TEST(AnswerClassifier, CohortClosedIsRejected) {
    const ServerAnswer a = post(403, R"({"error": {"code": "cohort-closed", "message": "m"}})");
    EXPECT_EQ(a.kind, AnswerKind::Rejected);
    EXPECT_EQ(a.code, QStringLiteral("cohort-closed"));
}

TEST(AnswerClassifier, OtherForbiddenNeedsAttention) {
    const ServerAnswer a = post(403, R"({"error": {"code": "forbidden"}})");
    EXPECT_EQ(a.kind, AnswerKind::NeedsAttention);
    EXPECT_EQ(a.code, QStringLiteral("forbidden"));
}

// 410 ----------------------------------------------------------------------------------------

TEST(AnswerClassifier, CapacityReachedIsRejected) {
    const ServerAnswer a = post(410, R"({"error": {"code": "capacity-reached"}})");
    EXPECT_EQ(a.kind, AnswerKind::Rejected);
    EXPECT_EQ(a.code, QStringLiteral("capacity-reached"));
    const ServerAnswer b = post(410, "gone");
    EXPECT_EQ(b.kind, AnswerKind::Rejected);
    EXPECT_EQ(b.code, QStringLiteral("http-410"));
}

// 429 / 503 ----------------------------------------------------------------------------------

TEST(AnswerClassifier, OverloadWithWaitingRoomBody) {
    for (const int status : {429, 503}) {
        const ServerAnswer a = post(status, R"({"waitingRoom": {"ticket": "T-5f2c9a1e",
            "position": 1206, "estimatedWaitSeconds": {"min": 240, "max": 600},
            "refreshSeconds": 20}})",
                                    "30");
        EXPECT_EQ(a.kind, AnswerKind::WaitingRoom);
        EXPECT_EQ(a.breaker, BreakerSignal::Failure);
        EXPECT_EQ(a.code, QStringLiteral("http-%1").arg(status));
        EXPECT_EQ(a.ticket, QStringLiteral("T-5f2c9a1e"));
        EXPECT_EQ(a.position, 1206);
        EXPECT_EQ(a.waitMinSeconds, 240);
        EXPECT_EQ(a.waitMaxSeconds, 600);
        EXPECT_EQ(a.refreshSeconds, 20);
        EXPECT_EQ(a.retryAfterSeconds, 30);
    }
}

TEST(AnswerClassifier, OverloadWithoutBody) {
    const ServerAnswer a = post(503, "", "Sun, 22 Nov 2026 01:30:00 GMT");
    EXPECT_EQ(a.kind, AnswerKind::Overloaded);
    EXPECT_EQ(a.breaker, BreakerSignal::Failure);
    EXPECT_EQ(a.retryAfterSeconds, 60);
    EXPECT_EQ(a.code, QStringLiteral("http-503"));
    const ServerAnswer b = post(429, "", "120");
    EXPECT_EQ(b.kind, AnswerKind::Overloaded);
    EXPECT_EQ(b.retryAfterSeconds, 120);
}

TEST(AnswerClassifier, OverloadWithGarbledOrIncompleteWaitingRoomIsPlainOverload) {
    const ServerAnswer a = post(503, "{\"waitingRoom\": {\"ticket\": \"T-1", "10");
    EXPECT_EQ(a.kind, AnswerKind::Overloaded);
    EXPECT_EQ(a.retryAfterSeconds, 10);
    const ServerAnswer b = post(503, R"({"waitingRoom": {"position": 4, "refreshSeconds": 5}})");
    EXPECT_EQ(b.kind, AnswerKind::Overloaded);
    EXPECT_EQ(b.position, -1); // nothing of a ticketless room is kept
    EXPECT_EQ(b.refreshSeconds, -1);
    const ServerAnswer c = post(503, R"({"error": {"code": "overloaded"}})");
    EXPECT_EQ(c.kind, AnswerKind::Overloaded);
}

TEST(AnswerClassifier, GarbageRetryAfterIsIgnored) {
    EXPECT_EQ(post(503, "", "soon").retryAfterSeconds, -1);
    EXPECT_EQ(post(503, "", "-1").retryAfterSeconds, -1);
    EXPECT_EQ(post(503, "", "86400").retryAfterSeconds, 3600);
    EXPECT_EQ(post(503, "").retryAfterSeconds, -1);
}

// other 5xx, other statuses, network failures -------------------------------------------------

TEST(AnswerClassifier, OtherServerErrorsAreTransient) {
    for (const int status : {500, 501, 502, 504, 599}) {
        const ServerAnswer a = post(status, kConfirmed); // the body does not matter
        EXPECT_EQ(a.kind, AnswerKind::TransientFailure);
        EXPECT_EQ(a.code, QStringLiteral("http-%1").arg(status));
        EXPECT_EQ(a.breaker, BreakerSignal::Failure);
    }
    EXPECT_EQ(post(500, "", "7").retryAfterSeconds, 7);
    EXPECT_EQ(post(408, "").kind, AnswerKind::TransientFailure);
    EXPECT_EQ(post(408, "").breaker, BreakerSignal::Failure);
}

TEST(AnswerClassifier, UnexpectedClientErrorsNeedAttention) {
    for (const int status : {400, 401, 404, 405, 413, 415}) {
        const ServerAnswer a = post(status, "");
        EXPECT_EQ(a.kind, AnswerKind::NeedsAttention) << status;
        EXPECT_EQ(a.code, QStringLiteral("http-%1").arg(status));
        EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    }
}

TEST(AnswerClassifier, OddStatusesAreNeutralTransients) {
    for (const int status : {100, 204, 301, 302, 304}) {
        const ServerAnswer a = post(status, "");
        EXPECT_EQ(a.kind, AnswerKind::TransientFailure) << status;
        EXPECT_EQ(a.breaker, BreakerSignal::Neutral);
    }
}

TEST(AnswerClassifier, NetworkFailuresAreTransient) {
    const std::pair<NetworkErrorKind, const char *> cases[] = {
        {NetworkErrorKind::Timeout, "timeout"},
        {NetworkErrorKind::ConnectionRefused, "connection-refused"},
        {NetworkErrorKind::ConnectionReset, "connection-reset"},
        {NetworkErrorKind::HostNotFound, "host-not-found"},
        {NetworkErrorKind::TlsError, "tls-error"},
        {NetworkErrorKind::Other, "network-error"},
    };
    for (const auto &[kind, code] : cases) {
        HttpReply reply = HttpReply::failed(kind);
        reply.status = 201; // a status seen before the reset must not count
        reply.body = kConfirmed;
        for (const ServerAnswer &a : {AnswerClassifier::enrolmentPost(reply, kNow),
                                      AnswerClassifier::enrolmentStatus(reply, kNow),
                                      AnswerClassifier::waitingRoomPoll(reply, kNow),
                                      AnswerClassifier::serverStatus(reply, kNow)}) {
            EXPECT_EQ(a.kind, AnswerKind::TransientFailure) << code;
            EXPECT_EQ(a.code, QLatin1String(code));
            EXPECT_EQ(a.httpStatus, 0);
            EXPECT_EQ(a.networkError, kind);
            EXPECT_EQ(a.breaker, BreakerSignal::Failure);
        }
    }
}

// GET /v1/enrolments/{key} -------------------------------------------------------------------

TEST(AnswerClassifier, EnrolmentStatusAnswers) {
    const auto status = [](int code, const QByteArray &body) {
        return AnswerClassifier::enrolmentStatus(HttpReply::answer(code, body), kNow);
    };
    EXPECT_EQ(status(200, kConfirmed).kind, AnswerKind::Confirmed);
    EXPECT_EQ(status(200, kConfirmed).participantId, QStringLiteral("P-00012345"));
    const ServerAnswer processing =
        status(202, R"({"state":"processing","ticket":"T-9","position":3,"refreshSeconds":10})");
    EXPECT_EQ(processing.kind, AnswerKind::Processing);
    EXPECT_EQ(processing.position, 3);
    const ServerAnswer unknown = status(404, R"({"error":{"code":"unknown"}})");
    EXPECT_EQ(unknown.kind, AnswerKind::NotStored);
    EXPECT_EQ(unknown.code, QStringLiteral("unknown"));
    EXPECT_EQ(unknown.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(status(404, "").kind, AnswerKind::NotStored);
    EXPECT_EQ(status(200, "{\"state\":").kind, AnswerKind::TransientFailure);
    EXPECT_EQ(status(503, "").kind, AnswerKind::Overloaded);
    EXPECT_EQ(status(500, "").kind, AnswerKind::TransientFailure);
}

// GET /v1/waiting-room/{ticket} ------------------------------------------------------------

TEST(AnswerClassifier, WaitingRoomPollNotReady) {
    const ServerAnswer a = AnswerClassifier::waitingRoomPoll(
        HttpReply::answer(200, R"({"ticket": "T-5f2c9a1e", "position": 14, "ready": false,
            "estimatedWaitSeconds": {"min": 10, "max": 40}, "refreshSeconds": 20,
            "expiresAt": "2026-11-22T02:00:00Z"})"),
        kNow);
    EXPECT_EQ(a.kind, AnswerKind::WaitingRoom);
    EXPECT_EQ(a.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(a.position, 14);
    EXPECT_EQ(a.waitMinSeconds, 10);
    EXPECT_EQ(a.waitMaxSeconds, 40);
    EXPECT_EQ(a.refreshSeconds, 20);
    EXPECT_EQ(a.ticketExpiresUtc, QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc()));
}

TEST(AnswerClassifier, WaitingRoomPollReady) {
    const ServerAnswer a = AnswerClassifier::waitingRoomPoll(
        HttpReply::answer(200, R"({"ticket": "T-5f2c9a1e", "position": 0, "ready": true,
            "expiresAt": "2026-11-22T02:00:00"})"),
        kNow);
    EXPECT_EQ(a.kind, AnswerKind::TicketReady);
    EXPECT_EQ(a.ticket, QStringLiteral("T-5f2c9a1e"));
    EXPECT_FALSE(a.ticketExpiresUtc.isValid()); // no zone, no time
}

TEST(AnswerClassifier, WaitingRoomPollGarbled) {
    const QByteArray bodies[] = {
        R"({"ticket": "T-1", "position": 3})",  // ready missing
        R"({"ticket": "T-1", "ready": "yes"})", // ready not a boolean
        R"({"position": 3, "ready": true})",    // ticket missing
        "{\"ticket\": \"T-1\", \"ready\": tr",
    };
    for (const QByteArray &body : bodies) {
        const ServerAnswer a =
            AnswerClassifier::waitingRoomPoll(HttpReply::answer(200, body), kNow);
        EXPECT_EQ(a.kind, AnswerKind::TransientFailure) << body.constData();
        EXPECT_EQ(a.code, QStringLiteral("malformed-body"));
    }
}

TEST(AnswerClassifier, WaitingRoomPollUnknownTicket) {
    const ServerAnswer a = AnswerClassifier::waitingRoomPoll(
        HttpReply::answer(404, R"({"error": {"code": "unknown-ticket"}})"), kNow);
    EXPECT_EQ(a.kind, AnswerKind::TicketExpired);
    EXPECT_EQ(a.code, QStringLiteral("unknown-ticket"));
    EXPECT_EQ(AnswerClassifier::waitingRoomPoll(HttpReply::answer(404, ""), kNow).code,
              QStringLiteral("unknown-ticket"));
    const ServerAnswer busy =
        AnswerClassifier::waitingRoomPoll(HttpReply::answer(503, "", "15"), kNow);
    EXPECT_EQ(busy.kind, AnswerKind::Overloaded);
    EXPECT_EQ(busy.retryAfterSeconds, 15);
}

// GET /v1/status -----------------------------------------------------------------------------

TEST(AnswerClassifier, ServerStatus) {
    const auto status = [](int code, const QByteArray &body) {
        return AnswerClassifier::serverStatus(HttpReply::answer(code, body), kNow);
    };
    const ServerAnswer ok = status(200, R"({"status": "ok", "serverTime": "2026-11-22T01:30:00Z",
        "policyVersion": "2025-03", "enrolment": {"open": true}})");
    EXPECT_EQ(ok.kind, AnswerKind::StatusOk);
    EXPECT_EQ(ok.breaker, BreakerSignal::Healthy);
    EXPECT_EQ(ok.policyVersion, QStringLiteral("2025-03"));
    const ServerAnswer degraded = status(200, R"({"status": "degraded"})");
    EXPECT_EQ(degraded.kind, AnswerKind::TransientFailure);
    EXPECT_EQ(degraded.code, QStringLiteral("status-degraded"));
    EXPECT_EQ(status(200, "ok").code, QStringLiteral("malformed-body"));
    EXPECT_EQ(status(503, "").kind, AnswerKind::Overloaded);
}

TEST(AnswerClassifier, KindCodes) {
    EXPECT_EQ(answerKindCode(AnswerKind::Confirmed), QStringLiteral("confirmed"));
    EXPECT_EQ(answerKindCode(AnswerKind::CohortDeferred), QStringLiteral("cohort-deferred"));
    EXPECT_EQ(answerKindCode(AnswerKind::TransientFailure), QStringLiteral("transient-failure"));
}

// Transport security ------------------------------------------------------------------------

TEST(AnswerClassifier, PinMismatchAndInsecureAddressNeedAttentionOnEveryEndpoint) {
    const std::pair<NetworkErrorKind, const char *> cases[] = {
        {NetworkErrorKind::PinMismatch, "pin-mismatch"},
        {NetworkErrorKind::InsecureAddress, "insecure-address"},
    };
    for (const auto &[kind, code] : cases) {
        const HttpReply reply = HttpReply::failed(kind);
        for (const ServerAnswer &a : {AnswerClassifier::enrolmentPost(reply, kNow),
                                      AnswerClassifier::enrolmentStatus(reply, kNow),
                                      AnswerClassifier::waitingRoomPoll(reply, kNow),
                                      AnswerClassifier::serverStatus(reply, kNow)}) {
            EXPECT_EQ(a.kind, AnswerKind::NeedsAttention) << code;
            EXPECT_EQ(a.code, QLatin1String(code));
            EXPECT_EQ(a.networkError, kind);
            // Says nothing about the server's load: the circuit is left alone.
            EXPECT_EQ(a.breaker, BreakerSignal::Neutral);
        }
    }
}

// POST /v1/activity/days ---------------------------------------------------------------------

namespace {
ServerAnswer day(int status, const QByteArray &body, const QByteArray &retryAfter = {}) {
    return AnswerClassifier::activityPost(HttpReply::answer(status, body, retryAfter), kNow);
}
const QByteArray kCredited = R"({"participantId": "P-00000001", "date": "2026-11-18",
    "revision": 1, "steps": 8214, "points": 200, "creditId": "C-000012", "state": "credited"})";
} // namespace

TEST(AnswerClassifier, CreditedDayIsConfirmedWithItsCreditId) {
    for (int status : {201, 200}) {
        const ServerAnswer a = day(status, kCredited);
        EXPECT_EQ(a.kind, AnswerKind::Confirmed) << status;
        EXPECT_EQ(a.participantId, QStringLiteral("P-00000001"));
        EXPECT_EQ(a.enrolmentId, QStringLiteral("C-000012"));
    }
    // An enrolment's confirmation is not a credit, and a garbled body never confirms.
    EXPECT_EQ(day(201, kConfirmed).kind, AnswerKind::TransientFailure);
    EXPECT_EQ(day(201, "{").kind, AnswerKind::TransientFailure);
}

TEST(AnswerClassifier, StaleRevisionAndInvalidDayAreFinal) {
    const ServerAnswer stale = day(
        409, R"({"error": {"code": "stale-revision", "message": "m", "currentRevision": 2}})");
    EXPECT_EQ(stale.kind, AnswerKind::Rejected);
    EXPECT_EQ(stale.code, QStringLiteral("stale-revision"));
    const ServerAnswer invalid = day(
        422, R"({"error": {"code": "invalid", "message": "m",
                 "fields": [{"field": "date", "code": "future"}]}})");
    EXPECT_EQ(invalid.kind, AnswerKind::Rejected);
    ASSERT_EQ(invalid.fields.size(), 1);
    EXPECT_EQ(invalid.fields[0].field, QStringLiteral("date"));
    EXPECT_EQ(day(409, R"({"error": {"code": "in-flight", "message": "m"}})").kind,
              AnswerKind::InFlight);
}

TEST(AnswerClassifier, UnlinkedDayNeedsThePersonAndOverloadIsRetried) {
    const ServerAnswer unlinked = day(401, R"({"error": {"code": "unlinked", "message": "m"}})");
    EXPECT_EQ(unlinked.kind, AnswerKind::NeedsAttention);
    EXPECT_EQ(unlinked.code, QStringLiteral("unlinked"));
    EXPECT_EQ(day(403, R"({"error": {"code": "wrong-participant", "message": "m"}})").kind,
              AnswerKind::NeedsAttention);
    EXPECT_EQ(day(422, R"({"error": {"code": "key-reused", "message": "m"}})").kind,
              AnswerKind::NeedsAttention);
    const ServerAnswer busy = day(503, R"({"error": {"code": "unavailable", "message": "m"}})", "7");
    EXPECT_EQ(busy.kind, AnswerKind::Overloaded);
    EXPECT_EQ(busy.breaker, BreakerSignal::Failure);
}
