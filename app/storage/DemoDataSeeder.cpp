#include "DemoDataSeeder.h"

#include "Database.h"
#include "DeviceStore.h"
#include "LedgerStore.h"
#include "PointsCalculator.h"
#include "SampleStore.h"

#include <QRandomGenerator>
#include <QTime>

#include <QtMath>

namespace wristdoc {

namespace {

constexpr auto kDemoAddress = "demo:simulated-watch";
constexpr int kWakeMinute = 6 * 60;
constexpr int kSleepMinute = 22 * 60;

struct Bout {
    int startMinute; // local minute of day
    int length;
    int cadence; // steps per minute
};

// One local day of a plausible, varied routine: two walks and light activity while awake.
MinuteSamples simulateDay(const PointsPolicy &policy, const QDate &day, qint64 untilUtc,
                          QRandomGenerator &random) {
    const qint64 dayStart = policy.dayStartUtc(day);
    // Some days are lazy, some are long walks: totals from about 5,000 to 12,000 steps.
    const double dayFactor = 0.45 + random.bounded(1.0);
    const Bout bouts[] = {
        {7 * 60 + random.bounded(60), 15 + random.bounded(25), 95 + random.bounded(20)},
        {15 * 60 + random.bounded(90), static_cast<int>(10 + 40 * dayFactor),
         100 + random.bounded(15)},
    };
    const int restingRate = 58 + random.bounded(6);

    MinuteSamples samples;
    samples.reserve(kSleepMinute - kWakeMinute);
    for (int minute = kWakeMinute; minute < kSleepMinute; ++minute) {
        const qint64 utc = dayStart + qint64(minute) * 60;
        if (utc > untilUtc)
            break;
        int steps = random.bounded(100) < 30 ? random.bounded(int(20 * dayFactor) + 1) : 0;
        for (const Bout &bout : bouts) {
            if (minute >= bout.startMinute && minute < bout.startMinute + bout.length)
                steps = qMin(kMaxStepsPerMinute, bout.cadence + random.bounded(11) - 5);
        }
        MinuteSample sample;
        sample.minuteUtc = utc;
        sample.steps = steps;
        sample.heartRate =
            qBound(kMinHeartRate, restingRate + steps / 3 + random.bounded(7) - 3, kMaxHeartRate);
        samples.append(sample);
    }
    return samples;
}

} // namespace

DemoDataSeeder::DemoDataSeeder(Database &database, const Clock &clock, PointsPolicy policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(std::move(policy)) {}

StorageError DemoDataSeeder::seedIfEmpty(const Options &options) {
    DeviceStore devices(m_database);
    StorageError error;
    if (!devices.devices(&error).isEmpty() || error)
        return error;

    Device demo;
    demo.address = QString::fromLatin1(kDemoAddress);
    demo.name = QStringLiteral("WristDoc demo watch");
    demo.model = QStringLiteral("Simulated");
    demo.firmware = QStringLiteral("demo");
    demo.demo = true;
    const qint64 deviceId = devices.ensureDevice(demo, &error);
    if (error)
        return error;

    const qint64 nowUtc = m_clock.nowUtc().toSecsSinceEpoch() / 60 * 60;
    const QDate today = m_policy.localDate(nowUtc);
    QRandomGenerator random(options.seed);
    MinuteSamples samples;
    QVector<DaySteps> days;
    for (int back = options.days - 1; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const MinuteSamples daySamples = simulateDay(m_policy, day, nowUtc, random);
        int total = 0;
        for (const MinuteSample &sample : daySamples)
            total += sample.steps;
        days.append({day, total});
        samples += daySamples;
    }

    SampleStore store(m_database);
    if (StorageError ingestError = store.ingest(deviceId, samples))
        return ingestError;

    // Older days look as if the server had already credited them; recent ones stay pending.
    const PointsCalculator calculator(m_policy);
    const QDate birthDate(1970, 1, 1);
    LedgerStore ledger(m_database);
    const QDate lastConfirmed = today.addDays(-options.confirmedUpToDaysAgo);
    for (const DayPoints &day : calculator.evaluate(days, birthDate)) {
        if (day.date > lastConfirmed || day.points <= 0)
            continue;
        LedgerEntry entry;
        entry.date = day.date;
        entry.kind = LedgerKind::Confirmed;
        entry.points = day.points;
        entry.policyVersion = m_policy.version();
        entry.reference = QStringLiteral("demo:") + day.date.toString(Qt::ISODate);
        entry.demo = true;
        entry.recordedUtc = QDateTime::fromSecsSinceEpoch(
            m_policy.dayStartUtc(day.date.addDays(1)) + 3 * 3600, Qt::UTC);
        if (StorageError ledgerError = ledger.record(entry))
            return ledgerError;
    }
    return devices.markSynced(deviceId, QDateTime::fromSecsSinceEpoch(nowUtc, Qt::UTC));
}

} // namespace wristdoc
