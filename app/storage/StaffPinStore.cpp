#include "StaffPinStore.h"

#include "Clock.h"
#include "Database.h"
#include "SqliteStatement.h"
#include "SqliteTransaction.h"
#include "StorageLog.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>

namespace wristdoc {

namespace {

// The PIN's bytes are overwritten before they are released.
class PinBytes {
public:
    explicit PinBytes(const QString &pin)
        : m_bytes(pin.toUtf8()) {}
    ~PinBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    PinBytes(const PinBytes &) = delete;
    PinBytes &operator=(const PinBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

StaffPinStore::StaffPinStore(Database &database, const Clock &clock)
    : StaffPinStore(database, clock, Settings()) {}

StaffPinStore::StaffPinStore(Database &database, const Clock &clock, const Settings &settings)
    : m_db(database.handle())
    , m_clock(clock)
    , m_settings(settings) {
    m_settings.maxTries = std::max(1, m_settings.maxTries);
    m_settings.lockSeconds = std::max<qint64>(1, m_settings.lockSeconds);
}

unsigned long long StaffPinStore::opsLimit() const {
    return m_settings.opsLimit ? m_settings.opsLimit : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t StaffPinStore::memLimit() const {
    return m_settings.memLimit ? m_settings.memLimit : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

qint64 StaffPinStore::nowMs() const {
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

qint64 StaffPinStore::activeLockMs(const Row &row, qint64 now) const {
    if (row.lockedUntilMs <= now)
        return 0;
    return std::min(row.lockedUntilMs, now + m_settings.lockSeconds * 1000);
}

bool StaffPinStore::read(Row *row) const {
    *row = Row();
    if (!m_db)
        return false;
    SqliteStatement statement;
    if (statement.prepare(m_db, "SELECT pin_hash, failed_tries, locked_until_ms FROM staff_pin"
                                " WHERE id = 1") != SQLITE_OK)
        return false;
    const int rc = statement.step();
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW)
        return false;
    row->found = true;
    row->hash = statement.columnRawText(0);
    row->hash.detach();
    row->failedTries = int(statement.columnInt64(1));
    row->lockedUntilMs = statement.columnIsNull(2) ? 0 : statement.columnInt64(2);
    return true;
}

bool StaffPinStore::write(const QByteArray &hash, int failedTries, qint64 lockedUntilMs) {
    SqliteStatement statement;
    if (statement.prepare(m_db, "INSERT INTO staff_pin (id, pin_hash, failed_tries,"
                                " locked_until_ms, updated_ms) VALUES (1, ?1, ?2, ?3, ?4)"
                                " ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash,"
                                " failed_tries = excluded.failed_tries,"
                                " locked_until_ms = excluded.locked_until_ms,"
                                " updated_ms = excluded.updated_ms") != SQLITE_OK)
        return false;
    statement.bind(1, hash);
    statement.bind(2, qint64(failedTries));
    if (lockedUntilMs > 0)
        statement.bind(3, lockedUntilMs);
    else
        statement.bindNull(3);
    statement.bind(4, nowMs());
    return statement.run() == SQLITE_OK;
}

QByteArray StaffPinStore::hashPin(const QByteArray &pin) const {
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(hash.data(), pin.constData(), quint64(pin.size()), opsLimit(),
                          memLimit()) != 0)
        return QByteArray(); // out of memory
    hash.truncate(int(qstrnlen(hash.constData(), size_t(hash.size()))));
    return hash;
}

PinCheck StaffPinStore::status() {
    Row row;
    if (!read(&row))
        return PinCheck::failed();
    if (row.hash.isEmpty())
        return PinCheck::notSet();
    const qint64 now = nowMs();
    if (const qint64 until = activeLockMs(row, now))
        return PinCheck::lockedOut(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
    PinCheck check = PinCheck::ok();
    // A lock that has ended leaves a fresh run of tries.
    check.triesLeft = row.lockedUntilMs > 0 ? m_settings.maxTries
                                            : std::max(0, m_settings.maxTries - row.failedTries);
    return check;
}

PinSetResult StaffPinStore::setPin(const QString &pin) {
    if (StaffPinRules::check(pin) != PinRuleIssue::None)
        return PinSetResult::BreaksRule;
    if (sodium_init() < 0 || !m_db)
        return PinSetResult::Failed;
    const PinBytes bytes(pin);
    const QByteArray hash = hashPin(bytes.bytes());
    if (hash.isEmpty())
        return PinSetResult::Failed;
    SqliteTransaction transaction(m_db);
    if (transaction.begin() != SQLITE_OK)
        return PinSetResult::Failed;
    Row row;
    if (!read(&row))
        return PinSetResult::Failed;
    if (!row.hash.isEmpty())
        return PinSetResult::AlreadySet;
    if (!write(hash, 0, 0) || transaction.commit() != SQLITE_OK)
        return PinSetResult::Failed;
    qCInfo(lcStorage) << "staff PIN set";
    return PinSetResult::Ok;
}

PinCheck StaffPinStore::verify(const QString &pin) {
    if (sodium_init() < 0 || !m_db)
        return PinCheck::failed();
    const qint64 now = nowMs();
    Row row;
    int tries = 0;
    qint64 lockUntil = 0;
    {
        // Count the try first, in its own committed transaction.
        SqliteTransaction transaction(m_db);
        if (transaction.begin() != SQLITE_OK || !read(&row))
            return PinCheck::failed();
        if (row.hash.isEmpty())
            return PinCheck::notSet();
        if (const qint64 until = activeLockMs(row, now))
            return PinCheck::lockedOut(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
        tries = (row.lockedUntilMs > 0 ? 0 : row.failedTries) + 1;
        if (tries >= m_settings.maxTries)
            lockUntil = now + m_settings.lockSeconds * 1000;
        if (!write(row.hash, lockUntil ? 0 : tries, lockUntil) || transaction.commit() != SQLITE_OK)
            return PinCheck::failed();
    }

    const PinBytes bytes(pin);
    const bool right = StaffPinRules::onlyDigits(pin) &&
                       crypto_pwhash_str_verify(row.hash.constData(), bytes.bytes().constData(),
                                                quint64(bytes.bytes().size())) == 0;
    if (!right) {
        qCInfo(lcStorage) << "wrong staff PIN; tries left" << m_settings.maxTries - tries;
        if (lockUntil)
            return PinCheck::wrong(0, QDateTime::fromMSecsSinceEpoch(lockUntil, Qt::UTC));
        return PinCheck::wrong(m_settings.maxTries - tries);
    }

    // Right: the run of wrong tries (and this one) is forgotten; an old cost is brought up to
    // the current one while the PIN is at hand.
    QByteArray hash = row.hash;
    if (crypto_pwhash_str_needs_rehash(hash.constData(), opsLimit(), memLimit()) != 0) {
        const QByteArray stronger = hashPin(bytes.bytes());
        if (!stronger.isEmpty())
            hash = stronger;
    }
    if (!write(hash, 0, 0))
        return PinCheck::failed();
    return PinCheck::ok();
}

} // namespace wristdoc
