#pragma once

#include "StorageError.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace wristdoc {

class Database;

// earned: computed locally from steps and policy; pending: sent, awaiting the server;
// confirmed: credited by the server; converted: spent as local currency; expired: lapsed.
enum class LedgerKind { Earned, Pending, Confirmed, Converted, Expired };

QString ledgerKindName(LedgerKind kind);
bool ledgerKindFromName(const QString &name, LedgerKind *kind);

struct LedgerEntry {
    qint64 id = 0;
    QDate date; // local day the points belong to
    LedgerKind kind = LedgerKind::Earned;
    int points = 0; // positive; converted and expired are subtracted by the balance
    QString policyVersion;
    QString reference; // server credit id, conversion receipt; makes repeated records idempotent
    QDateTime recordedUtc; // invalid: the time of recording
    bool demo = false;     // part of the simulated demo history; removed with it
};

struct LedgerBalance {
    int confirmed = 0;
    int converted = 0;
    int expired = 0;
    int available() const { return confirmed - converted - expired; }
};

class LedgerStore {
public:
    explicit LedgerStore(Database &database);

    // Upsert on (date, kind, reference): recording the same fact twice keeps one row.
    StorageError record(const LedgerEntry &entry);
    QVector<LedgerEntry> entries(const QDate &from, const QDate &to,
                                 StorageError *error = nullptr) const;
    LedgerBalance balance(StorageError *error = nullptr) const;
    // Confirmed points whose date falls in [from, to] (for the half-year cap).
    int confirmedBetween(const QDate &from, const QDate &to) const;
    QDateTime lastConfirmationUtc() const;
    // Local dates in [from, to] that have a confirmed row (those days are no longer pending).
    QVector<QDate> confirmedDates(const QDate &from, const QDate &to,
                                  StorageError *error = nullptr) const;

private:
    Database &m_database;
};

} // namespace wristdoc
