// One staff PIN check through StaffPinStore (count the try, Argon2id verify, forget the tries) at
// libsodium's INTERACTIVE and MODERATE cost, against the bare crypto_pwhash_str_verify at
// INTERACTIVE: what a person at the keypad waits for, and what a guesser pays per try.
//
// Run: PinVerifyBench
#include "Database.h"
#include "ManualClock.h"
#include "StaffPinStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sodium.h>

#include <memory>

using namespace wristdoc;

namespace {

const QString kPin = QStringLiteral("482915");

void storeVerify(benchmark::State &state, unsigned long long ops, size_t mem) {
    QTemporaryDir dir;
    Database::Options options;
    options.path = dir.filePath(QStringLiteral("pin.db"));
    StorageError error;
    const std::unique_ptr<Database> db = Database::open(options, &error);
    ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC));
    StaffPinStore::Settings settings;
    settings.opsLimit = ops;
    settings.memLimit = mem;
    StaffPinStore store(*db, clock, settings);
    if (!db || store.setPin(kPin) != PinSetResult::Ok) {
        state.SkipWithError("no PIN store");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(store.verify(kPin).outcome);
}

void BM_StoreVerifyInteractive(benchmark::State &state) {
    storeVerify(state, crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

void BM_StoreVerifyModerate(benchmark::State &state) {
    storeVerify(state, crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE);
}

void BM_BareVerifyInteractive(benchmark::State &state) {
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray pin = kPin.toUtf8();
    if (crypto_pwhash_str(hash, pin.constData(), quint64(pin.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        state.SkipWithError("out of memory");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(
            crypto_pwhash_str_verify(hash, pin.constData(), quint64(pin.size())));
}

} // namespace

BENCHMARK(BM_BareVerifyInteractive)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_StoreVerifyInteractive)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_StoreVerifyModerate)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
