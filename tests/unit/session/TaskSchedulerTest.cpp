// Both schedulers: virtual time for tests, the event loop for the application.
#include "EventLoopScheduler.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "QtCoreTestEnvironment.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <memory>

using namespace wristdoc;

namespace {

const QDateTime kStart(QDate(2026, 3, 8), QTime(9, 0), QTimeZone::utc());

TEST(TaskSchedulerTest, ManualRunsInDueOrderAndMovesTheClock) {
    ManualClock clock(kStart);
    ManualScheduler scheduler(&clock);
    QStringList order;
    QVector<QDateTime> seen;
    scheduler.schedule(300, nullptr, [&] {
        order << "300";
        seen << clock.nowUtc();
    });
    scheduler.schedule(100, nullptr, [&] {
        order << "100";
        seen << clock.nowUtc();
    });
    scheduler.schedule(100, nullptr, [&] { order << "100b"; });
    scheduler.schedule(0, nullptr, [&] {
        order << "0";
        scheduler.schedule(0, nullptr, [&] { order << "0-nested"; });
    });
    EXPECT_TRUE(order.isEmpty()); // never inside schedule()
    EXPECT_EQ(scheduler.runDue(), 2);
    EXPECT_EQ(order, (QStringList{"0", "0-nested"}));
    EXPECT_EQ(scheduler.nextDueInMs(), 100);
    scheduler.advance(250);
    EXPECT_EQ(order, (QStringList{"0", "0-nested", "100", "100b"}));
    EXPECT_EQ(seen.first(), kStart.addMSecs(100));
    EXPECT_EQ(clock.nowUtc(), kStart.addMSecs(250));
    EXPECT_TRUE(scheduler.runUntil([&] { return order.size() == 5; }));
    EXPECT_EQ(seen.last(), kStart.addMSecs(300));
    EXPECT_EQ(scheduler.pendingCount(), 0);
}

TEST(TaskSchedulerTest, ManualCancelAndDeadContexts) {
    ManualScheduler scheduler;
    int runs = 0;
    const auto id = scheduler.schedule(10, nullptr, [&] { ++runs; });
    auto context = std::make_unique<QObject>();
    scheduler.schedule(10, context.get(), [&] { ++runs; });
    scheduler.schedule(10, nullptr, [&] { ++runs; });
    scheduler.cancel(id);
    context.reset();
    scheduler.advance(20);
    EXPECT_EQ(runs, 1);
    EXPECT_FALSE(scheduler.runUntil([] { return false; }, 1000)); // nothing left: returns
    EXPECT_EQ(scheduler.elapsedMs(), 20);
}

TEST(TaskSchedulerTest, EventLoopRunsPostedTasksInOrderAndHonoursCancel) {
    EventLoopScheduler scheduler;
    QObject context;
    QStringList order;
    QEventLoop loop;
    scheduler.schedule(0, &context, [&] { order << "a"; });
    const auto cancelled = scheduler.schedule(0, &context, [&] { order << "cancelled"; });
    scheduler.schedule(0, &context, [&] { order << "b"; });
    const auto timer = scheduler.schedule(5, &context, [&] { order << "timer-cancelled"; });
    scheduler.schedule(20, &context, [&] {
        order << "late";
        loop.quit();
    });
    scheduler.cancel(cancelled);
    scheduler.cancel(timer);
    EXPECT_TRUE(order.isEmpty());
    loop.exec();
    EXPECT_EQ(order, (QStringList{"a", "b", "late"}));
}

} // namespace
