#include "ServerAnswerBook.h"

#include "AnswerClassifier.h"
#include "HttpReply.h"

#include <algorithm>

namespace wristdoc {

namespace {

const QByteArray kConfirmed =
    R"({"state":"confirmed","enrolmentId":"E-00000001","participantId":"P-00000001","reference":"WD-SIM001"})";

QByteArray roomBody() {
    return R"({"error":{"code":"over-capacity","message":"Over capacity."},)"
           R"("waitingRoom":{"ticket":"T-1","position":1,"estimatedWaitSeconds":{"min":1,"max":2},)"
           R"("refreshSeconds":2,"expiresAt":"2026-12-07T02:00:00Z"}})";
}

QByteArray pollBody(bool ready) {
    return QByteArray(R"({"ticket":"T-1","position":1,"ready":)") + (ready ? "true" : "false") +
           R"(,"estimatedWaitSeconds":{"min":1,"max":2},"refreshSeconds":2,"expiresAt":"2026-12-07T02:00:00Z"})";
}

AnswerKind expectedKind(Reply reply) {
    switch (reply) {
    case Reply::Created:
    case Reply::Replayed:
        return AnswerKind::Confirmed;
    case Reply::Overloaded:
        return AnswerKind::Overloaded;
    case Reply::WaitingRoom:
    case Reply::TicketWaiting:
        return AnswerKind::WaitingRoom;
    case Reply::TicketReady:
        return AnswerKind::TicketReady;
    case Reply::TicketUnknown:
        return AnswerKind::TicketExpired;
    case Reply::NotStored:
        return AnswerKind::NotStored;
    case Reply::InFlight:
        return AnswerKind::InFlight;
    case Reply::NotCohortDay:
        return AnswerKind::CohortDeferred;
    case Reply::Timeout:
        return AnswerKind::TransientFailure;
    }
    return AnswerKind::TransientFailure;
}

} // namespace

ServerAnswerBook::ServerAnswerBook(const VirtualClock &clock)
    : m_clock(clock) {
    const QDateTime at = clock.atElapsedMs(0);
    auto post = [&](Reply reply, const HttpReply &http) {
        m_templates[size_t(reply)] = AnswerClassifier::enrolmentPost(http, at);
    };
    auto poll = [&](Reply reply, const HttpReply &http) {
        m_templates[size_t(reply)] = AnswerClassifier::waitingRoomPoll(http, at);
    };
    post(Reply::Created, HttpReply::answer(201, kConfirmed));
    HttpReply replay = HttpReply::answer(200, kConfirmed);
    replay.replayed = true;
    post(Reply::Replayed, replay);
    post(Reply::Overloaded,
         HttpReply::answer(503, R"({"error":{"code":"over-capacity","message":"Over capacity."}})",
                           "5"));
    post(Reply::WaitingRoom, HttpReply::answer(503, roomBody(), "2"));
    poll(Reply::TicketWaiting, HttpReply::answer(200, pollBody(false)));
    poll(Reply::TicketReady, HttpReply::answer(200, pollBody(true)));
    poll(Reply::TicketUnknown,
         HttpReply::answer(404, R"({"error":{"code":"unknown-ticket","message":"Unknown."}})"));
    m_templates[size_t(Reply::NotStored)] = AnswerClassifier::enrolmentStatus(
        HttpReply::answer(404, R"({"error":{"code":"unknown","message":"Unknown."}})"), at);
    post(Reply::InFlight,
         HttpReply::answer(409, R"({"error":{"code":"in-flight","message":"In flight."}})", "1"));
    post(Reply::NotCohortDay,
         HttpReply::answer(403, R"({"error":{"code":"not-cohort-day","message":"Not today.",)"
                                R"("nextDate":"2026-12-07","slot":{"from":"2026-12-07T00:00:00Z",)"
                                R"("to":"2026-12-07T09:00:00Z"}}})"));
    post(Reply::Timeout, HttpReply::failed(NetworkErrorKind::Timeout));
}

QString ServerAnswerBook::disagreements() const {
    QString out;
    for (int i = 0; i < kReplies; ++i) {
        const Reply reply = Reply(i);
        if (m_templates[size_t(i)].kind != expectedKind(reply))
            out += QStringLiteral("reply %1 read as %2; ")
                       .arg(i)
                       .arg(answerKindCode(m_templates[size_t(i)].kind));
    }
    return out;
}

const QString &ServerAnswerBook::cachedTicketName(quint32 ticket) const {
    if (ticket >= m_ticketNames.size())
        m_ticketNames.resize(std::max<size_t>(size_t(ticket) + 1, m_ticketNames.size() * 3 / 2));
    QString &name = m_ticketNames[ticket];
    if (name.isEmpty())
        name = ticketName(ticket);
    return name;
}

ServerAnswer ServerAnswerBook::answerFor(const ReplyData &reply) const {
    ServerAnswer answer = m_templates[size_t(reply.reply)];
    switch (reply.reply) {
    case Reply::Overloaded:
    case Reply::InFlight:
        answer.retryAfterSeconds = reply.retryAfterSeconds;
        break;
    case Reply::WaitingRoom:
    case Reply::TicketWaiting:
    case Reply::TicketReady:
        answer.ticket = cachedTicketName(reply.ticket);
        answer.position = reply.position;
        answer.refreshSeconds = reply.refreshSeconds;
        answer.retryAfterSeconds = reply.reply == Reply::WaitingRoom ? reply.retryAfterSeconds : -1;
        answer.waitMinSeconds = answer.waitMaxSeconds = -1;
        answer.ticketExpiresUtc = QDateTime();
        break;
    case Reply::NotCohortDay:
        answer.slotFromUtc = m_clock.atElapsedMs(reply.slotFromMs);
        answer.slotToUtc = m_clock.atElapsedMs(reply.slotToMs);
        answer.nextDate = answer.slotFromUtc.date();
        break;
    default:
        break;
    }
    return answer;
}

} // namespace wristdoc
