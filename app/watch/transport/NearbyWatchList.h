#pragma once

#include "WatchTransport.h"

#include <QDateTime>
#include <QHash>
#include <QVector>

namespace wristdoc {

// The watches a scan has seen, as the pairing screen lists them: only devices that advertise a
// service of the watch profile, strongest signal first, and none that has not been heard from
// for staleAfterSecs (a watch that left the counter disappears from the list).
class NearbyWatchList {
public:
    explicit NearbyWatchList(int staleAfterSecs = 10);

    // Whether a discovered device belongs in the list at all.
    static bool isProfileWatch(const DiscoveredWatch &watch);

    // Records a sighting at seenUtc. Returns false for a device that is not a profile watch.
    bool update(const DiscoveredWatch &watch, const QDateTime &seenUtc);
    // Seen within staleAfterSecs of nowUtc; RSSI descending, unknown RSSI (0) last, then by
    // address so the order is stable.
    QVector<DiscoveredWatch> visible(const QDateTime &nowUtc) const;
    void clear() { m_entries.clear(); }
    int staleAfterSecs() const { return m_staleAfterSecs; }

private:
    int m_staleAfterSecs;
    QHash<QString, DiscoveredWatch> m_entries; // by address; lastSeenUtc = time of the sighting
};

} // namespace wristdoc
