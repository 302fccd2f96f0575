#include "Database.h"
#include "EnrolmentController.h"
#include "EnrolmentRules.h"
#include "EnrolmentWizard.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "OutboxStore.h"
#include "SystemClock.h"
#include "Theme.h"
#if defined(WRISTDOC_WITH_SERVER)
#include "ReferenceServerProcess.h"
#endif

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace wristdoc;

// The wizard as the application builds it: a real cache file, a data key in an owner-only key
// file, the durable outbox as the intake, and (with a server) the delivery worker sending to the
// reference server on loopback while the receipt follows.
class TestEnrolmentController : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // one per test: a fresh cache and key
    QTemporaryDir &dir() const { return *m_dir; }
    std::unique_ptr<Database> m_database;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;

    static EnrolmentApplication application() {
        EnrolmentApplication a;
        a.name = QStringLiteral("Test Applicant Zeta");
        a.birthDate = QDate(1956, 4, 9);
        a.mobile = QStringLiteral("01000000017");
        a.district = QStringLiteral("mapo");
        a.eligibility = EligibilityBasis::Works;
        a.device = DeviceChoice::PhoneOnly;
        a.consents = {
            {EnrolmentRules::personalDataConsentId(), EnrolmentRules::consentVersion(), true},
            {EnrolmentRules::healthDataConsentId(), EnrolmentRules::consentVersion(), true},
            {EnrolmentRules::thirdPartyConsentId(), EnrolmentRules::consentVersion(), false}};
        a.language = QStringLiteral("en");
        return a;
    }

    EnrolmentStack::Settings settings() const {
        EnrolmentStack::Settings s;
        s.databasePath = dir().filePath(QStringLiteral("kiosk.db"));
        s.keys = EnrolmentStack::KeyChoice::KeyFile;
        return s;
    }

    static void send(EnrolmentWizard &wizard) {
        wizard.load(application());
        wizard.goTo(EnrolmentStep::Review);
        QCOMPARE(wizard.step(), EnrolmentStep::Review);
        wizard.next();
    }

    static QString receiptText(EnrolmentWizard &wizard, const char *name) {
        const auto labels = wizard.findChildren<QLabel *>(QLatin1String(name));
        return labels.isEmpty() ? QString() : labels.first()->text();
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Database::Options options;
        options.path = dir().filePath(QStringLiteral("kiosk.db"));
        StorageError error;
        m_database = Database::open(options, &error);
        QVERIFY2(m_database, qPrintable(error.detail));
        m_language = std::make_unique<LanguageController>();
        m_language->setLanguage(LanguageController::English);
        m_theme = std::make_unique<Theme>();
    }

    void cleanup() {
        m_theme.reset();
        m_language.reset();
        m_database.reset();
        m_dir.reset();
    }

    void nothingIsBuiltUntilTheWizardIsOpened() {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(5, 30), QTimeZone::utc()));
        EnrolmentController controller(*m_database, clock, settings(), *m_language, *m_theme);
        QVERIFY(!controller.wizard());
        QVERIFY(!controller.stack());
        QVERIFY(!QFile::exists(dir().filePath(QStringLiteral("wristdoc.key"))));
        controller.openEnrolment();
        QVERIFY(controller.wizard());
        QVERIFY(controller.wizard()->isVisible());
        QVERIFY(controller.stack()->hasKey());
        QVERIFY(QFile::exists(dir().filePath(QStringLiteral("wristdoc.key"))));
        QVERIFY(!controller.stack()->worker()); // no server given
    }

    void theReceiptComesFromTheOutbox() {
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(5, 30), QTimeZone::utc()));
        EnrolmentController controller(*m_database, clock, settings(), *m_language, *m_theme);
        controller.openEnrolment();
        EnrolmentWizard &wizard = *controller.wizard();
        send(wizard);
        QCOMPARE(wizard.step(), EnrolmentStep::Receipt);
        const DeliveryStatus receipt = wizard.receipt();
        QVERIFY(receipt.reference.startsWith(QStringLiteral("WD-")));
        QCOMPARE(receiptText(wizard, "referenceCode"), receipt.reference);

        // Stored durably, waiting for a run with a server.
        OutboxItem item;
        QVERIFY(controller.stack()->outbox().outbox().itemByReference(receipt.reference, &item));
        QCOMPARE(item.status.state, DeliveryState::Pending);
        QVERIFY(item.hasRequestBody);

        // Sealed: neither the name nor the mobile number is in the cache's files.
        m_database.reset();
        for (const char *suffix : {"", "-wal"}) {
            QFile file(dir().filePath(QStringLiteral("kiosk.db")) + QLatin1String(suffix));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains("Test Applicant Zeta"));
            QVERIFY(!bytes.contains("01000000017"));
        }
    }

    void aMissingKeyIsAPlainMessageNotACrash() {
        // The key file's place is a folder: no key can be had.
        EnrolmentStack::Settings s = settings();
        s.keyFilePath = dir().filePath(QStringLiteral("not-a-file"));
        QVERIFY(QDir(dir().path()).mkdir(QStringLiteral("not-a-file")));
        ManualClock clock(QDateTime(QDate(2026, 11, 22), QTime(5, 30), QTimeZone::utc()));
        EnrolmentController controller(*m_database, clock, s, *m_language, *m_theme);
        controller.openEnrolment();
        QVERIFY(!controller.stack()->hasKey());
        EnrolmentWizard &wizard = *controller.wizard();
        send(wizard);
        QCOMPARE(wizard.step(), EnrolmentStep::Review);
        QVERIFY(receiptText(wizard, "submitFailureText").contains(QStringLiteral("locked")));
        QCOMPARE(wizard.application().name, application().name); // nothing typed is lost
    }

    void deliversToTheServerAndTheReceiptFollows() {
#if defined(WRISTDOC_WITH_SERVER)
        ReferenceServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        EnrolmentStack::Settings s = settings();
        s.serverUrl = server.baseUrl();
        // Real time: the worker and the server agree on what "now" is.
        SystemClock clock;
        EnrolmentController controller(*m_database, clock, s, *m_language, *m_theme);
        controller.openEnrolment();
        QVERIFY(controller.stack()->worker());
        EnrolmentWizard &wizard = *controller.wizard();
        send(wizard);
        QCOMPARE(wizard.step(), EnrolmentStep::Receipt);
        const QString reference = wizard.receipt().reference;
        // Waits for the worker's news, however long the loopback round trip takes.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.receipt().state, DeliveryState::Confirmed, 60000);
        QCOMPARE(wizard.receipt().reference, reference);
        QVERIFY(!wizard.receipt().participantId.isEmpty());
        QVERIFY(receiptText(wizard, "deliveryState")
                    .startsWith(QStringLiteral("The programme has confirmed your application.")));
        QCOMPARE(server.adminStats().value(QStringLiteral("enrolmentsStored")).toInt(), 1);
#else
        QSKIP("built without the reference server");
#endif
    }
};

QTEST_MAIN(TestEnrolmentController)
#include "tst_enrolment_controller.moc"
