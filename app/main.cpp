// Composition root: parse options, build the objects, show the window.
#include "AppOptions.h"
#include "DashboardPresenter.h"
#include "DashboardRepository.h"
#include "DashboardWindow.h"
#include "Database.h"
#include "DemoDataSeeder.h"
#include "EnrolmentController.h"
#include "EnrolmentWizard.h"
#include "FirstPaintWatcher.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "PairingController.h"
#include "SystemClock.h"
#include "Theme.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace wristdoc;

int main(int argc, char *argv[]) {
    QCoreApplication::setApplicationName(QStringLiteral("WristDoc"));
    QCoreApplication::setOrganizationName(QStringLiteral("wristdoc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WRISTDOC_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    AppOptions options;
    QString problem;
    if (!AppOptions::parse(arguments, &options, &problem)) {
        std::fprintf(stderr, "wristdoc: %s\n", qPrintable(problem));
        return 2;
    }
    if (!guiPlatformAvailable(&problem)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }

    QApplication app(argc, argv);
    LanguageController language;
    language.setLanguage(options.language == QLatin1String("en") ? LanguageController::English
                                                                 : LanguageController::Korean);
    Theme theme;
    theme.setTextScalePercent(options.textScalePercent);
    theme.setHighContrast(options.highContrast);

    std::unique_ptr<Clock> clock;
    if (options.fixedNowUtc.isValid())
        clock = std::make_unique<ManualClock>(options.fixedNowUtc);
    else
        clock = std::make_unique<SystemClock>();
    const PointsPolicy policy = PointsPolicy::builtInDefault();

    const bool kiosk = options.start == QLatin1String("enrolment");
    DashboardWindow window(language, theme);
    window.setTimeZone(policy.timeZone());
    if (options.exitAfterFirstPaint && !kiosk)
        FirstPaintWatcher::quitAfterFirstPaint(&window);

    Database::Options dbOptions;
    dbOptions.path =
        options.databasePath.isEmpty() ? Database::defaultPath() : options.databasePath;
    dbOptions.rollupZone = policy.timeZone();
    StorageError error;
    const std::unique_ptr<Database> database = Database::open(dbOptions, &error);
    if (!database) {
        // The window explains the problem in the user's language; the file is left untouched.
        std::fprintf(stderr, "wristdoc: %s\n", qPrintable(error.detail));
        window.showStorageError(error);
        window.show();
        app.exec();
        return 1;
    }
    // A kiosk's cache holds enrolments, not a participant's walking: no demo history there.
    if (options.demoData && !kiosk) {
        if (const StorageError seedError = DemoDataSeeder(*database, *clock, policy).seedIfEmpty())
            std::fprintf(stderr, "wristdoc: demo data not added: %s\n",
                         qPrintable(seedError.detail));
    }

    DashboardRepository repository(*database, *clock, policy);
    DashboardPresenter presenter(*database, repository, window);
    if (!kiosk)
        presenter.refresh();

    const WatchStack::Choice watchChoice =
        options.watch == QLatin1String("simulated")   ? WatchStack::Choice::Simulated
        : options.watch == QLatin1String("bluetooth") ? WatchStack::Choice::Bluetooth
                                                      : WatchStack::Choice::Automatic;
    PairingController pairing(*database, *clock, watchChoice, window, presenter, language, theme);

    EnrolmentStack::Settings enrolmentSettings;
    enrolmentSettings.databasePath = dbOptions.path;
    enrolmentSettings.serverUrl = options.serverUrl;
    EnrolmentController enrolment(*database, *clock, enrolmentSettings, language, theme);
    enrolment.setTimeZone(policy.timeZone());
    enrolment.setDashboard(&window);
    enrolment.setPairing(&pairing);
    if (kiosk) {
        enrolment.openEnrolment();
        if (options.exitAfterFirstPaint)
            FirstPaintWatcher::quitAfterFirstPaint(enrolment.wizard());
    } else {
        window.show();
        // What earlier runs stored goes out once the dashboard is up, not before it.
        if (!options.serverUrl.isEmpty())
            QTimer::singleShot(0, &enrolment, &EnrolmentController::startDelivery);
    }
    return app.exec();
}
