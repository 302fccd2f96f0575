#pragma once

#include <QJsonObject>
#include <QMap>

namespace wristdoc {

// What GET /v1/admin/stats reports, counted since the server started (the enrolment count
// comes from the database). Numbers only: nothing here can identify anyone.
class AdminStats {
public:
    struct Live {
        int enrolmentsStored = 0;
        int processing = 0;
        bool waitingRoomEnabled = false;
        int waiting = 0;
        int ready = 0;
        quint64 ticketsIssued = 0;
        int inFlight = 0;
        int commits = 0; // group commits (transactions) on disk
    };

    void countStatus(int status) { ++m_byStatus[status]; }
    void countDuplicate() { ++m_duplicatesRefused; }
    void countReplay() { ++m_replays; }
    void countKeyReused() { ++m_keysReused; }
    void countInFlightRefused() { ++m_inFlightRefused; }
    void countReset() { ++m_connectionsReset; }
    void countDropped() { ++m_responsesDropped; }
    void countLost() { ++m_answersLost; }

    quint64 duplicatesRefused() const { return m_duplicatesRefused; }
    quint64 replays() const { return m_replays; }
    quint64 requestsWithStatus(int status) const { return m_byStatus.value(status); }

    QJsonObject toJson(const Live &live) const;

private:
    QMap<int, quint64> m_byStatus;
    quint64 m_duplicatesRefused = 0;
    quint64 m_replays = 0;
    quint64 m_keysReused = 0;
    quint64 m_inFlightRefused = 0;
    quint64 m_connectionsReset = 0;
    quint64 m_responsesDropped = 0;
    quint64 m_answersLost = 0;
};

} // namespace wristdoc
