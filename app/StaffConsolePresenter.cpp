#include "StaffConsolePresenter.h"

#include "AnswerClassifier.h"
#include "AppLogging.h"
#include "Clock.h"
#include "OutboxExport.h"
#include "OutboxStore.h"

#include <QPointer>

namespace wristdoc {

namespace {

bool waits(DeliveryState state) {
    return state == DeliveryState::Pending || state == DeliveryState::Queued ||
           state == DeliveryState::NeedsAttention;
}

} // namespace

StaffConsolePresenter::StaffConsolePresenter(OutboxStore &outbox, const EnrolmentStore &enrolments,
                                             const Clock &clock, StatusProbe probe, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_enrolments(enrolments)
    , m_clock(clock)
    , m_probe(std::move(probe)) {
    m_snapshot.reachability =
        m_probe ? ServerReachability::Unknown : ServerReachability::NotConfigured;
}

void StaffConsolePresenter::refresh() {
    StaffConsoleSnapshot &s = m_snapshot;
    s.nowUtc = m_clock.nowUtc();
    StorageError error;
    const QVector<OutboxItem> items = m_outbox.list(&error);
    s.storageFailed = bool(error);
    if (!error) {
        s.items.clear();
        s.items.reserve(items.size());
        for (const OutboxItem &item : items)
            s.items.append({item.id, item.status, waits(item.status.state)});
    }
    StorageError more;
    s.counts = m_outbox.stateCounts(&more);
    s.oldestPendingAgeSeconds = m_outbox.oldestPendingAgeSeconds(&more);
    s.lastConfirmedUtc = m_outbox.lastConfirmedUtc(&more);
    s.storageFailed = s.storageFailed || bool(more);
    if (s.storageFailed)
        qCWarning(lcApp).noquote()
            << "staff console: outbox not readable:" << (error ? error.detail : more.detail);
    Q_EMIT snapshotChanged(s);
}

void StaffConsolePresenter::checkServer() {
    if (!m_probe || m_checking)
        return;
    m_checking = true;
    m_snapshot.reachability = ServerReachability::Checking;
    Q_EMIT snapshotChanged(m_snapshot);
    QPointer<StaffConsolePresenter> self(this);
    m_probe([self](const HttpReply &reply) {
        if (self)
            self->onStatus(reply);
    });
}

void StaffConsolePresenter::onStatus(const HttpReply &reply) {
    m_checking = false;
    const QDateTime now = m_clock.nowUtc();
    const ServerAnswer answer = AnswerClassifier::serverStatus(reply, now);
    StaffConsoleSnapshot &s = m_snapshot;
    s.reachabilityCheckedUtc = now;
    if (answer.kind == AnswerKind::StatusOk) {
        s.reachability = ServerReachability::Reachable;
        s.reachabilityCode.clear();
    } else if (reply.networkError != NetworkErrorKind::None) {
        s.reachability = ServerReachability::Unreachable;
        s.reachabilityCode = networkErrorCode(reply.networkError);
    } else {
        s.reachability = ServerReachability::Busy;
        s.reachabilityCode = answer.code;
    }
    refresh();
}

void StaffConsolePresenter::retryNow(qint64 id) {
    const StorageError error = m_outbox.retryNow(id);
    if (error && error.code != StorageErrorCode::InvalidData)
        qCWarning(lcApp).noquote() << "staff retry of item" << id << "failed:" << error.detail;
    const int count = !error ? 1 : (error.code == StorageErrorCode::InvalidData ? 0 : -1);
    if (count > 0 && m_wake)
        m_wake();
    refresh();
    Q_EMIT retried(count);
}

void StaffConsolePresenter::retryAll() {
    StorageError error;
    const int count = m_outbox.retryAll(&error);
    if (count > 0 && m_wake)
        m_wake();
    refresh();
    Q_EMIT retried(error ? -1 : count);
}

void StaffConsolePresenter::exportTo(const QString &path) {
    StaffExportOutcome outcome;
    outcome.path = path;
    const OutboxExport::Result result = OutboxExport::writeTo(path, m_outbox, m_enrolments);
    outcome.items = result.items;
    outcome.withPersonalData = result.withPersonalData;
    switch (result.problem) {
    case OutboxExport::Problem::None:
        qCInfo(lcApp) << "staff export written:" << result.items << "items";
        break;
    case OutboxExport::Problem::WrongKey:
        outcome.problem = StaffExportOutcome::Problem::NoKey;
        break;
    case OutboxExport::Problem::Storage:
        outcome.problem = StaffExportOutcome::Problem::Storage;
        break;
    case OutboxExport::Problem::CannotWrite:
        // The path may name a person's folder; the reason is enough for the log.
        qCWarning(lcApp) << "staff export could not be written";
        outcome.problem = StaffExportOutcome::Problem::CannotWrite;
        break;
    }
    Q_EMIT exported(outcome);
}

} // namespace wristdoc
