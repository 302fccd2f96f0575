#include "WaitingRoom.h"

#include "AdmissionControl.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace wristdoc {

namespace {
// Expired tickets are swept at most this often: a sweep visits every ticket.
constexpr qint64 kSweepIntervalMs = 1000;
} // namespace

WaitingRoom::WaitingRoom(AdmissionControl *admission, quint32 seed, int ticketTtlSeconds)
    : m_admission(admission)
    , m_random(seed ^ 0x7f4a7c15u)
    , m_ttlMs(qint64(std::max(1, ticketTtlSeconds)) * 1000) {}

TicketView WaitingRoom::issue(qint64 nowMs) {
    QString id;
    do {
        id = QStringLiteral("T-%1").arg(m_random.generate(), 8, 16, QLatin1Char('0'));
    } while (m_tickets.contains(id));
    Ticket ticket;
    ticket.sequence = m_nextSequence++;
    ticket.lastSeenMs = nowMs;
    ticket.expiresMs = nowMs + m_ttlMs;
    m_tickets.insert(id, ticket);
    m_line.emplace(ticket.sequence, id);
    ++m_issued;
    return viewOf(id, ticket);
}

std::optional<TicketView> WaitingRoom::find(const QString &id, qint64 nowMs) {
    pump(nowMs);
    auto it = m_tickets.find(id);
    if (it == m_tickets.end())
        return std::nullopt;
    if (it->readyMs < 0) {
        it->lastSeenMs = nowMs;
        it->expiresMs = nowMs + m_ttlMs;
    }
    return viewOf(id, *it);
}

WaitingRoom::Admission WaitingRoom::admitWithTicket(const QString &id, qint64 nowMs) {
    pump(nowMs);
    auto it = m_tickets.find(id);
    if (it == m_tickets.end())
        return Admission::Unknown;
    if (it->readyMs < 0) {
        it->lastSeenMs = nowMs;
        it->expiresMs = nowMs + m_ttlMs;
        return Admission::NotReady;
    }
    if (it->holdsReservation) {
        it->holdsReservation = false;
        m_admission->claimReservation();
    } else {
        m_admission->forceAcquire();
    }
    return Admission::Admitted;
}

void WaitingRoom::pump(qint64 nowMs) {
    if (nowMs - m_lastSweepMs >= kSweepIntervalMs || nowMs < m_lastSweepMs) {
        m_lastSweepMs = nowMs;
        expire(nowMs);
    }
    while (!m_line.empty() && m_admission->tryReserve(nowMs)) {
        const auto head = m_line.begin();
        auto it = m_tickets.find(head->second);
        m_line.erase(head);
        it->readyMs = nowMs;
        it->expiresMs = nowMs + m_ttlMs;
        it->holdsReservation = true;
    }
}

void WaitingRoom::expire(qint64 nowMs) {
    for (auto it = m_tickets.begin(); it != m_tickets.end();) {
        if (it->expiresMs <= nowMs) {
            it = drop(it);
        } else {
            ++it;
        }
    }
}

QHash<QString, WaitingRoom::Ticket>::iterator
WaitingRoom::drop(QHash<QString, Ticket>::iterator it) {
    if (it->readyMs < 0)
        m_line.erase(it->sequence);
    else if (it->holdsReservation)
        m_admission->cancelReservation();
    return m_tickets.erase(it);
}

TicketView WaitingRoom::viewOf(const QString &id, const Ticket &ticket) const {
    TicketView view;
    view.ticket = id;
    view.expiresMs = ticket.expiresMs;
    if (ticket.readyMs >= 0) {
        view.ready = true;
        view.refreshSeconds = 1;
        return view;
    }
    const auto me = m_line.find(ticket.sequence);
    view.position = int(std::distance(m_line.begin(), me)) + 1;
    const double perSecond = std::max(0.01, m_admission->throughputPerSecond());
    const double seconds = view.position / perSecond;
    // A range, not a promise: the line moves faster when people ahead give up.
    view.waitMinSeconds = int(std::floor(seconds));
    view.waitMaxSeconds = int(std::ceil(seconds * 1.5)) + 1;
    view.refreshSeconds = std::clamp(int(std::ceil(view.waitMinSeconds / 4.0)), 1, 30);
    return view;
}

int WaitingRoom::pumpIntervalMs() const {
    const double perSecond = m_admission->throughputPerSecond();
    if (perSecond <= 0)
        return 50;
    return std::clamp(int(1000.0 / perSecond), 5, 200);
}

} // namespace wristdoc
