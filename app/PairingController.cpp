#include "PairingController.h"

#include "DashboardPresenter.h"
#include "DashboardWindow.h"
#include "DeviceStore.h"
#include "PairingWindow.h"

#include <QTimer>

namespace wristdoc {

PairingController::PairingController(Database &database, const Clock &clock,
                                     WatchStack::Choice choice, DashboardWindow &dashboard,
                                     DashboardPresenter &presenter, LanguageController &language,
                                     Theme &theme, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_choice(choice)
    , m_presenter(presenter)
    , m_language(language)
    , m_theme(theme) {
    // Where no adapter exists the empty dashboard offers the simulated watch; knowing that
    // needs no Bluetooth set-up beyond the adapter list.
    dashboard.setSimulatedWatchAvailable(
        choice == WatchStack::Choice::Simulated ||
        (choice == WatchStack::Choice::Automatic && !WatchStack::bluetoothAdapterPresent()));
    connect(&dashboard, &DashboardWindow::pairWatchRequested, this,
            &PairingController::openPairing);
    connect(&dashboard, &DashboardWindow::simulatedWatchRequested, this, [this] {
        m_choice = WatchStack::Choice::Simulated;
        openPairing();
    });
}

PairingController::~PairingController() {
    // The window refers to the session; it goes first.
    m_window.reset();
    m_stack.reset();
}

void PairingController::ensureStack() {
    if (m_stack && (m_choice != WatchStack::Choice::Simulated || m_stack->simulated()))
        return;
    m_window.reset();
    m_stack = std::make_unique<WatchStack>(m_database, m_clock, m_choice);
    connect(&m_stack->session(), &WatchSession::historyStored, &m_presenter,
            &DashboardPresenter::refresh);
    m_window = std::make_unique<PairingWindow>(m_stack->session(), m_language, m_theme);
    m_window->setSimulatedWatchAvailable(m_stack->simulated());
    connect(m_window.get(), &PairingWindow::simulatedWatchRequested, this, [this] {
        m_choice = WatchStack::Choice::Simulated;
        openPairing();
    });
    connect(m_window.get(), &PairingWindow::pairingFinished, this,
            [this](const DeviceInformation &info) {
                m_window->hide();
                m_presenter.refresh();
                Q_EMIT watchPaired(info.serialNumber);
            });
}

void PairingController::openPairing() {
    // A paired watch's history and the demo history would add up on the same days: pairing
    // replaces the demo history, so the dashboard shows one person's walking.
    DeviceStore devices(m_database);
    if (devices.hasDemoData() && !devices.removeDemoData())
        m_presenter.refresh();
    ensureStack();
    m_window->show();
    m_window->raise();
    m_window->scanAgain();
}

} // namespace wristdoc
