#pragma once

#include "DashboardCard.h"

class QLabel;
class QPushButton;

namespace wristdoc {

// "As of" times: the last watch sync and the last server confirmation in the programme's
// zone, the policy version, a demo-data note, and a refresh button.
class SyncStatusPanel : public DashboardCard {
    Q_OBJECT

public:
    explicit SyncStatusPanel(const LanguageController &language, QWidget *parent = nullptr);

Q_SIGNALS:
    void refreshRequested();

protected:
    void refresh() override;

private:
    QLabel *m_watchSync;
    QLabel *m_serverConfirmation;
    QLabel *m_policy;
    QLabel *m_demoNote;
    QPushButton *m_refresh;
};

} // namespace wristdoc
