#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace wristdoc::bench {

// A cache holding five years of per-minute steps and heart rate for one device (2,629,440 rows per
// series, rollups and a confirmed ledger included), ending on fiveYearToday() in Seoul.
QDate fiveYearToday();      // last local day of the cache
QDateTime fiveYearNowUtc(); // noon in Seoul on fiveYearToday()
qint64 seoulMidnight(const QDate &day);

// Path of that cache, built once through the real ingest path and kept in
// <temp>/wristdoc-bench/ for later runs, keyed by schema and generator version. Empty on failure
// (the reason is printed).
QString fiveYearDatabase();

} // namespace wristdoc::bench
