#include "WatchStack.h"

#include "QtBluetoothTransport.h"
#include "SimulatedWatch.h"
#include "SimulatedWatchTransport.h"

#include <QBluetoothLocalDevice>

namespace wristdoc {

namespace {

// Three watches at a counter, a week of history each, so staff can practise picking the right
// one by its short code.
std::unique_ptr<WatchTransport> simulatedCounter(const Clock &clock, TaskScheduler &scheduler) {
    auto transport = std::make_unique<SimulatedWatchTransport>(clock, scheduler);
    const QDateTime now = clock.nowUtc();
    for (quint32 seed : {9901u, 9902u, 9903u})
        transport->addWatch(SimulatedWatch::generate(seed, 7 * 24 * 60, now));
    return transport;
}

} // namespace

WatchStack::WatchStack(Database &database, const Clock &clock, Choice choice) {
    m_simulated =
        choice == Choice::Simulated || (choice == Choice::Automatic && !bluetoothAdapterPresent());
    if (m_simulated)
        m_transport = simulatedCounter(clock, m_scheduler);
    else
        m_transport = std::make_unique<QtBluetoothTransport>(clock);
    // History from the simulated watch is demo data: "remove demo data" clears it too.
    WatchHistoryStore::Options storeOptions;
    storeOptions.demo = m_simulated;
    m_store = std::make_unique<WatchHistoryStore>(database, clock, storeOptions);
    m_session =
        std::make_unique<WatchSession>(*m_transport, *m_store, clock, m_scheduler, m_random);
}

WatchStack::~WatchStack() {
    // The session talks to the transport while tearing down; it goes first.
    m_session.reset();
}

bool WatchStack::bluetoothAdapterPresent() {
    return !QBluetoothLocalDevice::allDevices().isEmpty();
}

} // namespace wristdoc
