#pragma once

#include "DashboardCard.h"

class QGridLayout;
class QLabel;

namespace wristdoc {

class HeartRateChart;
class Theme;

// Today's heart rate as a line over the day, with resting, average and highest in big text,
// and a sentence instead of an empty chart when there is no reading.
class HeartRateCard : public DashboardCard {
    Q_OBJECT

public:
    HeartRateCard(const LanguageController &language, const Theme &theme,
                  QWidget *parent = nullptr);

    HeartRateChart *chart() const { return m_chart; }

protected:
    void refresh() override;

private:
    QLabel *makeStat(const QString &name, int column, QLabel **caption);

    QGridLayout *m_stats;
    QLabel *m_restingCaption = nullptr;
    QLabel *m_averageCaption = nullptr;
    QLabel *m_maxCaption = nullptr;
    QLabel *m_resting = nullptr;
    QLabel *m_average = nullptr;
    QLabel *m_max = nullptr;
    HeartRateChart *m_chart;
    QLabel *m_empty;
};

} // namespace wristdoc
