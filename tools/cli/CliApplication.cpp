#include "CliApplication.h"

#include "DecodeCommand.h"
#include "ImportCommand.h"
#include "OutboxCommand.h"
#include "PointsCommand.h"
#include "ReconcileCommand.h"
#include "SummaryCommand.h"

#include <QCoreApplication>

namespace wristdoc {

namespace {

const QString kProgram = QStringLiteral("wristdoc-cli");

// Scripts read stderr line by line: whatever the cause, a failure is one line.
QString oneLine(QString text) {
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

int fail(QTextStream &err, const QString &message) {
    err << kProgram << ": " << oneLine(message) << '\n';
    err.flush();
    return kExitBadInput;
}

} // namespace

CliApplication::CliApplication() {
    m_commands.push_back(std::make_unique<PointsCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<SummaryCommand>());
    m_commands.push_back(std::make_unique<DecodeCommand>());
    m_commands.push_back(std::make_unique<OutboxCommand>());
    m_commands.push_back(std::make_unique<ReconcileCommand>());
}

CliApplication::~CliApplication() = default;

int CliApplication::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const {
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << usage();
        return kExitOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << kProgram << ' ' << QCoreApplication::applicationVersion() << '\n';
        return kExitOk;
    }
    if (first.isEmpty())
        return fail(err, QStringLiteral("no command given; try '%1 --help'").arg(kProgram));
    const CliCommand *command = find(first);
    if (!command) {
        return fail(
            err,
            QStringLiteral("unknown command '%1'; try '%2 --help'").arg(first.left(40), kProgram));
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Shows this help."));
    parser.addOption(help);
    command->addOptions(parser);
    // parse() rather than process(): process() exits with its own status and multi-line text.
    QStringList commandArguments = arguments.mid(2);
    commandArguments.prepend(kProgram);
    if (!parser.parse(commandArguments))
        return fail(err, QStringLiteral("%1: %2").arg(command->name(), parser.errorText()));
    if (parser.isSet(help)) {
        out << commandHelp(*command, parser);
        return kExitOk;
    }
    if (parser.positionalArguments().size() > command->maxPositionalArguments()) {
        return fail(
            err,
            QStringLiteral("%1: unexpected argument '%2'")
                .arg(command->name(),
                     parser.positionalArguments().at(command->maxPositionalArguments()).left(40)));
    }

    const CommandResult result = command->run(parser, out);
    out.flush();
    if (result.exitCode == kExitMismatch && result.error.isEmpty())
        return kExitMismatch; // an answer, not a failure: the report is on stdout
    if (result.exitCode != kExitOk)
        return fail(err, result.error);
    return kExitOk;
}

const CliCommand *CliApplication::find(const QString &name) const {
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::usage() const {
    QString text = QStringLiteral("Usage: %1 COMMAND [options]\n\n"
                                  "The scriptable face of WristDoc's points and cache.\n\n"
                                  "Commands:\n")
                       .arg(kProgram);
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(kProgram, command->synopsis());
    text += QStringLiteral("\n  %1 COMMAND --help   describes one command\n"
                           "  %1 --version\n\n"
                           "Exit status: 0 on success; 2 on bad input or a storage error, "
                           "with one line on stderr.\n")
                .arg(kProgram);
    return text;
}

QString CliApplication::commandHelp(const CliCommand &command, const QCommandLineParser &parser) {
    // helpText() starts with its own usage line; keep only its option list.
    const QString generated = parser.helpText();
    const int options = generated.indexOf(QLatin1String("Options:"));
    return QStringLiteral("Usage: %1 %2\n\n%3\n\n%4")
        .arg(kProgram, command.synopsis(), command.description(),
             options >= 0 ? generated.mid(options) : generated);
}

} // namespace wristdoc
