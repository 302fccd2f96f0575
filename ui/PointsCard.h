#pragma once

#include "DashboardCard.h"

class QLabel;
class QProgressBar;

namespace wristdoc {

// Confirmed, pending and disputed points shown apart, progress toward the half-year cap, whether
// the balance can be converted to local currency yet, and until when.
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
    QWidget *m_disputedBox;
    QLabel *m_disputed;
    QLabel *m_disputedNote;
    QLabel *m_capCaption;
    QProgressBar *m_capProgress;
    QLabel *m_capValue;
    QLabel *m_conversion;
    QLabel *m_deadline;
};

} // namespace wristdoc
