#include "HistoryDownload.h"

namespace wristdoc {

void HistoryDownload::start(quint32 historyId, quint32 fromSequence, bool positionStored,
                            qint64 latestMinuteUtcSecs) {
    *this = HistoryDownload();
    m_historyId = historyId;
    m_next = qMax<quint32>(1, fromSequence);
    m_committedThrough = m_next - 1;
    m_batchFrom = m_next;
    m_positionStored = positionStored;
    m_latestMinute = latestMinuteUtcSecs;
}

void HistoryDownload::startBatch() {
    // Records held after a gap will come again with the new request.
    m_ahead.clear();
    m_batchFrom = m_next;
    m_batchActive = true;
    m_corruptInBatch = false;
}

std::optional<HistoryDownload::RecordProblem>
HistoryDownload::problemOf(const ActivityRecord &record) const {
    if (record.hasSteps() && record.steps > kMaxStepsPerMinute)
        return RecordProblem::TooManySteps;
    if (record.hasHeartRate() &&
        (record.heartRate < kMinHeartRate || record.heartRate > kMaxHeartRate))
        return RecordProblem::HeartRateOutOfRange;
    if (record.minuteUtcSeconds() > m_latestMinute)
        return RecordProblem::InTheFuture;
    return std::nullopt;
}

void HistoryDownload::accept(const ActivityRecord &record, QVector<Refusal> *refused) {
    m_next = record.sequence + 1;
    ++m_pendingRecords;
    if (const auto problem = problemOf(record)) {
        // Counted and passed over: the position may move beyond it, or the sync would stall on a
        // record that can never be stored.
        ++m_refused;
        if (refused)
            refused->append(Refusal{record.sequence, *problem});
        return;
    }
    const MinuteSample sample = record.toMinuteSample();
    if (sample.hasSteps() || sample.hasHeartRate())
        m_pendingSamples.append(sample);
}

void HistoryDownload::addRecords(const QVector<ActivityRecord> &records,
                                 QVector<Refusal> *refused) {
    if (!m_batchActive)
        return;
    for (const ActivityRecord &record : records) {
        if (record.sequence < m_next || m_ahead.count(record.sequence)) {
            ++m_duplicates;
            continue;
        }
        if (record.sequence != m_next) {
            m_ahead.emplace(record.sequence, record);
            continue;
        }
        accept(record, refused);
        // A record that filled a gap may release the ones that overtook it.
        while (!m_ahead.empty() && m_ahead.begin()->first == m_next) {
            accept(m_ahead.begin()->second, refused);
            m_ahead.erase(m_ahead.begin());
        }
    }
}

void HistoryDownload::noteCorruptPacket() {
    ++m_corrupt;
    m_corruptInBatch = true;
}

void HistoryDownload::markCommitted() {
    m_stored += m_pendingSamples.size();
    m_pendingSamples.clear();
    m_pendingRecords = 0;
    m_committedThrough = m_next - 1;
    m_positionStored = true;
}

HistoryDownload::EndAction HistoryDownload::finishBatch(const HistoryBatchEnd &end,
                                                        bool abortRequested,
                                                        QVector<Refusal> *refused) {
    m_batchActive = false;
    if (end.result == HistoryBatchEnd::Result::HistoryChanged || end.historyId != m_historyId) {
        m_ahead.clear();
        return EndAction::HistoryChanged;
    }
    if (end.result == HistoryBatchEnd::Result::Aborted) {
        m_ahead.clear();
        return abortRequested ? EndAction::RequestAgain : EndAction::Stopped;
    }
    const quint64 distinct = quint64(m_next - m_batchFrom) + m_ahead.size();
    if (m_corruptInBatch || distinct < end.count) {
        m_ahead.clear();
        return EndAction::RequestAgain;
    }
    // Everything the watch sent has arrived, so a hole before a held record is a stretch its
    // ring overwrote, not a lost packet.
    for (const auto &[sequence, record] : m_ahead) {
        m_gap += sequence - m_next;
        accept(record, refused);
    }
    m_ahead.clear();
    return EndAction::Finished;
}

} // namespace wristdoc
