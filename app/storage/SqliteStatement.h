#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace wristdoc {

// A prepared statement on the native handle, finalized when it goes out of scope, so no
// statement outlives the connection it was prepared on.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Returns the SQLite result code; SQLITE_OK on success.
    int prepare(sqlite3 *db, const char *sql);
    void finalize();

    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &utf8);
    void bindNull(int index);
    int step(); // SQLITE_ROW, SQLITE_DONE or an error
    void reset();
    // Runs the statement to completion and resets it; SQLITE_OK or the error code.
    int run();

    qint64 columnInt64(int column) const;
    bool columnIsNull(int column) const;
    QString columnText(int column) const;
    // The column's bytes without a copy; valid until the next step, reset or finalize.
    QByteArray columnRawText(int column) const;

    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace wristdoc
