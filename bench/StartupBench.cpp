// Cold start to the first painted dashboard on a five-year cache, against the first paint of an
// empty QMainWindow measured the same way (whole process, spawn to exit) in the same run.
#include "FiveYearDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double runOnceMs(const QString &program, const QStringList &arguments) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    // The child prints one line right after its first paint; teardown is not start-up.
    double painted = -1;
    while (process.waitForReadyRead(120000)) {
        if (process.readAllStandardOutput().contains("first-paint")) {
            painted = timer.nsecsElapsed() / 1e6;
            break;
        }
    }
    if (!process.waitForFinished(120000) || process.exitCode() != 0 || painted < 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    return painted;
}

double median(QVector<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const int rounds = 9;
    const QString database = wristdoc::bench::fiveYearDatabase();
    if (database.isEmpty())
        return 1;

    QTemporaryDir work;
    QVector<double> baseline;
    QVector<double> labelled;
    QVector<double> dashboard;
    for (int round = 0; round < rounds; ++round) {
        // Alternate the two so drift on a noisy machine hits both alike.
        const double empty = runOnceMs(QStringLiteral(WRISTDOC_EMPTY_WINDOW), {});
        const double label =
            runOnceMs(QStringLiteral(WRISTDOC_EMPTY_WINDOW), {QStringLiteral("--label")});
        // A copy per run: the app may checkpoint the WAL, and every run should see the same file.
        const QString copy = work.filePath(QStringLiteral("run-%1.db").arg(round));
        QFile::copy(database, copy);
        const double app = runOnceMs(QStringLiteral(WRISTDOC_APP),
                                     {QStringLiteral("--db"), copy, QStringLiteral("--no-demo"),
                                      QStringLiteral("--now"),
                                      wristdoc::bench::fiveYearNowUtc().toString(Qt::ISODate),
                                      QStringLiteral("--exit-after-first-paint")});
        QFile::remove(copy);
        if (empty < 0 || label < 0 || app < 0)
            return 1;
        baseline.append(empty);
        labelled.append(label);
        dashboard.append(app);
    }
    const double base = median(baseline);
    const double full = median(dashboard);
    std::printf("first paint, median of %d runs (process start to its first painted frame):\n",
                rounds);
    const double text = median(labelled);
    std::printf("  empty QMainWindow          %8.1f ms\n", base);
    std::printf("  QMainWindow with one label %8.1f ms\n", text);
    std::printf("  dashboard, five-year cache %8.1f ms\n", full);
    std::printf("ratio dashboard/empty = %.2f (goal <= 2.0)\n", full / base);
    std::printf("ratio label/empty = %.2f (fonts and text alone)\n", text / base);
    std::printf("ratio dashboard/label = %.2f\n", full / text);
    return 0;
}
