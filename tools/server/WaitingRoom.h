#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>

#include <map>
#include <optional>

namespace wristdoc {

class AdmissionControl;

// What a ticket holder is told (the waitingRoom body and GET /v1/waiting-room/{ticket}).
struct TicketView {
    QString ticket;
    int position = 0; // place in line, 1 = next; 0 once ready
    bool ready = false;
    int waitMinSeconds = 0;
    int waitMaxSeconds = 0;
    int refreshSeconds = 1;
    qint64 expiresMs = 0; // ready: admitted until then; waiting: dropped unless seen before then
};

// A first-in, first-out line for requests the server has no capacity for. Each ticket gets its
// turn when AdmissionControl has capacity (a token and a place), in the order tickets were
// issued, so newcomers never overtake people already waiting. A ready ticket admits its
// holder's requests until it expires; a waiting ticket not polled for the time-to-live is
// dropped so an abandoned place does not hold up the line.
class WaitingRoom {
public:
    enum class Admission { Admitted, NotReady, Unknown };

    WaitingRoom(AdmissionControl *admission, quint32 seed, int ticketTtlSeconds);

    TicketView issue(qint64 nowMs);
    // The ticket's current view; marks it as seen. Empty for an unknown or expired ticket.
    std::optional<TicketView> find(const QString &ticket, qint64 nowMs);
    // A request presented this ticket: admitted when it is ready (claims its reservation).
    Admission admitWithTicket(const QString &ticket, qint64 nowMs);
    // Gives waiting tickets their turn while capacity lasts, and drops expired ones.
    void pump(qint64 nowMs);

    bool hasWaiting() const { return !m_line.empty(); }
    int waitingCount() const { return int(m_line.size()); }
    int readyCount() const { return m_tickets.size() - int(m_line.size()); }
    quint64 issuedCount() const { return m_issued; }
    // Milliseconds between pumps while someone waits: about one token's time.
    int pumpIntervalMs() const;

private:
    struct Ticket {
        quint64 sequence = 0;
        qint64 lastSeenMs = 0;
        qint64 readyMs = -1;
        qint64 expiresMs = 0;
        bool holdsReservation = false;
    };

    TicketView viewOf(const QString &id, const Ticket &ticket) const;
    void expire(qint64 nowMs);
    QHash<QString, Ticket>::iterator drop(QHash<QString, Ticket>::iterator it);

    AdmissionControl *m_admission;
    QRandomGenerator m_random;
    qint64 m_ttlMs;
    QHash<QString, Ticket> m_tickets;  // waiting and ready
    std::map<quint64, QString> m_line; // waiting only, by sequence
    quint64 m_nextSequence = 1;
    quint64 m_issued = 0;
    qint64 m_lastSweepMs = 0;
};

} // namespace wristdoc
