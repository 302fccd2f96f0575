#include "ActivityStore.h"

#include "ActivityDayUpload.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wristdoc {

namespace {

const QString kColumns =
    QStringLiteral("id, date, revision, steps, points, policy_version, digest");

CreditedDay readDay(const QSqlQuery &q) {
    CreditedDay d;
    d.creditId = q.value(0).toLongLong();
    d.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    d.revision = q.value(2).toInt();
    d.steps = q.value(3).toInt();
    d.points = q.value(4).toInt();
    d.policyVersion = q.value(5).toString();
    d.digest = q.value(6).toString();
    return d;
}

} // namespace

ActivityStore::ActivityStore(ServerDatabase *database)
    : m_database(database) {}

bool ActivityStore::fail(const QString &error) {
    m_lastError = error;
    return false;
}

QString ActivityStore::creditName(qint64 creditId) {
    return QStringLiteral("C-%1").arg(creditId, 6, 10, QLatin1Char('0'));
}

std::optional<CreditedDay> ActivityStore::inForce(const QString &participantId, const QDate &date,
                                                  bool *ok) {
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM activity_credits WHERE participant_id = ? "
                             "AND date = ? AND superseded = 0")
                  .arg(kColumns));
    q.addBindValue(participantId);
    q.addBindValue(date.toString(Qt::ISODate));
    *ok = q.exec() || fail(q.lastError().text());
    if (!*ok || !q.next())
        return std::nullopt;
    return readDay(q);
}

qint64 ActivityStore::pointsBetween(const QString &participantId, const QDate &from,
                                    const QDate &to, const QDate &except) {
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM activity_credits "
                             "WHERE participant_id = ? AND superseded = 0 AND date >= ? "
                             "AND date <= ? AND date <> ?"));
    q.addBindValue(participantId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(except.toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return fail(q.lastError().text()), -1;
    return q.value(0).toLongLong();
}

qint64 ActivityStore::credit(const ActivityDayUpload &day, int points, qint64 nowMs) {
    const QString date = day.date.toString(Qt::ISODate);
    QSqlQuery supersede(m_database->connection());
    supersede.prepare(QStringLiteral("UPDATE activity_credits SET superseded = 1 "
                                     "WHERE participant_id = ? AND date = ? AND superseded = 0"));
    supersede.addBindValue(day.participantId);
    supersede.addBindValue(date);
    if (!supersede.exec())
        return fail(supersede.lastError().text()), -1;

    QJsonArray hourly;
    for (int steps : day.hourlySteps)
        hourly.append(steps);
    QSqlQuery insert(m_database->connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO activity_credits (participant_id, date, revision, steps, hourly_steps, "
        "minutes_worn, device, policy_version, digest, points, received_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(day.participantId);
    insert.addBindValue(date);
    insert.addBindValue(day.revision);
    insert.addBindValue(day.steps);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(hourly).toJson(QJsonDocument::Compact)));
    insert.addBindValue(day.minutesWorn);
    insert.addBindValue(day.device);
    insert.addBindValue(day.policyVersion);
    insert.addBindValue(day.digest);
    insert.addBindValue(points);
    insert.addBindValue(nowMs);
    if (!insert.exec())
        return fail(insert.lastError().text()), -1;
    return insert.lastInsertId().toLongLong();
}

QVector<CreditedDay> ActivityStore::daysBetween(const QString &participantId, const QDate &from,
                                                const QDate &to, bool *ok) {
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM activity_credits WHERE participant_id = ? "
                             "AND superseded = 0 AND date >= ? AND date <= ? ORDER BY date")
                  .arg(kColumns));
    q.addBindValue(participantId);
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    QVector<CreditedDay> days;
    *ok = q.exec() || fail(q.lastError().text());
    while (*ok && q.next())
        days.append(readDay(q));
    return days;
}

qint64 ActivityStore::totalPoints(const QString &participantId) {
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM activity_credits "
                             "WHERE participant_id = ? AND superseded = 0"));
    q.addBindValue(participantId);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text()), -1;
    return q.value(0).toLongLong();
}

} // namespace wristdoc
