#include "AppStateStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace wristdoc {

AppStateStore::AppStateStore(Database &database)
    : m_database(database) {}

QString AppStateStore::value(const QString &key, const QString &fallback) const {
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM app_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return fallback;
    return query.value(0).toString();
}

StorageError AppStateStore::setValue(const QString &key, const QString &value) {
    if (key.isEmpty())
        return {StorageErrorCode::InvalidData, QStringLiteral("empty app state key")};
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO app_state (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QString(QLatin1String("")) : value);
    if (!query.exec())
        return storageErrorFromQuery(query.lastError(), QStringLiteral("write app state"));
    return {};
}

StorageError AppStateStore::remove(const QString &key) {
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM app_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return storageErrorFromQuery(query.lastError(), QStringLiteral("remove app state"));
    return {};
}

} // namespace wristdoc
