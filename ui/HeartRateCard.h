#pragma once

#include "DashboardCard.h"

class QCategoryAxis;
class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace wristdoc {

class Theme;

// Today's heart rate as a line over the day, with resting, average and highest in big text,
// and a sentence instead of an empty chart when there is no reading.
class HeartRateCard : public DashboardCard {
    Q_OBJECT

public:
    HeartRateCard(const LanguageController &language, const Theme &theme,
                  QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }

protected:
    void refresh() override;

private:
    void applyTheme();
    QLabel *makeStat(const QString &name, int column, QLabel **caption);

    const Theme &m_theme;
    QLabel *m_restingCaption = nullptr;
    QLabel *m_averageCaption = nullptr;
    QLabel *m_maxCaption = nullptr;
    QLabel *m_resting;
    QLabel *m_average;
    QLabel *m_max;
    QChartView *m_view;
    QLineSeries *m_line;
    QCategoryAxis *m_axisX;
    QValueAxis *m_axisY;
    QLabel *m_empty;
    QGridLayout *m_stats;
};

} // namespace wristdoc
