#pragma once

#include "ActivityRecord.h"
#include "HistoryBatchEnd.h"
#include "MinuteSample.h"

#include <QVector>

#include <map>
#include <optional>

namespace wristdoc {

// The bookkeeping of one history sync, apart from any transport or storage: which records have
// arrived, which of them form an unbroken run that may be committed, and what to do at an end
// marker. Duplicated notifications are dropped, out-of-order records wait for the gap before them
// to fill, and the position to commit never passes a record that has not arrived, so a record is
// never stored twice and never skipped.
class HistoryDownload {
public:
    enum class RecordProblem {
        TooManySteps,        // more than kMaxStepsPerMinute
        HeartRateOutOfRange, // a reading outside kMinHeartRate..kMaxHeartRate
        InTheFuture,         // a minute after the latest plausible one
    };
    struct Refusal {
        quint32 sequence = 0;
        RecordProblem problem = RecordProblem::TooManySteps;
    };

    enum class EndAction {
        Finished,       // every record up to the watch's last sequence is handled
        RequestAgain,   // records went missing (a corrupt or lost packet): request from
                        // nextSequence() again
        HistoryChanged, // the watch was reset meanwhile: read its status again
        Stopped,        // the watch aborted the batch by itself: resume at the next sync
    };

    // A new sync of historyId from fromSequence (>= 1). positionStored says whether the cache
    // already holds (historyId, fromSequence - 1); if not, the first commit stores it even
    // without samples. Records stamped after latestMinuteUtcSecs are refused as in the future.
    void start(quint32 historyId, quint32 fromSequence, bool positionStored,
               qint64 latestMinuteUtcSecs);
    // A Request From is about to go out (from nextSequence()).
    void startBatch();

    quint32 historyId() const { return m_historyId; }
    // The first sequence not yet handled; the next request starts here.
    quint32 nextSequence() const { return m_next; }
    quint32 committedThrough() const { return m_committedThrough; }
    bool batchActive() const { return m_batchActive; }

    // The records of one packet, in whatever order and however often they come. Records refused
    // as implausible are appended to refused when their turn comes (once each).
    void addRecords(const QVector<ActivityRecord> &records, QVector<Refusal> *refused);
    // A packet of this batch could not be decoded: its records are missing.
    void noteCorruptPacket();

    // Handled, uncommitted records of the unbroken run (refused ones included).
    int pendingRecords() const { return m_pendingRecords; }
    // Whether there is something to commit: records, or a position the cache does not hold yet.
    bool needsCommit() const { return m_pendingRecords > 0 || !m_positionStored; }
    const MinuteSamples &pendingSamples() const { return m_pendingSamples; }
    // The position a commit of pendingSamples() stores: nextSequence() - 1.
    quint32 pendingThrough() const { return m_next - 1; }
    // The pending part is durable now.
    void markCommitted();

    // At the end marker of the batch. abortRequested: this side wrote Abort. May move records
    // that arrived after a gap into the pending run when the watch's count shows the gap is one
    // of its ring, not a lost packet.
    EndAction finishBatch(const HistoryBatchEnd &end, bool abortRequested,
                          QVector<Refusal> *refused);

    int storedRecords() const { return m_stored; }
    int refusedRecords() const { return m_refused; }
    int duplicates() const { return m_duplicates; }
    int corruptPackets() const { return m_corrupt; }
    quint32 gapRecords() const { return m_gap; }

private:
    void accept(const ActivityRecord &record, QVector<Refusal> *refused);
    std::optional<RecordProblem> problemOf(const ActivityRecord &record) const;

    quint32 m_historyId = 0;
    quint32 m_next = 1;
    quint32 m_committedThrough = 0;
    quint32 m_batchFrom = 1;
    bool m_positionStored = true;
    bool m_batchActive = false;
    bool m_corruptInBatch = false;
    qint64 m_latestMinute = 0;

    std::map<quint32, ActivityRecord> m_ahead; // arrived after a gap, by sequence
    MinuteSamples m_pendingSamples;
    int m_pendingRecords = 0;

    int m_stored = 0;
    int m_refused = 0;
    int m_duplicates = 0;
    int m_corrupt = 0;
    quint32 m_gap = 0;
};

} // namespace wristdoc
