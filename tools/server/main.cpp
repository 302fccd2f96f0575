// wristdoc-server: the reference programme server of docs/api.md, for tests and demonstrations.
#include "ApiService.h"
#include "ProgrammeServer.h"
#include "ServerLogging.h"
#include "ServerOptions.h"
#include "SystemClock.h"
#include "TerminationSignals.h"

#include <QCoreApplication>

#include <cstdio>

using namespace wristdoc;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wristdoc-server"));

    ServerOptions options;
    QString error;
    QString help;
    if (!ServerOptions::parse(QCoreApplication::arguments(), &options, &error, &help)) {
        if (!help.isEmpty()) {
            std::fputs(qPrintable(help), stdout);
            return 0;
        }
        std::fprintf(stderr, "wristdoc-server: %s\n", qPrintable(error));
        return 2;
    }

    SystemClock clock;
    ApiService service(options, &clock);
    if (!service.start(&error)) {
        std::fprintf(stderr, "wristdoc-server: %s\n", qPrintable(error));
        return 1;
    }
    ProgrammeServer server(&service, &clock);
    if (!options.tlsCertificatePath.isEmpty()) {
        if (!server.useTls(options.tlsCertificatePath, options.tlsKeyPath, &error)) {
            std::fprintf(stderr, "wristdoc-server: %s\n", qPrintable(error));
            return 1;
        }
        qCInfo(lcServer) << "serving HTTPS";
    }
    const quint16 port = server.listenOnLoopback(options.port);
    if (port == 0) {
        std::fprintf(stderr, "wristdoc-server: cannot listen on 127.0.0.1:%u\n",
                     unsigned(options.port));
        return 1;
    }

    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &app,
                     [](int) { QCoreApplication::quit(); });
    if (!termination.install())
        qCWarning(lcServer) << "cannot catch SIGTERM; the database closes on exit only";

    qCInfo(lcServer).noquote()
        << QStringLiteral("enrolments stored: %1; capacity %2 rps, %3 concurrent; "
                          "waiting room %4")
               .arg(service.statsJson().value(QStringLiteral("enrolmentsStored")).toInt())
               .arg(options.capacityRps)
               .arg(options.maxConcurrent)
               .arg(options.waitingRoom ? "on" : "off");
    // The one line on stdout: tests and scripts read the port from it.
    std::printf("wristdoc-server listening on 127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);

    const int rc = app.exec();
    qCInfo(lcServer) << "stopped";
    return rc;
}
