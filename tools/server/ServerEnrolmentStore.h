#pragma once

#include <QByteArray>
#include <QPair>
#include <QSqlQuery>
#include <QString>
#include <QVector>

namespace wristdoc {

class ServerDatabase;

// One enrolment as the server keeps it: no name, no mobile number, no full birth date; the
// person is recognised by a keyed fingerprint.
struct NewEnrolment {
    QString idempotencyKey;
    QByteArray personHash;
    QString reference;
    QString district;
    int birthYear = 0;
    QString eligibility;
    QString device;
    QString language;
    QByteArray consentsJson;
    QString watchSerial;
    QString clientCreatedAt;
    qint64 receivedMs = 0;
    bool processing = false; // confirmed later (--confirm-delay-ms)
    qint64 confirmDueMs = 0;
};

// The enrolments table, through statements prepared once.
class ServerEnrolmentStore {
public:
    explicit ServerEnrolmentStore(ServerDatabase *database);

    bool prepare(QString *error);
    // Enrolments stored (processing and confirmed); -1 on a database error.
    int count();
    // 1 when a person with this fingerprint is enrolled, 0 when not, -1 on a database error.
    int findPerson(const QByteArray &personHash);
    // The new row id (participant and enrolment numbers derive from it); -1 on failure. Call
    // inside a transaction.
    qint64 insert(const NewEnrolment &enrolment);
    // Idempotency keys and due times of enrolments still processing, earliest first.
    QVector<QPair<QString, qint64>> processing();
    // Confirms every processing enrolment due by nowMs; the number confirmed, -1 on failure.
    int confirmDue(qint64 nowMs);
    QString lastError() const { return m_lastError; }

private:
    ServerDatabase *m_database;
    QSqlQuery m_count;
    QSqlQuery m_findPerson;
    QSqlQuery m_insert;
    QSqlQuery m_confirmDue;
    QString m_lastError;
};

} // namespace wristdoc
