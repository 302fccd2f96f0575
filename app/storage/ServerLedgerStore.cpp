#include "ServerLedgerStore.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace wristdoc {

namespace {

StorageError failed(const QSqlQuery &q, const char *what) {
    return storageErrorFromQuery(q.lastError(), QString::fromLatin1(what));
}

QString iso(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

ServerLedgerStore::ServerLedgerStore(Database &database)
    : m_database(database) {}

StorageError ServerLedgerStore::replace(const ServerLedger &ledger, const QDateTime &fetchedUtc) {
    QSqlDatabase db = m_database.connection();
    if (!db.transaction())
        return storageErrorFromQuery(db.lastError(), QStringLiteral("begin ledger"));
    auto rollback = [&db](StorageError error) {
        db.rollback();
        return error;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM server_ledger_days WHERE participant_id = ?"
                             " AND local_date BETWEEN ? AND ?"));
    q.addBindValue(ledger.participantId);
    q.addBindValue(iso(ledger.summary.from));
    q.addBindValue(iso(ledger.summary.to));
    if (!q.exec())
        return rollback(failed(q, "clear ledger days"));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO server_ledger_days (participant_id,"
                             " local_date, revision, steps, points, state, credit_id,"
                             " policy_version, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const LedgerDay &day : ledger.days) {
        q.addBindValue(ledger.participantId);
        q.addBindValue(iso(day.date));
        q.addBindValue(day.revision);
        q.addBindValue(day.steps);
        q.addBindValue(day.points);
        q.addBindValue(day.state);
        q.addBindValue(day.creditId);
        q.addBindValue(day.policyVersion);
        q.addBindValue(day.digest);
        if (!q.exec())
            return rollback(failed(q, "store ledger day"));
    }
    const LedgerSummary &s = ledger.summary;
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO server_ledger_summary (participant_id, range_from, range_to,"
        " fetched_ms, confirmed, pending, converted, available, conversion_minimum,"
        " conversion_available, conversion_deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(ledger.participantId);
    q.addBindValue(iso(s.from));
    q.addBindValue(iso(s.to));
    q.addBindValue(fetchedUtc.toMSecsSinceEpoch());
    q.addBindValue(s.confirmed);
    q.addBindValue(s.pending);
    q.addBindValue(s.converted);
    q.addBindValue(s.available);
    q.addBindValue(s.conversionMinimum);
    q.addBindValue(s.conversionAvailable ? 1 : 0);
    q.addBindValue(iso(s.conversionDeadline));
    if (!q.exec())
        return rollback(failed(q, "store ledger summary"));
    if (!db.commit())
        return rollback(storageErrorFromQuery(db.lastError(), QStringLiteral("commit ledger")));
    return {};
}

bool ServerLedgerStore::load(const QString &participantId, ServerLedger *out,
                             StorageError *error) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT range_from, range_to, fetched_ms, confirmed, pending, converted, available,"
        " conversion_minimum, conversion_available, conversion_deadline"
        " FROM server_ledger_summary WHERE participant_id = ?"));
    q.addBindValue(participantId);
    if (!q.exec()) {
        if (error)
            *error = failed(q, "read ledger summary");
        return false;
    }
    if (!q.next())
        return false;
    ServerLedger ledger;
    ledger.participantId = participantId;
    LedgerSummary &s = ledger.summary;
    s.from = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    s.to = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    s.fetchedUtc = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    s.confirmed = q.value(3).toInt();
    s.pending = q.value(4).toInt();
    s.converted = q.value(5).toInt();
    s.available = q.value(6).toInt();
    s.conversionMinimum = q.value(7).toInt();
    s.conversionAvailable = q.value(8).toInt() != 0;
    s.conversionDeadline = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    q.prepare(QStringLiteral("SELECT local_date, revision, steps, points, state, credit_id,"
                             " policy_version, digest FROM server_ledger_days"
                             " WHERE participant_id = ? ORDER BY local_date"));
    q.addBindValue(participantId);
    if (!q.exec()) {
        if (error)
            *error = failed(q, "read ledger days");
        return false;
    }
    while (q.next()) {
        LedgerDay day;
        day.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        day.revision = q.value(1).toInt();
        day.steps = q.value(2).toInt();
        day.points = q.value(3).toInt();
        day.state = q.value(4).toString();
        day.creditId = q.value(5).toString();
        day.policyVersion = q.value(6).toString();
        day.digest = q.value(7).toString();
        ledger.days.append(day);
    }
    *out = ledger;
    return true;
}

StorageError ServerLedgerStore::removeParticipant(const QString &participantId) {
    QSqlQuery q(m_database.connection());
    for (const char *sql : {"DELETE FROM server_ledger_days WHERE participant_id = ?",
                            "DELETE FROM server_ledger_summary WHERE participant_id = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(participantId);
        if (!q.exec())
            return failed(q, "remove ledger");
    }
    return {};
}

} // namespace wristdoc
