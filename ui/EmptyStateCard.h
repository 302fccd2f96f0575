#pragma once

#include "DashboardCard.h"

class QLabel;
class QPushButton;

namespace wristdoc {

// Shown instead of zeros when no watch is paired: what to do next, in plain words. Its texts
// and button are built with the first snapshot that has no watch: with a watch paired (most
// starts) the card is never shown.
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
    void buildContents();

    QLabel *m_counter = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_simulated = nullptr;
    QPushButton *m_simulatedButton = nullptr;
    bool m_simulatedAvailable = false;
};

} // namespace wristdoc
