#pragma once

#include <QByteArray>

#include <sqlite3.h>

namespace wristdoc {

// Raises PRAGMA synchronous to FULL while alive and restores the previous level afterwards, so
// only the transaction behind a receipt or a closed day pays for the extra fsync.
class FullSync {
public:
    explicit FullSync(sqlite3 *db)
        : m_db(db) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA synchronous", -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            m_previous = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
        m_ok =
            sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~FullSync() {
        if (m_previous < 0)
            return;
        const QByteArray sql = "PRAGMA synchronous = " + QByteArray::number(m_previous);
        sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    }
    bool ok() const { return m_ok; }
    FullSync(const FullSync &) = delete;
    FullSync &operator=(const FullSync &) = delete;

private:
    sqlite3 *m_db;
    int m_previous = -1;
    bool m_ok = false;
};

} // namespace wristdoc
