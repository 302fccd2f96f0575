#pragma once

#include "DeliveryStatus.h"

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace wristdoc {

// Whether the programme server answers, as the staff console shows it.
enum class ServerReachability {
    NotConfigured, // this kiosk has no server address: items wait for a run with one
    Unknown,       // not asked yet
    Checking,      // a GET /v1/status is under way
    Reachable,     // it answered "ok"
    Busy,          // it answered, but is over capacity or failing (429, 5xx)
    Unreachable,   // no HTTP answer: refused, timed out, no network, certificate problem
};

// One outbox item on the console. No personal data.
struct StaffOutboxRow {
    qint64 id = 0;
    DeliveryStatus status;
    bool canRetry = false; // pending, queued or needs attention
};

// Everything the staff console shows, as plain values (the widgets never read storage).
struct StaffConsoleSnapshot {
    QVector<StaffOutboxRow> items; // oldest first
    QMap<DeliveryState, int> counts;
    qint64 oldestPendingAgeSeconds = -1; // -1: nothing waiting
    QDateTime lastConfirmedUtc;          // invalid: never
    ServerReachability reachability = ServerReachability::Unknown;
    QString reachabilityCode; // why, for Busy and Unreachable ("connection-refused", "http-503")
    QDateTime reachabilityCheckedUtc;
    QDateTime nowUtc;           // when the snapshot was taken (relative times are from here)
    bool storageFailed = false; // the outbox could not be read; the rest may be stale
};

// What became of "export for manual processing".
struct StaffExportOutcome {
    enum class Problem { None, NoKey, Storage, CannotWrite };
    Problem problem = Problem::None;
    QString path;
    int items = 0;
    int withPersonalData = 0;
    bool ok() const { return problem == Problem::None; }
};

} // namespace wristdoc

Q_DECLARE_METATYPE(wristdoc::StaffConsoleSnapshot)
