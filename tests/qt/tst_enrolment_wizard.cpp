#include "EnrolmentMessages.h"
#include "EnrolmentTestSupport.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace wristdoc;
using namespace wristdoc::testing;

// The whole enrolment, as a citizen at the kiosk does it: taps and key presses, page by page,
// in Korean and in English; what reaches the intake; the receipt and its later states; a save
// that fails and is tried again; changing an answer from the review.
class TestEnrolmentWizard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WizardRig> m_rig;

    QString nextText() const {
        return m_rig->find<QPushButton>(QStringLiteral("nextButton"))->text();
    }

    // Language to the review, answering as typedApplication() says.
    void walkToReview(bool korean, const QString &name, DeviceChoice device) {
        WizardRig &rig = *m_rig;
        QVERIFY(
            rig.click(korean ? QStringLiteral("koreanOption") : QStringLiteral("englishOption")));
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Eligibility);

        QVERIFY(rig.click(QStringLiteral("livesOption")));
        QVERIFY(rig.click(QStringLiteral("adultOption")));
        QVERIFY(rig.next());

        QCOMPARE(rig.wizard->step(), EnrolmentStep::Details);
        rig.typeInto(QStringLiteral("nameField"), name);
        rig.typeInto(QStringLiteral("birthYear"), QStringLiteral("1956"));
        // A full year moves the cursor on by itself, and so does a month that is complete.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("birthMonth"));
        WizardRig::type(QStringLiteral("4"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("birthDay"));
        WizardRig::type(QStringLiteral("9"));
        rig.typeInto(QStringLiteral("mobileField"), QStringLiteral("01000000001"));
        QCOMPARE(rig.find<QLineEdit>(QStringLiteral("mobileField"))->text(),
                 QStringLiteral("010-0000-0001"));
        QVERIFY(rig.next());

        QCOMPARE(rig.wizard->step(), EnrolmentStep::District);
        QVERIFY(!rig.wizard->canGoNext());
        QVERIFY(rig.click(QStringLiteral("district-jongno")));
        QVERIFY(rig.next());

        QCOMPARE(rig.wizard->step(), EnrolmentStep::Device);
        const char *deviceOption = device == DeviceChoice::OwnWatch    ? "ownWatchOption"
                                   : device == DeviceChoice::PhoneOnly ? "phoneOnlyOption"
                                                                       : "rentalBandOption";
        QVERIFY(rig.click(QLatin1String(deviceOption)));
        QVERIFY(rig.next());

        for (EnrolmentStep step :
             {EnrolmentStep::PersonalDataConsent, EnrolmentStep::HealthDataConsent,
              EnrolmentStep::ThirdPartyConsent}) {
            QCOMPARE(rig.wizard->step(), step);
            QVERIFY(!rig.wizard->canGoNext()); // no answer is chosen in advance
            const bool optional = step == EnrolmentStep::ThirdPartyConsent;
            QVERIFY(rig.click(optional ? QStringLiteral("disagreeOption")
                                       : QStringLiteral("agreeOption")));
            QVERIFY(rig.next());
        }

        if (device != DeviceChoice::PhoneOnly) {
            QCOMPARE(rig.wizard->step(), EnrolmentStep::Watch);
            QSignalSpy pairRequests(rig.wizard.get(), &EnrolmentWizard::pairWatchRequested);
            QVERIFY(rig.click(QStringLiteral("pairNowOption")));
            QCOMPARE(pairRequests.count(), 1);
            QVERIFY(!rig.wizard->canGoNext()); // not paired yet
            rig.wizard->setPairedWatch(QStringLiteral("SIM-0001A2B"));
            WizardRig::settle();
            QVERIFY(rig.next());
        }
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Review);
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<WizardRig>();
        m_rig->wizard->setPairingAvailable(true);
        QVERIFY(QTest::qWaitForWindowExposed(m_rig->wizard.get()));
    }

    void cleanup() { m_rig.reset(); }

    void walkTheWholeFlow_data() {
        QTest::addColumn<bool>("korean");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("eligibilityReason");
        QTest::addColumn<QString>("birthDate");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("sendText");
        QTest::addColumn<QString>("pending");
        QTest::addColumn<QString>("finishText");
        QTest::newRow("ko") << true << QStringLiteral("테스트 신청자")
                            << QStringLiteral("서울에 사는지, 일하는지, 공부하는지 골라 주세요.")
                            << QStringLiteral("1956년 4월 9일") << QStringLiteral("종로구")
                            << QStringLiteral("신청서 보내기")
                            << QStringLiteral("이 키오스크에 저장했어요. 자동으로 보내 드리니 "
                                              "여기서 기다리지 않으셔도 돼요.")
                            << QStringLiteral("마치기");
        QTest::newRow("en") << false << QStringLiteral("Test Applicant")
                            << QStringLiteral("Choose whether you live, work or study in Seoul.")
                            << QStringLiteral("April 9, 1956") << QStringLiteral("Jongno-gu")
                            << QStringLiteral("Send my application")
                            << QStringLiteral("Saved on this kiosk. It will be sent to the "
                                              "programme automatically; you do not need to wait "
                                              "here.")
                            << QStringLiteral("Finish");
    }

    void walkTheWholeFlow() {
        QFETCH(bool, korean);
        QFETCH(QString, name);
        QFETCH(QString, eligibilityReason);
        QFETCH(QString, birthDate);
        QFETCH(QString, district);
        QFETCH(QString, sendText);
        QFETCH(QString, pending);
        QFETCH(QString, finishText);
        WizardRig &rig = *m_rig;
        // Start from the other language, so choosing one is seen to switch.
        rig.language->setLanguage(korean ? LanguageController::English
                                         : LanguageController::Korean);
        WizardRig::settle();
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Language);
        QVERIFY(
            rig.click(korean ? QStringLiteral("koreanOption") : QStringLiteral("englishOption")));
        QCOMPARE(rig.language->language(),
                 korean ? LanguageController::Korean : LanguageController::English);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Eligibility);
        QVERIFY(!rig.wizard->canGoNext());
        QCOMPARE(rig.text(QStringLiteral("nextBlockedReason")), eligibilityReason);
        rig.wizard->back();
        WizardRig::settle();

        walkToReview(korean, name, DeviceChoice::OwnWatch);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rig.wizard->stepNumber(), 10);
        QCOMPARE(rig.wizard->stepCount(), 10);
        QCOMPARE(rig.text(QStringLiteral("nameValue")), name);
        QCOMPARE(rig.text(QStringLiteral("birthDateValue")), birthDate);
        QCOMPARE(rig.text(QStringLiteral("mobileValue")), QStringLiteral("010-0000-0001"));
        QCOMPARE(rig.text(QStringLiteral("districtValue")), district);
        QCOMPARE(nextText(), sendText);
        QVERIFY(rig.intake.received.isEmpty()); // nothing is sent before the applicant says so

        QSignalSpy stored(rig.wizard.get(), &EnrolmentWizard::enrolmentStored);
        QVERIFY(rig.next());

        // The intake receives exactly what was typed, once.
        QCOMPARE(rig.intake.received.size(), 1);
        const EnrolmentApplication got = rig.intake.received.first();
        const EnrolmentApplication want =
            typedApplication(korean ? QStringLiteral("ko") : QStringLiteral("en"), name);
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.birthDate, want.birthDate);
        QCOMPARE(got.mobile, want.mobile);
        QCOMPARE(got.district, want.district);
        QCOMPARE(got.eligibility, want.eligibility);
        QCOMPARE(got.device, want.device);
        QCOMPARE(got.language, want.language);
        QCOMPARE(got.watchSerial, want.watchSerial);
        QCOMPARE(got.consents.size(), 3);
        QVERIFY(got == want);
        QVERIFY(EnrolmentRules::validate(got, QDate(2026, 11, 22)).isEmpty());

        // The receipt, only now.
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Receipt);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(rig.text(QStringLiteral("referenceCode")), QStringLiteral("WD-7K3F9Q"));
        QCOMPARE(rig.text(QStringLiteral("deliveryState")), pending);
        QCOMPARE(rig.find<QPushButton>(QStringLiteral("finishButton"))->text(), finishText);
        QVERIFY(!rig.wizard->canGoNext()); // Finish is on the page, not where "Send" was
        // The kiosk forgot what was typed once it was stored.
        QVERIFY(rig.wizard->application().name.isEmpty());
        QVERIFY(rig.wizard->application().mobile.isEmpty());
        const auto edits = rig.wizard->findChildren<QLineEdit *>();
        for (const QLineEdit *edit : edits)
            QVERIFY2(edit->text().isEmpty(), qPrintable(edit->objectName()));

        QSignalSpy finished(rig.wizard.get(), &EnrolmentWizard::finished);
        QVERIFY(rig.click(QStringLiteral("finishButton")));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Language);
        QVERIFY(rig.wizard->receipt().reference.isEmpty());
    }

    void aDoubleTapOnSendKeepsTheReceipt() {
        WizardRig &rig = *m_rig;
        walkToReview(false, QStringLiteral("Test Applicant"), DeviceChoice::OwnWatch);
        auto *next = rig.find<QPushButton>(QStringLiteral("nextButton"));
        const QPoint where = next->mapTo(rig.wizard.get(), next->rect().center());
        // Two taps on the same spot, through the window as a touch screen delivers them.
        QTest::mouseClick(rig.wizard->windowHandle(), Qt::LeftButton, Qt::NoModifier, where);
        QTest::mouseClick(rig.wizard->windowHandle(), Qt::LeftButton, Qt::NoModifier, where);
        WizardRig::settle();
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Receipt);
        QCOMPARE(rig.intake.received.size(), 1);
        QCOMPARE(rig.text(QStringLiteral("referenceCode")), QStringLiteral("WD-7K3F9Q"));
    }

    void phoneOnlySkipsTheWatchStep() {
        walkToReview(false, QStringLiteral("Test Applicant"), DeviceChoice::PhoneOnly);
        WizardRig &rig = *m_rig;
        QCOMPARE(rig.wizard->stepCount(), 9);
        QVERIFY(!rig.find(QStringLiteral("watchRow"))->isVisible());
        rig.wizard->back();
        WizardRig::settle();
        QCOMPARE(rig.wizard->step(), EnrolmentStep::ThirdPartyConsent);
        QVERIFY(rig.next());
        QVERIFY(rig.next());
        QCOMPARE(rig.intake.received.size(), 1);
        QCOMPARE(rig.intake.received.first().device, DeviceChoice::PhoneOnly);
        QVERIFY(rig.intake.received.first().watchSerial.isEmpty());
    }

    void withoutAPairingScreenOnlyLaterIsOffered() {
        WizardRig &rig = *m_rig;
        rig.wizard->setPairingAvailable(false);
        walkToReviewUpToWatch();
        QVERIFY(!rig.find(QStringLiteral("pairNowOption"))->isVisible());
        QVERIFY(!rig.wizard->canGoNext());
        QVERIFY(rig.click(QStringLiteral("pairLaterOption")));
        QVERIFY(rig.next());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Review);
        QCOMPARE(rig.text(QStringLiteral("watchValue")), QStringLiteral("At the counter, later"));
    }

    void aFailedSaveKeepsEverythingAndCanBeTriedAgain() {
        WizardRig &rig = *m_rig;
        walkToReview(false, QStringLiteral("Test Applicant"), DeviceChoice::OwnWatch);
        const EnrolmentApplication before = rig.wizard->application();
        rig.intake.failure = IntakeFailure::DiskFull;
        QVERIFY(rig.next());

        QCOMPARE(rig.wizard->step(), EnrolmentStep::Review);
        QVERIFY(rig.find(QStringLiteral("submitFailure"))->isVisible());
        QCOMPARE(rig.text(QStringLiteral("submitFailureText")),
                 QStringLiteral("Your application could not be saved because this kiosk's "
                                "storage is full. Everything you entered is still here. Please "
                                "try again, or ask the staff."));
        QVERIFY(rig.wizard->receipt().reference.isEmpty());
        QVERIFY(rig.wizard->application() == before);
        QCOMPARE(rig.find<QLineEdit>(QStringLiteral("nameField"))->text(),
                 QStringLiteral("Test Applicant"));

        // The disk has room again: "Try again" sends the same application.
        rig.intake.failure = IntakeFailure::None;
        QVERIFY(rig.click(QStringLiteral("retryButton")));
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Receipt);
        QCOMPARE(rig.intake.received.size(), 2);
        QVERIFY(rig.intake.received.at(0) == before);
        QVERIFY(rig.intake.received.at(1) == before);
    }

    void eachFailureIsExplainedInWords() {
        m_rig->language->setLanguage(LanguageController::English);
        for (IntakeFailure failure : {IntakeFailure::DiskFull, IntakeFailure::ReadOnly,
                                      IntakeFailure::KeyUnavailable, IntakeFailure::Other}) {
            const QString text = EnrolmentMessages::intakeFailure(failure);
            QVERIFY(!text.isEmpty());
            QVERIFY(text.contains(QStringLiteral("Everything you entered is still here")));
        }
        QVERIFY(EnrolmentMessages::intakeFailure(IntakeFailure::None).isEmpty());
    }

    void changingAnAnswerFromTheReviewComesBackToIt() {
        WizardRig &rig = *m_rig;
        walkToReview(false, QStringLiteral("Test Applicant"), DeviceChoice::OwnWatch);
        QVERIFY(rig.click(QStringLiteral("districtChange")));
        QCOMPARE(rig.wizard->step(), EnrolmentStep::District);
        QCOMPARE(nextText(), QStringLiteral("Back to the review"));
        QVERIFY(rig.click(QStringLiteral("district-mapo")));
        QVERIFY(rig.next());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Review);
        QCOMPARE(rig.text(QStringLiteral("districtValue")), QStringLiteral("Mapo-gu"));

        // A change that makes a page incomplete is caught before the review.
        QVERIFY(rig.click(QStringLiteral("mobileChange")));
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Details);
        rig.typeInto(QStringLiteral("mobileField"), QStringLiteral("0101234"));
        QVERIFY(!rig.wizard->canGoNext());
        rig.wizard->goTo(EnrolmentStep::Review);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Details);
        rig.typeInto(QStringLiteral("mobileField"), QStringLiteral("01012345678"));
        QVERIFY(rig.next());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Review);
        QCOMPARE(rig.text(QStringLiteral("mobileValue")), QStringLiteral("010-1234-5678"));
        QVERIFY(rig.next());
        QCOMPARE(rig.intake.received.size(), 1);
        QCOMPARE(rig.intake.received.first().district, QStringLiteral("mapo"));
        QCOMPARE(rig.intake.received.first().mobile, QStringLiteral("01012345678"));
    }

    void stepsCannotBeSkipped() {
        WizardRig &rig = *m_rig;
        rig.wizard->goTo(EnrolmentStep::Review);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Eligibility);
        rig.wizard->next(); // Next does nothing on an incomplete page
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Eligibility);
        QVERIFY(!rig.find<QPushButton>(QStringLiteral("nextButton"))->isEnabled());
    }

    void theReceiptFollowsTheDelivery() {
        WizardRig &rig = *m_rig;
        walkToReview(false, QStringLiteral("Test Applicant"), DeviceChoice::OwnWatch);
        QVERIFY(rig.next());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Receipt);
        QVERIFY(!rig.find(QStringLiteral("waitingPosition"))->isVisible());

        DeliveryStatus status = rig.wizard->receipt();
        status.state = DeliveryState::Queued;
        status.waitingPosition = 1206;
        status.waitMinSeconds = 240;
        status.waitMaxSeconds = 600;
        rig.wizard->setDeliveryStatus(status);
        WizardRig::settle();
        QCOMPARE(rig.text(QStringLiteral("waitingPosition")),
                 QStringLiteral("You are number 1,206 in the programme's queue."));
        QCOMPARE(rig.text(QStringLiteral("estimatedWait")),
                 QStringLiteral("Estimated wait: 4 to 10 minutes."));
        QVERIFY(rig.find(QStringLiteral("waitingPosition"))->isVisible());

        // Another kiosk item's news does not touch this receipt.
        DeliveryStatus other = status;
        other.reference = QStringLiteral("WD-OTHER1");
        other.state = DeliveryState::Rejected;
        rig.wizard->setDeliveryStatus(other);
        QCOMPARE(rig.wizard->receipt().state, DeliveryState::Queued);

        DeliveryStatus cohort = rig.wizard->receipt();
        cohort.waitingPosition = -1;
        cohort.cohortDate = QDate(2026, 11, 23);
        rig.wizard->setDeliveryStatus(cohort);
        QCOMPARE(rig.text(QStringLiteral("deliveryState")),
                 QStringLiteral("Applications for your birth year are taken on Monday, November "
                                "23. Your application will be sent automatically on that day; "
                                "you do not need to come back."));
        QVERIFY(!rig.find(QStringLiteral("estimatedWait"))->isVisible());

        DeliveryStatus confirmed = rig.wizard->receipt();
        confirmed.state = DeliveryState::Confirmed;
        confirmed.cohortDate = QDate();
        confirmed.participantId = QStringLiteral("P-00012345");
        rig.wizard->setDeliveryStatus(confirmed);
        QCOMPARE(rig.text(QStringLiteral("deliveryState")),
                 QStringLiteral("The programme has confirmed your application. Your participant "
                                "number is P-00012345."));
        QCOMPARE(rig.text(QStringLiteral("referenceCode")), QStringLiteral("WD-7K3F9Q"));

        // In Korean too.
        rig.language->setLanguage(LanguageController::Korean);
        WizardRig::settle();
        QCOMPARE(rig.text(QStringLiteral("deliveryState")),
                 QStringLiteral("사업 본부에서 신청을 확인했어요. 참여자 번호: P-00012345"));
        status.state = DeliveryState::Queued;
        rig.wizard->setDeliveryStatus(status);
        QCOMPARE(rig.text(QStringLiteral("waitingPosition")),
                 QStringLiteral("사업 대기열에서 1,206번째예요."));
        QCOMPARE(rig.text(QStringLiteral("estimatedWait")),
                 QStringLiteral("예상 대기 시간: 4~10분."));
    }

    void waitRangesInWords() {
        m_rig->language->setLanguage(LanguageController::English);
        QCOMPARE(EnrolmentMessages::waitRange(-1, -1), QString());
        QCOMPARE(EnrolmentMessages::waitRange(5, 30), QStringLiteral("less than a minute"));
        QCOMPARE(EnrolmentMessages::waitRange(60, 60), QStringLiteral("about 1 minute"));
        QCOMPARE(EnrolmentMessages::waitRange(240, 600), QStringLiteral("4 to 10 minutes"));
        QCOMPARE(EnrolmentMessages::waitRange(3600, 7000), QStringLiteral("60 to 117 minutes"));
        QCOMPARE(EnrolmentMessages::waitRange(3600, 7200), QStringLiteral("1 to 2 hours"));
        QCOMPARE(EnrolmentMessages::waitRange(7200, 9000), QStringLiteral("2 to 3 hours"));
        QCOMPARE(EnrolmentMessages::waitRange(7200, 7200), QStringLiteral("about 2 hours"));
        QCOMPARE(EnrolmentMessages::waitRange(9000, 9000), QStringLiteral("2 to 3 hours"));
    }

    void startingOverAsksThenForgets() {
        WizardRig &rig = *m_rig;
        QVERIFY(rig.click(QStringLiteral("englishOption")));
        QVERIFY(rig.click(QStringLiteral("livesOption")));
        QVERIFY(rig.click(QStringLiteral("adultOption")));
        QVERIFY(rig.next());
        rig.typeInto(QStringLiteral("nameField"), QStringLiteral("Test Applicant"));

        rig.confirmAnswer = false;
        QVERIFY(rig.click(QStringLiteral("startOverButton")));
        QCOMPARE(rig.confirmations, 1);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Details);
        QCOMPARE(rig.wizard->application().name, QStringLiteral("Test Applicant"));

        rig.confirmAnswer = true;
        QVERIFY(rig.click(QStringLiteral("startOverButton")));
        QCOMPARE(rig.confirmations, 2);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Language);
        QVERIFY(!rig.wizard->hasEnteredData());
        QVERIFY(rig.find<QLineEdit>(QStringLiteral("nameField"))->text().isEmpty());
    }

    void closingTheWindowForgets() {
        WizardRig &rig = *m_rig;
        walkToReview(false, QStringLiteral("Test Applicant"), DeviceChoice::RentalBand);
        QVERIFY(rig.wizard->hasEnteredData());
        rig.wizard->close();
        QVERIFY(!rig.wizard->hasEnteredData());
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Language);
    }

    void loadShowsAnApplication() {
        WizardRig &rig = *m_rig;
        const EnrolmentApplication a =
            typedApplication(QStringLiteral("en"), QStringLiteral("Test Applicant"));
        rig.wizard->load(a);
        QVERIFY(rig.wizard->application() == a);
        rig.wizard->goTo(EnrolmentStep::Review);
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Review);
    }

private:
    void walkToReviewUpToWatch() {
        WizardRig &rig = *m_rig;
        QVERIFY(rig.click(QStringLiteral("englishOption")));
        QVERIFY(rig.click(QStringLiteral("worksOption")));
        QVERIFY(rig.click(QStringLiteral("adultOption")));
        QVERIFY(rig.next());
        rig.typeInto(QStringLiteral("nameField"), QStringLiteral("Test Applicant"));
        rig.typeInto(QStringLiteral("birthYear"), QStringLiteral("1960"));
        WizardRig::type(QStringLiteral("12"));
        WizardRig::type(QStringLiteral("31"));
        rig.typeInto(QStringLiteral("mobileField"), QStringLiteral("0161234567"));
        QVERIFY(rig.next());
        QVERIFY(rig.click(QStringLiteral("district-gangdong")));
        QVERIFY(rig.next());
        QVERIFY(rig.click(QStringLiteral("rentalBandOption")));
        QVERIFY(rig.next());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(rig.click(QStringLiteral("agreeOption")));
            QVERIFY(rig.next());
        }
        QCOMPARE(rig.wizard->step(), EnrolmentStep::Watch);
    }
};

QTEST_MAIN(TestEnrolmentWizard)
#include "tst_enrolment_wizard.moc"
