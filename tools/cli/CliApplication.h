#pragma once

#include "CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace wristdoc {

// Picks the subcommand, parses its options and reports the outcome: JSON on stdout, or exactly
// one line on stderr with exit status 2.
class CliApplication {
public:
    CliApplication();
    ~CliApplication();

    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;

private:
    const CliCommand *find(const QString &name) const;
    QString usage() const;
    static QString commandHelp(const CliCommand &command, const QCommandLineParser &parser);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace wristdoc
