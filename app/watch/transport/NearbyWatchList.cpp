#include "NearbyWatchList.h"

#include "WatchProfile.h"

#include <algorithm>

namespace wristdoc {

NearbyWatchList::NearbyWatchList(int staleAfterSecs)
    : m_staleAfterSecs(staleAfterSecs) {}

bool NearbyWatchList::isProfileWatch(const DiscoveredWatch &watch) {
    static const QList<QUuid> services = {
        WatchProfile::historyService(),
        WatchProfile::fromShort(WatchProfile::kHeartRateService),
    };
    return std::any_of(watch.serviceUuids.cbegin(), watch.serviceUuids.cend(),
                       [](const QUuid &uuid) { return services.contains(uuid); });
}

bool NearbyWatchList::update(const DiscoveredWatch &watch, const QDateTime &seenUtc) {
    if (watch.address.isEmpty() || !isProfileWatch(watch))
        return false;
    DiscoveredWatch entry = watch;
    entry.lastSeenUtc = seenUtc;
    const auto previous = m_entries.constFind(watch.address);
    if (previous != m_entries.cend()) {
        // A scan response without the name, or an advert without RSSI, keeps what was known.
        if (entry.name.isEmpty())
            entry.name = previous->name;
        if (entry.rssi == 0)
            entry.rssi = previous->rssi;
    }
    m_entries.insert(watch.address, entry);
    return true;
}

QVector<DiscoveredWatch> NearbyWatchList::visible(const QDateTime &nowUtc) const {
    QVector<DiscoveredWatch> result;
    for (const DiscoveredWatch &entry : m_entries) {
        if (entry.lastSeenUtc.secsTo(nowUtc) <= m_staleAfterSecs)
            result.append(entry);
    }
    std::sort(result.begin(), result.end(), [](const DiscoveredWatch &a, const DiscoveredWatch &b) {
        const bool aKnown = a.rssi != 0;
        const bool bKnown = b.rssi != 0;
        if (aKnown != bKnown)
            return aKnown;
        if (a.rssi != b.rssi)
            return a.rssi > b.rssi;
        return a.address < b.address;
    });
    return result;
}

} // namespace wristdoc
