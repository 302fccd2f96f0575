#pragma once

#include "DashboardCard.h"

class QLabel;
class QProgressBar;

namespace wristdoc {

// Confirmed and pending points shown apart, progress toward the half-year cap, and whether the
// balance can be converted to local currency yet.
class PointsCard : public DashboardCard {
    Q_OBJECT

public:
    explicit PointsCard(const LanguageController &language, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    QLabel *m_confirmedCaption;
    QLabel *m_confirmed;
    QLabel *m_pending;
    QLabel *m_pendingNote;
    QLabel *m_capCaption;
    QProgressBar *m_capProgress;
    QLabel *m_capValue;
    QLabel *m_conversion;
};

} // namespace wristdoc
