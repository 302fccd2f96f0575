#pragma once

#include "DashboardCard.h"

class QLabel;
class QPushButton;

namespace wristdoc {

// Shown instead of zeros when no watch is paired: what to do next, in plain words.
class EmptyStateCard : public DashboardCard {
    Q_OBJECT

public:
    explicit EmptyStateCard(const LanguageController &language, QWidget *parent = nullptr);

    // Offers the simulated watch only where the application provides one.
    void setSimulatedWatchAvailable(bool available);

Q_SIGNALS:
    void simulatedWatchRequested();

protected:
    void refresh() override;

private:
    QLabel *m_counter;
    QLabel *m_after;
    QLabel *m_simulated;
    QPushButton *m_simulatedButton;
    bool m_simulatedAvailable = false;
};

} // namespace wristdoc
