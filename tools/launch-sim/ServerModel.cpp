#include "ServerModel.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace wristdoc {

ServerModel::ServerModel(const SimSettings &settings, ServerSetup setup, const Demand &demand)
    : m_settings(settings)
    , m_setup(setup)
    , m_demand(demand)
    , m_clientTimeoutMs(qint64(settings.client.timeoutSeconds * 1000))
    , m_keys(size_t(demand.size()), KeyNone)
    , m_tickets(1) {}

void ServerModel::signal(qint64 nowMs) {
    if (m_signalMs < 0)
        m_signalMs = nowMs;
}

bool ServerModel::countRequest(qint64 nowMs) {
    const qint64 second = nowMs / 1000;
    if (second != m_second) {
        m_postsLastSecond = second == m_second + 1 ? m_postsThisSecond : 0;
        m_second = second;
        m_requestsThisSecond = 0;
        m_postsThisSecond = 0;
    }
    if (m_requestsThisSecond >= int(m_settings.server.frontDoorPerSecond)) {
        ++m_hung;
        signal(nowMs);
        return false;
    }
    ++m_requestsThisSecond;
    return true;
}

Handling ServerModel::admit(quint32 client, qint64 nowMs) {
    const ServerSettings &server = m_settings.server;
    ++m_inProgress;
    m_keys[client] = KeyInFlight;
    Handling handling;
    handling.kind = Handling::Admitted;
    if (m_setup.waitingRoom) {
        handling.serviceMs = connectionServiceMs(nowMs, server.serviceSeconds() * 1000.0);
    } else {
        handling.serviceMs =
            qint64(std::llround(server.serviceSeconds() * 1000.0 * slowdownSquared(m_inProgress)));
    }
    if (handling.serviceMs >= m_clientTimeoutMs)
        signal(nowMs);
    return handling;
}

// Load on the database: the enrolments it works on against its threshold, plus the key look-ups
// of every POST of the last second against its capacity. Service time grows with its square.
double ServerModel::slowdownSquared(int concurrent) const {
    const ServerSettings &server = m_settings.server;
    const double load = double(concurrent) / server.overloadThreshold +
                        m_postsLastSecond * server.postCostShare / server.capacityPerSecond;
    const double slowdown = std::max(1.0, load);
    return slowdown * slowdown;
}

qint64 ServerModel::connectionServiceMs(qint64 nowMs, double serviceMs) {
    const int connections = m_settings.server.overloadThreshold;
    if (m_connectionFreeAtMs.empty())
        m_connectionFreeAtMs.assign(size_t(connections), 0);
    // Enrolments start in the order they came, each on the connection that frees first.
    std::pop_heap(m_connectionFreeAtMs.begin(), m_connectionFreeAtMs.end(), std::greater<>());
    const qint64 startMs = std::max(nowMs, m_connectionFreeAtMs.back());
    const qint64 finishMs =
        startMs +
        qint64(std::llround(serviceMs * slowdownSquared(std::min(m_inProgress, connections))));
    m_connectionFreeAtMs.back() = finishMs;
    std::push_heap(m_connectionFreeAtMs.begin(), m_connectionFreeAtMs.end(), std::greater<>());
    return finishMs - nowMs;
}

bool ServerModel::placeFree() const {
    return m_inProgress + m_reserved < m_settings.server.roomPlaces;
}

void ServerModel::releasePlace(Ticket &ticket) {
    if (!ticket.holdsPlace)
        return;
    ticket.holdsPlace = false;
    --m_reserved;
}

ReplyData ServerModel::ticketView(quint32 id, Reply reply) const {
    ReplyData data;
    data.reply = reply;
    data.ticket = id;
    const Ticket &ticket = m_tickets[id];
    if (ticket.state == TicketWaitingState) {
        data.position = int(ticket.sequence - m_served);
        const double waitSeconds = data.position / m_settings.server.capacityPerSecond;
        data.refreshSeconds =
            std::clamp(int(std::ceil(waitSeconds / 4.0)), 2, m_settings.server.maxRefreshSeconds);
    } else {
        data.position = 0;
        data.refreshSeconds = 2;
    }
    data.retryAfterSeconds = data.refreshSeconds;
    return data;
}

Handling ServerModel::issueTicket(qint64 nowMs) {
    signal(nowMs);
    const quint32 id = quint32(m_tickets.size());
    Ticket ticket;
    ticket.lastSeenMs = nowMs;
    ticket.sequence = ++m_issued;
    m_tickets.push_back(ticket);
    m_line.push_back(id);
    ++m_waiting;
    Handling handling;
    handling.data = ticketView(id, Reply::WaitingRoom);
    return handling;
}

bool ServerModel::ticketAlive(quint32 id, qint64 nowMs) {
    if (id == 0 || id >= m_tickets.size())
        return false;
    Ticket &ticket = m_tickets[id];
    const qint64 ttl = qint64(m_settings.server.ticketTtlSeconds) * 1000;
    if (ticket.state == TicketWaitingState && nowMs - ticket.lastSeenMs > ttl) {
        ticket.state = TicketDropped; // left in the line; skipped when its turn comes
        --m_waiting;
    }
    if (ticket.state == TicketReadyState && nowMs > ticket.readyUntilMs) {
        ticket.state = TicketDropped;
        releasePlace(ticket);
    }
    return ticket.state != TicketDropped;
}

Handling ServerModel::newcomer(quint32 client, qint64 nowMs) {
    const ServerSettings &server = m_settings.server;
    if (!m_setup.waitingRoom) {
        if (m_inProgress < server.admissionLimit)
            return admit(client, nowMs);
        signal(nowMs);
        Handling handling;
        handling.data.reply = Reply::Overloaded;
        handling.data.retryAfterSeconds = server.retryAfterSeconds;
        return handling;
    }
    // Nobody overtakes the line; a newcomer goes straight in only when no one waits.
    if (m_waiting == 0 && m_tokens >= 1 && placeFree()) {
        m_tokens -= 1;
        return admit(client, nowMs);
    }
    return issueTicket(nowMs);
}

Handling ServerModel::post(quint32 client, quint32 ticket, qint64 nowMs) {
    Handling handling;
    if (!countRequest(nowMs)) {
        handling.kind = Handling::Hung;
        return handling;
    }
    ++m_postsThisSecond;
    if (m_keys[client] == KeyStored) {
        handling.data.reply = Reply::Replayed;
        return handling;
    }
    if (m_keys[client] == KeyInFlight) {
        handling.data.reply = Reply::InFlight;
        handling.data.retryAfterSeconds = 1;
        return handling;
    }
    if (m_demand.cohorts() && nowMs < m_demand.allowedFromMs(int(client))) {
        const int group = m_demand.cohort[client];
        handling.data.reply = Reply::NotCohortDay;
        handling.data.slotFromMs = m_demand.slotFromMs[size_t(group)];
        handling.data.slotToMs = m_demand.slotToMs[size_t(group)];
        return handling;
    }
    if (m_setup.waitingRoom && ticketAlive(ticket, nowMs)) {
        Ticket &held = m_tickets[ticket];
        if (held.state == TicketReadyState) {
            releasePlace(held); // its token and place were taken when its turn came; now in use
            handling = admit(client, nowMs);
            handling.invited = true;
            return handling;
        }
        held.lastSeenMs = nowMs;
        handling.data = ticketView(ticket, Reply::WaitingRoom);
        return handling;
    }
    return newcomer(client, nowMs);
}

Handling ServerModel::pollTicket(quint32 ticket, qint64 nowMs) {
    Handling handling;
    if (!countRequest(nowMs)) {
        handling.kind = Handling::Hung;
        return handling;
    }
    if (!ticketAlive(ticket, nowMs)) {
        handling.data.reply = Reply::TicketUnknown;
        return handling;
    }
    Ticket &held = m_tickets[ticket];
    if (held.state == TicketReadyState) {
        handling.data = ticketView(ticket, Reply::TicketReady);
        return handling;
    }
    held.lastSeenMs = nowMs;
    handling.data = ticketView(ticket, Reply::TicketWaiting);
    return handling;
}

Handling ServerModel::enrolmentStatus(quint32 client, qint64 nowMs) {
    Handling handling;
    if (!countRequest(nowMs)) {
        handling.kind = Handling::Hung;
        return handling;
    }
    handling.data.reply = m_keys[client] == KeyStored ? Reply::Replayed : Reply::NotStored;
    return handling;
}

void ServerModel::commit(quint32 client) {
    --m_inProgress;
    if (m_keys[client] == KeyStored)
        ++m_duplicates; // a second enrolment for one key: what idempotency must prevent
    m_keys[client] = KeyStored;
    ++m_committed;
}

void ServerModel::tick(qint64 nowMs) {
    if (!m_setup.waitingRoom)
        return;
    const ServerSettings &server = m_settings.server;
    const double burst = std::max(1.0, server.capacityPerSecond * double(tickMs) / 1000.0);
    // Operators pace a room below the database's capacity: the key look-ups of the crowd's
    // POSTs take a share of it too.
    m_tokens = std::min(burst, m_tokens + server.capacityPerSecond * server.roomPaceShare *
                                              double(tickMs) / 1000.0);
    const qint64 ttl = qint64(server.ticketTtlSeconds) * 1000;
    expireReadyTickets(nowMs);
    // A turn is given while the room has a place: enrolments in progress (in the database or
    // waiting for a connection) and turns not yet used are bounded, so a crowd of holders
    // arriving at once waits a moment for a connection instead of overloading the database.
    while (m_lineHead < m_line.size() && m_tokens >= 1 && placeFree()) {
        const quint32 id = m_line[m_lineHead];
        Ticket &ticket = m_tickets[id];
        ++m_lineHead;
        ++m_served;
        if (ticket.state != TicketWaitingState)
            continue; // dropped earlier
        if (nowMs - ticket.lastSeenMs > ttl) {
            ticket.state = TicketDropped;
            --m_waiting;
            continue;
        }
        ticket.state = TicketReadyState;
        ticket.readyUntilMs = nowMs + qint64(server.readyTtlSeconds) * 1000;
        ticket.holdsPlace = true;
        ++m_reserved;
        m_readyOrder.push_back(id);
        --m_waiting;
        m_tokens -= 1;
    }
    compact(m_line, m_lineHead);
}

// Ready tickets expire in the order their turns came; one that was never used gives its place
// back.
void ServerModel::expireReadyTickets(qint64 nowMs) {
    while (m_readyHead < m_readyOrder.size()) {
        Ticket &ticket = m_tickets[m_readyOrder[m_readyHead]];
        if (ticket.state == TicketReadyState && nowMs <= ticket.readyUntilMs)
            break;
        if (ticket.state == TicketReadyState)
            ticket.state = TicketDropped;
        releasePlace(ticket);
        ++m_readyHead;
    }
    compact(m_readyOrder, m_readyHead);
}

void ServerModel::compact(std::vector<quint32> &ids, size_t &head) {
    if (head > 4096 && head * 2 > ids.size()) {
        ids.erase(ids.begin(), ids.begin() + qint64(head));
        head = 0;
    }
}

} // namespace wristdoc
