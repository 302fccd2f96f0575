#pragma once

#include "Database.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "QtCoreTestEnvironment.h"
#include "SeededRandomSource.h"
#include "SimulatedWatchTransport.h"
#include "WatchHistoryStore.h"
#include "WatchSession.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>
#include <set>

namespace wristdoc::test {


// Sunday 2026-03-08, 12:00 UTC (21:00 in Seoul): an invented moment for every test.
inline QDateTime testStart() {
    return QDateTime(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc());
}

// Forwards to the real store and remembers every batch, so a test can prove that no record was
// written twice and that samples and position always went in together.
class RecordingSink final : public WatchHistorySink {
public:
    explicit RecordingSink(WatchHistorySink &inner)
        : m_inner(inner) {}

    WatchSyncPosition lastStored(const WatchIdentity &watch, WatchSinkResult *result) override {
        return m_inner.lastStored(watch, result);
    }
    WatchSinkResult storeBatch(const WatchIdentity &watch, quint32 historyId, quint32 lastSequence,
                               const MinuteSamples &samples) override {
        if (failNextBatches > 0) {
            --failNextBatches;
            WatchSinkResult failure;
            failure.code = WatchSinkResult::Code::Full;
            failure.detail = QStringLiteral("injected: disk full");
            return failure;
        }
        const WatchSinkResult result = m_inner.storeBatch(watch, historyId, lastSequence, samples);
        if (result.ok()) {
            ++batches;
            for (const MinuteSample &sample : samples) {
                if (!writtenMinutes.insert({historyId, sample.minuteUtc}).second)
                    ++minutesWrittenTwice;
            }
        }
        return result;
    }

    int batches = 0;
    int minutesWrittenTwice = 0; // within one history id
    int failNextBatches = 0;
    std::set<std::pair<quint32, qint64>> writtenMinutes;

private:
    WatchHistorySink &m_inner;
};

// A real cache in a temporary folder, a simulated watch with `records` minutes of history ending
// now, and a session on virtual time.
class SessionRig {
public:
    explicit SessionRig(int records = 1440, quint32 seed = 7,
                        const WatchSession::Options &options = WatchSession::Options(),
                        const SimulatedWatchTransport::Options &transportOptions =
                            SimulatedWatchTransport::Options())
        : clock(testStart())
        , scheduler(&clock)
        , random(4242) {
        EXPECT_TRUE(dir.isValid());
        Database::Options dbOptions;
        dbOptions.path = dir.filePath(QStringLiteral("cache.db"));
        StorageError error;
        database = Database::open(dbOptions, &error);
        EXPECT_TRUE(database) << error.detail.toStdString();
        store = std::make_unique<WatchHistoryStore>(*database, clock);
        sink = std::make_unique<RecordingSink>(*store);
        transport = std::make_unique<SimulatedWatchTransport>(clock, scheduler, transportOptions);
        watch = &transport->addWatch(SimulatedWatch::generate(seed, records, clock.nowUtc()));
        recreateSession(options, random);
    }

    // A new session on the same transport and cache (another random source, other options).
    void recreateSession(const WatchSession::Options &options, RandomSource &randomSource) {
        session.reset();
        session = std::make_unique<WatchSession>(*transport, *sink, clock, scheduler, randomSource,
                                                 options);
        QObject::connect(session.get(), &WatchSession::stateChanged,
                         [this](WatchSession::State state) { states.append(state); });
        QObject::connect(
            session.get(), &WatchSession::errorOccurred,
            [this](WatchSession::Error error, const QString &) { errors.append(error); });
        QObject::connect(session.get(), &WatchSession::syncFinished,
                         [this](const WatchSyncSummary &summary) { syncs.append(summary); });
        QObject::connect(session.get(), &WatchSession::reconnectScheduled,
                         [this](int, qint64 delay) { reconnectDelays.append(delay); });
        QObject::connect(session.get(), &WatchSession::historyStored,
                         [this] { ++historyStoredSignals; });
    }

    bool run(const std::function<bool()> &done, qint64 maxMs = 30 * 60 * 1000) {
        return scheduler.runUntil(done, maxMs);
    }
    bool connectAndSync(qint64 maxMs = 30 * 60 * 1000) {
        const int before = int(syncs.size());
        if (!session->connectToWatch(watch->address))
            return false;
        return run([&] { return syncs.size() > before; }, maxMs);
    }
    bool disconnect() {
        session->disconnectFromWatch();
        return run([&] { return session->state() == WatchSession::State::Idle; });
    }

    WatchIdentity identity() const {
        WatchIdentity identity;
        identity.address = watch->address;
        identity.info = watch->info;
        return identity;
    }
    qint64 deviceId() const { return store->deviceIdFor(identity()); }
    WatchSyncPosition position() const {
        WatchSinkResult result;
        return store->lastStored(identity(), &result);
    }
    qint64 count(const char *sql) const {
        QSqlQuery query(database->connection());
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(deviceId());
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    qint64 stepRows() const {
        return count("SELECT count(*) FROM step_samples WHERE device_id = ?");
    }
    qint64 heartRateRows() const {
        return count("SELECT count(*) FROM heart_rate_samples WHERE device_id = ?");
    }

    // minute (Unix seconds) -> (steps or -1, heart rate or 0), as the cache holds them.
    QMap<qint64, QPair<int, int>> storedMinutes() const {
        QMap<qint64, QPair<int, int>> result;
        QSqlQuery query(database->connection());
        query.prepare(QStringLiteral("SELECT minute_utc, steps FROM step_samples"
                                     " WHERE device_id = ?"));
        query.addBindValue(deviceId());
        query.exec();
        while (query.next())
            result[query.value(0).toLongLong()] = {query.value(1).toInt(), 0};
        query.prepare(QStringLiteral("SELECT minute_utc, bpm FROM heart_rate_samples"
                                     " WHERE device_id = ?"));
        query.addBindValue(deviceId());
        query.exec();
        while (query.next()) {
            auto it = result.find(query.value(0).toLongLong());
            if (it == result.end())
                result[query.value(0).toLongLong()] = {-1, query.value(1).toInt()};
            else
                it->second = query.value(1).toInt();
        }
        return result;
    }
    // The same shape from records (what the cache should hold for them).
    static QMap<qint64, QPair<int, int>> expectedMinutes(const QVector<ActivityRecord> &records) {
        QMap<qint64, QPair<int, int>> result;
        for (const ActivityRecord &record : records) {
            const MinuteSample sample = record.toMinuteSample();
            if (sample.hasSteps() || sample.hasHeartRate())
                result[sample.minuteUtc] = {sample.steps, sample.heartRate};
        }
        return result;
    }

    QTemporaryDir dir;
    ManualClock clock;
    ManualScheduler scheduler;
    SeededRandomSource random;
    std::unique_ptr<Database> database;
    std::unique_ptr<WatchHistoryStore> store;
    std::unique_ptr<RecordingSink> sink;
    std::unique_ptr<SimulatedWatchTransport> transport;
    SimulatedWatch *watch = nullptr;
    std::unique_ptr<WatchSession> session;

    QVector<WatchSession::State> states;
    QVector<WatchSession::Error> errors;
    QVector<WatchSyncSummary> syncs;
    QVector<qint64> reconnectDelays;
    int historyStoredSignals = 0;
};

} // namespace wristdoc::test
