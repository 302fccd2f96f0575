#include "ChartRenderer.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QPixmap>
#include <QValueAxis>

#include <functional>

namespace wristdoc {

namespace {

// Colours that stay apart for colour-blind readers (Okabe and Ito), and dashes as a second cue.
QPen penFor(Strategy strategy) {
    switch (strategy) {
    case Strategy::Immediate:
        return QPen(QColor(0xD5, 0x5E, 0x00), 3, Qt::SolidLine);
    case Strategy::FixedInterval:
        return QPen(QColor(0xE6, 0x9F, 0x00), 3, Qt::DashLine);
    case Strategy::ExponentialNoJitter:
        return QPen(QColor(0xCC, 0x79, 0xA7), 3, Qt::DotLine);
    case Strategy::WristDoc:
        return QPen(QColor(0x00, 0x72, 0xB2), 4, Qt::SolidLine);
    }
    return QPen(Qt::black, 3);
}

using Value = std::function<double(const SimResult &, size_t bin, double *running)>;

class Plot {
public:
    Plot(const QString &title, const QString &yTitle, bool logarithmic, double yMin, double yMax) {
        m_chart.setTitle(title);
        QFont font = m_chart.titleFont();
        font.setPointSize(16);
        font.setBold(true);
        m_chart.setTitleFont(font);
        m_chart.legend()->setAlignment(Qt::AlignBottom);
        QFont legendFont = m_chart.legend()->font();
        legendFont.setPointSize(12);
        m_chart.legend()->setFont(legendFont);
        m_x = new QValueAxis;
        m_x->setTitleText(QStringLiteral("time of day in Seoul (hours)"));
        m_x->setLabelFormat(QStringLiteral("%.0f"));
        m_chart.addAxis(m_x, Qt::AlignBottom);
        if (logarithmic) {
            auto *axis = new QLogValueAxis;
            axis->setBase(10);
            axis->setLabelFormat(QStringLiteral("%g"));
            m_y = axis;
        } else {
            auto *axis = new QValueAxis;
            axis->setLabelFormat(QStringLiteral("%.0f"));
            m_y = axis;
        }
        m_y->setTitleText(yTitle);
        m_y->setRange(yMin, yMax);
        m_chart.addAxis(m_y, Qt::AlignLeft);
        m_yMin = yMin;
    }

    void add(const SimResult &result, const Value &value) {
        auto *series = new QLineSeries;
        series->setName(strategyTitle(result.strategy));
        series->setPen(penFor(result.strategy));
        double running = 0;
        for (size_t i = 0; i < result.series.firstPosts.size(); ++i) {
            const double hours = 9.0 + double(i) * result.binSeconds / 3600.0;
            series->append(hours, qMax(m_yMin, value(result, i, &running)));
        }
        attach(series);
        m_xMax = qMax(m_xMax, 9.0 + result.horizonSeconds / 3600.0);
    }

    void addLevel(double y, const QString &name) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPen(QPen(Qt::black, 2, Qt::DashDotLine));
        series->append(9.0, y);
        series->append(m_xMax, y);
        attach(series);
    }

    bool save(const QString &path) {
        m_x->setRange(9.0, m_xMax);
        m_x->setTickCount(int(m_xMax - 9.0) + 1);
        QChartView view(&m_chart);
        view.setRenderHint(QPainter::Antialiasing);
        view.resize(1200, 700);
        const bool saved = view.grab().save(path, "PNG");
        view.setChart(new QChart); // m_chart is ours, not the view's
        return saved;
    }

private:
    void attach(QLineSeries *series) {
        m_chart.addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }

    QChart m_chart;
    QValueAxis *m_x = nullptr;
    QAbstractAxis *m_y = nullptr;
    double m_yMin = 0;
    double m_xMax = 9;
};

} // namespace

bool ChartRenderer::renderAll(const std::vector<SimResult> &results, const QString &directory,
                              QString *error) {
    QDir().mkpath(directory);
    QStringList setups;
    for (const SimResult &r : results) {
        if (!setups.contains(r.setup.code()))
            setups << r.setup.code();
    }
    for (const QString &setup : setups) {
        std::vector<const SimResult *> chosen;
        double peakOffered = 2;
        int clients = 1;
        for (const SimResult &r : results) {
            if (r.setup.code() == setup) {
                chosen.push_back(&r);
                peakOffered = qMax(peakOffered, r.peakOfferedRatio());
                clients = r.clients;
            }
        }
        const QString file = QString(setup).replace(QLatin1Char('+'), QLatin1Char('-'));

        Plot offered(
            QStringLiteral("Enrolment requests offered ÷ capacity (server: %1)").arg(setup),
            QStringLiteral("POSTs per second ÷ C (log)"), true, 0.01, peakOffered * 1.5);
        Plot waiting(QStringLiteral("Citizens waiting for a confirmation (server: %1)").arg(setup),
                     QStringLiteral("arrived, not yet confirmed"), false, 0, clients);
        Plot done(QStringLiteral("Share of enrolments confirmed (server: %1)").arg(setup),
                  QStringLiteral("confirmed (%)"), false, 0, 100);
        for (const SimResult *r : chosen) {
            offered.add(*r, [](const SimResult &s, size_t i, double *) {
                return (s.series.firstPosts[i] + s.series.repeatPosts[i]) /
                       (s.capacityPerSecond * s.binSeconds);
            });
            waiting.add(*r, [](const SimResult &s, size_t i, double *) {
                return double(s.series.waitingClients[i]);
            });
            done.add(*r, [](const SimResult &s, size_t i, double *running) {
                *running += s.series.confirmed[i];
                return 100.0 * *running / qMax(1, s.clients);
            });
        }
        offered.addLevel(1.0, QStringLiteral("capacity"));
        offered.addLevel(1.1, QStringLiteral("1.1 × capacity"));
        done.addLevel(99, QStringLiteral("99 %"));
        for (auto [plot, name] : {std::pair<Plot *, QString>{&offered, QStringLiteral("offered")},
                                  {&waiting, QStringLiteral("waiting")},
                                  {&done, QStringLiteral("completion")}}) {
            const QString path = directory + QStringLiteral("/%1-%2.png").arg(name, file);
            if (!plot->save(path)) {
                if (error)
                    *error = QStringLiteral("cannot write %1").arg(path);
                return false;
            }
        }
    }
    return true;
}

} // namespace wristdoc
