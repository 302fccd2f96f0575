#include "KioskShots.h"

#include "EnrolmentIntake.h"
#include "EnrolmentWizard.h"
#include "IdleTimeout.h"
#include "KioskWindow.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "ManualScheduler.h"
#include "Theme.h"

#include <QApplication>
#include <QLineEdit>

#include <cstdio>

namespace wristdoc {

namespace {

// The warning is about the screen, not about storing: nothing is ever sent here.
class NoIntake final : public EnrolmentIntake {
public:
    IntakeResult submit(const EnrolmentApplication &) override {
        IntakeResult result;
        result.failure = IntakeFailure::Other;
        return result;
    }
};

void settle() {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool save(QWidget &window, const QDir &out, const QString &file) {
    settle();
    const QString path = out.filePath(file);
    if (!window.grab().save(path, "PNG")) {
        std::fprintf(stderr, "wristdoc-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(path), window.width(), window.height());
    return true;
}

} // namespace

bool renderKioskShots(const QDir &out, const QDateTime &now, LanguageController &language,
                      Theme &theme) {
    ManualClock clock(now.toUTC());
    ManualScheduler scheduler(&clock);
    NoIntake intake;
    EnrolmentWizard wizard(intake, clock, language, theme);
    IdleTimeout idle(clock, scheduler);
    theme.setHighContrast(false);
    KioskWindow kiosk(idle, scheduler, language, theme);
    kiosk.setWizard(&wizard);
    // A kiosk screen in landscape; not full screen, so the picture has a known size.
    kiosk.resize(1280, 900);
    kiosk.show();

    for (const LanguageController::Language lang :
         {LanguageController::Korean, LanguageController::English}) {
        const QString code = LanguageController::code(lang);
        for (const int scale : {100, 200}) {
            theme.setTextScalePercent(scale);
            wizard.restart();
            language.setLanguage(lang);
            wizard.goTo(EnrolmentStep::Eligibility);
            settle();
            if (QWidget *focused = QApplication::focusWidget())
                focused->clearFocus();
            const QString suffix = QStringLiteral("-%1-%2.png").arg(code).arg(scale);
            if (!save(kiosk, out, QStringLiteral("kiosk-enrolment") + suffix))
                return false;
            // Left alone: the idle time runs out and the warning counts down.
            idle.start();
            scheduler.advance(idle.idleMs());
            if (!save(kiosk, out, QStringLiteral("kiosk-idle-warning") + suffix))
                return false;
            idle.continueSession();
            idle.stop();
        }
    }
    theme.setTextScalePercent(100);
    kiosk.setWizard(nullptr);
    wizard.restart();
    language.setLanguage(LanguageController::Korean);
    return true;
}

} // namespace wristdoc
