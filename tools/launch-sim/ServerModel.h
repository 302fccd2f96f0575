#pragma once

#include "Demand.h"
#include "Prefetch.h"
#include "SimSettings.h"

#include <QtGlobal>

#include <vector>

namespace wristdoc {

// What the server said, before any client reads it.
enum class Reply : quint8 {
    Created,       // 201
    Replayed,      // 200 Idempotent-Replayed: the key was stored before
    Overloaded,    // 503 with Retry-After, no waiting room
    WaitingRoom,   // 503 with a waiting-room ticket
    TicketWaiting, // poll: not yet
    TicketReady,   // poll: send again with the ticket
    TicketUnknown, // poll 404
    NotStored,     // GET enrolment 404
    InFlight,      // 409: the same key is being processed
    NotCohortDay,  // 403 with the slot
    Timeout,       // no answer in time (a hung connection or a slow database)
};

struct ReplyData {
    Reply reply = Reply::Timeout;
    qint32 retryAfterSeconds = -1;
    qint32 position = -1;
    qint32 refreshSeconds = -1;
    quint32 ticket = 0;
    qint64 slotFromMs = 0;
    qint64 slotToMs = 0;
};

// How a request is handled: answered at once by the front door, admitted to the database (the
// answer comes when the work is done), or never answered (the front door is saturated).
struct Handling {
    enum Kind { Answered, Admitted, Hung } kind = Answered;
    ReplyData data;
    qint64 serviceMs = 0; // Admitted
    bool invited = false; // Admitted on a ready waiting-room ticket: the server asked for it
};

// The programme server of the launch morning, in the terms docs/api.md uses:
// - a database that takes C enrolments per second at up to T concurrent ones; above T every
//   enrolment takes longer (lock contention), and so does every POST turned away, since each one
//   still looks up its idempotency key;
// - admission control: without a waiting room it admits up to admissionLimit concurrent
//   enrolments (set above T, as on the launch day) and answers 503 with Retry-After beyond; with
//   a waiting room, newcomers get a ticket whenever anyone waits or capacity is short, and
//   tickets get their turn first in, first out, paced below C; a turn reserves one of the room's
//   places until its enrolment is finished (or the ready ticket expires), as the reference
//   server's admission control does, and the database is handed at most T enrolments at a time:
//   the others wait in the server, in order, for a free connection;
// - idempotency by key: a stored key is replayed, a key in progress gets 409 in-flight, so a
//   retry can never store an enrolment twice (the duplicate counter proves it);
// - cohorts: before a citizen's slot, 403 not-cohort-day with the slot;
// - a front door that answers at most frontDoorPerSecond requests; the rest hang until the
//   client gives up.
class ServerModel {
public:
    ServerModel(const SimSettings &settings, ServerSetup setup, const Demand &demand);

    Handling post(quint32 client, quint32 ticket, qint64 nowMs);
    Handling pollTicket(quint32 ticket, qint64 nowMs);
    Handling enrolmentStatus(quint32 client, qint64 nowMs);
    // The database finished the client's enrolment.
    void commit(quint32 client);
    // Every tickMs: tokens and turns in the waiting room.
    void tick(qint64 nowMs);
    static constexpr qint64 tickMs = 100;

    bool stored(quint32 client) const { return m_keys[client] == KeyStored; }
    // A hint that the client's key is about to be looked up (see LaunchSimulation's lookAhead).
    void prefetch(quint32 client) const { prefetchHint(&m_keys[client]); }
    void prefetchTicket(quint32 ticket) const {
        if (ticket != 0 && ticket < m_tickets.size())
            prefetchHint(&m_tickets[ticket]);
    }
    quint64 duplicates() const { return m_duplicates; }
    quint64 committed() const { return m_committed; }
    int inProgress() const { return m_inProgress; }
    int waitingLine() const { return m_waiting; }
    quint64 hung() const { return m_hung; }
    // When the server first said "too much" (a 503, a hang, or a database slower than the
    // client's patience); -1 before that.
    qint64 overloadSignalMs() const { return m_signalMs; }

private:
    enum KeyState : quint8 { KeyNone, KeyInFlight, KeyStored };
    enum TicketState : quint8 { TicketWaitingState, TicketReadyState, TicketDropped };
    struct Ticket {
        qint64 lastSeenMs = 0;
        qint64 readyUntilMs = 0;
        quint32 sequence = 0;
        TicketState state = TicketWaitingState;
        bool holdsPlace = false; // ready, and its reserved place not yet claimed by a request
    };

    bool countRequest(qint64 nowMs); // false: the front door is saturated
    Handling admit(quint32 client, qint64 nowMs);
    // With a waiting room: the database takes at most T at a time, first come first served.
    qint64 connectionServiceMs(qint64 nowMs, double serviceMs);
    double slowdownSquared(int concurrent) const;
    static void compact(std::vector<quint32> &ids, size_t &head);
    bool placeFree() const;
    void releasePlace(Ticket &ticket);
    void expireReadyTickets(qint64 nowMs);
    Handling newcomer(quint32 client, qint64 nowMs);
    Handling issueTicket(qint64 nowMs);
    ReplyData ticketView(quint32 id, Reply reply) const;
    bool ticketAlive(quint32 id, qint64 nowMs);
    void signal(qint64 nowMs);

    const SimSettings &m_settings;
    ServerSetup m_setup;
    const Demand &m_demand;
    qint64 m_clientTimeoutMs;
    std::vector<quint8> m_keys;
    std::vector<Ticket> m_tickets; // by id; 0 is never issued
    std::vector<quint32> m_line;   // waiting ticket ids in order; m_lineHead is the next
    size_t m_lineHead = 0;
    std::vector<quint32> m_readyOrder; // ready ticket ids in the order (and expiry) of their turn
    size_t m_readyHead = 0;
    int m_reserved = 0; // places held by ready tickets whose holder has not come yet
    std::vector<qint64> m_connectionFreeAtMs; // a min-heap, one per database connection (T)
    quint32 m_served = 0;                     // tickets that left the line
    quint32 m_issued = 0;
    int m_waiting = 0;
    int m_inProgress = 0;
    double m_tokens = 0;
    qint64 m_second = -1;
    int m_requestsThisSecond = 0;
    int m_postsThisSecond = 0;
    int m_postsLastSecond = 0;
    quint64 m_duplicates = 0;
    quint64 m_committed = 0;
    quint64 m_hung = 0;
    qint64 m_signalMs = -1;
};

} // namespace wristdoc
