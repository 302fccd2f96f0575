#include "Demand.h"
#include "EventWheel.h"
#include "LaunchSimulation.h"
#include "ServerAnswerBook.h"

#include <QLoggingCategory>

#include <gtest/gtest.h>

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
        // Every POST after the first overload answer that is not a citizen's first.
        EXPECT_LE(result.peakRepeatAfterSignalRatio(), 1.1);
        EXPECT_GT(result.t99Ms, 0);
    }
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
