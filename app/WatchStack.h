#pragma once

#include "EventLoopScheduler.h"
#include "SystemRandomSource.h"
#include "WatchHistoryStore.h"
#include "WatchSession.h"
#include "WatchTransport.h"

#include <memory>

namespace wristdoc {

class Clock;
class Database;

// The watch side of the composition root: one transport (QtBluetooth, or the simulated watch
// when there is no adapter or it was asked for), the cache sink, and the session driving them.
// The choice is made here and nowhere else.
class WatchStack {
public:
    enum class Choice { Automatic, Bluetooth, Simulated };

    WatchStack(Database &database, const Clock &clock, Choice choice);
    ~WatchStack();

    WatchSession &session() { return *m_session; }
    bool simulated() const { return m_simulated; }

    // True when the platform reports at least one Bluetooth adapter.
    static bool bluetoothAdapterPresent();

private:
    bool m_simulated = false;
    EventLoopScheduler m_scheduler;
    SystemRandomSource m_random;
    std::unique_ptr<WatchTransport> m_transport;
    std::unique_ptr<WatchHistoryStore> m_store;
    std::unique_ptr<WatchSession> m_session;
};

} // namespace wristdoc
