#pragma once

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace wristdoc {

class ServerDatabase;
struct ActivityDayUpload;

// One credited revision of a day, as the ledger shows it.
struct CreditedDay {
    qint64 creditId = 0; // "C-000012"
    QDate date;
    int revision = 0;
    int steps = 0;
    int points = 0;
    QString policyVersion;
    QString digest;
};

// The activity_credits table: every revision of every uploaded day, at most one per
// participant and date in force. Call the writers inside the batch's savepoint.
class ActivityStore {
public:
    explicit ActivityStore(ServerDatabase *database);

    // The revision in force of a day; empty when none (or on error: check lastError()).
    std::optional<CreditedDay> inForce(const QString &participantId, const QDate &date, bool *ok);
    // Points in force on the other days of [from, to], i.e. without `except`; -1 on error.
    qint64 pointsBetween(const QString &participantId, const QDate &from, const QDate &to,
                         const QDate &except);
    // Replaces the day's revision in force (if any) by this one; the new credit id or -1.
    qint64 credit(const ActivityDayUpload &day, int points, qint64 nowMs);
    // The days in force of [from, to], ascending; empty with *ok false on error.
    QVector<CreditedDay> daysBetween(const QString &participantId, const QDate &from,
                                     const QDate &to, bool *ok);
    // Points of every day in force of the participant; -1 on error.
    qint64 totalPoints(const QString &participantId);
    QString lastError() const { return m_lastError; }

    static QString creditName(qint64 creditId);

private:
    bool fail(const QString &error);

    ServerDatabase *m_database;
    QString m_lastError;
};

} // namespace wristdoc
