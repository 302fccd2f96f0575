#include "DashboardRepository.h"

#include "AppStateStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "LedgerStore.h"
#include "PointsCalculator.h"
#include "SampleStore.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace wristdoc {

namespace {

constexpr qint64 kChartBucketSecs = 5 * 60; // heart-rate chart: 5-minute averages
// Without a stored birth date the participant is taken to be 40: the youngest walking rule.
constexpr int kDefaultAgeYears = 40;

} // namespace

DashboardRepository::DashboardRepository(Database &database, const Clock &clock,
                                         PointsPolicy policy)
    : m_database(database)
    , m_clock(clock)
    , m_policy(std::move(policy)) {}

QDate DashboardRepository::birthDate() const {
    return birthDateOn(m_policy.localDate(m_clock.nowUtc().toSecsSinceEpoch()));
}

QDate DashboardRepository::birthDateOn(const QDate &today) const {
    const QDate stored =
        QDate::fromString(AppStateStore(m_database).value(birthDateKey()), Qt::ISODate);
    return stored.isValid() ? stored : today.addYears(-kDefaultAgeYears);
}

DashboardSnapshot DashboardRepository::snapshot(StorageError *error) const {
    StorageError firstError;
    const auto keep = [&firstError](const StorageError &e) {
        if (e && !firstError)
            firstError = e;
    };

    DashboardSnapshot snapshot;
    const QDate today = m_policy.localDate(m_clock.nowUtc().toSecsSinceEpoch());
    snapshot.today = today;
    snapshot.policyVersion = m_policy.version();
    snapshot.capPerHalfYear = m_policy.capPerHalfYear();
    snapshot.conversionMinimum = m_policy.conversionMinimum();

    const QDate birth = birthDateOn(today);
    const WalkingRule rule = m_policy.ruleFor(birth, today);
    snapshot.stepGoal = rule.steps;
    snapshot.goalPoints = rule.points * m_policy.multiplierOn(today);

    // One rollup read covers the week chart and the pending points of the half-year.
    const bool firstHalf = today.month() <= 6;
    const QDate halfStart(today.year(), firstHalf ? 1 : 7, 1);
    const QDate halfEnd(today.year(), firstHalf ? 6 : 12, firstHalf ? 30 : 31);
    const QDate weekStart = today.addDays(-6);
    SampleStore samples(m_database);
    StorageError e;
    const QVector<DailyRollup> rollups = samples.rollups(std::min(weekStart, halfStart), today, &e);
    keep(e);

    auto rollup = rollups.cbegin();
    for (QDate day = weekStart; day <= today; day = day.addDays(1)) {
        while (rollup != rollups.cend() && rollup->date < day)
            ++rollup;
        DashboardSnapshot::DayTotal total;
        total.date = day;
        if (rollup != rollups.cend() && rollup->date == day)
            total.steps = rollup->steps;
        snapshot.week.append(total);
    }
    if (!rollups.isEmpty() && rollups.constLast().date == today) {
        const DailyRollup &last = rollups.constLast();
        snapshot.todaySteps = last.steps;
        snapshot.averageHeartRate = last.hrAvg;
        snapshot.maxHeartRate = last.hrMax;
    }

    // Today's heart rate as 5-minute averages: enough for the chart, a few hundred points.
    const MinuteSamples minutes = samples.heartRateMinutes(today, &e);
    keep(e);
    int resting = std::numeric_limits<int>::max();
    for (int i = 0; i < minutes.size();) {
        const qint64 bucket = minutes[i].minuteUtc - minutes[i].minuteUtc % kChartBucketSecs;
        qint64 sum = 0;
        int count = 0;
        for (; i < minutes.size() && minutes[i].minuteUtc < bucket + kChartBucketSecs; ++i) {
            sum += minutes[i].heartRate;
            ++count;
        }
        DashboardSnapshot::HeartRatePoint point;
        point.timeUtc = QDateTime::fromSecsSinceEpoch(bucket, Qt::UTC);
        point.bpm = int((sum + count / 2) / count);
        snapshot.heartRateToday.append(point);
        resting = std::min(resting, point.bpm);
    }
    snapshot.restingHeartRate = snapshot.heartRateToday.isEmpty() ? 0 : resting;

    // Points: the server's confirmed balance, and locally computed points of the half-year's
    // days the server has not confirmed yet, capped so confirmed + pending never passes the cap.
    LedgerStore ledger(m_database);
    const LedgerBalance balance = ledger.balance(&e);
    keep(e);
    const QVector<QDate> confirmedDays = ledger.confirmedDates(halfStart, halfEnd, &e);
    keep(e);
    const int confirmedInHalfYear = ledger.confirmedBetween(halfStart, halfEnd);
    const PointsCalculator calculator(m_policy);
    int earnedInHalfYear = confirmedInHalfYear;
    int pending = 0;
    for (const DailyRollup &day : rollups) {
        if (day.date < halfStart || day.steps <= 0 ||
            std::binary_search(confirmedDays.cbegin(), confirmedDays.cend(), day.date))
            continue;
        const DayPoints points =
            calculator.evaluateDay(DaySteps{day.date, day.steps}, birth, earnedInHalfYear);
        pending += points.points;
        earnedInHalfYear += points.points;
    }
    snapshot.confirmedPoints = balance.available();
    snapshot.pendingPoints = pending;
    snapshot.halfYearPoints = confirmedInHalfYear + pending;
    snapshot.conversionAvailable = snapshot.confirmedPoints >= snapshot.conversionMinimum;
    snapshot.lastServerConfirmationUtc = ledger.lastConfirmationUtc();

    QSqlQuery devices(m_database.connection());
    devices.setForwardOnly(true);
    if (devices.exec(QStringLiteral("SELECT count(*), max(last_sync_utc) FROM devices")) &&
        devices.next()) {
        snapshot.hasDevice = devices.value(0).toInt() > 0;
        if (!devices.value(1).isNull())
            snapshot.lastWatchSyncUtc =
                QDateTime::fromSecsSinceEpoch(devices.value(1).toLongLong(), Qt::UTC);
    } else {
        keep(storageErrorFromQuery(devices.lastError(), QStringLiteral("read devices")));
    }
    snapshot.demoData = DeviceStore(m_database).hasDemoData();

    if (error)
        *error = firstError;
    return snapshot;
}

} // namespace wristdoc
