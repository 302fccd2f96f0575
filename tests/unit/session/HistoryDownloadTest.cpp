// The sync bookkeeping alone: what may be committed, what waits, and what an end marker means.
#include "HistoryDownload.h"

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

constexpr qint64 kNow = 29'000'000LL * 60; // an invented minute
constexpr quint32 kHistory = 0x5EED1234;

ActivityRecord record(quint32 sequence, int steps = 10, int heartRate = 70) {
    ActivityRecord r;
    r.sequence = sequence;
    r.minute = quint32(kNow / 60 - 10000 + sequence);
    r.steps = quint16(steps);
    r.heartRate = quint8(heartRate);
    return r;
}

QVector<ActivityRecord> records(quint32 from, quint32 to) {
    QVector<ActivityRecord> result;
    for (quint32 s = from; s <= to; ++s)
        result.append(record(s));
    return result;
}

HistoryBatchEnd complete(quint32 last, quint32 count) {
    HistoryBatchEnd end;
    end.historyId = kHistory;
    end.lastSequence = last;
    end.count = count;
    return end;
}

HistoryDownload started(quint32 from = 1, bool positionStored = true) {
    HistoryDownload download;
    download.start(kHistory, from, positionStored, kNow + 120);
    download.startBatch();
    return download;
}

TEST(HistoryDownloadTest, InOrderRecordsFormThePendingRun) {
    HistoryDownload download = started();
    download.addRecords(records(1, 5), nullptr);
    EXPECT_EQ(download.pendingRecords(), 5);
    EXPECT_EQ(download.pendingThrough(), 5u);
    EXPECT_EQ(download.pendingSamples().size(), 5);
    EXPECT_EQ(download.pendingSamples().first().minuteUtc, qint64(record(1).minute) * 60);
    download.markCommitted();
    EXPECT_EQ(download.committedThrough(), 5u);
    EXPECT_EQ(download.pendingRecords(), 0);
    EXPECT_FALSE(download.needsCommit());
    EXPECT_EQ(download.storedRecords(), 5);
}

TEST(HistoryDownloadTest, DuplicatesAreDroppedWhereverTheyCome) {
    HistoryDownload download = started();
    download.addRecords(records(1, 4), nullptr);
    download.addRecords(records(1, 4), nullptr); // repeated packet
    download.addRecords(records(7, 8), nullptr); // ahead of a gap
    download.addRecords(records(7, 8), nullptr); // ... twice
    download.addRecords(records(3, 3), nullptr); // already handled
    EXPECT_EQ(download.duplicates(), 4 + 2 + 1);
    EXPECT_EQ(download.pendingThrough(), 4u);
    download.addRecords(records(5, 6), nullptr); // the gap fills
    EXPECT_EQ(download.pendingThrough(), 8u);
    EXPECT_EQ(download.pendingSamples().size(), 8);
}

TEST(HistoryDownloadTest, ThePositionNeverPassesAMissingRecord) {
    HistoryDownload download = started(101);
    download.addRecords(records(103, 110), nullptr);
    EXPECT_EQ(download.pendingRecords(), 0);
    EXPECT_EQ(download.pendingThrough(), 100u);
    download.addRecords(records(101, 101), nullptr);
    EXPECT_EQ(download.pendingThrough(), 101u); // 102 still missing
    // The watch says it sent 10 records; 9 arrived: ask again from 102.
    EXPECT_EQ(download.finishBatch(complete(110, 10), false, nullptr),
              HistoryDownload::EndAction::RequestAgain);
    EXPECT_EQ(download.nextSequence(), 102u);
    download.startBatch();
    download.addRecords(records(102, 110), nullptr);
    EXPECT_EQ(download.finishBatch(complete(110, 9), false, nullptr),
              HistoryDownload::EndAction::Finished);
    EXPECT_EQ(download.pendingThrough(), 110u);
}

TEST(HistoryDownloadTest, AHoleTheWatchAccountsForIsARingGap) {
    HistoryDownload download = started(1);
    // The watch no longer holds 1..20; it sends 21..30 and says so.
    download.addRecords(records(21, 30), nullptr);
    EXPECT_EQ(download.pendingRecords(), 0);
    EXPECT_EQ(download.finishBatch(complete(30, 10), false, nullptr),
              HistoryDownload::EndAction::Finished);
    EXPECT_EQ(download.gapRecords(), 20u);
    EXPECT_EQ(download.pendingThrough(), 30u);
    EXPECT_EQ(download.pendingSamples().size(), 10);
}

TEST(HistoryDownloadTest, CorruptPacketMeansAskingAgainEvenWithTheCountMet) {
    HistoryDownload download = started();
    download.addRecords(records(1, 10), nullptr);
    download.noteCorruptPacket();
    EXPECT_EQ(download.finishBatch(complete(10, 10), false, nullptr),
              HistoryDownload::EndAction::RequestAgain);
    EXPECT_EQ(download.corruptPackets(), 1);
}

TEST(HistoryDownloadTest, EndMarkerResults) {
    {
        HistoryDownload download = started();
        HistoryBatchEnd end = complete(0, 0);
        end.result = HistoryBatchEnd::Result::HistoryChanged;
        EXPECT_EQ(download.finishBatch(end, false, nullptr),
                  HistoryDownload::EndAction::HistoryChanged);
    }
    {
        HistoryDownload download = started();
        HistoryBatchEnd end = complete(5, 5);
        end.historyId = kHistory + 1; // another history answered
        EXPECT_EQ(download.finishBatch(end, false, nullptr),
                  HistoryDownload::EndAction::HistoryChanged);
    }
    {
        HistoryDownload download = started();
        HistoryBatchEnd end = complete(3, 3);
        end.result = HistoryBatchEnd::Result::Aborted;
        EXPECT_EQ(download.finishBatch(end, true, nullptr),
                  HistoryDownload::EndAction::RequestAgain);
        download.startBatch();
        EXPECT_EQ(download.finishBatch(end, false, nullptr), HistoryDownload::EndAction::Stopped);
    }
}

TEST(HistoryDownloadTest, ImplausibleRecordsAreRefusedOnceInTheirTurn) {
    HistoryDownload download = started();
    QVector<ActivityRecord> batch = records(1, 6);
    batch[1].steps = 1001;                        // 2
    batch[2].heartRate = 19;                      // 3
    batch[3].minute = quint32((kNow + 180) / 60); // 4: three minutes ahead
    batch[4].steps = ActivityRecord::kNoSteps;    // 5: not worn is fine
    batch[4].heartRate = 0;
    QVector<HistoryDownload::Refusal> refused;
    // 4..6 first, out of order: they are judged when the run reaches them.
    download.addRecords(batch.mid(3), &refused);
    EXPECT_TRUE(refused.isEmpty());
    download.addRecords(batch.mid(0, 3), &refused);
    ASSERT_EQ(refused.size(), 3);
    EXPECT_EQ(refused[0].sequence, 2u);
    EXPECT_EQ(refused[0].problem, HistoryDownload::RecordProblem::TooManySteps);
    EXPECT_EQ(refused[1].problem, HistoryDownload::RecordProblem::HeartRateOutOfRange);
    EXPECT_EQ(refused[2].problem, HistoryDownload::RecordProblem::InTheFuture);
    download.addRecords(batch, &refused); // again: duplicates, not refused twice
    EXPECT_EQ(refused.size(), 3);
    EXPECT_EQ(download.refusedRecords(), 3);
    EXPECT_EQ(download.pendingThrough(), 6u); // passed over, not stalled on
    EXPECT_EQ(download.pendingRecords(), 6);
    EXPECT_EQ(download.pendingSamples().size(), 2); // 1 and 6; 5 has nothing to store
}

TEST(HistoryDownloadTest, ANewPositionNeedsACommitEvenWithoutSamples) {
    HistoryDownload download;
    download.start(kHistory, 1, false, kNow);
    EXPECT_TRUE(download.needsCommit());
    EXPECT_EQ(download.pendingThrough(), 0u);
    download.markCommitted();
    EXPECT_FALSE(download.needsCommit());
}

TEST(HistoryDownloadTest, RecordsOutsideABatchAreIgnored) {
    HistoryDownload download;
    download.start(kHistory, 1, true, kNow);
    download.addRecords(records(1, 3), nullptr);
    EXPECT_EQ(download.pendingRecords(), 0);
}

} // namespace
