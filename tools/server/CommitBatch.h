#pragma once

#include <QObject>
#include <QSqlQuery>

namespace wristdoc {

class ServerDatabase;

// Group commit. With synchronous=FULL every commit waits for the disk, so the writes of all
// requests handled in one turn of the event loop share one transaction, committed at the end of
// that turn. Each request's writes sit in their own savepoint, so one request's failure undoes
// only its own work. Answers produced while a batch is open are held back until it commits:
// nothing is confirmed to a client before it is on disk.
class CommitBatch : public QObject {
    Q_OBJECT
public:
    explicit CommitBatch(ServerDatabase *database, QObject *parent = nullptr);

    bool prepare(QString *error);
    // Opens the batch's transaction if needed and schedules its commit; false on failure.
    bool join();
    bool isOpen() const { return m_open; }

    // One request's writes inside the open batch.
    bool beginRequest();
    bool endRequest();
    void undoRequest();

    // Commits now (the scheduled commit calls this; so does shutdown).
    void commit();
    int batchesCommitted() const { return m_batches; }

Q_SIGNALS:
    // The open batch is on disk (ok) or was rolled back (every answer it held must fail).
    void finished(bool ok);

private:
    bool run(QSqlQuery &query);

    ServerDatabase *m_database;
    QSqlQuery m_begin;
    QSqlQuery m_commit;
    QSqlQuery m_rollback;
    QSqlQuery m_savepoint;
    QSqlQuery m_release;
    QSqlQuery m_rollbackTo;
    bool m_open = false;
    bool m_scheduled = false;
    int m_batches = 0;
};

} // namespace wristdoc
