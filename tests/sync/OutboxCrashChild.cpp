// A kiosk in miniature for OutboxCrashTest: makes sure the cache holds --count enrolments of
// distinct invented applicants (adding what is missing, one durable submit at a time), then
// delivers the outbox to the server until every item is confirmed, and exits 0. The test kills
// it with SIGKILL at random moments and starts it again; nothing it printed a receipt for may be
// lost or sent twice.
#include "Database.h"
#include "DeliveryService.h"
#include "EnrolmentOutbox.h"
#include "EnrolmentRules.h"
#include "EventLoopScheduler.h"
#include "FieldCipher.h"
#include "FileKeyStore.h"
#include "InventedApplicant.h"
#include "SystemClock.h"
#include "SystemRandomSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

using namespace wristdoc;

namespace {

int fail(const QString &what) {
    std::fprintf(stderr, "crash-child: %s\n", qPrintable(what));
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("cache"), QStringLiteral("file")},
         {QStringLiteral("key-file"), QStringLiteral("key"), QStringLiteral("file")},
         {QStringLiteral("server"), QStringLiteral("base URL"), QStringLiteral("url")},
         {QStringLiteral("count"), QStringLiteral("enrolments"), QStringLiteral("n")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();

    FieldCipher::initialize();
    FileKeyStore keys(parser.value(QStringLiteral("key-file")));
    const KeyLoadResult key = keys.loadOrCreate();
    if (!key.ok())
        return fail(key.detail);
    const FieldCipher cipher(key.key);

    Database::Options options;
    options.path = parser.value(QStringLiteral("db"));
    StorageError error;
    const std::unique_ptr<Database> database = Database::open(options, &error);
    if (!database)
        return fail(error.detail);

    SystemClock clock;
    SystemRandomSource random;
    EnrolmentOutbox outbox(*database, cipher, clock, random);

    int stored = outbox.outbox().list(&error).size();
    if (error)
        return fail(error.detail);
    while (stored < count) {
        const IntakeResult result = outbox.submit(
            inventedApplicant(stored, QDate(1950, 1, 1).addDays(stored), QStringLiteral("jongno")));
        if (!result.ok())
            return fail(QStringLiteral("submit failed"));
        // The receipt: printed only after submit() returned, i.e. after the commit.
        std::printf("receipt %s\n", qPrintable(result.receipt.reference));
        std::fflush(stdout);
        ++stored;
    }

    QNetworkAccessManager network;
    EventLoopScheduler scheduler;
    DeliveryService::Settings settings;
    settings.serverUrl = QUrl(parser.value(QStringLiteral("server")));
    settings.transferTimeoutMs = 3000;
    settings.maxInFlight = 2;
    // A test server on loopback: short waits, so the run ends in seconds, not hours.
    settings.backoff.baseMs = 20;
    settings.backoff.capMs = 500;
    settings.backoff.retryAfterJitterMinMs = 10;
    settings.backoff.retryAfterJitterMaxMs = 200;
    settings.breaker.openBaseMs = 100;
    settings.breaker.openCapMs = 500;
    settings.budget.minRetriesPerWindow = 1000;
    settings.planner.holdJitterMs = 50;
    settings.planner.probeRecheckMs = 50;
    DeliveryService delivery(outbox.outbox(), network, clock, random, scheduler, settings);

    auto allConfirmed = [&] {
        const QMap<DeliveryState, int> counts = outbox.outbox().stateCounts();
        return counts.value(DeliveryState::Confirmed) == count;
    };
    QObject::connect(&delivery.worker(), &OutboxWorker::idle, &app, [&] {
        if (allConfirmed())
            app.exit(0);
    });
    QObject::connect(&delivery.worker(), &OutboxWorker::storageProblem, &app,
                     [&](const QString &detail) {
                         std::fprintf(stderr, "crash-child: %s\n", qPrintable(detail));
                         app.exit(3);
                     });
    if (allConfirmed())
        return 0;
    delivery.worker().start();
    return app.exec();
}
