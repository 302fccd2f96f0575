// Drains a kiosk outbox of --count queued enrolments to the reference server on loopback and
// reports enrolments per second, beside the server's own capacity measured in the same run by a
// plain load generator that sends the very same requests (same bodies, same idempotency keys)
// without any storage of its own. Each side gets a fresh server; the ratio is printed last.
//
//   DrainBench [--count 10000] [--in-flight 6,16,32] [--rounds 3] [--generator-only]
#include "Database.h"
#include "DeliveryService.h"
#include "EnrolmentOutbox.h"
#include "EnrolmentRules.h"
#include "EventLoopScheduler.h"
#include "FieldCipher.h"
#include "InventedApplicant.h"
#include "ReferenceServerProcess.h"
#include "SeededRandomSource.h"
#include "SystemClock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace wristdoc;

namespace {

struct PreparedRequest {
    QString idempotencyKey;
    QByteArray body;
};

bool fail(const char *what) {
    std::fprintf(stderr, "DrainBench: %s\n", what);
    return false;
}

// Submits count enrolments through the kiosk's own durable path (not timed) and returns the
// requests the outbox will send, read back from the sealed store.
bool fillOutbox(const QString &dbPath, const FieldCipher &cipher, int count,
                std::vector<PreparedRequest> *requests) {
    Database::Options options;
    options.path = dbPath;
    StorageError error;
    auto database = Database::open(options, &error);
    if (!database)
        return fail("cannot open the kiosk cache");
    SystemClock clock;
    SeededRandomSource random(42);
    EnrolmentOutbox outbox(*database, cipher, clock, random);
    for (int i = 0; i < count; ++i) {
        const EnrolmentApplication applicant =
            inventedApplicant(i, QDate(1950, 1, 1).addDays(i % 9000), QStringLiteral("jongno"));
        if (!outbox.submit(applicant).ok())
            return fail("submit failed");
    }
    for (const OutboxItem &item : outbox.outbox().list()) {
        PreparedRequest request;
        request.idempotencyKey = item.idempotencyKey;
        if (outbox.outbox().requestBody(item.id, &request.body, &error) != UnsealResult::Ok)
            return fail("cannot read a request body back");
        requests->push_back(std::move(request));
    }
    return true;
}

// The plain load generator: `concurrency` requests always in flight, spread over enough
// QNetworkAccessManagers that Qt's six connections per host do not cap it. Counts 200/201s.
double generatorRate(const QUrl &base, const std::vector<PreparedRequest> &requests,
                     int concurrency, int *confirmed) {
    const int managers = (concurrency + 5) / 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> network;
    for (int i = 0; i < managers; ++i)
        network.push_back(std::make_unique<QNetworkAccessManager>());
    QUrl url = base;
    url.setPath(QStringLiteral("/v1/enrolments"));
    size_t next = 0;
    int inFlight = 0;
    *confirmed = 0;
    QEventLoop loop;
    std::function<void(int)> send = [&](int slot) {
        if (next >= requests.size()) {
            if (inFlight == 0)
                loop.quit();
            return;
        }
        const PreparedRequest &r = requests[next++];
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Idempotency-Key", r.idempotencyKey.toLatin1());
        QNetworkReply *reply = network[size_t(slot % managers)]->post(request, r.body);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, slot] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200 || status == 201)
                ++*confirmed;
            reply->deleteLater();
            --inFlight;
            send(slot);
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int slot = 0; slot < concurrency; ++slot)
        send(slot);
    loop.exec();
    return requests.size() * 1000.0 / qMax<qint64>(1, timer.elapsed());
}

// WristDoc's pipeline: the outbox worker as the app builds it (DeliveryService), unsealing each
// body, marking it sending and then confirmed (forgetting the personal fields) in the cache.
double wristdocRate(const QUrl &base, const QString &dbPath, const FieldCipher &cipher,
                    int inFlight, int *confirmed) {
    Database::Options options;
    options.path = dbPath;
    StorageError error;
    auto database = Database::open(options, &error);
    if (!database)
        return fail("cannot open the kiosk cache"), 0;
    SystemClock clock;
    SeededRandomSource random(7);
    EnrolmentOutbox outbox(*database, cipher, clock, random);
    QNetworkAccessManager network;
    EventLoopScheduler scheduler;
    DeliveryService::Settings settings;
    settings.serverUrl = base;
    settings.maxInFlight = inFlight;
    DeliveryService delivery(outbox.outbox(), network, clock, random, scheduler, settings);
    const int total = outbox.outbox().list().size();
    QEventLoop loop;
    QObject::connect(&delivery.worker(), &OutboxWorker::idle, &loop, [&] {
        if (outbox.outbox().stateCounts().value(DeliveryState::Confirmed) == total)
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    delivery.worker().start();
    loop.exec();
    const qint64 ms = timer.elapsed();
    *confirmed = outbox.outbox().stateCounts().value(DeliveryState::Confirmed);
    return total * 1000.0 / qMax<qint64>(1, ms);
}

bool startServer(ReferenceServerProcess *server) {
    if (server->start())
        return true;
    std::fprintf(stderr, "DrainBench: %s\n", qPrintable(server->errorString()));
    return false;
}

int storedOn(const ReferenceServerProcess &server) {
    return server.adminStats().value(QStringLiteral("enrolmentsStored")).toInt();
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool copyFile(const QString &from, const QString &to) {
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // A line per enrolment would be part of what is measured.
    QLoggingCategory::setFilterRules(QStringLiteral("wristdoc.*.debug=false\nwristdoc.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("count"), QStringLiteral("queued enrolments"), QStringLiteral("n"),
          QStringLiteral("10000")},
         {QStringLiteral("in-flight"),
          QStringLiteral("requests in flight to try, for both sides; the generator's best is "
                         "the server's capacity"),
          QStringLiteral("list"), QStringLiteral("6,16,32")},
         {QStringLiteral("rounds"), QStringLiteral("rounds (medians are reported)"),
          QStringLiteral("n"), QStringLiteral("3")},
         {QStringLiteral("generator-only"), QStringLiteral("measure the server alone")}});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int rounds = qMax(1, parser.value(QStringLiteral("rounds")).toInt());
    const bool withWristDoc = !parser.isSet(QStringLiteral("generator-only"));
    QList<int> concurrencies;
    for (const QString &c : parser.value(QStringLiteral("in-flight")).split(u','))
        concurrencies << qMax(1, c.toInt());

    if (!FieldCipher::initialize())
        return 2;
    const FieldCipher cipher(FieldCipher::generateKey());
    QTemporaryDir dir;
    const QString prepared = dir.filePath(QStringLiteral("prepared.db"));
    const QString working = dir.filePath(QStringLiteral("kiosk.db"));
    std::vector<PreparedRequest> requests;
    std::printf("Preparing %d queued enrolments in a kiosk cache...\n", count);
    std::fflush(stdout);
    if (!fillOutbox(prepared, cipher, count, &requests))
        return 2;

    // Rounds alternate the two sides at each concurrency, so a noisy neighbour hurts both alike;
    // each figure is the median of its rounds. Every run starts a fresh server.
    std::map<int, std::vector<double>> generator, pipeline;
    for (int round = 0; round < rounds; ++round) {
        for (int concurrency : concurrencies) {
            {
                ReferenceServerProcess server;
                if (!startServer(&server))
                    return 2;
                int confirmed = 0;
                const double rate =
                    generatorRate(server.baseUrl(), requests, concurrency, &confirmed);
                if (confirmed != count || storedOn(server) != count)
                    return fail("the load generator did not get every enrolment stored"), 2;
                generator[concurrency].push_back(rate);
            }
            if (!withWristDoc)
                continue;
            ReferenceServerProcess server;
            if (!startServer(&server) || !copyFile(prepared, working))
                return 2;
            int confirmed = 0;
            const double rate =
                wristdocRate(server.baseUrl(), working, cipher, concurrency, &confirmed);
            if (confirmed != count || storedOn(server) != count)
                return fail("WristDoc did not get every enrolment confirmed exactly once"), 2;
            pipeline[concurrency].push_back(rate);
        }
    }

    std::printf("\n%-14s %22s %22s %8s\n", "in flight", "load generator enrol/s",
                "WristDoc enrol/s", "ratio");
    double capacity = 0, best = 0;
    int capacityAt = 0, bestAt = 0;
    for (int concurrency : concurrencies) {
        const double g = median(generator[concurrency]);
        const double w = withWristDoc ? median(pipeline[concurrency]) : 0;
        std::printf("%-14d %22.0f %22.0f %8.2f\n", concurrency, g, w, w / g);
        if (g > capacity)
            capacity = g, capacityAt = concurrency;
        if (w > best)
            best = w, bestAt = concurrency;
    }
    std::printf("\n%d enrolments, %d round(s), medians. Server capacity (best load generator): "
                "%.0f enrol/s at %d in flight.\n",
                count, rounds, capacity, capacityAt);
    if (withWristDoc)
        std::printf("WristDoc drain / server capacity: %.0f / %.0f = %.2f (WristDoc at %d in "
                    "flight; goal >= 0.80)\n",
                    best, capacity, best / capacity, bestAt);
    return 0;
}
