#include "CardGrid.h"
#include "DashboardWindow.h"
#include "LanguageController.h"
#include "SnapshotFixture.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QtTest>

using namespace wristdoc;

// Geometry after layout: nothing clipped at 200 % text, every control a big enough target.
class TestDashboardLayout : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;
    std::unique_ptr<DashboardWindow> m_window;

    void settle() {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        // Layouts are settled through posted LayoutRequest events; run them to a fixed point.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

    void prepare(LanguageController::Language language, int scale, const DashboardSnapshot &s) {
        m_language->setLanguage(language);
        m_theme->setTextScalePercent(scale);
        m_window->setSnapshot(s);
        m_window->showStorageError({StorageErrorCode::NewerSchema, QString()});
        settle();
    }

    static QString describe(const QWidget *w) {
        const auto *label = qobject_cast<const QLabel *>(w);
        return QStringLiteral("%1 \"%2\" %3x%4")
            .arg(w->objectName(), label ? label->text().left(40) : QString())
            .arg(w->width())
            .arg(w->height());
    }

    // Every visible label shows all of its text: its wrapped height (or one-line size) fits in
    // the geometry the layout gave it, and that geometry lies inside its parent. Returns the
    // labels that do not, and counts those checked.
    QStringList clippedLabels(int *checked) const {
        QStringList clipped;
        *checked = 0;
        const auto labels = m_window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++*checked;
            QSize needed;
            if (label->wordWrap())
                needed = QSize(0, label->heightForWidth(label->width()));
            else
                needed = label->sizeHint();
            const bool fits = needed.width() <= label->width() &&
                              needed.height() <= label->height() &&
                              label->parentWidget()->rect().contains(label->geometry());
            if (!fits) {
                clipped
                    << describe(label) +
                           QStringLiteral(" needs %1x%2").arg(needed.width()).arg(needed.height());
            }
        }
        return clipped;
    }

    QScrollArea *scrollArea() const {
        return m_window->findChild<QScrollArea *>(QStringLiteral("dashboardScroll"));
    }

private Q_SLOTS:
    void init() {
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
        m_window = std::make_unique<DashboardWindow>(*m_language, *m_theme);
        m_window->resize(1280, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_theme.reset();
        m_language.reset();
    }

    void noClippingAtAnyTextSize_data() {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("hasDevice");
        for (int scale : {100, 150, 200}) {
            for (auto lang :
                 {LanguageController::Language::Korean, LanguageController::Language::English}) {
                const QByteArray name =
                    LanguageController::code(lang).toLatin1() + '-' + QByteArray::number(scale);
                QTest::newRow(name.constData()) << int(lang) << scale << true;
            }
        }
        QTest::newRow("ko-200-empty") << int(LanguageController::Language::Korean) << 200 << false;
        QTest::newRow("en-200-empty") << int(LanguageController::Language::English) << 200 << false;
    }

    void noClippingAtAnyTextSize() {
        QFETCH(int, language);
        QFETCH(int, scale);
        QFETCH(bool, hasDevice);
        DashboardSnapshot s = testing::sampleSnapshot();
        s.hasDevice = hasDevice;
        prepare(LanguageController::Language(language), scale, s);
        int checked = 0;
        const QStringList clipped = clippedLabels(&checked);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        QVERIFY(checked >= (hasDevice ? 25 : 8));
        // The page reflows to the window's width and scrolls down, never sideways.
        QCOMPARE(scrollArea()->horizontalScrollBar()->maximum(), 0);
    }

    void theClippingCheckSeesAClippedLabel() {
        prepare(LanguageController::Language::English, 200, testing::sampleSnapshot());
        int checked = 0;
        QVERIFY(clippedLabels(&checked).isEmpty());
        // A label squeezed below its text, as a fixed-size layout would do at 200 %.
        auto *card = m_window->findChild<QWidget *>(QStringLiteral("stepsCard"));
        auto *squeezed = new QLabel(QStringLiteral("Goal reached on 4 of 7 days."), card);
        squeezed->setObjectName(QStringLiteral("squeezed"));
        squeezed->setWordWrap(true);
        squeezed->setGeometry(10, 10, 120, 20);
        squeezed->show();
        const QStringList clipped = clippedLabels(&checked);
        QCOMPARE(clipped.size(), 1);
        QVERIFY(clipped.first().startsWith(QStringLiteral("squeezed")));
    }

    void largeTextBecomesOneColumn() {
        prepare(LanguageController::Language::Korean, 100, testing::sampleSnapshot());
        auto *grid = m_window->findChild<CardGrid *>(QStringLiteral("cardGrid"));
        QCOMPARE(grid->columnCount(), 2);
        QCOMPARE(scrollArea()->verticalScrollBar()->maximum() > 0, true);
        prepare(LanguageController::Language::Korean, 200, testing::sampleSnapshot());
        QCOMPARE(grid->columnCount(), 1);
        const int tall = scrollArea()->widget()->height();
        prepare(LanguageController::Language::Korean, 100, testing::sampleSnapshot());
        QCOMPARE(grid->columnCount(), 2);
        QVERIFY(scrollArea()->widget()->height() < tall);
    }

    void everyControlIsABigEnoughTarget_data() {
        QTest::addColumn<int>("language");
        QTest::newRow("ko") << int(LanguageController::Language::Korean);
        QTest::newRow("en") << int(LanguageController::Language::English);
    }

    void everyControlIsABigEnoughTarget() {
        QFETCH(int, language);
        prepare(LanguageController::Language(language), 100, testing::sampleSnapshot());
        m_window->setSimulatedWatchAvailable(true);
        DashboardSnapshot empty = testing::sampleSnapshot();
        empty.hasDevice = false;
        int checked = 0;
        for (const DashboardSnapshot &s : {testing::sampleSnapshot(), empty}) {
            m_window->setSnapshot(s);
            settle();
            const auto buttons = m_window->findChildren<QAbstractButton *>();
            for (const QAbstractButton *button : buttons) {
                if (!button->isVisible())
                    continue;
                ++checked;
                QVERIFY2(button->width() >= Theme::MinTouchTarget &&
                             button->height() >= Theme::MinTouchTarget,
                         qPrintable(describe(button)));
                QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                         qPrintable(describe(button)));
            }
        }
        // Language, smaller, larger, contrast, settings, refresh, close, simulated watch.
        QVERIFY(checked >= 8);

        // The settings menu's entries are touch targets too; popup() does not block.
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("settingsMenu"));
        QVERIFY(menu);
        menu->popup(m_window->mapToGlobal(QPoint(20, 20)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        int entries = 0;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            ++entries;
            const QRect r = menu->actionGeometry(action);
            QVERIFY2(r.height() >= Theme::MinTouchTarget, qPrintable(action->text()));
        }
        QCOMPARE(entries, 2);
        menu->hide();
    }
};

QTEST_MAIN(TestDashboardLayout)
#include "tst_dashboard_layout.moc"
