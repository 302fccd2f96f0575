// wristdoc-launch-sim: runs every strategy against every server setup and writes the table and
// the plots. Options: --help.
#include "ChartRenderer.h"
#include "Demand.h"
#include "LaunchSimulation.h"
#include "ReportWriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTextStream>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace wristdoc;

namespace {

struct Job {
    Strategy strategy;
    ServerSetup setup;
};

QVector<ServerSetup> parseSetups(const QString &text) {
    QVector<ServerSetup> all = {{false, false}, {true, false}, {false, true}, {true, true}};
    if (text == QLatin1String("all"))
        return all;
    QVector<ServerSetup> chosen;
    for (const QString &code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        for (const ServerSetup &setup : all) {
            if (setup.code() == code.trimmed())
                chosen << setup;
        }
    }
    return chosen;
}

} // namespace

int main(int argc, char *argv[]) {
    // Offscreen by default: the plots are files, no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The policy logs each circuit it opens; across a city of clients that is noise.
    QLoggingCategory::setFilterRules(QStringLiteral("wristdoc.sync=false"));
    QApplication::setApplicationName(QStringLiteral("wristdoc-launch-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates the launch morning: every citizen's client against one server, in virtual "
        "time, for each retry strategy and server setup."));
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("Citizens (default 380000)."),
                                           QStringLiteral("N"), QStringLiteral("380000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption capacityOption(QStringLiteral("capacity"),
                                            QStringLiteral("Enrolments per second (C)."),
                                            QStringLiteral("C"), QStringLiteral("40"));
    const QCommandLineOption thresholdOption(
        QStringLiteral("threshold"),
        QStringLiteral("Concurrent enrolments above which the database slows (T)."),
        QStringLiteral("T"), QStringLiteral("20"));
    const QCommandLineOption setupsOption(
        QStringLiteral("servers"),
        QStringLiteral("all, or a list of plain,room,cohorts,room+cohorts."),
        QStringLiteral("LIST"), QStringLiteral("all"));
    const QCommandLineOption strategiesOption(
        QStringLiteral("strategies"),
        QStringLiteral("all, or a list of immediate,fixed,exponential,wristdoc."),
        QStringLiteral("LIST"), QStringLiteral("all"));
    const QCommandLineOption baselineSetupsOption(
        QStringLiteral("baseline-servers"),
        QStringLiteral("Server setups for the three baselines (they cost most events): all, or "
                       "a list as for --servers."),
        QStringLiteral("LIST"), QStringLiteral("plain,room+cohorts"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Directory for the CSV and markdown."),
                                       QStringLiteral("DIR"), QStringLiteral("launch-sim-out"));
    const QCommandLineOption plotsOption(QStringLiteral("plots"),
                                         QStringLiteral("Directory for the PNG plots."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("Simulations run at once."),
                                           QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({clientsOption, seedOption, capacityOption, thresholdOption, setupsOption,
                       strategiesOption, baselineSetupsOption, outOption, plotsOption,
                       threadsOption});
    parser.process(app);

    QElapsedTimer wall;
    wall.start();
    QTextStream out(stdout);

    SimSettings base;
    base.seed = parser.value(seedOption).toUInt();
    base.server.capacityPerSecond = qMax(0.1, parser.value(capacityOption).toDouble());
    base.server.overloadThreshold = qMax(1, parser.value(thresholdOption).toInt());
    base.server.admissionLimit = base.server.overloadThreshold * 4;
    const int clients = qMax(10, parser.value(clientsOption).toInt());
    const SimSettings settings = clients == base.population.total() ? base : base.scaledTo(clients);
    const QVector<ServerSetup> setups = parseSetups(parser.value(setupsOption));
    if (setups.isEmpty()) {
        std::fprintf(stderr, "no server setup chosen\n");
        return 2;
    }

    const Demand plainDemand = Demand::generate(settings, false);
    const Demand cohortDemand = Demand::generate(settings, true);

    std::vector<Job> jobs;
    // The costliest first, so the threads finish together: WristDoc's runs (the real policy
    // objects per event), then the retry storms.
    const QString chosenStrategies = parser.value(strategiesOption);
    for (Strategy strategy : {Strategy::WristDoc, Strategy::Immediate, Strategy::FixedInterval,
                              Strategy::ExponentialNoJitter}) {
        if (chosenStrategies != QLatin1String("all") &&
            !chosenStrategies.split(QLatin1Char(',')).contains(strategyCode(strategy)))
            continue;
        for (const ServerSetup &setup : setups) {
            const bool baseline = strategy != Strategy::WristDoc;
            const QString baselineSetups = parser.value(baselineSetupsOption);
            if (baseline && baselineSetups != QLatin1String("all") &&
                !baselineSetups.split(QLatin1Char(',')).contains(setup.code()))
                continue;
            jobs.push_back({strategy, setup});
        }
    }
    std::vector<SimResult> results(jobs.size());
    // A WristDoc run holds the policy objects of every waiting client (about 250 MiB at full
    // scale), a baseline run a fraction of that: one WristDoc run at a time keeps the peak
    // memory at one of each, while the other thread works through the baselines.
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<bool> taken(jobs.size(), false);
    bool wristDocRunning = false;
    const auto takeJob = [&]() -> int {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            int waiting = 0;
            for (size_t i = 0; i < jobs.size(); ++i) {
                if (taken[i])
                    continue;
                ++waiting;
                const bool wristDoc = jobs[i].strategy == Strategy::WristDoc;
                if (wristDoc && wristDocRunning)
                    continue;
                taken[i] = true;
                if (wristDoc)
                    wristDocRunning = true;
                return int(i);
            }
            if (waiting == 0)
                return -1;
            changed.wait(lock);
        }
    };
    auto worker = [&]() {
        for (int i = takeJob(); i >= 0; i = takeJob()) {
            const Job &job = jobs[size_t(i)];
            const Demand &demand = job.setup.cohorts ? cohortDemand : plainDemand;
            LaunchSimulation simulation(settings, job.setup, job.strategy, demand);
            results[size_t(i)] = simulation.run();
            if (job.strategy == Strategy::WristDoc) {
                const std::lock_guard<std::mutex> lock(mutex);
                wristDocRunning = false;
            }
            changed.notify_all();
        }
    };
    const int threads = qBound(1, parser.value(threadsOption).toInt(), 16);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
    // Table order: by server, then strategy.
    std::stable_sort(results.begin(), results.end(), [&](const SimResult &a, const SimResult &b) {
        const auto index = [&](const ServerSetup &s) {
            for (int i = 0; i < setups.size(); ++i) {
                if (setups[i].code() == s.code())
                    return i;
            }
            return 0;
        };
        if (index(a.setup) != index(b.setup))
            return index(a.setup) < index(b.setup);
        return int(a.strategy) < int(b.strategy);
    });
    const double simulatedSeconds = wall.elapsed() / 1000.0;

    const QString dir = parser.value(outOption);
    QString error;
    const bool written = ReportWriter::writeFile(dir + QStringLiteral("/summary.csv"),
                                                 ReportWriter::summaryCsv(results), &error) &&
                         ReportWriter::writeFile(dir + QStringLiteral("/timeseries.csv"),
                                                 ReportWriter::timeSeriesCsv(results), &error) &&
                         ReportWriter::writeFile(dir + QStringLiteral("/summary.md"),
                                                 ReportWriter::markdownTable(results), &error);
    if (!written) {
        std::fprintf(stderr, "cannot write to %s: %s\n", qPrintable(dir), qPrintable(error));
        return 1;
    }
    if (parser.isSet(plotsOption)) {
        if (!ChartRenderer::renderAll(results, parser.value(plotsOption), &error)) {
            std::fprintf(stderr, "cannot draw the plots: %s\n", qPrintable(error));
            return 1;
        }
    }

    out << "clients " << settings.population.total() << ", capacity "
        << settings.server.capacityPerSecond << "/s, threshold "
        << settings.server.overloadThreshold << ", ideal N/C " << settings.idealSeconds()
        << " s, seed " << settings.seed << "\n\n";
    out << ReportWriter::markdownTable(results) << "\n";
    quint64 events = 0;
    int peakPolicies = 0;
    for (const SimResult &r : results) {
        events += r.events;
        peakPolicies = qMax(peakPolicies, r.peakActivePolicies);
    }
    // CPU time and peak memory where the platform reports them (-1: not measured).
    double cpuSeconds = -1;
    long long peakMiB = -1;
#if defined(Q_OS_UNIX)
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                 double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#if defined(Q_OS_MACOS)
    peakMiB = usage.ru_maxrss / (1024 * 1024); // bytes on macOS
#else
    peakMiB = usage.ru_maxrss / 1024; // KiB on Linux and the BSDs
#endif
#endif
    out << "WristDoc policy objects per client: "
        << QString::number(LaunchSimulation::policyBytesPerClient(), 'f', 0) << " bytes; at most "
        << peakPolicies << " clients held them at once\n";
    out << "events " << events << "; simulation " << QString::number(simulatedSeconds, 'f', 1)
        << " s; total run time " << QString::number(wall.elapsed() / 1000.0, 'f', 1) << " s wall, "
        << QString::number(cpuSeconds, 'f', 1) << " s CPU on " << threads
        << " threads; peak memory " << peakMiB << " MiB\n";
    out << "written: " << dir << "/summary.csv, summary.md, timeseries.csv\n";
    return 0;
}
