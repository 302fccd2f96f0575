// The wizard on a real EnrolmentOutbox with the kiosk's abuse limits: the review warns when
// the same person applied at this kiosk before (and still lets them send), and the limit of
// enrolments per ten minutes is said in words, with everything typed kept, until the window
// has passed on the injected clock.
#include "Database.h"
#include "EnrolmentMessages.h"
#include "EnrolmentOutbox.h"
#include "EnrolmentTestSupport.h"
#include "EnrolmentWizard.h"
#include "SeededRandomSource.h"

#include <QPushButton>
#include <QTemporaryDir>

using namespace wristdoc;
using namespace wristdoc::testing;

class EnrolmentAbuseLimitsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{testNow()};
    SeededRandomSource m_random{5};
    FieldCipher m_cipher;
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EnrolmentOutbox> m_outbox;
    std::unique_ptr<EnrolmentWizard> m_wizard;

    QLabel *label(const char *name) { return m_wizard->findChild<QLabel *>(QLatin1String(name)); }
    void review(const EnrolmentApplication &application) {
        m_wizard->restart();
        m_wizard->load(application);
        m_wizard->goTo(EnrolmentStep::Review);
        WizardRig::settle();
        QCOMPARE(m_wizard->step(), EnrolmentStep::Review);
    }
    void send() {
        QVERIFY(m_wizard->canGoNext());
        m_wizard->next();
        WizardRig::settle();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(FieldCipher::initialize());
        m_cipher = FieldCipher(QByteArray(FieldCipher::kKeyBytes, 'k'));
        m_language = std::make_unique<LanguageController>();
        m_language->setLanguage(LanguageController::English);
        m_theme = std::make_unique<Theme>();
        Database::Options options;
        options.path = m_dir.filePath(QStringLiteral("kiosk.db"));
        StorageError error;
        m_db = Database::open(options, &error);
        QVERIFY2(m_db, qPrintable(error.detail));
        EnrolmentOutbox::Limits limits = EnrolmentOutbox::Limits::kiosk();
        limits.maxPerWindow = 2;
        m_outbox = std::make_unique<EnrolmentOutbox>(*m_db, m_cipher, m_clock, m_random, limits);
        m_wizard = std::make_unique<EnrolmentWizard>(*m_outbox, m_clock, *m_language, *m_theme);
        m_wizard->setConfirmation([](QWidget *, const QString &, const QString &, const QString &,
                                     const QString &) { return true; });
        m_wizard->resize(1280, 900);
        m_wizard->show();
    }

    void cleanupTestCase() {
        m_wizard.reset();
        m_outbox.reset();
        m_db.reset();
        m_theme.reset();
        m_language.reset();
    }

    void aRepeatApplicantIsWarnedAndMayStillSend() {
        const EnrolmentApplication first =
            typedApplication(QStringLiteral("en"), QStringLiteral("Test Applicant"));
        review(first);
        QVERIFY(!label("repeatApplicantWarning")->isVisible());
        send();
        QCOMPARE(m_wizard->step(), EnrolmentStep::Receipt);

        EnrolmentApplication again = first;
        again.name = QStringLiteral("test  applicant"); // typed another way
        review(again);
        QVERIFY(label("repeatApplicantWarning")->isVisible());
        QCOMPARE(label("repeatApplicantWarning")->text(), EnrolmentMessages::repeatApplicant());
        send();
        QCOMPARE(m_wizard->step(), EnrolmentStep::Receipt);
    }

    void theLimitIsSaidInWordsAndLiftsAfterTenMinutes() {
        // Two stored in this window already (the test above).
        const EnrolmentApplication third =
            typedApplication(QStringLiteral("en"), QStringLiteral("Test Applicant Three"));
        review(third);
        QVERIFY(!label("repeatApplicantWarning")->isVisible());
        send();
        QCOMPARE(m_wizard->step(), EnrolmentStep::Review);
        QCOMPARE(label("submitFailureText")->text(),
                 EnrolmentMessages::intakeFailure(IntakeFailure::TooManyRecent));
        QVERIFY(label("submitFailureText")->isVisible());
        QVERIFY(m_wizard->application() == third); // nothing typed is lost
        QCOMPARE(m_outbox->recentEnrolments(), 2);

        m_clock.advanceSecs(10 * 60);
        QVERIFY(m_wizard->findChild<QPushButton *>(QStringLiteral("retryButton")));
        QTest::mouseClick(m_wizard->findChild<QPushButton *>(QStringLiteral("retryButton")),
                          Qt::LeftButton);
        WizardRig::settle();
        QCOMPARE(m_wizard->step(), EnrolmentStep::Receipt);
    }
};

QTEST_MAIN(EnrolmentAbuseLimitsTest)
#include "tst_enrolment_abuse_limits.moc"
