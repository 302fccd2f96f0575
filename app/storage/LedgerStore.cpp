#include "LedgerStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace wristdoc {

namespace {

constexpr struct {
    LedgerKind kind;
    const char *name;
} kKindNames[] = {
    {LedgerKind::Earned, "earned"},       {LedgerKind::Pending, "pending"},
    {LedgerKind::Confirmed, "confirmed"}, {LedgerKind::Converted, "converted"},
    {LedgerKind::Expired, "expired"},
};

} // namespace

QString ledgerKindName(LedgerKind kind) {
    for (const auto &entry : kKindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

bool ledgerKindFromName(const QString &name, LedgerKind *kind) {
    for (const auto &entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            if (kind)
                *kind = entry.kind;
            return true;
        }
    }
    return false;
}

LedgerStore::LedgerStore(Database &database)
    : m_database(database) {}

StorageError LedgerStore::record(const LedgerEntry &entry) {
    if (!entry.date.isValid())
        return {StorageErrorCode::InvalidData, QStringLiteral("ledger entry without a valid date")};
    if (entry.points < 0)
        return {StorageErrorCode::InvalidData,
                QStringLiteral("ledger points must not be negative")};
    const QDateTime recorded =
        entry.recordedUtc.isValid() ? entry.recordedUtc : QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO points_ledger"
        " (local_date, kind, points, policy_version, reference, recorded_utc, demo)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (local_date, kind, reference) DO UPDATE SET points = excluded.points,"
        " policy_version = excluded.policy_version, recorded_utc = excluded.recorded_utc,"
        " demo = excluded.demo"));
    query.addBindValue(entry.date.toString(Qt::ISODate));
    query.addBindValue(ledgerKindName(entry.kind));
    query.addBindValue(entry.points);
    query.addBindValue(entry.policyVersion.isNull() ? QString(QLatin1String(""))
                                                    : entry.policyVersion);
    query.addBindValue(entry.reference.isNull() ? QString(QLatin1String("")) : entry.reference);
    query.addBindValue(recorded.toSecsSinceEpoch());
    query.addBindValue(entry.demo ? 1 : 0);
    if (!query.exec())
        return storageErrorFromQuery(query.lastError(), QStringLiteral("record ledger entry"));
    return {};
}

QVector<LedgerEntry> LedgerStore::entries(const QDate &from, const QDate &to,
                                          StorageError *error) const {
    if (error)
        *error = {};
    QVector<LedgerEntry> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, local_date, kind, points, policy_version, reference, recorded_utc, demo"
        " FROM points_ledger WHERE local_date BETWEEN ? AND ? ORDER BY local_date, id"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec()) {
        if (error)
            *error = storageErrorFromQuery(query.lastError(), QStringLiteral("read ledger"));
        return result;
    }
    while (query.next()) {
        LedgerEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        ledgerKindFromName(query.value(2).toString(), &entry.kind);
        entry.points = query.value(3).toInt();
        entry.policyVersion = query.value(4).toString();
        entry.reference = query.value(5).toString();
        entry.recordedUtc = QDateTime::fromSecsSinceEpoch(query.value(6).toLongLong(), Qt::UTC);
        entry.demo = query.value(7).toInt() != 0;
        result.append(entry);
    }
    return result;
}

LedgerBalance LedgerStore::balance(StorageError *error) const {
    if (error)
        *error = {};
    LedgerBalance balance;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT kind, sum(points) FROM points_ledger"
                                   " WHERE kind IN ('confirmed', 'converted', 'expired')"
                                   " GROUP BY kind"))) {
        if (error)
            *error = storageErrorFromQuery(query.lastError(), QStringLiteral("read balance"));
        return balance;
    }
    while (query.next()) {
        LedgerKind kind = LedgerKind::Earned;
        ledgerKindFromName(query.value(0).toString(), &kind);
        const int points = query.value(1).toInt();
        if (kind == LedgerKind::Confirmed)
            balance.confirmed = points;
        else if (kind == LedgerKind::Converted)
            balance.converted = points;
        else if (kind == LedgerKind::Expired)
            balance.expired = points;
    }
    return balance;
}

int LedgerStore::confirmedBetween(const QDate &from, const QDate &to) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(sum(points), 0) FROM points_ledger"
                                 " WHERE kind = 'confirmed' AND local_date BETWEEN ? AND ?"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QDateTime LedgerStore::lastConfirmationUtc() const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT max(recorded_utc) FROM points_ledger WHERE kind = 'confirmed'")) ||
        !query.next() || query.value(0).isNull())
        return QDateTime();
    return QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

QVector<QDate> LedgerStore::confirmedDates(const QDate &from, const QDate &to,
                                           StorageError *error) const {
    if (error)
        *error = {};
    QVector<QDate> result;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT local_date FROM points_ledger"
                                 " WHERE kind = 'confirmed' AND local_date BETWEEN ? AND ?"
                                 " ORDER BY local_date"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    if (!query.exec()) {
        if (error)
            *error = storageErrorFromQuery(query.lastError(), QStringLiteral("read ledger"));
        return result;
    }
    while (query.next())
        result.append(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    return result;
}

} // namespace wristdoc
