#pragma once

#include "CliCommand.h"

namespace wristdoc {

// summary: one local day's rollup from the cache and its points, as JSON.
class SummaryCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("summary"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    CommandResult run(const QCommandLineParser &parser, QTextStream &out) const override;

    static QString birthDateKey() { return QStringLiteral("participant.birthDate"); }
};

} // namespace wristdoc
