#pragma once

#include "SimSettings.h"

#include <QtGlobal>

#include <functional>
#include <vector>

namespace wristdoc {

// Per time bin (SimSettings::binSeconds), for the plots and the CSV.
struct SimSeries {
    std::vector<int> firstPosts;     // POSTs that are a citizen's first: the demand itself
    std::vector<int> repeatPosts;    // every other POST: retries, sends with a ticket or in a slot
    std::vector<int> invitedPosts;   // repeat POSTs let in on a ready waiting-room ticket
    std::vector<int> slotPosts;      // repeat POSTs sent in the cohort slot the server gave
    std::vector<int> polls;          // waiting-room and enrolment-state GETs
    std::vector<int> confirmed;      // enrolments the client learnt were stored
    std::vector<int> waitingClients; // arrived and not yet confirmed, at the end of the bin
    std::vector<int> line;           // tickets waiting in the waiting room
    std::vector<int> inProgress;     // enrolments in the database at once

    void resize(size_t bins);
};

struct SimResult {
    Strategy strategy = Strategy::WristDoc;
    ServerSetup setup;
    int clients = 0;
    double capacityPerSecond = 0;
    int binSeconds = 60;
    double horizonSeconds = 0;
    SimSeries series;

    quint64 firstPosts = 0;
    quint64 repeatPosts = 0;
    quint64 polls = 0;
    quint64 holds = 0; // WristDoc: times the circuit or the budget held an item back
    quint64 hung = 0;
    quint64 events = 0;
    int confirmed = 0;
    quint64 duplicates = 0;      // enrolments stored twice for one key
    int lost = 0;                // finished without a stored enrolment, or "confirmed" without one
    int unfinished = 0;          // arrived, still retrying when the day ended (still in the outbox)
    int notArrived = 0;          // had not arrived when the day ended: nothing sent yet
    int arrivedAfterHorizon = 0; // the crowd's arrivals after the day's end (= notArrived)
    int confirmedTwice = 0;      // must be 0: a client confirmed more than once, or miscounted
    qint64 overloadSignalMs = -1;
    qint64 t99Ms = -1;            // 99 % confirmed; -1 when the day ended first
    double idealSeconds = 0;      // N / C
    double fluidIdealSeconds = 0; // one perfect line served at C from each arrival
    int peakActivePolicies = 0;   // WristDoc: clients holding policy objects at once
    double wallSeconds = 0;

    quint64 posts() const { return firstPosts + repeatPosts; }
    double requestsPerConfirmed() const;
    double postsPerConfirmed() const;
    double peakOfferedRatio() const;            // all POSTs, per bin, over C
    double peakDemandRatio() const;             // first POSTs only
    double peakOfferedAfterSignalRatio() const; // all POSTs, bins after the first overload sign
    double peakRepeatAfterSignalRatio() const;  // repeat POSTs only, same bins
    // Repeat POSTs the server neither invited (a ready ticket) nor timed (a cohort slot): the
    // clients' own retries, same bins.
    double peakRetryAfterSignalRatio() const;
    double t99OverIdeal() const;      // -1 when 99 % were not reached
    double t99OverFluidIdeal() const; // -1 likewise

    // The most of loadAt(bin) in any bin from fromMs on, over C × binSeconds.
    double peakRatio(qint64 fromMs, const std::function<int(size_t)> &loadAt) const;
    // The first bin that starts after the first overload answer.
    qint64 firstBinAfterSignalMs() const;
};

} // namespace wristdoc
