#include "CommitBatch.h"

#include "ServerDatabase.h"
#include "ServerLogging.h"

#include <QSqlError>
#include <QTimer>

namespace wristdoc {

CommitBatch::CommitBatch(ServerDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

bool CommitBatch::prepare(QString *error) {
    const QSqlDatabase db = m_database->connection();
    m_begin = QSqlQuery(db);
    m_commit = QSqlQuery(db);
    m_rollback = QSqlQuery(db);
    m_savepoint = QSqlQuery(db);
    m_release = QSqlQuery(db);
    m_rollbackTo = QSqlQuery(db);
    const bool ok = m_begin.prepare(QStringLiteral("BEGIN IMMEDIATE")) &&
                    m_commit.prepare(QStringLiteral("COMMIT")) &&
                    m_rollback.prepare(QStringLiteral("ROLLBACK")) &&
                    m_savepoint.prepare(QStringLiteral("SAVEPOINT request")) &&
                    m_release.prepare(QStringLiteral("RELEASE request")) &&
                    m_rollbackTo.prepare(QStringLiteral("ROLLBACK TO request"));
    if (!ok)
        *error = m_database->lastError();
    return ok;
}

bool CommitBatch::run(QSqlQuery &query) {
    const bool ok = query.exec();
    if (!ok)
        qCWarning(lcServer) << "database:" << query.lastError().text();
    query.finish();
    return ok;
}

bool CommitBatch::join() {
    if (m_open)
        return true;
    if (!run(m_begin))
        return false;
    m_open = true;
    if (!m_scheduled) {
        m_scheduled = true;
        // A zero timer fires after the requests already waiting on their sockets were read.
        QTimer::singleShot(0, this, [this] {
            m_scheduled = false;
            commit();
        });
    }
    return true;
}

bool CommitBatch::beginRequest() {
    return join() && run(m_savepoint);
}

bool CommitBatch::endRequest() {
    return run(m_release);
}

void CommitBatch::undoRequest() {
    run(m_rollbackTo);
    run(m_release);
}

void CommitBatch::commit() {
    if (!m_open)
        return;
    m_open = false;
    const bool ok = run(m_commit);
    if (!ok)
        run(m_rollback);
    else
        ++m_batches;
    Q_EMIT finished(ok);
}

} // namespace wristdoc
