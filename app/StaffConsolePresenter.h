#pragma once

#include "ProgrammeApi.h"
#include "StaffConsoleSnapshot.h"

#include <QObject>

#include <functional>

namespace wristdoc {

class Clock;
class EnrolmentStore;
class OutboxStore;

// The staff console's model: reads the outbox into a StaffConsoleSnapshot, asks the server
// whether it answers, and carries out the console's actions (retry one or all now, export for
// manual processing). Storage and the network stay here; the widget gets plain values.
class StaffConsolePresenter : public QObject {
    Q_OBJECT

public:
    // GET /v1/status through whatever the composition root has (ProgrammeApiClient::getStatus);
    // empty when the kiosk has no server.
    using StatusProbe = std::function<void(ProgrammeApi::Done)>;

    StaffConsolePresenter(OutboxStore &outbox, const EnrolmentStore &enrolments, const Clock &clock,
                          StatusProbe probe, QObject *parent = nullptr);

    // Called after a retry so the delivery worker looks at the outbox now (OutboxWorker::wake).
    void setWakeWorker(std::function<void()> wake) { m_wake = std::move(wake); }

    const StaffConsoleSnapshot &snapshot() const { return m_snapshot; }

public Q_SLOTS:
    void refresh();     // re-reads the outbox; emits snapshotChanged
    void checkServer(); // one status request at a time; the answer comes with snapshotChanged
    void retryNow(qint64 id);
    void retryAll();
    void exportTo(const QString &path);

Q_SIGNALS:
    void snapshotChanged(const wristdoc::StaffConsoleSnapshot &snapshot);
    // How many items were set to go now; -1 when storage failed, 0 when none could be.
    void retried(int count);
    void exported(const wristdoc::StaffExportOutcome &outcome);

private:
    void onStatus(const HttpReply &reply);

    OutboxStore &m_outbox;
    const EnrolmentStore &m_enrolments;
    const Clock &m_clock;
    StatusProbe m_probe;
    std::function<void()> m_wake;
    StaffConsoleSnapshot m_snapshot;
    bool m_checking = false;
};

} // namespace wristdoc
