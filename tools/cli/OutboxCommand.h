#pragma once

#include "CliCommand.h"

namespace wristdoc {

class Database;

// outbox list|retry|export: the delivery outbox for staff and scripts. list and retry need no
// key and print no personal data; export writes a CSV (mode 0600) that, for items the server has
// not confirmed, includes the applicant's name, birth date and mobile for manual processing. It
// needs the data key and never includes health data.
class OutboxCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int maxPositionalArguments() const override { return 1; }
    CommandResult run(const QCommandLineParser &parser, QTextStream &out) const override;

private:
    CommandResult list(Database &database, QTextStream &out) const;
    CommandResult retry(const QCommandLineParser &parser, Database &database,
                        QTextStream &out) const;
    CommandResult exportCsv(const QCommandLineParser &parser, Database &database,
                            const QString &dbPath, QTextStream &out) const;
};

} // namespace wristdoc
