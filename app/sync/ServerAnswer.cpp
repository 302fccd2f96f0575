#include "ServerAnswer.h"

namespace wristdoc {

QString answerKindCode(AnswerKind kind) {
    switch (kind) {
    case AnswerKind::Confirmed:
        return QStringLiteral("confirmed");
    case AnswerKind::Processing:
        return QStringLiteral("processing");
    case AnswerKind::WaitingRoom:
        return QStringLiteral("waiting-room");
    case AnswerKind::TicketReady:
        return QStringLiteral("ticket-ready");
    case AnswerKind::TicketExpired:
        return QStringLiteral("ticket-expired");
    case AnswerKind::NotStored:
        return QStringLiteral("not-stored");
    case AnswerKind::Overloaded:
        return QStringLiteral("overloaded");
    case AnswerKind::InFlight:
        return QStringLiteral("in-flight");
    case AnswerKind::CohortDeferred:
        return QStringLiteral("cohort-deferred");
    case AnswerKind::Rejected:
        return QStringLiteral("rejected");
    case AnswerKind::NeedsAttention:
        return QStringLiteral("needs-attention");
    case AnswerKind::TransientFailure:
        return QStringLiteral("transient-failure");
    case AnswerKind::StatusOk:
        return QStringLiteral("status-ok");
    }
    return QStringLiteral("transient-failure");
}

} // namespace wristdoc
