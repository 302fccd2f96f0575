#pragma once

#include <QtGlobal>

#include <queue>
#include <vector>

namespace wristdoc {

// The simulator's agenda: a timing wheel with one slot per millisecond for the next 65 seconds,
// a second wheel with one bucket per second for the next 18 hours, and a heap beyond. Events of
// one millisecond run in the order they were added, so a run is the same for the same seed.
// Hundreds of millions of events pass through it, which is why it is not a priority queue.
class EventWheel {
public:
    struct Event {
        quint32 client;
        quint32 kind;
    };

    EventWheel()
        : m_slots(kSlots)
        , m_seconds(kSeconds) {}

    qint64 nowMs() const { return m_cursor; }

    void add(qint64 atMs, quint32 client, quint32 kind) {
        if (atMs < m_cursor)
            atMs = m_cursor;
        ++m_pending;
        // Everything before m_drainedMs is in the millisecond wheel, everything after in the
        // second wheel or the heap: a millisecond's events keep the order they were added in.
        if (atMs < m_drainedMs) {
            m_slots[size_t(atMs & kMask)].push_back({client, kind});
        } else if (atMs / 1000 < m_drainedMs / 1000 + kSeconds) {
            m_seconds[size_t((atMs / 1000) % kSeconds)].push_back({atMs, 0, {client, kind}});
        } else {
            m_later.push({atMs, m_sequence++, {client, kind}});
        }
    }

    bool empty() const { return m_pending == 0; }

    // Runs every event up to and including untilMs, in time order; handler(atMs, event).
    template <typename Handler> void run(qint64 untilMs, Handler &&handler) {
        while (m_cursor <= untilMs && m_pending > 0) {
            drain();
            std::vector<Event> &slot = m_slots[size_t(m_cursor & kMask)];
            // Handlers may add to this very slot (zero delay); index, not iterators.
            for (size_t i = 0; i < slot.size(); ++i) {
                const Event event = slot[i];
                --m_pending;
                handler(m_cursor, event);
            }
            slot.clear();
            ++m_cursor;
        }
    }

private:
    static constexpr qint64 kSlots = qint64(1) << 16; // ms
    static constexpr qint64 kMask = kSlots - 1;
    static constexpr qint64 kSeconds = qint64(1) << 16;

    struct Later {
        qint64 atMs;
        quint64 sequence;
        Event event;
        bool operator>(const Later &other) const {
            return atMs != other.atMs ? atMs > other.atMs : sequence > other.sequence;
        }
    };

    // Moves whole seconds into the millisecond wheel as soon as it can hold them.
    void drain() {
        while (m_drainedMs + 1000 <= m_cursor + kSlots) {
            const qint64 second = m_drainedMs / 1000;
            // The heap first: its events were added before any second-wheel event of this second.
            while (!m_later.empty() && m_later.top().atMs < (second + 1) * 1000) {
                const Later &later = m_later.top();
                m_slots[size_t(later.atMs & kMask)].push_back(later.event);
                m_later.pop();
            }
            std::vector<Later> &bucket = m_seconds[size_t(second % kSeconds)];
            for (const Later &later : bucket)
                m_slots[size_t(later.atMs & kMask)].push_back(later.event);
            std::vector<Later>().swap(bucket); // used once a run: give the memory back

            m_drainedMs += 1000;
        }
    }

    std::vector<std::vector<Event>> m_slots;
    std::vector<std::vector<Later>> m_seconds;
    std::priority_queue<Later, std::vector<Later>, std::greater<Later>> m_later;
    qint64 m_cursor = 0;
    qint64 m_drainedMs = 0;
    qint64 m_pending = 0;
    quint64 m_sequence = 0;
};

} // namespace wristdoc
