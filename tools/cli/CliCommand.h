#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace wristdoc {

// Exit statuses of wristdoc-cli (docs/cli.md).
enum CliExitCode : int {
    kExitOk = 0,
    kExitMismatch = 1, // reconcile: some days do not match (the report is on stdout)
    kExitBadInput = 2, // bad arguments, bad files, storage errors: one line on stderr
};

// What a subcommand hands back to main: success, or one line for stderr.
struct CommandResult {
    int exitCode = kExitOk;
    QString error;

    static CommandResult ok() { return {}; }
    static CommandResult failed(const QString &message) { return {kExitBadInput, message}; }
};

// One subcommand: declares its options, then runs on the parsed command line.
class CliCommand {
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString synopsis() const = 0;    // "points --steps-csv FILE [...]"
    virtual QString description() const = 0; // one sentence for the help text
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Words after the command name that are not options ("outbox list"); most take none.
    virtual int maxPositionalArguments() const { return 0; }
    virtual CommandResult run(const QCommandLineParser &parser, QTextStream &out) const = 0;
};

} // namespace wristdoc
