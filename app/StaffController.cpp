#include "StaffController.h"

#include "AppLogging.h"
#include "DeliveryService.h"
#include "EnrolmentStack.h"
#include "OutboxWorker.h"
#include "StaffConsole.h"
#include "StaffConsolePresenter.h"
#include "StaffPinDialog.h"
#include "StaffPinStore.h"

namespace wristdoc {

namespace {
// The console re-reads the outbox while open: the worker changes it in the background.
constexpr int kRefreshMs = 5000;
} // namespace

StaffController::StaffController(Database &database, const Clock &clock, EnrolmentStack &stack,
                                 Theme &theme, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_stack(stack)
    , m_theme(theme)
    , m_zone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))) {
    m_refresh.setInterval(kRefreshMs);
}

StaffController::~StaffController() {
    // Widgets before the objects they show.
    m_console.reset();
    m_dialog.reset();
    m_presenter.reset();
    m_pins.reset();
}

void StaffController::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    if (m_dialog)
        m_dialog->setTimeZone(zone);
    if (m_console)
        m_console->setTimeZone(zone);
}

void StaffController::openStaffEntry() {
    if (m_console && m_console->isVisible()) {
        m_console->raise();
        m_console->activateWindow();
        return;
    }
    if (!m_pins)
        m_pins = std::make_unique<StaffPinStore>(m_database, m_clock);
    if (!m_dialog) {
        m_dialog = std::make_unique<StaffPinDialog>(*m_pins, m_clock, m_host);
        m_dialog->setTimeZone(m_zone);
        connect(m_dialog.get(), &StaffPinDialog::unlocked, this, &StaffController::openConsole);
    }
    m_dialog->refreshStatus();
    m_dialog->open();
}

void StaffController::ensureConsole() {
    if (m_console)
        return;
    StaffConsolePresenter::StatusProbe probe;
    if (DeliveryService *delivery = m_stack.delivery())
        probe = [delivery](ProgrammeApi::Done done) {
            delivery->client().getStatus(std::move(done));
        };
    m_presenter = std::make_unique<StaffConsolePresenter>(
        m_stack.outbox().outbox(), m_stack.outbox().enrolments(), m_clock, probe);
    if (OutboxWorker *worker = m_stack.worker())
        m_presenter->setWakeWorker([worker] { worker->wake(); });
    m_console = std::make_unique<StaffConsole>(m_theme);
    m_console->setTimeZone(m_zone);
    StaffConsole *console = m_console.get();
    StaffConsolePresenter *presenter = m_presenter.get();
    connect(presenter, &StaffConsolePresenter::snapshotChanged, console,
            &StaffConsole::setSnapshot);
    connect(presenter, &StaffConsolePresenter::retried, console, &StaffConsole::showRetryResult);
    connect(presenter, &StaffConsolePresenter::exported, console, &StaffConsole::showExportResult);
    connect(console, &StaffConsole::retryRequested, presenter, &StaffConsolePresenter::retryNow);
    connect(console, &StaffConsole::retryAllRequested, presenter, &StaffConsolePresenter::retryAll);
    connect(console, &StaffConsole::exportRequested, presenter, &StaffConsolePresenter::exportTo);
    connect(console, &StaffConsole::checkServerRequested, presenter,
            &StaffConsolePresenter::checkServer);
    connect(console, &StaffConsole::registerRequested, this, &StaffController::registerRequested);
    connect(console, &StaffConsole::leaveKioskRequested, this,
            &StaffController::leaveKioskRequested);
    connect(console, &StaffConsole::closeRequested, this, [this] {
        m_refresh.stop();
        Q_EMIT consoleClosed();
    });
    connect(&m_refresh, &QTimer::timeout, presenter, &StaffConsolePresenter::refresh);
}

void StaffController::openConsole() {
    ensureConsole();
    qCInfo(lcApp) << "staff console opened";
    m_presenter->refresh();
    m_presenter->checkServer();
    m_refresh.start();
    m_console->show();
    m_console->raise();
    m_console->activateWindow();
}

void StaffController::showRegistrationResult(bool ok, const QString &messageInUsersLanguage) {
    if (m_console)
        m_console->showRegistrationResult(ok, messageInUsersLanguage);
}

} // namespace wristdoc
