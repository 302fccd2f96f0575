#include "HeartRateCard.h"
#include "HeartRateChart.h"
#include "LanguageController.h"
#include "SnapshotFixture.h"
#include "Theme.h"

#include <QAccessible>
#include <QImage>
#include <QtTest>

using namespace wristdoc;

// Today's heart rate as a line: hours across, beats per minute up, gaps left open, and the
// hourly values in words for a screen reader.
class TestHeartRateChart : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<HeartRateCard> m_card;

    HeartRateChart *chart() const { return m_card->chart(); }

    static DashboardSnapshot withReadings(const QList<QPair<int, int>> &minuteAndBpm) {
        DashboardSnapshot s = testing::sampleSnapshot();
        s.heartRateToday.clear();
        // Local midnight of 2026-11-22 in Seoul is 15:00 UTC the day before.
        const QDateTime midnightUtc(QDate(2026, 11, 21), QTime(15, 0), QTimeZone::utc());
        for (const auto &[minute, bpm] : minuteAndBpm)
            s.heartRateToday.append({midnightUtc.addSecs(minute * 60), bpm});
        return s;
    }

private Q_SLOTS:
    void init() {
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
        m_card = std::make_unique<HeartRateCard>(*m_language, *m_theme);
        m_card->setSnapshot(testing::sampleSnapshot());
        m_card->resize(560, 460);
        m_card->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_card.get()));
    }

    void cleanup() {
        m_card.reset();
        m_theme.reset();
        m_language.reset();
    }

    void pointsAreHoursOfTheLocalDayOnRoundValues() {
        // The fixture: every 10 minutes from 6:00 (96 bpm) to 14:00 local time, 60 to 104 bpm.
        const auto &points = chart()->points();
        QCOMPARE(points.size(), 49);
        QCOMPARE(points.first(), QPointF(6.0, 96));
        QVERIFY(qAbs(points.last().x() - 14.0) < 1e-9);
        // 60..104 spans more than 40: steps of 20 from 40 to 120.
        QCOMPARE(chart()->axisBottom(), 40.0);
        QCOMPARE(chart()->axisTop(), 120.0);
        QStringList values;
        for (const ChartWidget::Tick &tick : chart()->valueTicks())
            values << tick.label;
        QCOMPARE(values,
                 (QStringList{QStringLiteral("40"), QStringLiteral("60"), QStringLiteral("80"),
                              QStringLiteral("100"), QStringLiteral("120")}));
        QStringList hours;
        for (const ChartWidget::Tick &tick : chart()->hourTicks())
            hours << tick.label;
        QCOMPARE(hours, (QStringList{QStringLiteral("오전 6시"), QStringLiteral("정오"),
                                     QStringLiteral("오후 6시")}));
    }

    void mapsTheDayAcrossAndTheValuesUp() {
        const QRectF plot = chart()->plotArea();
        QVERIFY(plot.width() > 300 && plot.height() > 100);
        QCOMPARE(chart()->mapToPlot({0, 40}), plot.bottomLeft());
        QCOMPARE(chart()->mapToPlot({24, 120}), plot.topRight());
        const QPointF noon = chart()->mapToPlot({12, 80});
        QVERIFY(qAbs(noon.x() - plot.center().x()) < 1e-6);
        QVERIFY(qAbs(noon.y() - plot.center().y()) < 1e-6);
    }

    void aGapWithoutReadingsBreaksTheLine() {
        // 6:00-6:20, then nothing until 9:00 (the watch was off), then 9:00-9:10; a lone
        // reading at 20:00.
        m_card->setSnapshot(
            withReadings({{360, 70}, {370, 72}, {380, 71}, {540, 90}, {550, 88}, {1200, 65}}));
        const auto segments = chart()->segments();
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments.at(0).size(), 3);
        QCOMPARE(segments.at(1).size(), 2);
        QCOMPARE(segments.at(2).size(), 1);
    }

    void paintsTheLineInItsColour() {
        // Every ten minutes from 6:00 to 7:00.
        m_card->setSnapshot(withReadings(
            {{360, 70}, {370, 70}, {380, 70}, {390, 70}, {400, 70}, {410, 70}, {420, 70}}));
        const Theme::Colors colors = Theme::normalColors();
        QImage image(chart()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(colors.card);
        chart()->render(&image);
        // Halfway between 6:00 and 7:00, on 70 bpm.
        const QPoint onLine = chart()->mapToPlot({6.5, 70}).toPoint();
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy)
            found = image.pixelColor(onLine + QPoint(0, dy)) == colors.chartLine;
        QVERIFY(found);
        // Nothing drawn where there is no reading: 15:30 on 70 bpm.
        const QPoint empty = chart()->mapToPlot({15.5, 70}).toPoint();
        QVERIFY(image.pixelColor(empty) != colors.chartLine);
    }

    void growsWithTheTextAndHidesWithoutReadings() {
        const int normal = chart()->minimumSizeHint().height();
        m_theme->setTextScalePercent(200);
        QCOMPARE(chart()->minimumSizeHint().height(), 2 * normal);
        DashboardSnapshot none = testing::sampleSnapshot();
        none.heartRateToday.clear();
        m_card->setSnapshot(none);
        QVERIFY(!chart()->isVisible());
    }

    void aScreenReaderHearsTheHourlyValues() {
        m_card->setSnapshot(withReadings({{360, 60}, {390, 64}, {420, 80}, {450, 81}}));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(chart());
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::Chart);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("오늘 심박수"));
        // Hourly averages in the locale's time format: 6 AM (60, 64) and 7 AM (80, 81).
        QCOMPARE(accessible->text(QAccessible::Description).replace(QChar::Nbsp, QLatin1Char(' ')),
                 QStringLiteral("오전 6:00 분당 62회, 오전 7:00 분당 81회"));
        m_language->setLanguage(LanguageController::Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QCOMPARE(accessible->text(QAccessible::Description).replace(QChar::Nbsp, QLatin1Char(' ')),
                 QStringLiteral("6:00 AM 62 bpm, 7:00 AM 81 bpm"));
    }
};

QTEST_MAIN(TestHeartRateChart)
#include "tst_heart_rate_chart.moc"
