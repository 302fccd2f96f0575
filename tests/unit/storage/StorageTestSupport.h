#pragma once

#include "Database.h"
#include "MinuteSample.h"
#include "QtCoreTestEnvironment.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <gtest/gtest.h>

#include <memory>

namespace wristdoc::test {


inline QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline bool hasSidecarFiles(const QString &path) {
    return QFile::exists(path + QStringLiteral("-wal")) ||
           QFile::exists(path + QStringLiteral("-shm")) ||
           QFile::exists(path + QStringLiteral("-journal"));
}

inline qint64 utcSecs(int year, int month, int day, int hour = 0, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

inline MinuteSample sample(qint64 minuteUtc, int steps, int heartRate = 0) {
    MinuteSample s;
    s.minuteUtc = minuteUtc;
    s.steps = steps;
    s.heartRate = heartRate;
    return s;
}

inline std::unique_ptr<Database> openDatabase(const QString &path, StorageError *error = nullptr,
                                              int targetVersion = -1) {
    Database::Options options;
    options.path = path;
    options.targetVersion = targetVersion;
    StorageError local;
    auto db = Database::open(options, error ? error : &local);
    return db;
}

inline qint64 scalar(Database &db, const QString &sql) {
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

inline qint64 rowCount(Database &db, const char *table) {
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
}

} // namespace wristdoc::test
