#pragma once

#include "EnrolmentOutbox.h"
#include "EventLoopScheduler.h"
#include "FieldCipher.h"
#include "PublicKeyPins.h"
#include "SystemRandomSource.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <memory>

namespace wristdoc {

class Clock;
class Database;
class DeliveryService;
class OutboxWorker;

// The enrolment side of the composition root: the data key (from the OS keychain where there is
// one, else from an owner-only key file beside the database), the cipher sealing personal
// fields, the durable outbox the wizard hands applications to, and, when a server is given, the
// delivery service sending the outbox in the background. The choices are made here and nowhere
// else. Built on first use: loading a key can take a keychain round trip, which the dashboard's
// start-up never waits for.
class EnrolmentStack {
public:
    enum class KeyChoice {
        Automatic, // the keychain where QtKeychain was found and a backend answers, else the file
        KeyFile,   // the key file only (tests, kiosks without a keychain)
    };

    struct Settings {
        QString databasePath; // where the key file goes beside (FileKeyStore::defaultPathFor)
        KeyChoice keys = KeyChoice::Automatic;
        QString keyFilePath; // overrides the default place of the key file
        QUrl serverUrl;      // empty: applications are stored and wait for a run with a server
        PublicKeyPins serverPins; // the city's pinned server keys (empty: none)
        // abuse limits: enrolments per ten minutes (20), applicant-mark retention
        EnrolmentOutbox::Limits limits = EnrolmentOutbox::Limits::kiosk();
    };

    EnrolmentStack(Database &database, const Clock &clock, const Settings &settings);
    ~EnrolmentStack();

    EnrolmentIntake &intake() { return *m_outbox; }
    EnrolmentOutbox &outbox() { return *m_outbox; }
    // Null without a server.
    OutboxWorker *worker();
    // GET /v1/status through the delivery client, for the staff console; null without a server.
    DeliveryService *delivery() { return m_delivery.get(); }
    // False when no data key could be had: every submit then fails with KeyUnavailable, and the
    // wizard says so in words.
    bool hasKey() const { return m_cipher.isValid(); }
    QString keyStoreName() const { return m_keyStoreName; }

private:
    void loadKey(const Settings &settings);

    FieldCipher m_cipher;
    QString m_keyStoreName;
    SystemRandomSource m_random;
    EventLoopScheduler m_scheduler;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DeliveryService> m_delivery;
};

} // namespace wristdoc
