#include "LanguageController.h"
#include "SnapshotFixture.h"
#include "Theme.h"
#include "WeekBarChart.h"
#include "WeekChartCard.h"

#include <QAccessible>
#include <QImage>
#include <QtTest>

using namespace wristdoc;

namespace {

QImage render(QWidget &widget) {
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Theme::normalColors().card);
    widget.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

} // namespace

// The week's bar chart: bars in proportion, today apart, the goal as a line, a legend, and the
// values in words for a screen reader.
class TestWeekBarChart : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<WeekChartCard> m_card;

    WeekBarChart *chart() const { return m_card->chart(); }

private Q_SLOTS:
    void init() {
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
        m_card = std::make_unique<WeekChartCard>(*m_language, *m_theme);
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

    void barsFollowTheSnapshotOnARoundAxis() {
        // 4321, 8000, 9100, 2500, 7999, 10050 and today 12345 steps; goal 8000.
        const auto &bars = chart()->bars();
        QCOMPARE(bars.size(), 7);
        QCOMPARE(bars.first().value, 4321);
        QCOMPARE(bars.last().value, 12345);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(bars.at(i).today, i == 6);
        QCOMPARE(chart()->labels(),
                 (QStringList{QStringLiteral("월"), QStringLiteral("화"), QStringLiteral("수"),
                              QStringLiteral("목"), QStringLiteral("금"), QStringLiteral("토"),
                              QStringLiteral("일")}));
        // 12,345 x 1.1 rounds up to 16,000 in steps of 4,000: 0, 4,000 ... 16,000.
        QCOMPARE(chart()->axisTop(), 16000);
        QCOMPARE(chart()->ticks().size(), 5);
        QCOMPARE(chart()->ticks().at(1).label, QStringLiteral("4,000"));
        QCOMPARE(chart()->goal(), 8000);
    }

    void barHeightsAreInProportionAndTheGoalLineAtItsValue() {
        const QRectF plot = chart()->plotArea();
        QVERIFY(plot.width() > 300 && plot.height() > 150);
        const QRectF monday = chart()->barRect(0);  // 4,321
        const QRectF tuesday = chart()->barRect(1); // 8,000
        const QRectF today = chart()->barRect(6);   // 12,345
        QCOMPARE(monday.bottom(), plot.bottom());
        QVERIFY(qAbs(monday.height() / plot.height() - 4321.0 / 16000) < 0.01);
        QVERIFY(qAbs(today.height() / plot.height() - 12345.0 / 16000) < 0.01);
        // Tuesday reached the goal exactly: its top is the goal line.
        QVERIFY(qAbs(tuesday.top() - chart()->valueY(8000)) <= 1);
        // Bars keep their order and do not overlap.
        for (int i = 1; i < 7; ++i)
            QVERIFY(chart()->barRect(i).left() > chart()->barRect(i - 1).right());
    }

    void paintsTodayApartAndTheGoalLine() {
        const Theme::Colors colors = Theme::normalColors();
        const QImage image = render(*chart());
        const QPoint todayCentre = chart()->barRect(6).center().toPoint();
        const QPoint mondayCentre = chart()->barRect(0).center().toPoint();
        QCOMPARE(image.pixelColor(todayCentre), colors.barToday);
        QCOMPARE(image.pixelColor(mondayCentre), colors.barPast);
        // The dashed goal line crosses the gap between Monday's and Tuesday's bars.
        const int y = qRound(chart()->valueY(8000));
        const int from = qCeil(chart()->barRect(0).right()) + 1;
        const int to = qFloor(chart()->barRect(1).left()) - 1;
        bool goalSeen = false;
        for (int x = from; x <= to && !goalSeen; ++x) {
            for (int dy = -1; dy <= 1 && !goalSeen; ++dy)
                goalSeen = image.pixelColor(x, y + dy) == colors.goalLine;
        }
        QVERIFY(goalSeen);
    }

    void highContrastDrawsHollowBars() {
        m_theme->setHighContrast(true);
        const Theme::Colors colors = Theme::highContrastColors();
        QImage image(chart()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(colors.card);
        chart()->render(&image);
        const QRectF monday = chart()->barRect(0);
        QCOMPARE(image.pixelColor(monday.center().toPoint()), colors.barPast);
        QCOMPARE(image.pixelColor(QPoint(qRound(monday.left()) + 1, qRound(monday.center().y()))),
                 colors.barPastEdge);
        QCOMPARE(image.pixelColor(chart()->barRect(6).center().toPoint()), colors.barToday);
    }

    void legendNamesTheColoursAndWrapsAtLargeText() {
        QCOMPARE(chart()->legend(), (QStringList{QStringLiteral("지난 6일"), QStringLiteral("오늘"),
                                                 QStringLiteral("목표 8,000보")}));
        QCOMPARE(chart()->legendRows(), 1);
        const int normalHeight = chart()->minimumSizeHint().height();
        m_theme->setTextScalePercent(200);
        QCOMPARE(chart()->minimumSizeHint().height(), 2 * normalHeight);
        chart()->resize(300, chart()->minimumSizeHint().height());
        QVERIFY(chart()->legendRows() > 1);
        // Still a plot to draw in.
        QVERIFY(chart()->plotArea().height() > 50);
    }

    void aScreenReaderHearsEveryDay() {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(chart());
        QVERIFY(accessible);
        QCOMPARE(accessible->role(), QAccessible::Chart);
        QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("최근 7일 걸음"));
        const QString description =
            accessible->text(QAccessible::Description).replace(QChar::Nbsp, QLatin1Char(' '));
        for (const QString &day : {QStringLiteral("월 4,321보"), QStringLiteral("화 8,000보"),
                                   QStringLiteral("토 10,050보"), QStringLiteral("오늘 12,345보"),
                                   QStringLiteral("목표 8,000보")}) {
            QVERIFY2(description.contains(day), qPrintable(description));
        }
        m_language->setLanguage(LanguageController::Language::English);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        QVERIFY(accessible->text(QAccessible::Description)
                    .replace(QChar::Nbsp, QLatin1Char(' '))
                    .startsWith(QStringLiteral("Mon 4,321 steps, Tue 8,000 steps")));
        QCOMPARE(chart()->labels().first(), QStringLiteral("Mon"));
    }
};

QTEST_MAIN(TestWeekBarChart)
#include "tst_week_bar_chart.moc"
