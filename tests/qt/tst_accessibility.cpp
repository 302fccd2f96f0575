#include "AccessibilityScreens.h"

#include <QPushButton>

using namespace wristdoc;
using namespace wristdoc::a11y;

// Every screen, every state, audited for seniors and the kiosk accessibility guideline: each
// control has a name in Korean and in English, is at least 44 x 44 px at 100 % text, every text
// has at least 4.5:1 contrast with what is painted behind it in both themes, and at 200 % text
// nothing is cut off. Findings are listed in full when a check fails.
class TestAccessibility : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LanguageController> m_language;
    std::unique_ptr<Theme> m_theme;

    void prepare(LanguageController::Language language, int scale, bool highContrast) {
        m_language->setLanguage(language);
        m_theme->setTextScalePercent(scale);
        m_theme->setHighContrast(highContrast);
        settle();
    }

    std::unique_ptr<AuditedScreen> screen(const QString &name) {
        for (const ScreenEntry &entry : allScreens()) {
            if (name == QLatin1String(entry.name))
                return entry.make(*m_language, *m_theme);
        }
        return nullptr;
    }

    static void screenRows() {
        QTest::addColumn<QString>("screen");
        for (const ScreenEntry &entry : allScreens())
            QTest::newRow(entry.name) << QString::fromLatin1(entry.name);
    }

    // The names of every state's controls in one language, each state by its name.
    QMap<QString, QMap<QString, QString>>
    names(const QString &name, LanguageController::Language language, QStringList *unnamed) {
        prepare(language, 100, false);
        QMap<QString, QMap<QString, QString>> byState;
        auto s = screen(name);
        s->visit([&](const QString &state, QWidget *window) {
            for (const QString &u : unnamedControls(window))
                *unnamed << QStringLiteral("%1 (%2): %3")
                                .arg(state, LanguageController::code(language), u);
            byState.insert(state, controlNames(window));
        });
        return byState;
    }

    // Every text pair a theme's style sheets and palette name, for the figures.
    static QList<ContrastPair> sheetPairs(const Theme &theme, QWidget *window) {
        const Theme::Colors c = theme.colors();
        // The theme's colour-only rules (tones of labels) are for text on the window or a card;
        // a widget's own colour-only rule is for a surface it paints itself (a chosen card),
        // which only the rendered check sees.
        QList<ContrastPair> pairs = styleSheetPairs(theme.styleSheet(), {c.window, c.card});
        const auto widgets = window->findChildren<QWidget *>();
        QStringList sheets = {window->styleSheet()};
        for (const QWidget *w : widgets)
            sheets << w->styleSheet();
        for (const QString &sheet : sheets)
            pairs += styleSheetPairs(sheet, {});
        const QPalette p = QApplication::palette();
        const struct {
            const char *what;
            QPalette::ColorRole fg;
            QPalette::ColorRole bg;
        } roles[] = {{"palette: window text", QPalette::WindowText, QPalette::Window},
                     {"palette: field text", QPalette::Text, QPalette::Base},
                     {"palette: placeholder", QPalette::PlaceholderText, QPalette::Base},
                     {"palette: button", QPalette::ButtonText, QPalette::Button},
                     {"palette: selection", QPalette::HighlightedText, QPalette::Highlight},
                     {"palette: tool tip", QPalette::ToolTipText, QPalette::ToolTipBase}};
        for (const auto &r : roles) {
            for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Disabled}) {
                ContrastPair pair;
                pair.what =
                    QLatin1String(r.what) +
                    (group == QPalette::Disabled ? QStringLiteral(" (disabled)") : QString());
                pair.text = p.color(group, r.fg);
                pair.background = p.color(group, r.bg);
                pair.ratio = Theme::contrastRatio(pair.text, pair.background);
                pairs << pair;
            }
        }
        // Text the charts paint themselves, on the card.
        for (const auto &[what, fg] : {std::pair{"chart: axis and day labels", c.text},
                                       std::pair{"chart: today's label", c.barToday}}) {
            ContrastPair pair;
            pair.what = QLatin1String(what);
            pair.text = fg;
            pair.background = c.card;
            pair.ratio = Theme::contrastRatio(fg, c.card);
            pairs << pair;
        }
        return pairs;
    }

private Q_SLOTS:
    void init() {
        m_language = std::make_unique<LanguageController>();
        m_theme = std::make_unique<Theme>();
    }

    void cleanup() {
        m_theme.reset();
        m_language.reset();
    }

    void everyControlHasANameInBothLanguages_data() { screenRows(); }
    void everyControlHasANameInBothLanguages() {
        QFETCH(QString, screen);
        QStringList unnamed;
        const auto korean = names(screen, LanguageController::Korean, &unnamed);
        const auto english = names(screen, LanguageController::English, &unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        QVERIFY(!korean.isEmpty());
        QCOMPARE(korean.keys(), english.keys());
        const QSet<QString> fixed = this->screen(screen)->fixedNames();
        QStringList problems;
        int controls = 0;
        for (auto it = korean.cbegin(); it != korean.cend(); ++it) {
            controls += it.value().size();
            for (const QString &p : untranslatedNames(it.value(), english.value(it.key()), fixed))
                problems << it.key() + QStringLiteral(": ") + p;
        }
        qInfo("%s: %d named controls in %d states, each in Korean and English",
              qPrintable(screen), controls, int(korean.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(controls >= korean.size()); // at least one control per state
    }

    void everyTargetIsAtLeast44Px_data() { screenRows(); }
    void everyTargetIsAtLeast44Px() {
        QFETCH(QString, screen);
        QStringList small;
        int checked = 0;
        int smallestSide = std::numeric_limits<int>::max();
        QString smallest;
        for (auto language : {LanguageController::Korean, LanguageController::English}) {
            prepare(language, 100, false);
            this->screen(screen)->visit([&](const QString &state, QWidget *window) {
                const TargetReport report = touchTargets(window);
                checked += report.checked;
                for (const QString &s : report.small)
                    small << state + QStringLiteral(": ") + s;
                if (report.smallestSide < smallestSide) {
                    smallestSide = report.smallestSide;
                    smallest = state + QStringLiteral(": ") + report.smallest;
                }
            });
        }
        qInfo("%s: %d targets, smallest side %d px (%s)", qPrintable(screen), checked, smallestSide,
              qPrintable(smallest));
        QVERIFY2(small.isEmpty(), qPrintable(small.join(QLatin1Char('\n'))));
        QVERIFY(checked > 0);
    }

    void everyTextHasEnoughContrast_data() {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<bool>("highContrast");
        for (const ScreenEntry &entry : allScreens()) {
            QTest::addRow("%s-normal", entry.name) << QString::fromLatin1(entry.name) << false;
            QTest::addRow("%s-high-contrast", entry.name)
                << QString::fromLatin1(entry.name) << true;
        }
    }
    void everyTextHasEnoughContrast() {
        QFETCH(QString, screen);
        QFETCH(bool, highContrast);
        prepare(LanguageController::Korean, 100, highContrast);
        QList<ContrastPair> rendered;
        QList<ContrastPair> named;
        this->screen(screen)->visit([&](const QString &state, QWidget *window) {
            for (ContrastPair p : renderedTextPairs(window)) {
                p.what = state + QStringLiteral(": ") + p.what;
                rendered << p;
            }
            named += sheetPairs(*m_theme, window);
        });
        QVERIFY(rendered.size() >= 3); // the walker found the texts (a small screen has few)
        const ContrastPair *low = lowest(rendered);
        const ContrastPair *lowNamed = lowest(named);
        qInfo("%s %s: %d texts, lowest %s; lowest named pair %s", qPrintable(screen),
              highContrast ? "high contrast" : "normal", int(rendered.size()),
              qPrintable(describe(*low)), qPrintable(describe(*lowNamed)));
        const QStringList failing = belowRatio(rendered, 4.5) + belowRatio(named, 4.5);
        QVERIFY2(failing.isEmpty(), qPrintable(failing.join(QLatin1Char('\n'))));
    }

    void nothingIsClippedAt200Percent_data() {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("highContrast");
        for (const ScreenEntry &entry : allScreens()) {
            QTest::addRow("%s-ko", entry.name)
                << QString::fromLatin1(entry.name) << int(LanguageController::Korean) << false;
            QTest::addRow("%s-en", entry.name)
                << QString::fromLatin1(entry.name) << int(LanguageController::English) << false;
            // Thicker borders take room too.
            QTest::addRow("%s-ko-high-contrast", entry.name)
                << QString::fromLatin1(entry.name) << int(LanguageController::Korean) << true;
        }
    }
    void nothingIsClippedAt200Percent() {
        QFETCH(QString, screen);
        QFETCH(int, language);
        QFETCH(bool, highContrast);
        prepare(LanguageController::Language(language), 200, highContrast);
        QStringList clipped;
        int checked = 0;
        this->screen(screen)->visit([&](const QString &state, QWidget *window) {
            int n = 0;
            for (const QString &c : clippedTexts(window, &n))
                clipped << state + QStringLiteral(": ") + c;
            checked += n;
        });
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 3); // the walker found the texts (a small screen has few)
    }

    // The checks themselves: each finds a problem planted on purpose.
    void theChecksFindPlantedProblems() {
        prepare(LanguageController::English, 100, false);
        QWidget window;
        window.setObjectName(QStringLiteral("plantedWindow"));
        window.resize(400, 300);
        auto *unnamed = new QPushButton(&window); // no text, no name
        unnamed->setObjectName(QStringLiteral("unnamed"));
        unnamed->setGeometry(10, 10, 30, 30);
        auto *pale = new QLabel(QStringLiteral("Pale words on white"), &window);
        pale->setObjectName(QStringLiteral("pale"));
        pale->setStyleSheet(QStringLiteral("color: #aaaaaa; background: #ffffff;"));
        pale->setAutoFillBackground(true);
        pale->setGeometry(10, 60, 300, 40);
        auto *squeezed =
            new QLabel(QStringLiteral("A sentence far too long for its box."), &window);
        squeezed->setObjectName(QStringLiteral("squeezed"));
        squeezed->setWordWrap(true);
        squeezed->setGeometry(10, 120, 60, 20);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        settle();

        const QStringList noName = unnamedControls(&window);
        QCOMPARE(noName.size(), 1);
        QVERIFY(noName.first().contains(QStringLiteral("#unnamed")));
        const TargetReport targets = touchTargets(&window);
        QCOMPARE(targets.small.size(), 1);
        QCOMPARE(targets.smallestSide, 30);
        const QStringList clipped = clippedTexts(&window);
        QCOMPARE(clipped.size(), 1);
        QVERIFY(clipped.first().contains(QStringLiteral("#squeezed")));
        const QList<ContrastPair> pairs = renderedTextPairs(&window);
        const QStringList low = belowRatio(pairs, 4.5);
        QCOMPARE(low.size(), 1);
        QVERIFY(low.first().contains(QStringLiteral("#pale")));
        QCOMPARE(lowest(pairs)->background, QColor(Qt::white));
        QCOMPARE(lowest(pairs)->text, QColor(0xaa, 0xaa, 0xaa));

        // A state coloured by a style sheet alone (checked) is measured as painted.
        auto *toggle = new QPushButton(QStringLiteral("Toggle"), &window);
        toggle->setObjectName(QStringLiteral("toggle"));
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setStyleSheet(QStringLiteral("QPushButton { padding: 12px 24px; } "
                                             "QPushButton:checked { background: #ffffff; "
                                             "color: #c8c8c8; border: none; }"));
        toggle->setGeometry(10, 160, 200, 60);
        toggle->show();
        settle();
        const QStringList lowToggle = belowRatio(renderedTextPairs(&window), 4.5);
        QCOMPARE(lowToggle.size(), 2);
        QVERIFY(lowToggle.join(QLatin1Char(' ')).contains(QStringLiteral("#toggle")));

        // Named pairs: a rule with both colours, and a colour-only rule on each surface.
        const QList<ContrastPair> named =
            styleSheetPairs(QStringLiteral("QLabel#a { color: #777777; background: #ffffff; } "
                                           "QLabel[tone=\"x\"] { color: #000000; }"),
                            {QColor(Qt::white), QColor(Qt::gray)});
        QCOMPARE(named.size(), 3);
        // #777 on white is 4.48:1, just below; black on white and on grey pass.
        QCOMPARE(belowRatio(named, 4.5).size(), 1);

        // A name that stays English in Korean, and one that is Korean in English.
        const QMap<QString, QString> ko = {
            {QStringLiteral("QPushButton#a"), QStringLiteral("Next")},
            {QStringLiteral("QPushButton#b"), QStringLiteral("다음")},
            {QStringLiteral("QPushButton#c"), QStringLiteral("A+")}};
        const QMap<QString, QString> en = {
            {QStringLiteral("QPushButton#a"), QStringLiteral("Next")},
            {QStringLiteral("QPushButton#b"), QStringLiteral("다음")},
            {QStringLiteral("QPushButton#c"), QStringLiteral("A+")}};
        QCOMPARE(untranslatedNames(ko, en, {}).size(), 2);
        QCOMPARE(untranslatedNames(ko, en, {QStringLiteral("a"), QStringLiteral("b")}).size(), 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
