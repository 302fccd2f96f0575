#pragma once

#include "CliCommand.h"

namespace wristdoc {

// points: per-day steps and points of a step CSV under a policy, as JSON.
class PointsCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("points"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    CommandResult run(const QCommandLineParser &parser, QTextStream &out) const override;
};

} // namespace wristdoc
