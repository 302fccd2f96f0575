#pragma once

#include "ServerAnswer.h"
#include "ServerModel.h"
#include "VirtualClock.h"

#include <QString>

#include <array>
#include <vector>

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
    // The number in "T-123"; 0 (never issued) for anything else. Read digit by digit: it runs
    // for every request a WristDoc client makes with a ticket.
    static quint32 ticketId(const QString &name) {
        if (name.size() < 3 || name.at(0) != QLatin1Char('T') || name.at(1) != QLatin1Char('-'))
            return 0;
        quint64 id = 0;
        for (qsizetype i = 2; i < name.size(); ++i) {
            const char16_t c = name.at(i).unicode();
            if (c < u'0' || c > u'9' || id > 0xffffffffu / 10)
                return 0;
            id = id * 10 + (c - u'0');
        }
        return id > 0xffffffffu ? 0 : quint32(id);
    }

private:
    // One shared name per ticket: every answer about a ticket hands the client the same string
    // instead of formatting a new one.
    const QString &cachedTicketName(quint32 ticket) const;

    static constexpr int kReplies = int(Reply::Timeout) + 1;
    const VirtualClock &m_clock;
    std::array<ServerAnswer, kReplies> m_templates;
    mutable std::vector<QString> m_ticketNames; // by ticket id
};

} // namespace wristdoc
