#pragma once

#include "CliCommand.h"

namespace wristdoc {

// reconcile --db FILE [--profile ID]: the days whose credited points differ from what the local
// samples and the policy give, from the last copy of the server's ledger in the cache.
class ReconcileCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    CommandResult run(const QCommandLineParser &parser, QTextStream &out) const override;
};

} // namespace wristdoc
