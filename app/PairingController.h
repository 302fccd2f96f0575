#pragma once

#include "WatchStack.h"

#include <QObject>

#include <memory>

namespace wristdoc {

class Clock;
class Database;
class DashboardPresenter;
class DashboardWindow;
class LanguageController;
class PairingWindow;
class Theme;

// Opens the pairing screen from the dashboard. The watch stack (Bluetooth or the simulated
// watch) is built on the first request, not at start-up: the dashboard's first paint never
// waits for Bluetooth, and a home computer that never pairs never touches it.
class PairingController : public QObject {
    Q_OBJECT
public:
    PairingController(Database &database, const Clock &clock, WatchStack::Choice choice,
                      DashboardWindow &dashboard, DashboardPresenter &presenter,
                      LanguageController &language, Theme &theme, QObject *parent = nullptr);
    ~PairingController() override;

    void openPairing();

Q_SIGNALS:
    // "Done" on the pairing screen: the watch's serial number (for the enrolment wizard).
    void watchPaired(const QString &serial);

private:
    void ensureStack();

    Database &m_database;
    const Clock &m_clock;
    WatchStack::Choice m_choice;
    DashboardPresenter &m_presenter;
    LanguageController &m_language;
    Theme &m_theme;
    std::unique_ptr<WatchStack> m_stack;
    std::unique_ptr<PairingWindow> m_window;
};

} // namespace wristdoc
