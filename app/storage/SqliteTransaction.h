#pragma once

struct sqlite3;

namespace wristdoc {

// BEGIN IMMEDIATE ... COMMIT on the native handle; rolls back when destroyed uncommitted, so an
// early return on error never leaves half a batch behind.
class SqliteTransaction {
public:
    explicit SqliteTransaction(sqlite3 *db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    int begin();  // SQLite result code
    int commit(); // SQLite result code; rolls back when the commit fails
    void rollback();

private:
    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace wristdoc
