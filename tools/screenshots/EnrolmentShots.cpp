#include "EnrolmentShots.h"

#include "EnrolmentIntake.h"
#include "EnrolmentRules.h"
#include "EnrolmentWizard.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "Theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

namespace wristdoc {

namespace {

constexpr int kWidth = 1280;
constexpr int kMinimumHeight = 900;
constexpr int kMaximumHeight = 8000;

// Hands back a receipt and keeps nothing: the screenshots need the receipt page, not a store.
class ScreenshotIntake final : public EnrolmentIntake {
public:
    IntakeResult submit(const EnrolmentApplication &) override {
        IntakeResult result;
        result.failure = failure;
        result.receipt.reference = QStringLiteral("WD-7K3F9Q");
        result.receipt.state = DeliveryState::Pending;
        return result;
    }
    IntakeFailure failure = IntakeFailure::None;
};

EnrolmentApplication sampleApplication(LanguageController::Language language) {
    EnrolmentApplication a;
    const bool korean = language == LanguageController::Korean;
    a.name = korean ? QStringLiteral("테스트 신청자") : QStringLiteral("Test Applicant");
    a.birthDate = QDate(1956, 4, 9);
    a.mobile = QStringLiteral("01000000001");
    a.district = QStringLiteral("jongno");
    a.eligibility = EligibilityBasis::Lives;
    a.device = DeviceChoice::OwnWatch;
    a.consents = {{EnrolmentRules::personalDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::healthDataConsentId(), EnrolmentRules::consentVersion(), true},
                  {EnrolmentRules::thirdPartyConsentId(), EnrolmentRules::consentVersion(), false}};
    a.language = LanguageController::code(language);
    a.watchSerial = QStringLiteral("SIM-0001A2B");
    return a;
}

const char *stepName(EnrolmentStep step) {
    switch (step) {
    case EnrolmentStep::Language:
        return "language";
    case EnrolmentStep::Eligibility:
        return "eligibility";
    case EnrolmentStep::Details:
        return "details";
    case EnrolmentStep::District:
        return "district";
    case EnrolmentStep::Device:
        return "device";
    case EnrolmentStep::PersonalDataConsent:
        return "consent-personal";
    case EnrolmentStep::HealthDataConsent:
        return "consent-health";
    case EnrolmentStep::ThirdPartyConsent:
        return "consent-third-party";
    case EnrolmentStep::Watch:
        return "watch";
    case EnrolmentStep::Review:
        return "review";
    case EnrolmentStep::Receipt:
        return "receipt";
    }
    return "step";
}

void settle() {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// As tall as the page at this text size, so the image shows all of it.
void fitHeightToPage(EnrolmentWizard &wizard) {
    auto *scroll = wizard.findChild<QScrollArea *>(QStringLiteral("enrolmentScroll"));
    QWidget *page = scroll->widget();
    settle();
    for (int i = 0; i < 6; ++i) {
        const int chrome = wizard.height() - scroll->viewport()->height();
        int needed = page->heightForWidth(scroll->viewport()->width());
        if (needed < 0)
            needed = page->minimumSizeHint().height();
        const int height = std::clamp(needed + chrome, kMinimumHeight, kMaximumHeight);
        if (height == wizard.height() && scroll->verticalScrollBar()->maximum() == 0)
            break;
        wizard.resize(kWidth, height);
        settle();
    }
}

bool save(EnrolmentWizard &wizard, const QDir &out, const QString &file) {
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    fitHeightToPage(wizard);
    const QString path = out.filePath(file);
    if (!wizard.grab().save(path, "PNG")) {
        std::fprintf(stderr, "wristdoc-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(path), wizard.width(), wizard.height());
    return true;
}

void typeInto(EnrolmentWizard &wizard, const char *field, const QString &text) {
    const auto edits = wizard.findChildren<QLineEdit *>(QLatin1String(field));
    for (QLineEdit *edit : edits) {
        edit->setText(text);
        Q_EMIT edit->textEdited(text); // as typing does: the mobile number gets its groups
    }
}

} // namespace

bool renderEnrolmentShots(const QDir &out, const QDateTime &now, LanguageController &language,
                          Theme &theme) {
    const ManualClock clock(now.toUTC());
    ScreenshotIntake intake;
    EnrolmentWizard wizard(intake, clock, language, theme);
    wizard.setPairingAvailable(true);
    wizard.resize(kWidth, kMinimumHeight);
    wizard.show();
    theme.setHighContrast(false);

    for (const LanguageController::Language lang :
         {LanguageController::Korean, LanguageController::English}) {
        const QString code = LanguageController::code(lang);
        for (const int scale : {100, 200}) {
            theme.setTextScalePercent(scale);
            const QString suffix = QStringLiteral("-%1-%2.png").arg(code).arg(scale);
            for (int i = 0; i < kEnrolmentStepCount; ++i) {
                const auto step = EnrolmentStep(i);
                const QString file = QStringLiteral("enrolment-%1-%2")
                                         .arg(i + 1, 2, 10, QLatin1Char('0'))
                                         .arg(QLatin1String(stepName(step))) +
                                     suffix;
                if (step == EnrolmentStep::Language) {
                    wizard.restart();
                    language.setLanguage(lang);
                } else if (step == EnrolmentStep::Receipt) {
                    wizard.goTo(EnrolmentStep::Review);
                    wizard.next();
                } else {
                    wizard.load(sampleApplication(lang));
                    wizard.goTo(step);
                }
                settle();
                if (!save(wizard, out, file))
                    return false;
            }
        }
    }

    // The states in between, at 100 %.
    theme.setTextScalePercent(100);
    for (const LanguageController::Language lang :
         {LanguageController::Korean, LanguageController::English}) {
        const QString code = LanguageController::code(lang);
        // Checks as the applicant types: an impossible date, a number still being typed.
        wizard.restart();
        wizard.load(sampleApplication(lang));
        wizard.goTo(EnrolmentStep::Details);
        typeInto(wizard, "birthYear", QStringLiteral("1990"));
        typeInto(wizard, "birthMonth", QStringLiteral("2"));
        typeInto(wizard, "birthDay", QStringLiteral("30"));
        typeInto(wizard, "mobileField", QStringLiteral("0101234"));
        settle();
        if (!save(wizard, out, QStringLiteral("enrolment-details-checks-%1.png").arg(code)))
            return false;

        // A save that failed: everything kept, "Try again".
        wizard.load(sampleApplication(lang));
        wizard.goTo(EnrolmentStep::Review);
        intake.failure = IntakeFailure::DiskFull;
        wizard.next();
        intake.failure = IntakeFailure::None;
        settle();
        if (!save(wizard, out, QStringLiteral("enrolment-review-failed-%1.png").arg(code)))
            return false;

        // The receipt once the worker reports the programme's queue.
        wizard.next();
        DeliveryStatus queued = wizard.receipt();
        queued.state = DeliveryState::Queued;
        queued.waitingPosition = 1206;
        queued.waitMinSeconds = 240;
        queued.waitMaxSeconds = 600;
        wizard.setDeliveryStatus(queued);
        settle();
        if (!save(wizard, out, QStringLiteral("enrolment-receipt-queued-%1.png").arg(code)))
            return false;
        DeliveryStatus cohort = queued;
        cohort.waitingPosition = -1;
        cohort.cohortDate =
            now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))).date().addDays(1);
        wizard.setDeliveryStatus(cohort);
        settle();
        if (!save(wizard, out, QStringLiteral("enrolment-receipt-cohort-%1.png").arg(code)))
            return false;
    }

    // High contrast, the step with the most controls.
    language.setLanguage(LanguageController::Korean);
    theme.setHighContrast(true);
    wizard.load(sampleApplication(LanguageController::Korean));
    wizard.goTo(EnrolmentStep::Device);
    settle();
    if (!save(wizard, out, QStringLiteral("enrolment-device-ko-contrast.png")))
        return false;
    theme.setHighContrast(false);
    wizard.restart();
    return true;
}

} // namespace wristdoc
