#include "NearbyWatchList.h"
#include "WatchProfile.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace wristdoc;

namespace {

const QDateTime kStart(QDate(2026, 3, 8), QTime(10, 0), QTimeZone::utc());

DiscoveredWatch watch(const QString &address, int rssi,
                      QList<QUuid> services = {WatchProfile::historyService()}) {
    DiscoveredWatch found;
    found.address = address;
    found.name = QStringLiteral("W ") + address;
    found.rssi = rssi;
    found.serviceUuids = services;
    return found;
}

QStringList order(const QVector<DiscoveredWatch> &list) {
    QStringList result;
    for (const DiscoveredWatch &entry : list)
        result << entry.address;
    return result;
}

TEST(NearbyWatchListTest, OnlyProfileWatchesAreListed) {
    NearbyWatchList list;
    EXPECT_TRUE(list.update(watch("a", -50), kStart));
    EXPECT_TRUE(list.update(
        watch("hr", -50, {WatchProfile::fromShort(WatchProfile::kHeartRateService)}), kStart));
    EXPECT_FALSE(list.update(watch("speaker", -20, {}), kStart));
    EXPECT_FALSE(list.update(
        watch("tag", -20, {WatchProfile::fromShort(WatchProfile::kBatteryService)}), kStart));
    EXPECT_EQ(order(list.visible(kStart)), (QStringList{"a", "hr"}));
}

TEST(NearbyWatchListTest, StrongestFirstUnknownLastStableOnTies) {
    NearbyWatchList list;
    list.update(watch("far", -85), kStart);
    list.update(watch("unknown", 0), kStart);
    list.update(watch("near", -40), kStart);
    list.update(watch("b-mid", -60), kStart);
    list.update(watch("a-mid", -60), kStart);
    EXPECT_EQ(order(list.visible(kStart)),
              (QStringList{"near", "a-mid", "b-mid", "far", "unknown"}));
}

TEST(NearbyWatchListTest, EntriesNotSeenForTheLimitAreHidden) {
    NearbyWatchList list(10);
    list.update(watch("a", -50), kStart);
    list.update(watch("b", -60), kStart.addSecs(8));
    EXPECT_EQ(list.visible(kStart.addSecs(10)).size(), 2);
    EXPECT_EQ(order(list.visible(kStart.addSecs(11))), QStringList{"b"});
    list.update(watch("a", -55), kStart.addSecs(12)); // heard again: back
    EXPECT_EQ(order(list.visible(kStart.addSecs(12))), (QStringList{"a", "b"}));
    EXPECT_TRUE(list.visible(kStart.addSecs(30)).isEmpty());
}

TEST(NearbyWatchListTest, AnAdvertWithoutNameOrRssiKeepsWhatWasKnown) {
    NearbyWatchList list;
    list.update(watch("a", -50), kStart);
    DiscoveredWatch bare = watch("a", 0);
    bare.name.clear();
    list.update(bare, kStart.addSecs(1));
    const auto visible = list.visible(kStart.addSecs(1));
    ASSERT_EQ(visible.size(), 1);
    EXPECT_EQ(visible.first().name, QStringLiteral("W a"));
    EXPECT_EQ(visible.first().rssi, -50);
    EXPECT_EQ(visible.first().lastSeenUtc, kStart.addSecs(1));
}

} // namespace
