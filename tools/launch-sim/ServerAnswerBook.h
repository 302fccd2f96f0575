#pragma once

#include "ServerAnswer.h"
#include "ServerModel.h"
#include "VirtualClock.h"

#include <QString>

#include <array>

namespace wristdoc {

// Turns the server model's replies into what WristDoc's client reads. Each kind of reply is
// written once as the HTTP answer docs/api.md specifies (status, Retry-After, JSON body) and
// read by the real AnswerClassifier; per reply only the numbers (ticket, position, refresh,
// Retry-After, slot) are filled in, because parsing JSON hundreds of thousands of times would
// measure the JSON parser, not the retry policy.
class ServerAnswerBook {
public:
    explicit ServerAnswerBook(const VirtualClock &clock);

    ServerAnswer answerFor(const ReplyData &reply) const;

    // What the classifier made of each reply kind, and whether it is what docs/api.md says
    // (Created is Confirmed, WaitingRoom is WaitingRoom, ...). Empty when all agree.
    QString disagreements() const;

    static QString ticketName(quint32 ticket) { return QStringLiteral("T-%1").arg(ticket); }
    static quint32 ticketId(const QString &name) { return name.mid(2).toUInt(); }

private:
    static constexpr int kReplies = int(Reply::Timeout) + 1;
    const VirtualClock &m_clock;
    std::array<ServerAnswer, kReplies> m_templates;
};

} // namespace wristdoc
