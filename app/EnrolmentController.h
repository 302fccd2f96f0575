#pragma once

#include "DeliveryStatus.h"
#include "EnrolmentStack.h"

#include <QObject>
#include <QTimeZone>

#include <memory>

namespace wristdoc {

class Clock;
class Database;
class DashboardWindow;
class EnrolmentWizard;
class LanguageController;
class PairingController;
class Theme;

// Opens the kiosk enrolment wizard: from the dashboard's "Join the programme", or first thing
// with --start enrolment. The wizard and the enrolment stack (data key, outbox, delivery) are
// built on the first request, so the dashboard's start-up does not pay for them. Applications
// go to the outbox; the worker's news about an item reaches the receipt showing it; the
// wizard's "pair it now" opens the pairing screen and brings the paired watch back.
class EnrolmentController : public QObject {
    Q_OBJECT

public:
    EnrolmentController(Database &database, const Clock &clock,
                        const EnrolmentStack::Settings &settings, LanguageController &language,
                        Theme &theme, QObject *parent = nullptr);
    ~EnrolmentController() override;

    void setTimeZone(const QTimeZone &zone);
    // Both optional: without a dashboard there is no "Join" button to follow, without pairing
    // the wizard offers "at the counter, later" only.
    void setDashboard(DashboardWindow *dashboard);
    void setPairing(PairingController *pairing);

    // Null until first opened.
    EnrolmentWizard *wizard() const { return m_wizard.get(); }
    // Builds the wizard (and the stack) without showing it: the kiosk window hosts it.
    EnrolmentWizard *prepareWizard();
    EnrolmentStack *stack() const { return m_stack.get(); }

public Q_SLOTS:
    void openEnrolment();
    // Builds the stack so the worker delivers what earlier runs stored (with a server only).
    void startDelivery();

private:
    void ensureStack();
    void ensureWizard();
    void onItemChanged(const DeliveryStatus &status);

    Database &m_database;
    const Clock &m_clock;
    EnrolmentStack::Settings m_settings;
    LanguageController &m_language;
    Theme &m_theme;
    QTimeZone m_zone;
    PairingController *m_pairing = nullptr;
    bool m_waitingForWatch = false;
    std::unique_ptr<EnrolmentStack> m_stack;
    std::unique_ptr<EnrolmentWizard> m_wizard;
};

} // namespace wristdoc
