#include "EnrolmentController.h"

#include "AppLogging.h"
#include "DashboardWindow.h"
#include "EnrolmentWizard.h"
#include "OutboxWorker.h"
#include "PairingController.h"

namespace wristdoc {

EnrolmentController::EnrolmentController(Database &database, const Clock &clock,
                                         const EnrolmentStack::Settings &settings,
                                         LanguageController &language, Theme &theme,
                                         QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_language(language)
    , m_theme(theme)
    , m_zone(QTimeZone(QByteArrayLiteral("Asia/Seoul"))) {}

EnrolmentController::~EnrolmentController() {
    // The wizard hands applications to the stack's outbox; it goes first.
    m_wizard.reset();
    m_stack.reset();
}

void EnrolmentController::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    if (m_wizard)
        m_wizard->setTimeZone(zone);
}

void EnrolmentController::setDashboard(DashboardWindow *dashboard) {
    if (dashboard)
        connect(dashboard, &DashboardWindow::enrolRequested, this,
                &EnrolmentController::openEnrolment);
}

void EnrolmentController::setPairing(PairingController *pairing) {
    m_pairing = pairing;
    if (!pairing)
        return;
    connect(pairing, &PairingController::watchPaired, this, [this](const QString &serial) {
        // Only a pairing the wizard asked for belongs to the application on screen.
        if (!m_waitingForWatch || !m_wizard)
            return;
        m_waitingForWatch = false;
        m_wizard->setPairedWatch(serial);
        m_wizard->raise();
        m_wizard->activateWindow();
    });
    if (m_wizard)
        m_wizard->setPairingAvailable(true);
}

void EnrolmentController::ensureStack() {
    if (m_stack)
        return;
    m_stack = std::make_unique<EnrolmentStack>(m_database, m_clock, m_settings);
    qCInfo(lcApp) << "enrolment outbox ready; data key from the" << m_stack->keyStoreName()
                  << (m_stack->hasKey() ? "" : "(no key: applications cannot be stored)")
                  << "; delivery" << (m_stack->worker() ? "on" : "off (no server given)");
    if (OutboxWorker *worker = m_stack->worker())
        connect(worker, &OutboxWorker::itemChanged, this, &EnrolmentController::onItemChanged);
}

void EnrolmentController::ensureWizard() {
    if (m_wizard)
        return;
    ensureStack();
    m_wizard = std::make_unique<EnrolmentWizard>(m_stack->intake(), m_clock, m_language, m_theme);
    m_wizard->setTimeZone(m_zone);
    m_wizard->setPairingAvailable(m_pairing != nullptr);
    connect(m_wizard.get(), &EnrolmentWizard::enrolmentStored, this, [this] {
        m_waitingForWatch = false;
        // A new row is due now: no need to wait for the worker's next wake-up.
        if (OutboxWorker *worker = m_stack->worker())
            worker->wake();
    });
    connect(m_wizard.get(), &EnrolmentWizard::pairWatchRequested, this, [this] {
        if (!m_pairing)
            return;
        m_waitingForWatch = true;
        m_pairing->openPairing();
    });
    connect(m_wizard.get(), &EnrolmentWizard::finished, this,
            [this] { m_waitingForWatch = false; });
}

void EnrolmentController::openEnrolment() {
    ensureWizard();
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
}

EnrolmentWizard *EnrolmentController::prepareWizard() {
    ensureWizard();
    return m_wizard.get();
}

void EnrolmentController::startDelivery() {
    ensureStack();
}

void EnrolmentController::onItemChanged(const DeliveryStatus &status) {
    if (m_wizard)
        m_wizard->setDeliveryStatus(status);
}

} // namespace wristdoc
