#include "SqliteTransaction.h"

#include <sqlite3.h>

namespace wristdoc {

SqliteTransaction::SqliteTransaction(sqlite3 *db)
    : m_db(db) {}

SqliteTransaction::~SqliteTransaction() {
    rollback();
}

int SqliteTransaction::begin() {
    // IMMEDIATE takes the write lock now, so a busy database fails here (after the busy
    // timeout) rather than halfway through the batch.
    const int rc = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    m_active = rc == SQLITE_OK;
    return rc;
}

int SqliteTransaction::commit() {
    if (!m_active)
        return SQLITE_MISUSE;
    const int rc = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        m_active = false;
        return rc;
    }
    rollback();
    return rc;
}

void SqliteTransaction::rollback() {
    if (!m_active)
        return;
    m_active = false;
    // SQLite may already have rolled back by itself (SQLITE_FULL, SQLITE_IOERR, ...).
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace wristdoc
