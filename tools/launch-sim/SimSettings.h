#pragma once

#include <QString>
#include <QtGlobal>

namespace wristdoc {

// How a simulated client retries. The first three are the baselines a city may be offered; the
// last runs WristDoc's own app/sync code.
enum class Strategy { Immediate, FixedInterval, ExponentialNoJitter, WristDoc };

QString strategyCode(Strategy strategy);  // "immediate", "fixed", "exponential", "wristdoc"
QString strategyTitle(Strategy strategy); // "Immediate retry", ...

// The launch morning's crowd. Times are seconds after the launch (09:00 in Seoul).
struct Population {
    int existing = 330000;                  // participants of the old programme, re-registering
    double existingMeanSeconds = 1800;      // they arrive from the launch, exponentially, this mean
    int newcomers = 50000;                  // new applicants, including the first-come drive
    double newcomersSpanSeconds = 3 * 3600; // those outside the drive: uniform over this span
    int drivePlaces = 20000;         // the first-come drive: applicants who come when it opens
    double driveOpensSeconds = 3600; // 10:00
    double driveMeanSeconds = 120;   // how fast they pile in after it opens

    int total() const { return existing + newcomers; }
    Population scaledTo(int totalClients) const;
};

// The programme server as the launch day met it.
struct ServerSettings {
    double capacityPerSecond = 40;    // C: enrolments per second the database can take
    int overloadThreshold = 20;       // T: concurrent enrolments above which service time grows
    int admissionLimit = 80;          // concurrent enrolments admitted without a waiting room
    double postCostShare = 1.0 / 25;  // a POST turned away still costs a key look-up: 1/25 of one
    double frontDoorPerSecond = 2000; // requests per second answered at all; the rest hang
    int retryAfterSeconds = 5;        // the bare 503's Retry-After without a waiting room
    double roomPaceShare = 0.9;       // the room lets people in at this share of C
    int roomPlaces = 80;              // turns given and not yet finished, at most (reservations)
    int ticketTtlSeconds = 900;       // a waiting ticket not seen for this long is dropped
    int readyTtlSeconds = 120;        // a turn not used for this long is given up (its place freed)
    int maxRefreshSeconds = 600;
    int cohortCount = 8;           // slots the day is cut into when cohorts are on
    double cohortCompliance = 0.8; // share of citizens who come in their own slot
    double cohortLoadShare = 0.9;  // slots are sized for this share of capacity

    double serviceSeconds() const { return overloadThreshold / capacityPerSecond; }
};

struct ServerSetup {
    bool waitingRoom = false;
    bool cohorts = false;
    QString code() const; // "plain", "room", "cohorts", "room+cohorts"
};

struct ClientSettings {
    double timeoutSeconds = 60; // a request without an answer by then has failed
    double fixedIntervalSeconds = 10;
    double exponentialBaseSeconds = 1;
    double exponentialCapSeconds = 300;
    int minRoundTripMs = 50; // network round trip, uniform in [min, max]
    int maxRoundTripMs = 250;
};

struct SimSettings {
    Population population;
    ServerSettings server;
    ClientSettings client;
    double horizonSeconds = 6 * 3600; // the simulated day ends at 15:00
    int binSeconds = 60;
    quint32 seed = 1;

    double idealSeconds() const { return population.total() / server.capacityPerSecond; }
    // A smaller day of the same shape: fewer people, and the morning compressed by the same
    // factor so that the crowd still outnumbers the capacity as much (ideal N / C unchanged
    // relative to the arrivals). Client timeouts and retry delays stay as they are.
    SimSettings scaledTo(int totalClients) const;
};

} // namespace wristdoc
