#include "ActivityDayStore.h"

#include "Clock.h"
#include "Database.h"
#include "FullSync.h"
#include "OutboxStore.h"
#include "SqliteTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace wristdoc {

namespace {

const char kColumns[] = "a.local_date, a.revision, a.steps, a.minutes_worn, a.hourly_steps,"
                        " a.device, a.policy_version, a.digest, o.state";

ActivityDaySummary readSummary(const QSqlQuery &q, const QString &participantId) {
    ActivityDaySummary s;
    s.participantId = participantId;
    s.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    s.revision = q.value(1).toInt();
    s.steps = q.value(2).toInt();
    s.minutesWorn = q.value(3).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toByteArray()).array())
        s.hourlySteps.append(v.toInt());
    s.device = q.value(5).toString();
    s.policyVersion = q.value(6).toString();
    s.digest = q.value(7).toString();
    return s;
}

StorageError failed(const QSqlQuery &q, const char *what) {
    return storageErrorFromQuery(q.lastError(), QString::fromLatin1(what));
}

} // namespace

ActivityDayStore::ActivityDayStore(Database &database, OutboxStore *outbox, const Clock *clock)
    : m_database(database)
    , m_outbox(outbox)
    , m_clock(clock) {}

bool ActivityDayStore::latest(const QString &participantId, const QDate &date,
                              ActivityDaySummary *out, StorageError *error) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM activity_days a LEFT JOIN outbox o"
                             " ON o.kind = 'activity-day' AND o.item_id = a.id"
                             " WHERE a.participant_id = ? AND a.local_date = ?"
                             " ORDER BY a.revision DESC LIMIT 1")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(participantId);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = failed(q, "read activity day");
        return false;
    }
    if (!q.next())
        return false;
    *out = readSummary(q, participantId);
    return true;
}

StorageError ActivityDayStore::enqueue(const ActivityDaySummary &summary,
                                       const QDateTime &notBeforeUtc) {
    sqlite3 *db = m_database.handle();
    if (!db || !m_outbox || !m_clock)
        return {StorageErrorCode::CannotOpen, QStringLiteral("no database or outbox to write to")};
    if (summary.participantId.isEmpty() || !summary.date.isValid() || summary.revision < 1)
        return {StorageErrorCode::InvalidData, QStringLiteral("activity day without participant,"
                                                              " date or revision")};
    ActivityDaySummary newest;
    StorageError error;
    if (latest(summary.participantId, summary.date, &newest, &error) &&
        newest.revision >= summary.revision)
        return {StorageErrorCode::InvalidData,
                QStringLiteral("activity day revision %1 is not above the stored %2")
                    .arg(summary.revision)
                    .arg(newest.revision)};
    if (error)
        return error;

    const QDateTime now = m_clock->nowUtc();
    FullSync fullSync(db);
    SqliteTransaction transaction(db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("begin activity day"));
    if (!m_insert.get()) {
        rc = m_insert.prepare(
            db, "INSERT INTO activity_days (participant_id, local_date, revision, steps,"
                " minutes_worn, hourly_steps, device, policy_version, digest, created_ms)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        if (rc != SQLITE_OK)
            return storageErrorFromSqlite(rc, QStringLiteral("prepare activity day"));
    }
    QJsonArray hours;
    for (int h : summary.hourlySteps)
        hours.append(h);
    m_insert.bind(1, summary.participantId.toUtf8());
    m_insert.bind(2, summary.date.toString(Qt::ISODate).toUtf8());
    m_insert.bind(3, summary.revision);
    m_insert.bind(4, summary.steps);
    m_insert.bind(5, summary.minutesWorn);
    m_insert.bind(6, QJsonDocument(hours).toJson(QJsonDocument::Compact));
    m_insert.bind(7, summary.device.toUtf8());
    m_insert.bind(8, summary.policyVersion.toUtf8());
    m_insert.bind(9, summary.digest.toUtf8());
    m_insert.bind(10, now.toMSecsSinceEpoch());
    rc = m_insert.run();
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("insert activity day"));
    const qint64 dayId = sqlite3_last_insert_rowid(db);
    if (StorageError inserted =
            m_outbox->insert(OutboxKind::ActivityDay, dayId, summary.idempotencyKey(),
                            summary.toJson(), now, nullptr, notBeforeUtc))
        return inserted;
    rc = transaction.commit();
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("commit activity day"));
    return {};
}

QVector<LocalActivityDay> ActivityDayStore::days(const QString &participantId, const QDate &from,
                                                 const QDate &to, StorageError *error) const {
    QVector<LocalActivityDay> out;
    QSqlQuery q(m_database.connection());
    // The newest revision per date: the one no higher revision of the same date exceeds.
    q.prepare(QStringLiteral("SELECT %1 FROM activity_days a LEFT JOIN outbox o"
                             " ON o.kind = 'activity-day' AND o.item_id = a.id"
                             " WHERE a.participant_id = ? AND a.local_date BETWEEN ? AND ?"
                             " AND a.revision = (SELECT max(revision) FROM activity_days b"
                             "  WHERE b.participant_id = a.participant_id"
                             "  AND b.local_date = a.local_date)"
                             " ORDER BY a.local_date")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(participantId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec()) {
        if (error)
            *error = failed(q, "read activity days");
        return out;
    }
    while (q.next()) {
        LocalActivityDay day;
        day.summary = readSummary(q, participantId);
        const QString state = q.value(8).toString();
        day.upload = state == QLatin1String("confirmed") ? LocalActivityDay::Upload::Credited
                     : state == QLatin1String("rejected") ? LocalActivityDay::Upload::Refused
                                                          : LocalActivityDay::Upload::Queued;
        out.append(day);
    }
    return out;
}

StorageError ActivityDayStore::removeParticipant(const QString &participantId) {
    sqlite3 *db = m_database.handle();
    SqliteTransaction transaction(db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("begin removing activity days"));
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE kind = 'activity-day' AND item_id IN"
                             " (SELECT id FROM activity_days WHERE participant_id = ?)"));
    q.addBindValue(participantId);
    if (!q.exec())
        return failed(q, "remove activity uploads");
    q.prepare(QStringLiteral("DELETE FROM activity_days WHERE participant_id = ?"));
    q.addBindValue(participantId);
    if (!q.exec())
        return failed(q, "remove activity days");
    rc = transaction.commit();
    if (rc != SQLITE_OK)
        return storageErrorFromSqlite(rc, QStringLiteral("commit removing activity days"));
    return {};
}

} // namespace wristdoc
