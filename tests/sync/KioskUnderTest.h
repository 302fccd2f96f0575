#pragma once

// One kiosk's outbox and delivery, put together as the app does, for tests against the real
// reference server on loopback. Short waits: the server is local and the tests should end in
// seconds.
#include "Database.h"
#include "DeliveryService.h"
#include "EnrolmentOutbox.h"
#include "EnrolmentRules.h"
#include "EventLoopScheduler.h"
#include "FieldCipher.h"
#include "InventedApplicant.h"
#include "SeededRandomSource.h"
#include "SystemClock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace wristdoc {

inline EnrolmentApplication inventedApplicant(int index, int birthYear = 1956) {
    return inventedApplicant(index, QDate(birthYear, 4, 9).addDays(index % 200));
}

class KioskUnderTest {
public:
    explicit KioskUnderTest(const QUrl &server, int transferTimeoutMs = 3000, quint32 seed = 7)
        : m_random(seed) {
        FieldCipher::initialize();
        m_cipher = FieldCipher(FieldCipher::generateKey());
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("kiosk.db"));
        StorageError error;
        m_database = Database::open(options, &error);
        m_outbox = std::make_unique<EnrolmentOutbox>(*m_database, m_cipher, m_clock, m_random);
        DeliveryService::Settings settings;
        settings.serverUrl = server;
        settings.transferTimeoutMs = transferTimeoutMs;
        settings.backoff.baseMs = 20;
        settings.backoff.capMs = 400;
        settings.backoff.retryAfterJitterMinMs = 10;
        settings.backoff.retryAfterJitterMaxMs = 200;
        settings.backoff.minPollMs = 50;
        settings.breaker.openBaseMs = 100;
        settings.breaker.openCapMs = 400;
        settings.budget.minRetriesPerWindow = 1000;
        settings.planner.holdJitterMs = 50;
        settings.planner.probeRecheckMs = 50;
        settings.planner.needsAttentionAfter = 1000;
        m_delivery = std::make_unique<DeliveryService>(m_outbox->outbox(), m_network, m_clock,
                                                       m_random, m_scheduler, settings);
    }

    bool ready() const { return m_database && m_outbox; }
    EnrolmentOutbox &outbox() { return *m_outbox; }
    OutboxStore &store() { return m_outbox->outbox(); }
    OutboxWorker &worker() { return m_delivery->worker(); }
    DeliveryService &delivery() { return *m_delivery; }
    Database &database() { return *m_database; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("kiosk.db")); }

    DeliveryStatus statusOf(const QString &reference) {
        OutboxItem item;
        store().itemByReference(reference, &item);
        return item.status;
    }
    int countIn(DeliveryState state) { return store().stateCounts().value(state); }

private:
    QTemporaryDir m_dir;
    SystemClock m_clock;
    SeededRandomSource m_random;
    FieldCipher m_cipher;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
    QNetworkAccessManager m_network;
    EventLoopScheduler m_scheduler;
    std::unique_ptr<DeliveryService> m_delivery;
};

} // namespace wristdoc
