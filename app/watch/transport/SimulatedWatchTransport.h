#pragma once

#include "Clock.h"
#include "HistoryBatchEnd.h"
#include "HistoryControlCommand.h"
#include "SimulatedWatch.h"
#include "SimulatedWatchFaults.h"
#include "TaskScheduler.h"
#include "WatchTransport.h"

#include <QList>
#include <QSet>
#include <QVector>

#include <memory>
#include <optional>
#include <vector>

namespace wristdoc {

// An in-process watch behind the same interface as the Bluetooth transport, for tests, the
// benchmark, demos, and machines without an adapter. It serves the whole profile of
// docs/watch-profile.md by encoding with the profile's codecs, answers every request
// asynchronously through the injected scheduler (never inside the call), and is deterministic
// for the seeds of its watches. Faults are injected through faults().
class SimulatedWatchTransport final : public WatchTransport {
    Q_OBJECT
public:
    struct Options {
        int attMtu = 247;                  // sets the records per notification
        int heartRateIntervalMs = 1000;    // live heart rate while subscribed
        int scanDurationMs = 10000;        // scanFinished() after this
        int advertisingIntervalMs = 1000;  // a scan hears each watch in range this often
        int packetsPerConnectionEvent = 6; // records packets sent per scheduled burst
        // Time between bursts, like a BLE connection interval (7.5 ms and up on air). 0: as fast
        // as the scheduler runs, for the benchmark; tests give it to see a download take time.
        int connectionIntervalMs = 0;
        bool padDeviceStrings = true; // NUL-pad Device Information strings, as watches do
    };

    // What the watch side saw, for tests.
    struct Stats {
        int scans = 0;
        int connectionAttempts = 0;
        int connections = 0;
        int reads = 0;
        int writes = 0;
        int recordsPackets = 0; // records packets sent (duplicates included)
        int heartRateNotifications = 0;
        QVector<HistoryControlCommand> commands; // control point writes, in order
        // Notifications still switched on when the central last asked to disconnect.
        QList<QUuid> subscriptionsAtDisconnect;
    };

    SimulatedWatchTransport(const Clock &clock, TaskScheduler &scheduler,
                            QObject *parent = nullptr);
    SimulatedWatchTransport(const Clock &clock, TaskScheduler &scheduler, const Options &options,
                            QObject *parent = nullptr);
    ~SimulatedWatchTransport() override;

    // Adds a watch that scans can find; the reference stays valid for the transport's life.
    SimulatedWatch &addWatch(SimulatedWatch watch);
    SimulatedWatch *watch(const QString &address);
    SimulatedWatchFaults &faults() { return m_faults; }
    const Options &options() const { return m_options; }
    const Stats &stats() const { return m_stats; }
    void resetStats() { m_stats = Stats(); }

    bool isConnected() const { return m_watch != nullptr; }
    QString connectedAddress() const;
    // Characteristics whose notifications are switched on in this connection.
    QList<QUuid> subscriptions() const;
    // The radio link drops now, as when the watch walks out of range mid-sync.
    void dropLink();

    void startScan() override;
    void stopScan() override;
    void connectToWatch(const QString &address) override;
    void disconnectFromWatch() override;
    void readCharacteristic(const QUuid &service, const QUuid &characteristic) override;
    void writeCharacteristic(const QUuid &service, const QUuid &characteristic,
                             const QByteArray &value) override;
    void setNotifications(const QUuid &service, const QUuid &characteristic, bool enabled) override;

private:
    enum class Attribute {
        Unknown,
        ManufacturerName,
        ModelNumber,
        SerialNumber,
        FirmwareRevision,
        BatteryLevel,
        CurrentTime,
        LocalTimeInformation,
        HeartRateMeasurement,
        HistoryRecord,
        HistoryControlPoint,
        HistoryStatus,
    };
    struct Stream {
        bool active = false;
        int index = 0;    // next record to send
        int endIndex = 0; // the batch ends before this record
        quint32 count = 0;
        quint32 lastSent = 0;
        std::optional<QByteArray> held; // a packet kept back to arrive out of order
        TaskScheduler::TaskId task = 0;
    };

    Attribute identify(const QUuid &service, const QUuid &characteristic, bool *serviceKnown) const;
    // Runs task from the scheduler unless the connection has changed meanwhile.
    void post(std::function<void()> task);
    void postError(Error error, const QString &detail);
    void closeLink();
    void advertise(quint64 scanGeneration);
    void heartRateTick(quint64 generation);
    QByteArray deviceString(const QString &text) const;

    void handleControl(const HistoryControlCommand &command);
    void startStream(quint32 fromSequence, quint32 historyId);
    void scheduleBurst(int delayMs);
    void burst(quint64 generation);
    void sendNextPacket();
    void emitRecordsPacket(const QVector<ActivityRecord> &records, bool moreFollow);
    void abortStream();
    QByteArray endMarker(HistoryBatchEnd::Result result) const;
    void notifyHistory(const QByteArray &bytes);

    const Clock &m_clock;
    TaskScheduler &m_scheduler;
    Options m_options;
    SimulatedWatchFaults m_faults;
    Stats m_stats;
    std::vector<std::unique_ptr<SimulatedWatch>> m_watches;

    quint64 m_generation = 0; // changes with every connect and disconnect
    quint64 m_scanGeneration = 0;
    bool m_scanning = false;
    int m_advertisingRound = 0;
    SimulatedWatch *m_watch = nullptr; // connected
    bool m_connecting = false;
    QSet<QUuid> m_subscriptions;
    TaskScheduler::TaskId m_heartRateTask = 0;
    int m_packetCounter = 0; // records packets of this connection
    Stream m_stream;
};

} // namespace wristdoc
