#include "LaunchSimulation.h"

#include "AttemptBook.h"
#include "BackoffPolicy.h"
#include "CircuitBreaker.h"
#include "EventWheel.h"
#include "Prefetch.h"
#include "RetryBudget.h"
#include "RetryPlanner.h"
#include "SeededRandomSource.h"
#include "ServerAnswerBook.h"
#include "VirtualClock.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <malloc.h>

#include <cmath>
#include <memory>
#include <optional>

namespace wristdoc {

namespace {

// Launch: 09:00 in Seoul on a Monday.
const qint64 kLaunchEpochMs =
    QDateTime(QDate(2026, 12, 7), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

enum EventKind : quint32 { Due, Answer, CommitAnswer, CommitSilent, Tick };
constexpr quint32 kServer = 0xffffffffu;

// The client-wide objects of one WristDoc installation, as the app builds them: one circuit
// breaker and one retry budget per client, and the outbox item's attempt book.
struct WristDocClient {
    WristDocClient(const Clock &clock, RandomSource &random)
        : breaker(clock, random)
        , budget(clock) {}
    AttemptBook book;
    CircuitBreaker breaker;
    RetryBudget budget;
};

class Run {
public:
    Run(const SimSettings &settings, ServerSetup setup, Strategy strategy, const Demand &demand)
        : m_settings(settings)
        , m_strategy(strategy)
        , m_demand(demand)
        , m_server(settings, setup, demand)
        , m_random(quint64(settings.seed) * 1000003ULL + quint64(strategy) * 7919ULL +
                   (setup.waitingRoom ? 3 : 0) + (setup.cohorts ? 5 : 0))
        , m_clock(kLaunchEpochMs)
        , m_policyRandom(settings.seed + quint32(strategy) * 101u)
        , m_answers(m_clock)
        , m_state(size_t(demand.size()))
        , m_timeoutMs(qint64(settings.client.timeoutSeconds * 1000))
        , m_horizonMs(qint64(settings.horizonSeconds * 1000))
        , m_binMs(qint64(settings.binSeconds) * 1000)
        , m_target(int(std::ceil(0.99 * demand.size()))) {
        m_result.strategy = strategy;
        m_result.setup = setup;
        m_result.clients = demand.size();
        m_result.capacityPerSecond = settings.server.capacityPerSecond;
        m_result.binSeconds = settings.binSeconds;
        m_result.horizonSeconds = settings.horizonSeconds;
        m_result.series.resize(size_t(m_horizonMs / m_binMs + 1));
        if (strategy == Strategy::WristDoc) {
            // Only WristDoc's clients read their answer from an event of its own.
            m_pending.resize(size_t(demand.size()));
            m_clients.resize(size_t(demand.size()));
        }
    }

    // Asks for an event's client state ahead of its turn, and nearer the turn for the
    // waiting-room ticket a baseline client echoes (a hint: no effect on the results).
    void lookAhead(const EventWheel::Event &event, EventWheel::LookAheadStage stage) const {
        if (event.client == kServer)
            return;
        if (stage == EventWheel::Near) {
            if (m_strategy != Strategy::WristDoc)
                m_server.prefetchTicket(m_state[event.client].ticket);
            return;
        }
        prefetchHint(&m_state[event.client]);
        m_server.prefetch(event.client);
        if (m_strategy != Strategy::WristDoc)
            return;
        prefetchHint(&m_pending[event.client]);
        const char *object = reinterpret_cast<const char *>(&m_clients[event.client]);
        for (size_t line = 0; line < sizeof(std::optional<WristDocClient>); line += 64)
            prefetchHint(object + line);
    }

    SimResult run() {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < m_demand.size(); ++i)
            m_wheel.add(m_demand.arrivalMs[size_t(i)], quint32(i), Due);
        m_wheel.add(0, kServer, Tick);
        m_wheel.run(
            m_horizonMs,
            [this](qint64 now, const EventWheel::Event &event) {
                ++m_result.events;
                handle(now, event);
            },
            [this](const EventWheel::Event &event, EventWheel::LookAheadStage stage) {
                lookAhead(event, stage);
            });
        finish();
        m_result.wallSeconds = timer.elapsed() / 1000.0;
        return m_result;
    }

private:
    enum Flag : quint8 { Arrived = 1, SentOnce = 2, Finished = 4, Confirmed = 8, SlotGiven = 16 };

    size_t bin(qint64 now) const { return size_t(qMin(now, m_horizonMs) / m_binMs); }

    void handle(qint64 now, const EventWheel::Event &event) {
        switch (event.kind) {
        case Tick:
            tick(now);
            return;
        case CommitAnswer:
            m_server.commit(event.client);
            if (m_strategy == Strategy::WristDoc)
                m_pending[event.client].reply = Reply::Created;
            m_wheel.add(now + roundTrip(), event.client, Answer);
            return;
        case CommitSilent:
            m_server.commit(event.client);
            return;
        case Due:
            if (m_strategy == Strategy::WristDoc)
                wristDocDue(now, event.client);
            else
                naiveDue(now, event.client);
            return;
        case Answer:
            if (m_strategy == Strategy::WristDoc)
                wristDocAnswer(now, event.client);
            else
                naiveAnswer(now, event.client);
            return;
        }
    }

    void tick(qint64 now) {
        m_server.tick(now);
        SimSeries &series = m_result.series;
        const size_t b = bin(now);
        series.waitingClients[b] = m_arrived - m_result.confirmed - m_result.lost;
        series.line[b] = m_server.waitingLine();
        series.inProgress[b] = qMax(series.inProgress[b], m_server.inProgress());
        if (m_result.confirmed + m_result.lost < m_demand.size())
            m_wheel.add(now + ServerModel::tickMs, kServer, Tick);
    }

    qint64 roundTrip() {
        return m_random.between(m_settings.client.minRoundTripMs, m_settings.client.maxRoundTripMs);
    }

    void arrive(quint32 client) {
        if (m_state[client].flags & Arrived)
            return;
        m_state[client].flags |= Arrived;
        ++m_arrived;
    }

    // Sends the request and schedules what comes back.
    void deliver(qint64 now, quint32 client, const Handling &handling) {
        switch (handling.kind) {
        case Handling::Answered:
            m_pending[client] = handling.data;
            m_wheel.add(now + roundTrip(), client, Answer);
            return;
        case Handling::Hung:
            m_pending[client] = ReplyData();
            m_wheel.add(now + m_timeoutMs, client, Answer);
            return;
        case Handling::Admitted: {
            const qint64 trip = roundTrip();
            if (handling.serviceMs + trip <= m_timeoutMs) {
                m_pending[client] = ReplyData();
                m_pending[client].reply = Reply::Created;
                m_wheel.add(now + handling.serviceMs, client, CommitAnswer);
            } else {
                // The client gives up first; the database still commits later.
                m_pending[client] = ReplyData();
                m_wheel.add(now + handling.serviceMs, client, CommitSilent);
                m_wheel.add(now + m_timeoutMs, client, Answer);
            }
            return;
        }
        }
    }

    void post(qint64 now, quint32 client, quint32 ticket) {
        countPost(now, client);
        const Handling handling = m_server.post(client, ticket, now);
        countInvited(now, handling);
        deliver(now, client, handling);
    }

    void countSlotPost(qint64 now) { ++m_result.series.slotPosts[bin(now)]; }

    void countInvited(qint64 now, const Handling &handling) {
        if (handling.invited)
            ++m_result.series.invitedPosts[bin(now)];
    }

    void countPost(qint64 now, quint32 client) {
        if (m_state[client].flags & SentOnce) {
            ++m_result.repeatPosts;
            ++m_result.series.repeatPosts[bin(now)];
        } else {
            m_state[client].flags |= SentOnce;
            ++m_result.firstPosts;
            ++m_result.series.firstPosts[bin(now)];
        }
    }

    void countPoll(qint64 now) {
        ++m_result.polls;
        ++m_result.series.polls[bin(now)];
    }

    void confirm(qint64 now, quint32 client) {
        if (m_state[client].flags & Finished)
            ++m_result.confirmedTwice; // a client told twice: a bug in this simulator
        m_state[client].flags |= Finished;
        if (!m_server.stored(client)) {
            ++m_result.lost; // the client believes a confirmation the server cannot back
            return;
        }
        m_state[client].flags |= Confirmed;
        ++m_result.confirmed;
        ++m_result.series.confirmed[bin(now)];
        if (m_result.confirmed == m_target && m_result.t99Ms < 0)
            m_result.t99Ms = now;
    }

    // --- the baselines: small rules, no policy objects --------------------------------------

    qint64 naiveDelayMs(quint32 client) {
        const ClientSettings &c = m_settings.client;
        switch (m_strategy) {
        case Strategy::Immediate:
            return 0;
        case Strategy::FixedInterval:
            return qint64(c.fixedIntervalSeconds * 1000);
        case Strategy::ExponentialNoJitter: {
            double delay = c.exponentialBaseSeconds;
            for (int i = 1; i < m_state[client].failures && delay < c.exponentialCapSeconds; ++i)
                delay *= 2;
            return qint64(qMin(delay, c.exponentialCapSeconds) * 1000);
        }
        case Strategy::WristDoc:
            break;
        }
        return 0;
    }

    // A baseline client does nothing between a request and its answer, so the answer is read
    // when the request is sent and only the next request (or the confirmation) is an event:
    // half the events, the same behaviour.
    void naiveDue(qint64 now, quint32 client) {
        arrive(client);
        if (m_state[client].flags & SlotGiven) {
            m_state[client].flags &= quint8(~SlotGiven);
            countSlotPost(now);
        }
        countPost(now, client);
        const Handling handling = m_server.post(client, m_state[client].ticket, now);
        countInvited(now, handling);
        const qint64 trip = roundTrip();
        switch (handling.kind) {
        case Handling::Hung:
            naiveFailed(now + m_timeoutMs, client);
            return;
        case Handling::Admitted:
            if (handling.serviceMs + trip <= m_timeoutMs) {
                m_wheel.add(now + handling.serviceMs, client, CommitAnswer);
            } else {
                m_wheel.add(now + handling.serviceMs, client, CommitSilent);
                naiveFailed(now + m_timeoutMs, client);
            }
            return;
        case Handling::Answered:
            break;
        }
        const ReplyData &reply = handling.data;
        switch (reply.reply) {
        case Reply::Created:
        case Reply::Replayed:
            m_wheel.add(now + trip, client, Answer);
            return;
        case Reply::NotCohortDay:
            // The app says "come back at 11:00", and everyone told so comes back at 11:00.
            m_state[client].flags |= SlotGiven;
            m_wheel.add(qMax(now + trip, reply.slotFromMs + m_random.between(0, 1000)), client,
                        Due);
            return;
        case Reply::WaitingRoom:
            m_state[client].ticket = reply.ticket; // echoed on the next POST; never polled
            break;
        default:
            break;
        }
        naiveFailed(now + trip, client);
    }

    // The failure is known at answeredAt; the next request follows the strategy's delay.
    void naiveFailed(qint64 answeredAt, quint32 client) {
        if (m_state[client].failures < 0xffff)
            ++m_state[client].failures;
        m_wheel.add(answeredAt + naiveDelayMs(client), client, Due);
    }

    // Only confirmations arrive as answers.
    void naiveAnswer(qint64 now, quint32 client) { confirm(now, client); }

    // --- WristDoc: the real app/sync policy -------------------------------------------------

    WristDocClient &wristDocClient(quint32 client) {
        std::optional<WristDocClient> &slot = m_clients[client];
        if (!slot) {
            slot.emplace(m_clock, m_policyRandom);
            ++m_activePolicies;
            m_result.peakActivePolicies = qMax(m_result.peakActivePolicies, m_activePolicies);
        }
        return *slot;
    }

    void releaseClient(quint32 client) {
        m_clients[client].reset(); // a delivered item keeps nothing
        --m_activePolicies;
    }

    void wristDocDue(qint64 now, quint32 client) {
        arrive(client);
        m_clock.setElapsedMs(now);
        WristDocClient &c = wristDocClient(client);
        RetryPlanner planner(m_clock, m_policyRandom, c.breaker, c.budget, m_policy);
        const Admission admission = planner.admit(&c.book);
        if (!admission.allowed) {
            if (c.book.nextStep() == NextStep::Done)
                return;
            ++m_result.holds;
            m_wheel.add(m_clock.toElapsedMs(admission.retryAtUtc), client, Due);
            return;
        }
        switch (c.book.nextStep()) {
        case NextStep::SendInSlot:
            countSlotPost(now);
            post(now, client, 0);
            return;
        case NextStep::Send:
            post(now, client, 0);
            return;
        case NextStep::SendWithTicket:
            post(now, client, ServerAnswerBook::ticketId(c.book.ticket()));
            return;
        case NextStep::PollWaitingRoom:
            countPoll(now);
            deliver(now, client,
                    m_server.pollTicket(ServerAnswerBook::ticketId(c.book.ticket()), now));
            return;
        case NextStep::PollEnrolment:
            countPoll(now);
            deliver(now, client, m_server.enrolmentStatus(client, now));
            return;
        case NextStep::Done:
            return;
        }
    }

    void wristDocAnswer(qint64 now, quint32 client) {
        m_clock.setElapsedMs(now);
        WristDocClient &c = wristDocClient(client);
        RetryPlanner planner(m_clock, m_policyRandom, c.breaker, c.budget, m_policy);
        const RetryPlan plan = planner.afterAnswer(m_answers.answerFor(m_pending[client]), &c.book);
        if (plan.step != NextStep::Done) {
            m_wheel.add(m_clock.toElapsedMs(plan.notBeforeUtc), client, Due);
            return;
        }
        if (plan.state == DeliveryState::Confirmed) {
            confirm(now, client);
        } else {
            m_state[client].flags |= Finished;
            ++m_result.lost; // refused for good: nobody in this crowd should be
        }
        releaseClient(client);
    }

    void finish() {
        m_result.hung = m_server.hung();
        m_result.duplicates = m_server.duplicates();
        m_result.overloadSignalMs = m_server.overloadSignalMs();
        // Client by client, not by subtraction: whoever is neither confirmed nor finished is
        // still in its outbox, or had not arrived when the day ended.
        int confirmed = 0;
        int lost = 0;
        for (const ClientState &state : m_state) {
            if (!(state.flags & Arrived))
                ++m_result.notArrived;
            else if (state.flags & Confirmed)
                ++confirmed;
            else if (state.flags & Finished)
                ++lost;
            else
                ++m_result.unfinished;
        }
        if (confirmed != m_result.confirmed || lost != m_result.lost)
            ++m_result.confirmedTwice; // the running counts disagree with the clients'
        m_result.arrivedAfterHorizon = 0;
        for (const qint64 at : m_demand.arrivalMs) {
            if (at > m_horizonMs)
                ++m_result.arrivedAfterHorizon;
        }
        m_result.idealSeconds = m_settings.idealSeconds();
        m_result.fluidIdealSeconds =
            m_demand.fluidIdealSeconds(m_settings.server.capacityPerSecond, 0.99);
    }

    const SimSettings &m_settings;
    Strategy m_strategy;
    const Demand &m_demand;
    ServerModel m_server;
    SimRandom m_random;
    VirtualClock m_clock;
    SeededRandomSource m_policyRandom;
    BackoffPolicy m_policy;
    ServerAnswerBook m_answers;
    EventWheel m_wheel;
    std::vector<ReplyData> m_pending;
    // Per client, packed together: one cache line fetch per event.
    struct ClientState {
        quint32 ticket = 0; // baselines: the last waiting-room ticket, echoed
        quint16 failures = 0;
        quint8 flags = 0;
    };
    std::vector<ClientState> m_state;
    // In place, by client: the event's client is found without following a pointer, and its
    // state can be asked for ahead (lookAhead). Emptied once the item is delivered.
    std::vector<std::optional<WristDocClient>> m_clients;
    int m_activePolicies = 0;
    int m_arrived = 0;
    qint64 m_timeoutMs;
    qint64 m_horizonMs;
    qint64 m_binMs;
    int m_target;
    SimResult m_result;
};

} // namespace

LaunchSimulation::LaunchSimulation(const SimSettings &settings, ServerSetup setup,
                                   Strategy strategy, const Demand &demand)
    : m_settings(settings)
    , m_setup(setup)
    , m_strategy(strategy)
    , m_demand(demand) {}

SimResult LaunchSimulation::run() {
    Run run(m_settings, m_setup, m_strategy, m_demand);
    return run.run();
}

double LaunchSimulation::policyBytesPerClient() {
    constexpr int kBatch = 10000;
    VirtualClock clock(kLaunchEpochMs);
    SeededRandomSource random(1);
    const size_t before = mallinfo2().uordblks;
    std::vector<std::unique_ptr<WristDocClient>> batch;
    batch.reserve(kBatch);
    const size_t reserved = mallinfo2().uordblks;
    for (int i = 0; i < kBatch; ++i)
        batch.push_back(std::make_unique<WristDocClient>(clock, random));
    const size_t after = mallinfo2().uordblks;
    Q_UNUSED(before);
    return double(after - reserved) / kBatch;
}

} // namespace wristdoc
