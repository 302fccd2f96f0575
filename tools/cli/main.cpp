// wristdoc-cli: points, import and summary for scripts (docs/cli.md).
#include "CliApplication.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wristdoc-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WRISTDOC_VERSION));
    // Library log lines would break the one-line error contract; QT_LOGGING_RULES turns them on.
    QLoggingCategory::setFilterRules(
        QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return wristdoc::CliApplication().run(QCoreApplication::arguments(), out, err);
}
