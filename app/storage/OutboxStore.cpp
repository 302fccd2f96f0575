#include "OutboxStore.h"

#include "Clock.h"
#include "Database.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <sqlite3.h>

namespace wristdoc {

namespace {

// The states in which an item waits for its next attempt; the text matches the partial index
// outbox_due (Migration v5) so the "next due" query can use it.
#define WAITING_STATES "('pending', 'queued', 'needs-attention')"
#define OPEN_STATES "('pending', 'sending', 'queued', 'needs-attention')"

constexpr const char *kSelect =
    "SELECT o.id, o.kind, o.item_id, o.idempotency_key, o.state, o.attempts,"
    " o.consecutive_failures, o.next_step, o.next_attempt_ms, o.last_attempt_ms, o.last_error,"
    " o.reason_code, o.reason_detail, o.ticket, o.position, o.wait_min_seconds,"
    " o.wait_max_seconds, o.refresh_seconds, o.cohort_date, o.slot_from_ms, o.slot_to_ms,"
    " o.created_ms, o.updated_ms, o.confirmed_ms, e.reference, e.participant_id,"
    " o.sealed_body IS NOT NULL"
    " FROM outbox o LEFT JOIN enrolments e ON o.kind = 'enrolment' AND e.id = o.item_id";

constexpr const char *kSendingSql =
    "UPDATE outbox SET state = 'sending', attempts = attempts + 1, last_attempt_ms = ?2,"
    " updated_ms = ?2 WHERE id = ?1 AND state IN " WAITING_STATES;

QDateTime fromMs(const SqliteStatement &s, int column) {
    if (s.columnIsNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(s.columnInt64(column), Qt::UTC);
}

void bindTime(SqliteStatement &s, int index, const QDateTime &time) {
    if (time.isValid())
        s.bind(index, time.toMSecsSinceEpoch());
    else
        s.bindNull(index);
}

void bindText(SqliteStatement &s, int index, const QString &text) {
    s.bind(index, text.isNull() ? QByteArray("") : text.toUtf8());
}

OutboxItem readItem(const SqliteStatement &s) {
    OutboxItem item;
    item.id = s.columnInt64(0);
    outboxKindFromCode(s.columnText(1), &item.kind);
    item.itemId = s.columnInt64(2);
    item.idempotencyKey = s.columnText(3);
    DeliveryStatus &status = item.status;
    deliveryStateFromCode(s.columnText(4), &status.state);
    status.attempts = int(s.columnInt64(5));
    item.consecutiveFailures = int(s.columnInt64(6));
    item.nextStep = s.columnText(7);
    status.nextAttemptUtc = fromMs(s, 8);
    item.lastAttemptUtc = fromMs(s, 9);
    status.lastError = s.columnText(10);
    status.reasonCode = s.columnText(11);
    item.reasonDetail = s.columnText(12);
    item.ticket = s.columnText(13);
    status.waitingPosition = int(s.columnInt64(14));
    status.waitMinSeconds = int(s.columnInt64(15));
    status.waitMaxSeconds = int(s.columnInt64(16));
    item.refreshSeconds = int(s.columnInt64(17));
    if (!s.columnIsNull(18))
        status.cohortDate = QDate::fromString(s.columnText(18), Qt::ISODate);
    item.slotFromUtc = fromMs(s, 19);
    item.slotToUtc = fromMs(s, 20);
    status.createdUtc = fromMs(s, 21);
    item.updatedUtc = fromMs(s, 22);
    status.confirmedUtc = fromMs(s, 23);
    status.reference = s.columnText(24);
    status.participantId = s.columnText(25);
    item.hasRequestBody = s.columnInt64(26) != 0;
    return item;
}

StorageError sqliteError(sqlite3 *db, int rc, const char *what) {
    StorageError error = storageErrorFromSqlite(rc, QString::fromLatin1(what));
    if (db && rc != SQLITE_OK)
        error.detail += QStringLiteral(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    return error;
}

} // namespace

OutboxStore::OutboxStore(Database &database, const FieldCipher &cipher, const Clock &clock)
    : m_db(database.handle())
    , m_cipher(cipher)
    , m_clock(clock) {
    // Overwrite deleted content (the sealed blobs of confirmed items) where that costs no extra
    // I/O, so a confirmed enrolment's ciphertext does not linger in free space of the file.
    if (m_db)
        sqlite3_exec(m_db, "PRAGMA secure_delete = FAST", nullptr, nullptr, nullptr);
}

OutboxStore::~OutboxStore() = default;

QByteArray OutboxStore::bodyAssociatedData(const QString &idempotencyKey) {
    return QByteArrayLiteral("outbox.sealed_body:") + idempotencyKey.toUtf8();
}

qint64 OutboxStore::nowMs() const {
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

StorageError OutboxStore::prepared(SqliteStatement &statement, const char *sql) const {
    if (!m_db)
        return {StorageErrorCode::CannotOpen, QStringLiteral("no native SQLite handle")};
    if (statement.get())
        return {};
    const int rc = statement.prepare(m_db, sql);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "prepare outbox statement");
    return {};
}

StorageError OutboxStore::insert(OutboxKind kind, qint64 itemId, const QString &idempotencyKey,
                                 const QByteArray &requestBody, const QDateTime &createdUtc,
                                 qint64 *id, const QDateTime &notBeforeUtc) {
    if (idempotencyKey.isEmpty() || !createdUtc.isValid())
        return {StorageErrorCode::InvalidData, QStringLiteral("outbox item without key or time")};
    const QByteArray sealed = m_cipher.seal(requestBody, bodyAssociatedData(idempotencyKey));
    if (sealed.isEmpty())
        return {StorageErrorCode::InvalidData, QStringLiteral("no data key to seal the body")};
    if (StorageError error = prepared(
            m_insert, "INSERT INTO outbox (kind, item_id, idempotency_key, state, sealed_body,"
                      " next_step, next_attempt_ms, created_ms, updated_ms)"
                      " VALUES (?1, ?2, ?3, 'pending', ?4, 'send', max(?5, ?6), ?5, ?5)"))
        return error;
    m_insert.bind(1, outboxKindCode(kind).toUtf8());
    m_insert.bind(2, itemId);
    m_insert.bind(3, idempotencyKey.toUtf8());
    sqlite3_bind_blob(m_insert.get(), 4, sealed.constData(), int(sealed.size()), SQLITE_TRANSIENT);
    m_insert.bind(5, createdUtc.toMSecsSinceEpoch());
    m_insert.bind(6, notBeforeUtc.isValid() ? notBeforeUtc.toMSecsSinceEpoch()
                                            : createdUtc.toMSecsSinceEpoch());
    const int rc = m_insert.run();
    sqlite3_clear_bindings(m_insert.get());
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "insert outbox item");
    if (id)
        *id = sqlite3_last_insert_rowid(m_db);
    return {};
}

int OutboxStore::recoverInFlight(StorageError *error) {
    if (error)
        *error = {};
    if (!m_db) {
        if (error)
            *error = {StorageErrorCode::CannotOpen, QStringLiteral("no native SQLite handle")};
        return -1;
    }
    SqliteStatement statement;
    int rc = statement.prepare(
        m_db, "UPDATE outbox SET state = 'pending',"
              " next_attempt_ms = min(coalesce(next_attempt_ms, ?1), ?1), updated_ms = ?1"
              " WHERE state = 'sending'");
    if (rc == SQLITE_OK) {
        statement.bind(1, nowMs());
        rc = statement.run();
    }
    if (rc != SQLITE_OK) {
        if (error)
            *error = sqliteError(m_db, rc, "recover in-flight outbox items");
        return -1;
    }
    const int recovered = sqlite3_changes(m_db);
    if (recovered > 0)
        qCInfo(lcStorage) << recovered << "outbox items were in flight at the last stop; pending";
    return recovered;
}

bool OutboxStore::readItems(SqliteStatement &statement, QVector<OutboxItem> *items,
                            StorageError *error) const {
    int rc = SQLITE_OK;
    while ((rc = statement.step()) == SQLITE_ROW)
        items->append(readItem(statement));
    statement.reset();
    sqlite3_clear_bindings(statement.get());
    if (rc != SQLITE_DONE) {
        if (error)
            *error = sqliteError(m_db, rc, "read outbox items");
        return false;
    }
    return true;
}

QVector<OutboxItem> OutboxStore::nextDue(const QDateTime &nowUtc, int limit,
                                         StorageError *error) const {
    if (error)
        *error = {};
    QVector<OutboxItem> items;
    static const QByteArray sql = QByteArray(kSelect) +
                                  " WHERE o.state IN " WAITING_STATES
                                  " AND o.next_attempt_ms <= ?1 ORDER BY o.next_attempt_ms, o.id"
                                  " LIMIT ?2";
    if (StorageError failure = prepared(m_nextDue, sql.constData())) {
        if (error)
            *error = failure;
        return items;
    }
    m_nextDue.bind(1, nowUtc.toMSecsSinceEpoch());
    m_nextDue.bind(2, qint64(qMax(1, limit)));
    readItems(m_nextDue, &items, error);
    return items;
}

QDateTime OutboxStore::nextWakeUtc(StorageError *error) const {
    return singleTime(m_nextWake,
                      "SELECT min(next_attempt_ms) FROM outbox WHERE state IN " WAITING_STATES,
                      "read the next wake time", error);
}

QDateTime OutboxStore::singleTime(SqliteStatement &statement, const char *sql, const char *what,
                                  StorageError *error) const {
    if (error)
        *error = {};
    if (StorageError failure = prepared(statement, sql)) {
        if (error)
            *error = failure;
        return {};
    }
    const int rc = statement.step();
    QDateTime time;
    if (rc == SQLITE_ROW)
        time = fromMs(statement, 0);
    else if (error)
        *error = sqliteError(m_db, rc, what);
    statement.reset();
    return time;
}

bool OutboxStore::item(qint64 id, OutboxItem *out, StorageError *error) const {
    if (error)
        *error = {};
    static const QByteArray sql = QByteArray(kSelect) + " WHERE o.id = ?1";
    if (StorageError failure = prepared(m_byId, sql.constData())) {
        if (error)
            *error = failure;
        return false;
    }
    m_byId.bind(1, id);
    QVector<OutboxItem> items;
    if (!readItems(m_byId, &items, error) || items.isEmpty())
        return false;
    if (out)
        *out = items.constFirst();
    return true;
}

bool OutboxStore::itemByReference(const QString &reference, OutboxItem *out,
                                  StorageError *error) const {
    if (error)
        *error = {};
    const QByteArray sql = QByteArray(kSelect) + " WHERE e.reference = ?1";
    SqliteStatement statement;
    const int rc = m_db ? statement.prepare(m_db, sql.constData()) : SQLITE_MISUSE;
    if (rc != SQLITE_OK) {
        if (error)
            *error = sqliteError(m_db, rc, "find outbox item");
        return false;
    }
    statement.bind(1, reference.toUtf8());
    QVector<OutboxItem> items;
    if (!readItems(statement, &items, error) || items.isEmpty())
        return false;
    if (out)
        *out = items.constFirst();
    return true;
}

QVector<OutboxItem> OutboxStore::list(StorageError *error) const {
    if (error)
        *error = {};
    QVector<OutboxItem> items;
    const QByteArray sql = QByteArray(kSelect) + " ORDER BY o.id";
    SqliteStatement statement;
    const int rc = m_db ? statement.prepare(m_db, sql.constData()) : SQLITE_MISUSE;
    if (rc != SQLITE_OK) {
        if (error)
            *error = sqliteError(m_db, rc, "list outbox items");
        return items;
    }
    readItems(statement, &items, error);
    return items;
}

QMap<DeliveryState, int> OutboxStore::stateCounts(StorageError *error) const {
    if (error)
        *error = {};
    QMap<DeliveryState, int> counts;
    SqliteStatement statement;
    int rc = m_db ? statement.prepare(m_db, "SELECT state, count(*) FROM outbox GROUP BY state")
                  : SQLITE_MISUSE;
    while (rc == SQLITE_OK && (rc = statement.step()) == SQLITE_ROW) {
        DeliveryState state;
        if (deliveryStateFromCode(statement.columnText(0), &state))
            counts.insert(state, int(statement.columnInt64(1)));
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE && error)
        *error = sqliteError(m_db, rc, "count outbox items");
    return counts;
}

UnsealResult OutboxStore::requestBody(qint64 id, QByteArray *body, StorageError *error) const {
    if (error)
        *error = {};
    if (body)
        body->clear();
    if (!m_cipher.isValid())
        return UnsealResult::NoKey;
    if (StorageError failure =
            prepared(m_body, "SELECT idempotency_key, sealed_body FROM outbox WHERE id = ?1")) {
        if (error)
            *error = failure;
        return UnsealResult::StorageFailed;
    }
    m_body.bind(1, id);
    const int rc = m_body.step();
    if (rc != SQLITE_ROW) {
        m_body.reset();
        if (rc == SQLITE_DONE)
            return UnsealResult::NoSuchItem;
        if (error)
            *error = sqliteError(m_db, rc, "read the request body");
        return UnsealResult::StorageFailed;
    }
    if (m_body.columnIsNull(1)) {
        m_body.reset();
        return UnsealResult::Forgotten;
    }
    const QString key = m_body.columnText(0);
    const QByteArray sealed(static_cast<const char *>(sqlite3_column_blob(m_body.get(), 1)),
                            sqlite3_column_bytes(m_body.get(), 1));
    m_body.reset();
    QByteArray clear;
    const FieldCipher::OpenResult opened = m_cipher.open(sealed, bodyAssociatedData(key), &clear);
    if (opened != FieldCipher::OpenResult::Ok) {
        qCWarning(lcStorage) << "outbox item" << id
                             << "request body does not open with the data key";
        return UnsealResult::WrongKey;
    }
    if (body)
        *body = clear;
    return UnsealResult::Ok;
}

UnsealResult OutboxStore::checkKey(StorageError *error) const {
    if (error)
        *error = {};
    SqliteStatement statement;
    int rc = m_db ? statement.prepare(m_db, "SELECT id FROM outbox WHERE sealed_body IS NOT NULL"
                                            " ORDER BY id DESC LIMIT 1")
                  : SQLITE_MISUSE;
    if (rc == SQLITE_OK)
        rc = statement.step();
    if (rc == SQLITE_DONE)
        return UnsealResult::NoSuchItem;
    if (rc != SQLITE_ROW) {
        if (error)
            *error = sqliteError(m_db, rc, "find a sealed body");
        return UnsealResult::StorageFailed;
    }
    QByteArray body;
    const UnsealResult result = requestBody(statement.columnInt64(0), &body, error);
    FieldCipher::wipe(&body);
    return result;
}

StorageError OutboxStore::transition(SqliteStatement &statement, const char *sql, const char *what,
                                     qint64 id,
                                     const std::function<void(SqliteStatement &)> &bind) {
    if (StorageError error = prepared(statement, sql))
        return error;
    statement.bind(1, id);
    bind(statement);
    const int rc = statement.run();
    sqlite3_clear_bindings(statement.get());
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, what);
    if (sqlite3_changes(m_db) == 1)
        return {};
    OutboxItem current;
    if (!item(id, &current))
        return {StorageErrorCode::InvalidData,
                QStringLiteral("%1: no outbox item %2").arg(QLatin1String(what)).arg(id)};
    return {StorageErrorCode::InvalidData, QStringLiteral("%1: outbox item %2 is %3")
                                               .arg(QLatin1String(what))
                                               .arg(id)
                                               .arg(deliveryStateCode(current.status.state))};
}

StorageError OutboxStore::markSending(qint64 id) {
    const qint64 now = nowMs();
    return transition(m_sending, kSendingSql, "mark sending", id,
                      [now](SqliteStatement &s) { s.bind(2, now); });
}

QVector<qint64> OutboxStore::markSending(const QVector<qint64> &ids, StorageError *error) {
    if (error)
        *error = {};
    QVector<qint64> marked;
    const auto failed = [&](const StorageError &failure) {
        if (error)
            *error = failure;
        return QVector<qint64>();
    };
    if (StorageError failure = prepared(m_sending, kSendingSql))
        return failed(failure);
    const qint64 now = nowMs();
    SqliteTransaction transaction(m_db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return failed(sqliteError(m_db, rc, "begin mark sending"));
    for (const qint64 id : ids) {
        m_sending.bind(1, id);
        m_sending.bind(2, now);
        rc = m_sending.run();
        if (rc != SQLITE_OK)
            return failed(sqliteError(m_db, rc, "mark sending"));
        if (sqlite3_changes(m_db) == 1)
            marked.append(id);
    }
    rc = transaction.commit();
    if (rc != SQLITE_OK)
        return failed(sqliteError(m_db, rc, "commit mark sending"));
    return marked;
}

StorageError OutboxStore::prepareConfirm() {
    if (StorageError error =
            prepared(m_confirmRead, "SELECT kind, item_id, state FROM outbox WHERE id = ?1"))
        return error;
    if (StorageError error = prepared(
            m_confirmOutbox,
            "UPDATE outbox SET state = 'confirmed', sealed_body = NULL, next_step = 'done',"
            " next_attempt_ms = NULL, consecutive_failures = 0, ticket = '', position = -1,"
            " wait_min_seconds = -1, wait_max_seconds = -1, refresh_seconds = -1,"
            " reason_code = '', reason_detail = '', confirmed_ms = ?2, updated_ms = ?2"
            " WHERE id = ?1"))
        return error;
    if (StorageError error = prepared(m_confirmActivity,
                                      "UPDATE activity_days SET credit_id = ?2, confirmed_ms = ?3"
                                      " WHERE id = ?1"))
        return error;
    return prepared(m_confirmEnrolment,
                    "UPDATE enrolments SET sealed_personal = NULL, participant_id = ?2,"
                    " enrolment_id = ?3, confirmed_ms = ?4 WHERE id = ?1");
}

// Inside the caller's transaction.
StorageError OutboxStore::confirmOne(const OutboxConfirmation &confirmation, qint64 now) {
    m_confirmRead.bind(1, confirmation.id);
    int rc = m_confirmRead.step();
    if (rc != SQLITE_ROW) {
        m_confirmRead.reset();
        if (rc == SQLITE_DONE)
            return {StorageErrorCode::InvalidData,
                    QStringLiteral("mark confirmed: no outbox item %1").arg(confirmation.id)};
        return sqliteError(m_db, rc, "read outbox item");
    }
    const bool isEnrolment = m_confirmRead.columnText(0) == QLatin1String("enrolment");
    const bool isActivity = m_confirmRead.columnText(0) == QLatin1String("activity-day");
    const qint64 itemId = m_confirmRead.columnInt64(1);
    const bool alreadyConfirmed = m_confirmRead.columnText(2) == QLatin1String("confirmed");
    m_confirmRead.reset();
    if (alreadyConfirmed)
        return {}; // a replayed confirmation: nothing to change

    m_confirmOutbox.bind(1, confirmation.id);
    m_confirmOutbox.bind(2, now);
    rc = m_confirmOutbox.run();
    if (rc == SQLITE_OK && isEnrolment) {
        m_confirmEnrolment.bind(1, itemId);
        bindText(m_confirmEnrolment, 2, confirmation.participantId);
        bindText(m_confirmEnrolment, 3, confirmation.enrolmentId);
        m_confirmEnrolment.bind(4, now);
        rc = m_confirmEnrolment.run();
        sqlite3_clear_bindings(m_confirmEnrolment.get());
    } else if (rc == SQLITE_OK && isActivity) {
        m_confirmActivity.bind(1, itemId);
        bindText(m_confirmActivity, 2, confirmation.enrolmentId);
        m_confirmActivity.bind(3, now);
        rc = m_confirmActivity.run();
        sqlite3_clear_bindings(m_confirmActivity.get());
    }
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "mark confirmed");
    return {};
}

StorageError OutboxStore::markConfirmed(qint64 id, const QString &participantId,
                                        const QString &enrolmentId) {
    return markConfirmed(QVector<OutboxConfirmation>{{id, participantId, enrolmentId}});
}

StorageError OutboxStore::markConfirmed(const QVector<OutboxConfirmation> &confirmations) {
    if (StorageError error = prepareConfirm())
        return error;
    const qint64 now = nowMs();
    SqliteTransaction transaction(m_db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "begin confirm");
    for (const OutboxConfirmation &confirmation : confirmations) {
        if (StorageError error = confirmOne(confirmation, now))
            return error; // the transaction rolls back: all or none
    }
    rc = transaction.commit();
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "commit confirm");
    return {};
}

StorageError OutboxStore::markQueued(qint64 id, const OutboxQueueUpdate &update) {
    if (update.nextStep.isEmpty() || !update.nextAttemptUtc.isValid())
        return {StorageErrorCode::InvalidData,
                QStringLiteral("mark queued: no next step or next attempt time")};
    const qint64 now = nowMs();
    const auto bindAll = [&update, now](SqliteStatement &s) {
        s.bind(2, update.nextStep.toUtf8());
        s.bind(3, update.nextAttemptUtc.toMSecsSinceEpoch());
        bindText(s, 4, update.ticket);
        s.bind(5, qint64(update.position));
        s.bind(6, qint64(update.waitMinSeconds));
        s.bind(7, qint64(update.waitMaxSeconds));
        s.bind(8, qint64(update.refreshSeconds));
        if (update.cohortDate.isValid())
            s.bind(9, update.cohortDate.toString(Qt::ISODate).toUtf8());
        else
            s.bindNull(9);
        bindTime(s, 10, update.slotFromUtc);
        bindTime(s, 11, update.slotToUtc);
        s.bind(12, now);
    };
    const char *sql = "UPDATE outbox SET state = 'queued', next_step = ?2, next_attempt_ms = ?3,"
                      " ticket = ?4, position = ?5, wait_min_seconds = ?6, wait_max_seconds = ?7,"
                      " refresh_seconds = ?8, cohort_date = ?9, slot_from_ms = ?10,"
                      " slot_to_ms = ?11, consecutive_failures = 0, reason_code = '',"
                      " reason_detail = '', updated_ms = ?12"
                      " WHERE id = ?1 AND state IN " OPEN_STATES;
    if (!update.cohortDate.isValid())
        return transition(m_queued, sql, "mark queued", id, bindAll);

    // The applicant's cohort day also goes with the enrolment, for the receipt and staff.
    if (StorageError error = prepared(
            m_queuedCohort, "UPDATE enrolments SET cohort_date = ?2 WHERE id ="
                            " (SELECT item_id FROM outbox WHERE id = ?1 AND kind = 'enrolment')"))
        return error;
    SqliteTransaction transaction(m_db);
    int rc = transaction.begin();
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "begin mark queued");
    if (StorageError error = transition(m_queued, sql, "mark queued", id, bindAll))
        return error;
    m_queuedCohort.bind(1, id);
    m_queuedCohort.bind(2, update.cohortDate.toString(Qt::ISODate).toUtf8());
    rc = m_queuedCohort.run();
    if (rc == SQLITE_OK)
        rc = transaction.commit();
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "mark queued");
    return {};
}

StorageError OutboxStore::markRetry(qint64 id, const QDateTime &nextAttemptUtc,
                                    const QString &lastError, DeliveryState state,
                                    const QString &nextStep) {
    if (!nextAttemptUtc.isValid())
        return {StorageErrorCode::InvalidData, QStringLiteral("mark retry: no next attempt time")};
    if (state != DeliveryState::Pending && state != DeliveryState::Queued &&
        state != DeliveryState::NeedsAttention)
        return {
            StorageErrorCode::InvalidData,
            QStringLiteral("mark retry: %1 is not a waiting state").arg(deliveryStateCode(state))};
    const qint64 now = nowMs();
    return transition(
        m_retry,
        "UPDATE outbox SET state = ?2, consecutive_failures = consecutive_failures + 1,"
        " last_error = ?3, next_attempt_ms = ?4,"
        " next_step = CASE WHEN ?5 = '' THEN next_step ELSE ?5 END,"
        " reason_code = CASE WHEN ?2 = 'needs-attention' THEN ?3 ELSE '' END,"
        " position = CASE WHEN ?2 = 'queued' THEN position ELSE -1 END,"
        " wait_min_seconds = CASE WHEN ?2 = 'queued' THEN wait_min_seconds ELSE -1 END,"
        " wait_max_seconds = CASE WHEN ?2 = 'queued' THEN wait_max_seconds ELSE -1 END,"
        " updated_ms = ?6"
        " WHERE id = ?1 AND state IN " OPEN_STATES,
        "mark retry", id, [&](SqliteStatement &s) {
            s.bind(2, deliveryStateCode(state).toUtf8());
            bindText(s, 3, lastError);
            s.bind(4, nextAttemptUtc.toMSecsSinceEpoch());
            bindText(s, 5, nextStep);
            s.bind(6, now);
        });
}

StorageError OutboxStore::markRejected(qint64 id, const QString &reasonCode,
                                       const QString &reasonDetail) {
    const qint64 now = nowMs();
    return transition(m_rejected,
                      "UPDATE outbox SET state = 'rejected', sealed_body = NULL,"
                      " next_step = 'done', next_attempt_ms = NULL, reason_code = ?2,"
                      " reason_detail = ?3, ticket = '', position = -1, wait_min_seconds = -1,"
                      " wait_max_seconds = -1, refresh_seconds = -1, updated_ms = ?4"
                      " WHERE id = ?1 AND state IN " OPEN_STATES,
                      "mark rejected", id, [&](SqliteStatement &s) {
                          bindText(s, 2, reasonCode);
                          bindText(s, 3, reasonDetail);
                          s.bind(4, now);
                      });
}

StorageError OutboxStore::markNeedsAttention(qint64 id, const QString &reasonCode,
                                             const QDateTime &nextAttemptUtc) {
    if (!nextAttemptUtc.isValid())
        return {StorageErrorCode::InvalidData,
                QStringLiteral("mark needs attention: no next attempt time")};
    const qint64 now = nowMs();
    return transition(m_attention,
                      "UPDATE outbox SET state = 'needs-attention', reason_code = ?2,"
                      " last_error = ?2, consecutive_failures = consecutive_failures + 1,"
                      " next_attempt_ms = ?3, updated_ms = ?4"
                      " WHERE id = ?1 AND state IN " OPEN_STATES,
                      "mark needs attention", id, [&](SqliteStatement &s) {
                          bindText(s, 2, reasonCode);
                          s.bind(3, nextAttemptUtc.toMSecsSinceEpoch());
                          s.bind(4, now);
                      });
}

// A needs-attention item goes back to where its next step puts it: polls are queued work.
#define RETRY_NOW_SET                                                                              \
    "UPDATE outbox SET state = CASE WHEN state <> 'needs-attention' THEN state"                    \
    " WHEN next_step LIKE 'poll-%' THEN 'queued' ELSE 'pending' END,"                              \
    " reason_code = CASE WHEN state = 'needs-attention' THEN '' ELSE reason_code END,"             \
    " consecutive_failures = 0, next_attempt_ms = ?2, updated_ms = ?2"

StorageError OutboxStore::retryNow(qint64 id) {
    const qint64 now = nowMs();
    return transition(m_retryNow, RETRY_NOW_SET " WHERE id = ?1 AND state IN " WAITING_STATES,
                      "retry now", id, [now](SqliteStatement &s) { s.bind(2, now); });
}

StorageError OutboxStore::reschedule(qint64 id, const QDateTime &nextAttemptUtc) {
    const qint64 now = nowMs();
    const qint64 at = nextAttemptUtc.isValid() ? nextAttemptUtc.toMSecsSinceEpoch() : now;
    return transition(m_reschedule,
                      "UPDATE outbox SET next_attempt_ms = ?2, updated_ms = ?3"
                      " WHERE id = ?1 AND state IN " WAITING_STATES,
                      "reschedule", id, [at, now](SqliteStatement &s) {
                          s.bind(2, at);
                          s.bind(3, now);
                      });
}

int OutboxStore::retryAll(StorageError *error) {
    if (error)
        *error = {};
    SqliteStatement statement;
    int rc = m_db ? statement.prepare(m_db, RETRY_NOW_SET " WHERE state IN " WAITING_STATES)
                  : SQLITE_MISUSE;
    if (rc == SQLITE_OK) {
        statement.bind(2, nowMs());
        rc = statement.run();
    }
    if (rc != SQLITE_OK) {
        if (error)
            *error = sqliteError(m_db, rc, "retry all");
        return -1;
    }
    return sqlite3_changes(m_db);
}

qint64 OutboxStore::oldestPendingAgeSeconds(StorageError *error) const {
    StorageError failure;
    SqliteStatement statement;
    const QDateTime oldest =
        singleTime(statement, "SELECT min(created_ms) FROM outbox WHERE state IN " OPEN_STATES,
                   "read the oldest pending item", &failure);
    if (error)
        *error = failure;
    if (failure || !oldest.isValid())
        return -1;
    return qMax<qint64>(0, (nowMs() - oldest.toMSecsSinceEpoch()) / 1000);
}

QDateTime OutboxStore::lastConfirmedUtc(StorageError *error) const {
    SqliteStatement statement;
    return singleTime(statement, "SELECT max(confirmed_ms) FROM outbox",
                      "read the last confirmation", error);
}

} // namespace wristdoc
