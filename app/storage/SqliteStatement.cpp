#include "SqliteStatement.h"

#include <sqlite3.h>

namespace wristdoc {

SqliteStatement::~SqliteStatement() {
    finalize();
}

int SqliteStatement::prepare(sqlite3 *db, const char *sql) {
    finalize();
    // PERSISTENT: the statement is stepped thousands of times in one ingest.
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
}

void SqliteStatement::finalize() {
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

void SqliteStatement::bind(int index, qint64 value) {
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &utf8) {
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
}

int SqliteStatement::step() {
    return sqlite3_step(m_statement);
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
}

int SqliteStatement::run() {
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    // sqlite3_reset repeats the step's error code; the step's own code is the one to report.
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

qint64 SqliteStatement::columnInt64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QString SqliteStatement::columnText(int column) const {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray SqliteStatement::columnRawText(int column) const {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArray::fromRawData(text, sqlite3_column_bytes(m_statement, column))
                : QByteArray();
}

} // namespace wristdoc
