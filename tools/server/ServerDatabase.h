#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace wristdoc {

// The server's own SQLite file: WAL with synchronous=FULL, so an enrolment that was answered
// 201 survives a power cut as well as a crash. The schema is numbered (PRAGMA user_version) and
// each step is applied in one transaction.
class ServerDatabase {
public:
    ServerDatabase();
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    bool open(const QString &path, bool synchronousFull, QString *error);
    QSqlDatabase connection() const;
    // Secret of this database for person fingerprints (created with the schema).
    QByteArray personSalt() const { return m_personSalt; }

    bool begin();
    bool commit();
    void rollback();
    QString lastError() const;

    static constexpr int kSchemaVersion = 3;

private:
    bool exec(const QString &sql, QString *error);
    bool migrate(QString *error);

    QString m_connectionName;
    QByteArray m_personSalt;
};

} // namespace wristdoc
