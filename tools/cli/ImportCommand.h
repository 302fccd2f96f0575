#pragma once

#include "CliCommand.h"

namespace wristdoc {

// import: steps and heart rate from a CSV into the cache, all or nothing.
class ImportCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    CommandResult run(const QCommandLineParser &parser, QTextStream &out) const override;

    static QString defaultDeviceAddress() { return QStringLiteral("cli-import"); }
};

} // namespace wristdoc
