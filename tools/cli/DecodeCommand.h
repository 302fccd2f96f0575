#pragma once

#include "CliCommand.h"

namespace wristdoc {

// decode: one GATT characteristic value, given as hex, printed as one line of JSON
// (docs/watch-profile.md lists the characteristics and their JSON).
class DecodeCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("decode"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    CommandResult run(const QCommandLineParser &parser, QTextStream &out) const override;
};

} // namespace wristdoc
