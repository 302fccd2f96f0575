// Composition root: parse options, build the objects, show the window.
#include "AppOptions.h"
#include "DashboardWindow.h"
#include "Database.h"
#include "HomeController.h"
#include "EnrolmentController.h"
#include "EnrolmentWizard.h"
#include "ElapsedClock.h"
#include "EventLoopScheduler.h"
#include "IdleTimeout.h"
#include "KioskSettings.h"
#include "KioskWindow.h"
#include "DeviceCredentialStore.h"
#include "DeliveryService.h"
#include "DeviceRegistration.h"
#include "ProcessHardening.h"
#include "StaffController.h"
#include "FirstPaintWatcher.h"
#include "LanguageController.h"
#include "ManualClock.h"
#include "SystemClock.h"
#include "Theme.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace wristdoc;

namespace {

// The application icon at the sizes made from resources/icons/wristdoc.svg.
QIcon applicationIcon() {
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/wristdoc-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

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
    // Kiosk mode (--kiosk or the settings file) is hardened before anything personal is held.
    const QString kioskSettingsPath = KioskSettings::defaultPath();
    const KioskSettings kioskSettings = KioskSettings::load(kioskSettingsPath);
    const bool kioskMode = options.kiosk || kioskSettings.enabled;
    if (kioskMode) {
        ProcessHardening::restrictNewFilesToOwner();
        if (!ProcessHardening::disableCoreDumps(&problem))
            std::fprintf(stderr, "wristdoc: core dumps stay possible: %s\n", qPrintable(problem));
        if (!KioskSettings::writeDefaultsIfMissing(kioskSettingsPath, &problem))
            std::fprintf(stderr, "wristdoc: settings file: %s\n", qPrintable(problem));
        options.start = QStringLiteral("enrolment");
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());
    // Wayland compositors match the window to the installed .desktop file by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(WRISTDOC_APP_ID));
    LanguageController language;
    language.setLanguage(options.language == QLatin1String("en") ? LanguageController::English
                                                                 : LanguageController::Korean);
    // Clear text to another host is refused before anything is built, in the user's language.
    if (options.serverVerdict != ServerAddressPolicy::Verdict::Allowed) {
        std::fprintf(stderr, "wristdoc: %s\n(%s)\n",
                     qPrintable(ServerAddressPolicy::userMessage(options.serverVerdict)),
                     qPrintable(ServerAddressPolicy::detail(options.serverVerdict,
                                                            options.serverUrl)));
        return 2;
    }
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
    const WatchStack::Choice watchChoice =
        options.watch == QLatin1String("simulated")   ? WatchStack::Choice::Simulated
        : options.watch == QLatin1String("bluetooth") ? WatchStack::Choice::Bluetooth
                                                      : WatchStack::Choice::Automatic;
    // The home dashboard: one session per person on this computer (the main database is the
    // first), each with its watch pairing, its uploads and its points check. A kiosk has none.
    EventLoopScheduler homeScheduler;
    std::unique_ptr<HomeController> home;
    if (!kiosk) {
        HomeController::Settings homeSettings;
        homeSettings.mainDatabasePath = dbOptions.path;
        homeSettings.mainDatabase = database.get();
        homeSettings.serverUrl = options.serverUrl;
        homeSettings.serverPins = options.serverPins;
        homeSettings.demoData = options.demoData;
        homeSettings.watch = watchChoice;
        home = std::make_unique<HomeController>(homeSettings, *clock, policy, window, language,
                                                theme, homeScheduler);
        home->start();
    }

    EnrolmentStack::Settings enrolmentSettings;
    enrolmentSettings.databasePath = dbOptions.path;
    enrolmentSettings.serverUrl = options.serverUrl;
    enrolmentSettings.serverPins = options.serverPins;
    EnrolmentController enrolment(*database, *clock, enrolmentSettings, language, theme);
    enrolment.setTimeZone(policy.timeZone());
    enrolment.setDashboard(&window);
    if (home && home->session())
        enrolment.setPairing(home->session()->pairing());
    if (home)
        QObject::connect(home.get(), &HomeController::sessionChanged, &enrolment,
                         [&enrolment](ProfileSession *session) {
                             enrolment.setPairing(session ? session->pairing() : nullptr);
                         });
    // Kiosk mode: the wizard in the locked full-screen window, wiped when left alone. Its
    // staffRequested() is for the staff PIN check, which then calls allowExit() or
    // leaveKioskMode().
    EventLoopScheduler kioskScheduler;
    ElapsedClock idleClock; // wall-clock steps (and --now) must not move the idle time
    IdleTimeout idle(idleClock, kioskScheduler);
    idle.setDurations(1000LL * (options.idleTimeoutSeconds > 0 ? options.idleTimeoutSeconds
                                                               : kioskSettings.idleSeconds),
                      1000LL * kioskSettings.warningSeconds);
    std::unique_ptr<KioskWindow> kioskWindow;
    std::unique_ptr<DeviceCredentialStore> deviceCredentials;
    std::unique_ptr<DeviceRegistration> registration;
    std::unique_ptr<StaffController> staff;
    if (kioskMode) {
        kioskWindow = std::make_unique<KioskWindow>(idle, kioskScheduler, language, theme);
        kioskWindow->setWizard(enrolment.prepareWizard());
        kioskWindow->enterKioskMode();
        // Staff come in through the held "Staff" button and the PIN; the console can register
        // the kiosk with the server (when one is configured) and let it out of kiosk mode.
        enrolment.startDelivery();
        staff = std::make_unique<StaffController>(*database, *clock, *enrolment.stack(), theme);
        staff->setTimeZone(policy.timeZone());
        staff->setHostWindow(kioskWindow.get());
        QObject::connect(kioskWindow.get(), &KioskWindow::staffRequested, staff.get(),
                         &StaffController::openStaffEntry);
        QObject::connect(staff.get(), &StaffController::leaveKioskRequested, kioskWindow.get(),
                         &KioskWindow::leaveKioskMode);
        if (DeliveryService *delivery = enrolment.stack()->delivery()) {
            deviceCredentials = DeviceCredentialStore::open(
                DeviceCredentialStore::defaultFilePathFor(dbOptions.path), true);
            registration = std::make_unique<DeviceRegistration>(delivery->client(),
                                                                *deviceCredentials);
            QObject::connect(staff.get(), &StaffController::registerRequested,
                             registration.get(), &DeviceRegistration::registerWithCode);
            QObject::connect(registration.get(), &DeviceRegistration::registered, staff.get(),
                             [&staff] {
                                 staff->showRegistrationResult(
                                     true, DeviceRegistration::reasonText(QString()));
                             });
            QObject::connect(registration.get(), &DeviceRegistration::failed, staff.get(),
                             [&staff](const QString &reason) {
                                 staff->showRegistrationResult(
                                     false, DeviceRegistration::reasonText(reason));
                             });
        } else {
            QObject::connect(staff.get(), &StaffController::registerRequested, staff.get(),
                             [&staff] {
                                 staff->showRegistrationResult(
                                     false, DeviceRegistration::reasonText(
                                                QStringLiteral("no-server")));
                             });
        }
        if (options.exitAfterFirstPaint) {
            // A refused close would cancel the quit (Qt closes every window first).
            kioskWindow->allowExit();
            FirstPaintWatcher::quitAfterFirstPaint(kioskWindow.get());
        }
    } else if (kiosk) {
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
