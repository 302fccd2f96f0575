#include "ServerDatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace wristdoc {

namespace {

QAtomicInteger<int> g_connectionCounter;

// Version 1: enrolments keyed by their idempotency key and by the person's fingerprint (never
// the plaintext: the server needs only to recognise a person twice), and the first final answer
// of every key.
const char *const kSchemaV1[] = {
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE enrolments ("
    " id INTEGER PRIMARY KEY,"
    " idempotency_key TEXT NOT NULL UNIQUE,"
    " person_hash BLOB NOT NULL UNIQUE,"
    " reference TEXT NOT NULL,"
    " district TEXT NOT NULL,"
    " birth_year INTEGER NOT NULL,"
    " eligibility TEXT NOT NULL,"
    " device TEXT NOT NULL,"
    " language TEXT NOT NULL,"
    " consents TEXT NOT NULL,"
    " watch_serial TEXT,"
    " client_created_at TEXT NOT NULL,"
    " received_ms INTEGER NOT NULL,"
    " state TEXT NOT NULL CHECK (state IN ('processing', 'confirmed')),"
    " confirm_due_ms INTEGER NOT NULL,"
    " confirmed_ms INTEGER)",
    "CREATE INDEX enrolments_processing ON enrolments (confirm_due_ms) WHERE state = 'processing'",
    "CREATE TABLE idempotency ("
    " key TEXT PRIMARY KEY,"
    " body_hash BLOB NOT NULL,"
    " status INTEGER NOT NULL,"
    " body BLOB NOT NULL,"
    " created_ms INTEGER NOT NULL) WITHOUT ROWID",
};

// Version 2: kiosk registration. One-time codes (spent or expired ones are kept, so a second
// use is told apart from a wrong code) and the devices they made; only a SHA-256 of each
// device token is stored.
const char *const kSchemaV2[] = {
    "CREATE TABLE registration_codes ("
    " code TEXT PRIMARY KEY,"
    " created_ms INTEGER NOT NULL,"
    " expires_ms INTEGER NOT NULL,"
    " used_ms INTEGER,"
    " device_id TEXT) WITHOUT ROWID",
    "CREATE TABLE devices ("
    " id INTEGER PRIMARY KEY,"
    " device_id TEXT NOT NULL UNIQUE,"
    " token_hash BLOB NOT NULL UNIQUE,"
    " registered_ms INTEGER NOT NULL)",
};

// Version 3: participant links and daily activity (docs/api.md, "Participant linking" and
// "POST /v1/activity/days"). Link codes are kept in plain text because the reference server
// shows them on an admin endpoint in place of a text message; link tokens only as a SHA-256.
// Every revision of a day is kept (the helpdesk can see what was replaced); at most one per
// participant and date is in force (superseded = 0).
const char *const kSchemaV3[] = {
    "CREATE TABLE link_requests ("
    " request_id TEXT PRIMARY KEY,"
    " participant_id TEXT NOT NULL,"
    " code TEXT NOT NULL,"
    " created_ms INTEGER NOT NULL,"
    " expires_ms INTEGER NOT NULL,"
    " wrong_attempts INTEGER NOT NULL DEFAULT 0,"
    " state TEXT NOT NULL CHECK (state IN ('open', 'used', 'dead', 'replaced'))) WITHOUT ROWID",
    "CREATE INDEX link_requests_participant ON link_requests (participant_id, created_ms)",
    "CREATE TABLE participant_links ("
    " id INTEGER PRIMARY KEY,"
    " link_id TEXT NOT NULL UNIQUE,"
    " participant_id TEXT NOT NULL,"
    " token_hash BLOB NOT NULL UNIQUE,"
    " label TEXT NOT NULL,"
    " linked_ms INTEGER NOT NULL,"
    " revoked_ms INTEGER)",
    "CREATE TABLE activity_credits ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " participant_id TEXT NOT NULL,"
    " date TEXT NOT NULL,"
    " revision INTEGER NOT NULL,"
    " steps INTEGER NOT NULL,"
    " hourly_steps TEXT NOT NULL,"
    " minutes_worn INTEGER NOT NULL,"
    " device TEXT NOT NULL,"
    " policy_version TEXT NOT NULL,"
    " digest TEXT NOT NULL,"
    " points INTEGER NOT NULL,"
    " received_ms INTEGER NOT NULL,"
    " superseded INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX activity_in_force ON activity_credits (participant_id, date) "
    "WHERE superseded = 0",
};

} // namespace

ServerDatabase::ServerDatabase()
    : m_connectionName(
          QStringLiteral("wristdoc-server-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1))) {}

ServerDatabase::~ServerDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ServerDatabase::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool ServerDatabase::exec(const QString &sql, QString *error) {
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool ServerDatabase::open(const QString &path, bool synchronousFull, QString *error) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("cannot create directory %1").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // WAL: readers never wait for the writer. synchronous=FULL: the WAL is synced at every
    // commit, so no answered enrolment is lost even to a power cut; NORMAL (on request) only
    // survives a crash of the process.
    QSqlQuery mode(db);
    if (!mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !mode.next() ||
        mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("cannot switch the database to WAL mode");
        return false;
    }
    mode.finish(); // an unfinished statement would keep later commits from completing
    if (!exec(synchronousFull ? QStringLiteral("PRAGMA synchronous=FULL")
                              : QStringLiteral("PRAGMA synchronous=NORMAL"),
              error) ||
        !exec(QStringLiteral("PRAGMA busy_timeout=5000"), error))
        return false;
    if (!migrate(error))
        return false;

    QSqlQuery salt(db);
    if (!salt.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'person_salt'")) ||
        !salt.next()) {
        *error = QStringLiteral("the database has no person salt");
        return false;
    }
    m_personSalt = salt.value(0).toByteArray();
    salt.finish();
    return true;
}

bool ServerDatabase::migrate(QString *error) {
    QSqlQuery version(connection());
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()) {
        *error = version.lastError().text();
        return false;
    }
    const int current = version.value(0).toInt();
    version.finish();
    if (current > kSchemaVersion) {
        *error = QStringLiteral("the database has schema %1; this server knows up to %2")
                     .arg(current)
                     .arg(kSchemaVersion);
        return false;
    }
    if (current == kSchemaVersion)
        return true;

    // Each step from the file's version up, all in one transaction.
    if (!begin()) {
        *error = lastError();
        return false;
    }
    if (current < 2) {
        for (const char *sql : kSchemaV2) {
            if (!exec(QString::fromLatin1(sql), error)) {
                rollback();
                return false;
            }
        }
    }
    if (current < 3) {
        for (const char *sql : kSchemaV3) {
            if (!exec(QString::fromLatin1(sql), error)) {
                rollback();
                return false;
            }
        }
    }
    if (current >= 1) {
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error)) {
            rollback();
            return false;
        }
        if (!commit()) {
            *error = lastError();
            return false;
        }
        return true;
    }
    for (const char *sql : kSchemaV1) {
        if (!exec(QString::fromLatin1(sql), error)) {
            rollback();
            return false;
        }
    }
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / int(sizeof(quint32)));
    QSqlQuery insert(connection());
    insert.prepare(QStringLiteral("INSERT INTO meta (name, value) VALUES ('person_salt', ?)"));
    insert.addBindValue(salt);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        rollback();
        return false;
    }
    insert.finish();
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error)) {
        rollback();
        return false;
    }
    if (!commit()) {
        *error = lastError();
        return false;
    }
    return true;
}

bool ServerDatabase::begin() {
    return connection().transaction();
}

bool ServerDatabase::commit() {
    return connection().commit();
}

void ServerDatabase::rollback() {
    connection().rollback();
}

QString ServerDatabase::lastError() const {
    return connection().lastError().text();
}

} // namespace wristdoc
