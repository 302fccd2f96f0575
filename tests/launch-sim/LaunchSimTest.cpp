#include "Demand.h"
#include "EventWheel.h"
#include "LaunchSimulation.h"
#include "ServerAnswerBook.h"
#include "ServerModel.h"

#include <QLoggingCategory>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

using namespace wristdoc;

namespace {

constexpr int kClients = 5000;

SimSettings scaledDay(quint32 seed = 7) {
    SimSettings settings;
    settings.seed = seed;
    return settings.scaledTo(kClients);
}

SimResult simulate(const SimSettings &settings, ServerSetup setup, Strategy strategy) {
    const Demand demand = Demand::generate(settings, setup.cohorts);
    LaunchSimulation simulation(settings, setup, strategy, demand);
    return simulation.run();
}

// Repeat POSTs other than the sends in a cohort slot, per bin after the first overload answer,
// over C.
double peakUnscheduledRepeatRatio(const SimResult &result) {
    const SimSeries &s = result.series;
    return result.peakRatio(result.firstBinAfterSignalMs(),
                            [&s](size_t i) { return s.repeatPosts[i] - s.slotPosts[i]; });
}

// A waiting-room server at C = 40, T = 20 with a crowd of `clients` who all hold tickets.
struct RoomAtCapacity {
    SimSettings settings;
    Demand demand;
    std::vector<quint32> tickets;

    explicit RoomAtCapacity(int clients, int places) {
        settings = SimSettings().scaledTo(clients);
        settings.server.roomPlaces = places;
        demand = Demand::generate(settings, false);
    }
};

class LaunchSimTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        QLoggingCategory::setFilterRules(QStringLiteral("wristdoc.sync=false"));
    }
};

} // namespace

TEST_F(LaunchSimTest, EventsOfOneMillisecondRunInTheOrderAdded) {
    EventWheel wheel;
    wheel.add(70000, 3, 0); // beyond the wheel: kept apart until its time nears
    wheel.add(5, 1, 0);
    wheel.add(5, 2, 0);
    wheel.add(2, 9, 0);
    std::vector<std::pair<qint64, quint32>> seen;
    wheel.run(100000, [&](qint64 at, const EventWheel::Event &event) {
        seen.emplace_back(at, event.client);
        if (event.client == 9)
            wheel.add(at, 10, 0); // zero delay: still this millisecond, after the others
    });
    const std::vector<std::pair<qint64, quint32>> expected = {
        {2, 9}, {2, 10}, {5, 1}, {5, 2}, {70000, 3}};
    EXPECT_EQ(seen, expected);
    EXPECT_TRUE(wheel.empty());
}

TEST_F(LaunchSimTest, FluidIdealOfACrowdArrivingAtOnceIsNOverC) {
    Demand demand;
    demand.arrivalMs.assign(1000, 0);
    demand.cohort.assign(1000, 0);
    EXPECT_NEAR(demand.fluidIdealSeconds(10, 1.0), 100.0, 1e-9);
    EXPECT_NEAR(demand.fluidIdealSeconds(10, 0.99), 99.0, 1e-9);
}

TEST_F(LaunchSimTest, TheClassifierReadsEveryServerReplyAsTheApiSays) {
    VirtualClock clock(0);
    const ServerAnswerBook book(clock);
    EXPECT_TRUE(book.disagreements().isEmpty()) << qPrintable(book.disagreements());
}

TEST_F(LaunchSimTest, TicketNamesReadBackAsTheirNumbers) {
    for (const quint32 id : {1u, 9u, 10u, 123456u, 4294967295u})
        EXPECT_EQ(ServerAnswerBook::ticketId(ServerAnswerBook::ticketName(id)), id);
    for (const char *name : {"", "T-", "X-12", "T-12a", "T-4294967296", "T12"})
        EXPECT_EQ(ServerAnswerBook::ticketId(QString::fromLatin1(name)), 0u) << name;
}

TEST_F(LaunchSimTest, ScaledDayNeverDuplicatesNorLosesAnEnrolment) {
    const SimSettings settings = scaledDay();
    for (const ServerSetup setup : {ServerSetup{false, false}, ServerSetup{true, true}}) {
        for (const Strategy strategy : {Strategy::Immediate, Strategy::FixedInterval,
                                        Strategy::ExponentialNoJitter, Strategy::WristDoc}) {
            const SimResult result = simulate(settings, setup, strategy);
            SCOPED_TRACE(qPrintable(strategyCode(strategy) + QLatin1Char(' ') + setup.code()));
            EXPECT_EQ(result.clients, kClients);
            EXPECT_EQ(result.duplicates, 0u);
            EXPECT_EQ(result.lost, 0);
            EXPECT_EQ(result.confirmedTwice, 0);
            // Counted client by client: everyone is confirmed, still in the outbox, or arrives
            // after the day.
            EXPECT_EQ(result.confirmed + result.unfinished + result.notArrived, kClients);
            EXPECT_EQ(result.notArrived, result.arrivedAfterHorizon);
            EXPECT_GT(result.firstPosts, 0u);
        }
    }
}

TEST_F(LaunchSimTest, WristDocConfirmsEveryoneAndKeepsRepeatsWithinCapacityOnceTold) {
    const SimSettings settings = scaledDay();
    for (const ServerSetup setup : {ServerSetup{true, false}, ServerSetup{true, true}}) {
        const SimResult result = simulate(settings, setup, Strategy::WristDoc);
        SCOPED_TRACE(qPrintable(setup.code()));
        EXPECT_EQ(result.confirmed, kClients);
        ASSERT_GE(result.overloadSignalMs, 0) << "the crowd must overload the server";
        // Once told, WristDoc sends nothing on its own: every POST after a citizen's first is
        // a ready ticket presented or a send in the cohort slot the server gave.
        EXPECT_LE(result.peakRetryAfterSignalRatio(), 0.1);
        // What reaches the database beyond the citizens' first POSTs and their slot sends stays
        // within 1.1 C in every bin; with the waiting room alone that is every repeat.
        EXPECT_LE(peakUnscheduledRepeatRatio(result), 1.1);
        if (!setup.cohorts) {
            EXPECT_LE(result.peakRepeatAfterSignalRatio(), 1.1);
        }
        // The room moves at its pace: 99 % within 1.25 times N / C even on this small day.
        EXPECT_GT(result.t99Ms, 0);
        EXPECT_LE(result.t99OverIdeal(), 1.25);
    }
}

TEST_F(LaunchSimTest, TurnsStopWhenEveryPlaceOfTheRoomIsTakenOrReserved) {
    RoomAtCapacity room(100, 30);
    ServerModel server(room.settings, ServerSetup{true, false}, room.demand);
    for (quint32 client = 0; client < 100; ++client) {
        const Handling handling = server.post(client, 0, 0);
        ASSERT_EQ(handling.data.reply, Reply::WaitingRoom); // no token yet at the first moment
        room.tickets.push_back(handling.data.ticket);
    }
    // Ten seconds of turns at 0.9 C would be 360; nobody comes, so only the 30 places go.
    for (qint64 now = 0; now <= 10000; now += ServerModel::tickMs)
        server.tick(now);
    int ready = 0;
    for (const quint32 ticket : room.tickets)
        ready += server.pollTicket(ticket, 10000).data.reply == Reply::TicketReady ? 1 : 0;
    EXPECT_EQ(ready, 30);
    EXPECT_EQ(server.waitingLine(), 70);
}

TEST_F(LaunchSimTest, TheRoomHandsTheDatabaseAtMostTEnrolmentsAtATime) {
    RoomAtCapacity room(100, 30);
    ServerModel server(room.settings, ServerSetup{true, false}, room.demand);
    for (quint32 client = 0; client < 100; ++client)
        room.tickets.push_back(server.post(client, 0, 0).data.ticket);
    for (qint64 now = 0; now <= 10000; now += ServerModel::tickMs)
        server.tick(now);
    // All 30 holders come at the same moment, the next second (no POST in the second before).
    std::vector<qint64> serviceMs;
    for (quint32 client = 0; client < 100; ++client) {
        const Handling handling = server.post(client, room.tickets[client], 12000);
        if (handling.kind == Handling::Admitted) {
            EXPECT_TRUE(handling.invited);
            serviceMs.push_back(handling.serviceMs);
        }
    }
    ASSERT_EQ(serviceMs.size(), 30u);
    EXPECT_EQ(server.inProgress(), 30);
    // T = 20 connections at 0.5 s each: twenty finish after 0.5 s, the ten who waited for a
    // connection after 1 s; none is slowed by contention.
    std::sort(serviceMs.begin(), serviceMs.end());
    const qint64 service = qint64(room.settings.server.serviceSeconds() * 1000);
    EXPECT_EQ(std::count(serviceMs.begin(), serviceMs.end(), service), 20);
    EXPECT_EQ(std::count(serviceMs.begin(), serviceMs.end(), 2 * service), 10);
}

TEST_F(LaunchSimTest, AnUnusedTurnGivesItsPlaceBackWhenItExpires) {
    RoomAtCapacity room(40, 10);
    ServerModel server(room.settings, ServerSetup{true, false}, room.demand);
    for (quint32 client = 0; client < 40; ++client)
        room.tickets.push_back(server.post(client, 0, 0).data.ticket);
    const qint64 ttlMs = qint64(room.settings.server.readyTtlSeconds) * 1000;
    // The waiting ones keep polling; the ten with a turn never come back.
    for (qint64 now = 0; now <= ttlMs + 2000; now += ServerModel::tickMs) {
        server.tick(now);
        if (now % 30000 == 0) {
            for (const quint32 ticket : room.tickets)
                server.pollTicket(ticket, now);
        }
    }
    int ready = 0;
    for (const quint32 ticket : room.tickets)
        ready += server.pollTicket(ticket, ttlMs + 2000).data.reply == Reply::TicketReady ? 1 : 0;
    EXPECT_EQ(ready, 10); // the next ten
    EXPECT_EQ(server.waitingLine(), 20);
    // The first ten turns expired: presenting one now makes its holder a newcomer again.
    EXPECT_EQ(server.post(0, room.tickets[0], ttlMs + 2000).data.reply, Reply::WaitingRoom);
}

TEST_F(LaunchSimTest, CitizensArrivingAfterTheDayAreCountedApart) {
    // A day cut short: part of the crowd has not arrived; they are neither confirmed nor
    // unfinished, and each client is counted once.
    SimSettings settings = scaledDay();
    settings.horizonSeconds = 60;
    const SimResult result = simulate(settings, ServerSetup{true, false}, Strategy::WristDoc);
    EXPECT_GT(result.notArrived, 0);
    EXPECT_EQ(result.notArrived, result.arrivedAfterHorizon);
    EXPECT_EQ(result.confirmedTwice, 0);
    EXPECT_EQ(result.lost, 0);
    EXPECT_EQ(result.confirmed + result.unfinished + result.notArrived, kClients);
}

TEST_F(LaunchSimTest, TheImmediateRetryStormIsVisible) {
    // The same measure must be able to fail: the baseline multiplies the load many times over.
    const SimResult result = simulate(scaledDay(), ServerSetup{false, false}, Strategy::Immediate);
    EXPECT_GT(result.peakRepeatAfterSignalRatio(), 5.0);
}

TEST_F(LaunchSimTest, TheSameSeedGivesTheSameDay) {
    const SimSettings settings = scaledDay(11);
    const SimResult first = simulate(settings, ServerSetup{true, true}, Strategy::WristDoc);
    const SimResult second = simulate(settings, ServerSetup{true, true}, Strategy::WristDoc);
    EXPECT_EQ(first.events, second.events);
    EXPECT_EQ(first.t99Ms, second.t99Ms);
    EXPECT_EQ(first.series.repeatPosts, second.series.repeatPosts);
    EXPECT_EQ(first.series.polls, second.series.polls);

    const SimResult other = simulate(scaledDay(12), ServerSetup{true, true}, Strategy::WristDoc);
    EXPECT_NE(first.series.polls, other.series.polls);
}
