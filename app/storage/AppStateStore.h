#pragma once

#include "StorageError.h"

#include <QString>
#include <QVariant>

namespace wristdoc {

class Database;

// Small key/value facts of this installation (participant birth date, demo flag, ...).
class AppStateStore {
public:
    explicit AppStateStore(Database &database);

    QString value(const QString &key, const QString &fallback = QString()) const;
    StorageError setValue(const QString &key, const QString &value);
    StorageError remove(const QString &key);

private:
    Database &m_database;
};

} // namespace wristdoc
