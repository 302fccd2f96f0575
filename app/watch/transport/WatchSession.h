#pragma once

#include "Clock.h"
#include "DeviceInformation.h"
#include "HistoryDownload.h"
#include "LocalTimeInformation.h"
#include "NearbyWatchList.h"
#include "ReconnectBackoff.h"
#include "TaskScheduler.h"
#include "WatchHistorySink.h"
#include "WatchSyncSummary.h"
#include "WatchTransport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace wristdoc {

class RandomSource;

// One watch, from scan to clean teardown: connect, read Device Information and battery, set the
// watch's clock, subscribe to heart rate and history, download history from the last stored
// sequence + 1 into the cache through a WatchHistorySink, stream live heart rate, and reconnect
// with capped, jittered backoff when the link drops, re-subscribing every time. The transport
// (Bluetooth or simulated), clock, scheduler and random source are injected; the session knows
// nothing of which transport it drives.
//
// Requests go to the transport one at a time; each is answered by its *Finished signal or by an
// error, and a request that gets neither within Options::requestTimeoutMs marks the link as
// stale, which is dropped and reconnected rather than waited on.
class WatchSession : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,                     // neither scanning nor connected
        Scanning,                 // nearbyWatches() fills
        Connecting,               // connecting and discovering services
        ReadingDeviceInformation, // Device Information strings and battery
        SettingTime,              // reading the watch's clock, then writing ours
        Subscribing,              // heart rate and history notifications
        ReadingHistoryStatus,
        Downloading,   // history from the last stored sequence + 1
        Live,          // synced; live heart rate; syncNow() downloads what is new
        Reconnecting,  // the link dropped; waiting out the backoff before the next attempt
        Disconnecting, // stopping notifications, aborting a download, closing the link
    };
    Q_ENUM(State)

    enum class Error {
        NoAdapter,        // no Bluetooth adapter: offer the simulated watch
        AdapterOff,       // Bluetooth is switched off
        PermissionDenied, // the platform refused Bluetooth access
        ScanFailed,
        OutOfRange,         // the watch did not answer the connection attempt
        ConnectionFailed,   // connected, but setting up the link failed
        ConnectionLost,     // the link dropped; the session reconnects by itself
        WatchNotResponding, // a request went unanswered; the link is dropped and reconnected
        ReconnectGaveUp,    // Options::maxReconnectAttempts failed in a row
        NotAWatch,          // the device has no WristDoc history service
        TimeNotSet,         // the watch refused the time; its offset was reported
        HeartRateUnavailable,
        HistoryUnavailable, // the history service failed; heart rate still works
        CorruptPacket,      // a history packet could not be decoded; it is asked for again
        HistoryGap,         // the watch no longer held records that were never received
        ImplausibleRecords, // records were refused (recordRefused() names each)
        SyncIncomplete,     // the watch stopped, or repeated failures; the next sync resumes
        StorageFull,        // the cache's disk is full; nothing of the batch was stored
        StorageReadOnly,
        StorageFailed,
    };
    Q_ENUM(Error)

    enum class RecordProblem {
        TooManySteps,        // above kMaxStepsPerMinute
        HeartRateOutOfRange, // outside kMinHeartRate..kMaxHeartRate
        InTheFuture,         // after the clock + 2 minutes, allowing for a fast watch clock
    };
    Q_ENUM(RecordProblem)

    enum class SensorContact {
        Unknown, // the sensor cannot tell
        NotDetected,
        Detected,
    };
    Q_ENUM(SensorContact)

    struct Options {
        // The zone the watch's wall clock is set to: the programme's.
        QTimeZone timeZone = QTimeZone("Asia/Seoul");
        bool setWatchTime = true;
        int staleAfterSecs = 10;          // scan entries not heard from are hidden
        int scanRefreshIntervalMs = 1000; // how often stale entries are looked for
        ReconnectBackoff backoff;         // 1 s doubling to 60 s, full jitter
        bool autoReconnect = true;
        int maxReconnectAttempts = 0; // 0: until disconnectFromWatch()
        int requestTimeoutMs = 10000;
        int connectTimeoutMs = 20000;
        int downloadIdleTimeoutMs = 15000; // no history packet for this long: the link is stale
        // Received records are committed (samples and position in one cache transaction) once
        // the oldest of them has waited commitIntervalMs, and at every end marker, drop and
        // teardown. Uncommitted records are never lost, since the watch frees only what was
        // acknowledged after a commit, so the interval bounds only what a drop makes the watch
        // send again and how long the dashboard waits for new minutes. Every extra transaction
        // costs a commit and a rollup update per local day it touches, so a link fast enough to
        // deliver a week within the interval stores it in one. maxRecordsPerCommit only caps
        // the memory held (16,384 records, about 11 days, 400 KB).
        int commitIntervalMs = 2000;
        int maxRecordsPerCommit = 16384;
        int lowBatteryPercent = 15;
        // Requests again after corrupt or lost packets before giving up until the next sync.
        int maxRetriesWithoutProgress = 3;
        // A record may be stamped up to this far after the clock (plus a fast watch's offset).
        int futureToleranceSecs = 120;
    };

    WatchSession(WatchTransport &transport, WatchHistorySink &sink, const Clock &clock,
                 TaskScheduler &scheduler, RandomSource &random, QObject *parent = nullptr);
    WatchSession(WatchTransport &transport, WatchHistorySink &sink, const Clock &clock,
                 TaskScheduler &scheduler, RandomSource &random, const Options &options,
                 QObject *parent = nullptr);
    ~WatchSession() override;

    State state() const { return m_state; }
    const Options &options() const { return m_options; }

    // Scanning (from Idle). The list keeps watches between scans; stale ones are hidden.
    bool startScan();
    void stopScan();
    QVector<DiscoveredWatch> nearbyWatches() const;

    // Connects and syncs (from Idle or Scanning). A first attempt that fails reports the error
    // and returns to Idle; once connected, drops are reconnected with backoff.
    bool connectToWatch(const QString &address);
    // Clean teardown from any state: aborts a running download, switches notifications off,
    // closes the link. Records received in order are committed first.
    void disconnectFromWatch();
    // Downloads what the watch recorded since the last sync (from Live).
    bool syncNow();

    QString address() const { return m_identity.address; }
    const DeviceInformation &deviceInformation() const { return m_identity.info; }
    int batteryPercent() const { return m_batteryPercent; } // -1: unknown
    // The watch's clock minus ours, as read before it was set.
    std::optional<qint64> watchClockOffsetSecs() const { return m_clockOffsetSecs; }
    const WatchSyncSummary &lastSync() const { return m_summary; }
    int reconnectAttempts() const { return m_attempt; }

Q_SIGNALS:
    void stateChanged(wristdoc::WatchSession::State state);
    void nearbyWatchesChanged();
    void deviceInformationRead(const wristdoc::DeviceInformation &info);
    void batteryChanged(int percent, bool low);
    // Before the watch's clock is set: how far it was off (positive: ahead).
    void watchClockOffsetMeasured(qint64 offsetSecs);
    void watchTimeSet();
    void heartRateMeasured(int bpm, wristdoc::WatchSession::SensorContact contact);
    // Records handled of those the watch said it had, after each commit.
    void progress(quint32 done, quint32 expected);
    // New samples are in the cache: the dashboard may refresh.
    void historyStored();
    void recordRefused(quint32 sequence, wristdoc::WatchSession::RecordProblem problem);
    void syncFinished(const wristdoc::WatchSyncSummary &summary);
    // attempt counts from 1 since the last good connection.
    void reconnectScheduled(int attempt, qint64 delayMs);
    // detail is English for logs, without personal data; the UI words the error itself.
    void errorOccurred(wristdoc::WatchSession::Error error, const QString &detail);

private:
    enum class Step {
        ReadManufacturer,
        ReadModel,
        ReadSerial,
        ReadFirmware,
        ReadBattery,
        ReadLocalTime,
        ReadCurrentTime,
        WriteLocalTime,
        WriteCurrentTime,
        SubscribeHeartRate,
        SubscribeHistory,
        ReadHistoryStatus,
        RequestHistory,
        AcknowledgeHistory,
        AbortHistory,
        UnsubscribeHeartRate,
        UnsubscribeHistory,
    };
    enum class Kind { Read, Write, Subscribe, Unsubscribe };
    struct Request {
        Step step = Step::ReadManufacturer;
        QByteArray value; // writes
    };
    struct Target {
        Kind kind;
        QUuid service;
        QUuid characteristic;
    };
    static Target targetOf(Step step);

    void setState(State state);
    void fail(Error error, const QString &detail);

    // transport signals
    void onWatchDiscovered(const DiscoveredWatch &watch);
    void onScanFinished();
    void onConnected();
    void onDisconnected();
    void onCharacteristicRead(const QUuid &service, const QUuid &characteristic,
                              const QByteArray &value);
    void onCharacteristicWritten(const QUuid &service, const QUuid &characteristic);
    void onNotificationsChanged(const QUuid &service, const QUuid &characteristic, bool enabled);
    void onCharacteristicChanged(const QUuid &service, const QUuid &characteristic,
                                 const QByteArray &value);
    void onTransportError(WatchTransport::Error error, const QString &detail);

    // request queue
    void enqueue(Step step, const QByteArray &value = QByteArray());
    void pump();
    void issue(const Request &request);
    bool matchesInFlight(Kind kind, const QUuid &characteristic) const;
    void completeInFlight(const QByteArray &value);
    void failInFlight(WatchTransport::Error error, const QString &detail);
    void handleResult(Step step, const QByteArray &value);
    void handleFailure(Step step, WatchTransport::Error error, const QString &detail);
    void queueDrained();
    void clearRequests();

    // phases
    void beginConnect();
    void startTimeSetting();
    void queueTimeWrites();
    void startSubscribing();
    void startStatusRead();
    void onHistoryStatus(const QByteArray &value);
    void requestBatch();
    void onHistoryPacket(const QByteArray &value);
    void onBatchEnd(const HistoryBatchEnd &end);
    bool commit();
    void queueAcknowledge(quint32 sequence);
    void reportRefusals(const QVector<HistoryDownload::Refusal> &refusals);
    void finishSync(bool complete);
    void completeFinish();
    void abandonSync();
    void foldCounters();
    void goLive();

    // link loss, reconnection, teardown
    void handleLinkLoss(Error reason, const QString &detail);
    void dropStaleLink(const QString &detail);
    void awaitTransportDisconnect();
    void scheduleReconnect();
    void closeLinkForTeardown();
    void finishTeardown();
    void armRequestTimer();
    void armDownloadWatchdog();
    void cancelTask(TaskScheduler::TaskId &task);
    void refreshNearby();

    WatchTransport &m_transport;
    WatchHistorySink &m_sink;
    const Clock &m_clock;
    TaskScheduler &m_scheduler;
    RandomSource &m_random;
    Options m_options;

    State m_state = State::Idle;
    NearbyWatchList m_nearby;
    QStringList m_visibleAddresses; // what nearbyWatchesChanged() last announced
    TaskScheduler::TaskId m_scanRefreshTask = 0;

    WatchIdentity m_identity;
    bool m_everConnected = false; // in this connectToWatch()
    bool m_linkUp = false;
    bool m_awaitingDisconnect = false;
    int m_attempt = 0;
    TaskScheduler::TaskId m_reconnectTask = 0;
    TaskScheduler::TaskId m_linkTimer = 0; // connect, disconnect and teardown timeouts

    QList<Request> m_queue;
    std::optional<Request> m_inFlight;
    TaskScheduler::TaskId m_requestTimer = 0;

    int m_batteryPercent = -1;
    std::optional<LocalTimeInformation> m_watchLocalTime;
    bool m_localTimeAvailable = true;
    bool m_zoneChanged = false;
    std::optional<qint64> m_clockOffsetSecs;
    bool m_heartRateSubscribed = false;
    bool m_historySubscribed = false;

    HistoryDownload m_download;
    WatchSyncSummary m_summary;
    bool m_syncRunning = false;
    bool m_abortRequested = false;
    bool m_syncFailed = false;
    bool m_finishing = false; // sync done; Live after the last acknowledgement is written
    quint32 m_syncFrom = 0;
    quint32 m_progressPosition = 0; // committed position at the last re-request
    int m_retriesWithoutProgress = 0;
    int m_statusReads = 0;
    quint64 m_activity = 0; // history packets seen; the download watchdog compares it
    TaskScheduler::TaskId m_watchdogTask = 0;
    TaskScheduler::TaskId m_commitTask = 0;
};

} // namespace wristdoc

Q_DECLARE_METATYPE(wristdoc::DeviceInformation)
