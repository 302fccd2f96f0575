#pragma once

#include <QtGlobal>

#include <array>
#include <queue>
#include <vector>

namespace wristdoc {

// The simulator's agenda: a hierarchical timing wheel. Level 0 has one slot per millisecond of
// the current 256 ms block; level 1 one bucket per 256 ms of the current 65.5 s; level 2 one per
// 65.5 s of the current 4.7 h; level 3 one per 4.7 h of the current 49.7 days; a heap beyond.
// An event goes to the lowest level whose current block holds its time, and a bucket is moved
// one level down when the cursor enters its block. Every level has only 256 buckets, so the ends
// being appended to stay in the cache: a random-access wheel of 65,536 slots made each of the
// hundreds of millions of events a cache miss.
//
// Events of one millisecond run in the order they were added, so a run is the same for the same
// seed: a bucket moves down before anything can be added directly to its block, and moves keep
// the order.
class EventWheel {
public:
    struct Event {
        quint32 client;
        quint32 kind;
    };

    EventWheel() = default;
    EventWheel(const EventWheel &) = delete;
    EventWheel &operator=(const EventWheel &) = delete;
    ~EventWheel() {
        for (Bucket &bucket : m_near)
            release(bucket);
        for (auto &level : m_far) {
            for (Bucket &bucket : level)
                release(bucket);
        }
        while (m_free) {
            Block *next = m_free->next;
            delete m_free;
            m_free = next;
        }
    }

    qint64 nowMs() const { return m_cursor; }

    void add(qint64 atMs, quint32 client, quint32 kind) {
        if (atMs < m_cursor)
            atMs = m_cursor;
        ++m_pending;
        const Timed timed{atMs, {client, kind}};
        const quint64 at = quint64(atMs);
        const quint64 now = quint64(m_cursor);
        if ((at >> kBits) == (now >> kBits)) {
            push(m_near[at & kMask], timed);
            return;
        }
        for (int level = 0; level < kFarLevels; ++level) {
            const int shift = kBits * (level + 2);
            if ((at >> shift) == (now >> shift)) {
                push(m_far[size_t(level)][(at >> (shift - kBits)) & kMask], timed);
                return;
            }
        }
        m_beyond.push({atMs, m_sequence++, timed.event});
    }

    bool empty() const { return m_pending == 0; }

    // Runs every event up to and including untilMs, in time order; handler(atMs, event).
    template <typename Handler> void run(qint64 untilMs, Handler &&handler) {
        run(untilMs, handler, [](const Event &, LookAheadStage) {});
    }

    // The same, and lookAhead(event, Far) is called for the events kFarAheadMs later when a
    // millisecond starts, lookAhead(event, Near) for those kNearAheadMs later, so that the
    // simulation can ask the memory for those clients' state in advance, and then for what that
    // state points to: with hundreds of thousands of clients, each event would otherwise wait
    // for a few cache misses. Only a hint: what it does must not change the results.
    enum LookAheadStage { Far, Near };
    template <typename Handler, typename LookAhead>
    void run(qint64 untilMs, Handler &&handler, LookAhead &&lookAhead) {
        constexpr qint64 kFarAheadMs = 3;
        constexpr qint64 kNearAheadMs = 1;
        while (m_cursor <= untilMs && m_pending > 0) {
            lookAheadAt(m_cursor + kFarAheadMs, Far, lookAhead);
            lookAheadAt(m_cursor + kNearAheadMs, Near, lookAhead);
            Bucket &slot = m_near[size_t(m_cursor) & kMask];
            // Handlers may add to this very slot (zero delay): counts and links are read afresh.
            for (const Block *block = slot.head; block; block = block->next) {
                for (int i = 0; i < block->count; ++i) {
                    const Event event = block->entries[i].event;
                    --m_pending;
                    handler(m_cursor, event);
                }
            }
            release(slot);
            ++m_cursor;
            if ((m_cursor & qint64(kMask)) == 0)
                cascade();
        }
    }

private:
    template <typename LookAhead>
    void lookAheadAt(qint64 ahead, LookAheadStage stage, LookAhead &lookAhead) const {
        if ((ahead >> kBits) != (m_cursor >> kBits))
            return; // not in the near wheel yet
        for (const Block *block = m_near[size_t(ahead) & kMask].head; block; block = block->next) {
            for (int i = 0; i < block->count; ++i)
                lookAhead(block->entries[i].event, stage);
        }
    }

    static constexpr int kBits = 8;
    static constexpr quint64 kMask = (quint64(1) << kBits) - 1;
    static constexpr int kFarLevels = 3;
    static constexpr int kBlockEntries = 126; // a block is 2 kB

    struct Timed {
        qint64 atMs;
        Event event;
    };
    // Buckets are chains of fixed-size blocks, recycled through a free list: memory follows the
    // events pending (16 bytes each) and is reused, where growing vectors left their old
    // buffers behind at every doubling.
    struct Block {
        Block *next = nullptr;
        int count = 0;
        Timed entries[kBlockEntries];
    };
    struct Bucket {
        Block *head = nullptr;
        Block *tail = nullptr;
    };
    struct Later {
        qint64 atMs;
        quint64 sequence;
        Event event;
        bool operator>(const Later &other) const {
            return atMs != other.atMs ? atMs > other.atMs : sequence > other.sequence;
        }
    };

    void push(Bucket &bucket, const Timed &timed) {
        if (!bucket.tail || bucket.tail->count == kBlockEntries) {
            Block *block = m_free;
            if (block)
                m_free = block->next;
            else
                block = new Block;
            block->next = nullptr;
            block->count = 0;
            if (bucket.tail)
                bucket.tail->next = block;
            else
                bucket.head = block;
            bucket.tail = block;
        }
        bucket.tail->entries[bucket.tail->count++] = timed;
    }

    void release(Bucket &bucket) {
        if (!bucket.head)
            return;
        bucket.tail->next = m_free;
        m_free = bucket.head;
        bucket.head = bucket.tail = nullptr;
    }

    // Moves a bucket's events one level down (to the level whose buckets are 2^shift ms wide),
    // in order, and recycles its blocks.
    void spread(Bucket &bucket, std::array<Bucket, kMask + 1> &into, int shift) {
        for (const Block *block = bucket.head; block; block = block->next) {
            for (int i = 0; i < block->count; ++i) {
                const Timed &timed = block->entries[i];
                push(into[(quint64(timed.atMs) >> shift) & kMask], timed);
            }
        }
        release(bucket);
    }

    // The cursor has entered a new 256 ms block: bring its events down, the highest level first
    // so that what was added earlier stays ahead.
    void cascade() {
        const quint64 now = quint64(m_cursor);
        int top = 0; // the highest far level whose bucket starts here
        while (top + 1 < kFarLevels && (now & ((quint64(1) << (kBits * (top + 2))) - 1)) == 0)
            ++top;
        if (top == kFarLevels - 1 &&
            (now & ((quint64(1) << (kBits * (kFarLevels + 1))) - 1)) == 0) {
            const int shift = kBits * (kFarLevels + 1);
            while (!m_beyond.empty() && (quint64(m_beyond.top().atMs) >> shift) == (now >> shift)) {
                const Later &later = m_beyond.top();
                push(m_far[kFarLevels - 1][(quint64(later.atMs) >> (shift - kBits)) & kMask],
                     {later.atMs, later.event});
                m_beyond.pop();
            }
        }
        for (int level = top; level >= 1; --level) {
            const int shift = kBits * (level + 1);
            spread(m_far[size_t(level)][(now >> shift) & kMask], m_far[size_t(level) - 1],
                   shift - kBits);
        }
        spread(m_far[0][(now >> kBits) & kMask], m_near, 0);
    }

    std::array<Bucket, kMask + 1> m_near;
    std::array<std::array<Bucket, kMask + 1>, kFarLevels> m_far;
    std::priority_queue<Later, std::vector<Later>, std::greater<Later>> m_beyond;
    Block *m_free = nullptr;
    qint64 m_cursor = 0;
    qint64 m_pending = 0;
    quint64 m_sequence = 0;
};

} // namespace wristdoc
