#pragma once

#include "DashboardCard.h"

class QLabel;
class QProgressBar;

namespace wristdoc {

// Today's steps in very large numerals, the goal, a progress bar and words for how far to go.
class StepsCard : public DashboardCard {
    Q_OBJECT

public:
    explicit StepsCard(const LanguageController &language, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QLabel *m_steps;
    QLabel *m_goal;
    QLabel *m_percent;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_asOf;
};

} // namespace wristdoc
